import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { paymentsQueryKeys } from './payroll-keys';

export function getCommuneVillages(communeCode: string) {
  return unwrap(api.GET('/api/v1/villages', { params: { query: { communeCode } } }));
}

/** The commune's villages, for the village filter of a payroll's lines. */
export function useCommuneVillages(communeCode: string | null | undefined) {
  return useQuery({
    queryKey: [...paymentsQueryKeys.all, 'villages', communeCode ?? ''],
    queryFn: () => getCommuneVillages(communeCode ?? ''),
    enabled: !!communeCode,
    staleTime: 10 * 60_000,
  });
}
