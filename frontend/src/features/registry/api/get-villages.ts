import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';

export type Village = Schemas['Village'];

export const villagesQueryKeys = {
  all: ['registry', 'villages'] as const,
  ofCommune: (communeCode: string) => [...villagesQueryKeys.all, communeCode] as const,
};

export function getVillages(communeCode: string) {
  return unwrap(api.GET('/api/v1/villages', { params: { query: { communeCode } } }));
}

/** The villages (thôn, bản, tổ dân phố) a commune keeps. */
export function useVillages(communeCode: string | null | undefined) {
  return useQuery({
    queryKey: villagesQueryKeys.ofCommune(communeCode ?? ''),
    queryFn: () => getVillages(communeCode ?? ''),
    enabled: !!communeCode,
    staleTime: 5 * 60_000,
  });
}
