import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { policyQueryKeys } from './get-programmes';

export function deleteGroupVersion(id: string) {
  return unwrap(api.DELETE('/api/v1/policy-group-versions/{id}', { params: { path: { id } } }));
}

/** Deletes a draft; a used or active version answers 409. */
export function useDeleteGroupVersion() {
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiProblem, string>({
    mutationFn: deleteGroupVersion,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: policyQueryKeys.all }),
  });
}
