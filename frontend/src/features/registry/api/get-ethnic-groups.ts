import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';

export type EthnicGroup = Schemas['EthnicGroup'];

export const ethnicGroupsQueryKey = ['registry', 'ethnic-groups'] as const;

export function getEthnicGroups() {
  return unwrap(api.GET('/api/v1/ethnic-groups'));
}

/** The 54 official ethnic groups (reference data: cached for the visit). */
export function useEthnicGroups() {
  return useQuery({ queryKey: ethnicGroupsQueryKey, queryFn: getEthnicGroups, staleTime: Infinity, gcTime: Infinity });
}
