import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { NewGroupVersion } from './add-group-version';
import type { PolicyGroupVersion } from './get-policy-group';
import { policyQueryKeys } from './get-programmes';

export function changeGroupVersion({ id, version, body }: { id: string; version: number; body: NewGroupVersion }) {
  return unwrap(api.PUT('/api/v1/policy-group-versions/{id}', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }));
}

/** Changes a version not yet used; a used one answers 409 `policy.version-used`. */
export function useChangeGroupVersion() {
  const queryClient = useQueryClient();
  return useMutation<PolicyGroupVersion, ApiProblem, { id: string; version: number; body: NewGroupVersion }>({
    mutationFn: changeGroupVersion,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: policyQueryKeys.all }),
  });
}
