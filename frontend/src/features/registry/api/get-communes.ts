import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';

export const communesQueryKey = (provinceCode: string) => ['registry', 'communes', provinceCode] as const;

export function getCommunes(provinceCode: string) {
  return unwrap(api.GET('/api/v1/areas', { params: { query: { level: 'COMMUNE', parentCode: provinceCode, size: 500 } } }));
}

/** Today's communes of a province, for the commune filter of province-wide users. */
export function useCommunes(provinceCode: string | null | undefined) {
  return useQuery({
    queryKey: communesQueryKey(provinceCode ?? ''),
    queryFn: () => getCommunes(provinceCode ?? ''),
    enabled: !!provinceCode,
    staleTime: 30 * 60_000,
    select: (page) => page.items,
  });
}
