import { useQueryClient } from '@tanstack/react-query';
import { Flex } from 'antd';
import { useCallback } from 'react';
import { Outlet } from 'react-router';
import { useCurrentUser } from '@/lib/current-user';
import { sendConfirmations } from '../api/confirm-payments';
import { paymentsQueryKeys } from '../api/payroll-keys';
import { SyncStatusBar } from '../components/SyncStatusBar';
import { ConfirmationSyncProvider } from '../offline/ConfirmationSyncProvider';

/** /agent/* — the payment agent's screens share one device queue and its status bar. */
export function AgentLayout() {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: paymentsQueryKeys.all }), [queryClient]);
  return (
    <ConfirmationSyncProvider username={user.username} send={sendConfirmations} onAnswered={refresh}>
      <Flex vertical gap={16} style={{ maxWidth: 760, margin: '0 auto' }}>
        <SyncStatusBar />
        <Outlet />
      </Flex>
    </ConfirmationSyncProvider>
  );
}
