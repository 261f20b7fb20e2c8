import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { PolicyGroupVersion } from './get-policy-group';
import { policyQueryKeys } from './get-programmes';

export function activateGroupVersion({ id, version }: { id: string; version: number }) {
  return unwrap(api.POST('/api/v1/policy-group-versions/{id}/activation', { params: { path: { id }, header: { 'If-Match': `"${version}"` } } }));
}

/** Puts a draft in force from its date; the open version before it ends the day before. */
export function useActivateGroupVersion() {
  const queryClient = useQueryClient();
  return useMutation<PolicyGroupVersion, ApiProblem, { id: string; version: number }>({
    mutationFn: activateGroupVersion,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: policyQueryKeys.all }),
  });
}
