import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { areasQueryKeys } from './get-areas';

export const areaQueryKey = (code: string, validOn: string) => [...areasQueryKeys.all, 'detail', code, validOn] as const;

export function getArea(code: string, validOn: string) {
  return unwrap(api.GET('/api/v1/areas/{code}', { params: { path: { code }, query: { validOn } } }));
}

/** One administrative unit as of `validOn`, with its parent, predecessors and successors. */
export function useArea(code: string | undefined, validOn: string) {
  return useQuery({
    queryKey: areaQueryKey(code ?? '', validOn),
    queryFn: () => getArea(code ?? '', validOn),
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
}
