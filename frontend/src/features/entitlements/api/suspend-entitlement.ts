import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { entitlementQueryKeys, type Entitlement } from './get-entitlements';

export type SuspensionRequest = Schemas['EntitlementSuspensionRequest'];

export function suspendEntitlement({ id, version, body }: { id: string; version: number; body: SuspensionRequest }) {
  return unwrap(
    api.POST('/api/v1/entitlements/{id}/suspension', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }),
  );
}

/** Suspends an active entitlement from a month (tạm dừng). Sends the version read as If-Match. */
export function useSuspendEntitlement() {
  const queryClient = useQueryClient();
  return useMutation<Entitlement, ApiProblem, { id: string; version: number; body: SuspensionRequest }>({
    mutationFn: suspendEntitlement,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: entitlementQueryKeys.all }),
  });
}
