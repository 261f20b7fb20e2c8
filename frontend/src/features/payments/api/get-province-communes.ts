import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { paymentsQueryKeys } from './payroll-keys';

export function getProvinceCommunes(provinceCode: string) {
  return unwrap(api.GET('/api/v1/areas', { params: { query: { level: 'COMMUNE', parentCode: provinceCode, size: 500 } } }));
}

/** Today's communes of a province: for choosing where to generate, and for naming payrolls' communes. */
export function useProvinceCommunes(provinceCode: string | null | undefined) {
  return useQuery({
    queryKey: [...paymentsQueryKeys.all, 'communes', provinceCode ?? ''],
    queryFn: () => getProvinceCommunes(provinceCode ?? ''),
    enabled: !!provinceCode,
    staleTime: 30 * 60_000,
    select: (page) => page.items,
  });
}
