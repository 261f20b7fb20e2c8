import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { entitlementQueryKeys, type Entitlement } from './get-entitlements';

export type TerminationRequest = Schemas['EntitlementTerminationRequest'];

export type TerminationReason = TerminationRequest['reason'];

export function terminateEntitlement({ id, version, body }: { id: string; version: number; body: TerminationRequest }) {
  return unwrap(
    api.POST('/api/v1/entitlements/{id}/termination', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }),
  );
}

/** Stops an entitlement from the month after the event (thôi hưởng). Sends the version read as If-Match. */
export function useTerminateEntitlement() {
  const queryClient = useQueryClient();
  return useMutation<Entitlement, ApiProblem, { id: string; version: number; body: TerminationRequest }>({
    mutationFn: terminateEntitlement,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: entitlementQueryKeys.all }),
  });
}
