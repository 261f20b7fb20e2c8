import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { policyQueryKeys } from './get-programmes';

export type PolicyGroup = Schemas['PolicyGroup'];
export type PolicyGroupVersion = Schemas['PolicyGroupVersion'];

export function getPolicyGroup(code: string) {
  return unwrap(api.GET('/api/v1/policy-groups/{code}', { params: { path: { code } } }));
}

/** A group with the timeline of its versions (drafts too, for province officers). */
export function usePolicyGroup(code: string | undefined) {
  return useQuery({ queryKey: policyQueryKeys.group(code ?? ''), queryFn: () => getPolicyGroup(code ?? ''), enabled: !!code });
}
