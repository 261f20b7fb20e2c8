import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { paymentsQueryKeys } from './payroll-keys';

export interface GroupName {
  vi: string;
  en: string;
}

/**
 * The names of the policy groups in the caller's province on the first day of a payroll's month, by code:
 * a payment line keeps only the group's code. Empty for a user the catalogue is not for (the line then
 * shows its code).
 */
export function useGroupNames(month: string) {
  const on = `${month}-01`;
  return useQuery({
    queryKey: paymentsQueryKeys.groupNames(on),
    queryFn: async () => {
      const programmes = await unwrap(api.GET('/api/v1/programmes', { params: { query: { on } } }));
      return new Map<string, GroupName>(programmes.flatMap((p) => p.groups.map((g) => [g.code, { vi: g.nameVi, en: g.nameEn }] as const)));
    },
    staleTime: 10 * 60_000,
    retry: false,
  });
}
