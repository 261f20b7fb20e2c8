import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { PolicyGroupVersion } from './get-policy-group';
import { policyQueryKeys } from './get-programmes';

export type NewGroupVersion = Schemas['NewGroupVersion'];

export function addGroupVersion({ code, body }: { code: string; body: NewGroupVersion }) {
  return unwrap(api.POST('/api/v1/policy-groups/{code}/versions', { params: { path: { code } }, body }));
}

/** Adds a draft version of a group effective from a date; nothing changes until it is activated. */
export function useAddGroupVersion() {
  const queryClient = useQueryClient();
  return useMutation<PolicyGroupVersion, ApiProblem, { code: string; body: NewGroupVersion }>({
    mutationFn: addGroupVersion,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: policyQueryKeys.all }),
  });
}
