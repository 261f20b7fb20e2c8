import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { entitlementQueryKeys, type Entitlement } from './get-entitlements';

export type TransferRequest = Schemas['EntitlementTransferRequest'];

export function transferEntitlement({ id, version, body }: { id: string; version: number; body: TransferRequest }) {
  return unwrap(
    api.POST('/api/v1/entitlements/{id}/transfer', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }),
  );
}

/** Moves an entitlement to another commune; answers the new one, which starts the month after `lastMonth`. Sends the version read as If-Match. */
export function useTransferEntitlement() {
  const queryClient = useQueryClient();
  return useMutation<Entitlement, ApiProblem, { id: string; version: number; body: TransferRequest }>({
    mutationFn: transferEntitlement,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: entitlementQueryKeys.all }),
  });
}
