import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { paths } from '@/lib/api-types';

export type AreaView = Schemas['AreaView'];
export type AreaRef = Schemas['AreaRef'];
export type AreaLevel = AreaView['level'];
export type AreaListQuery = NonNullable<paths['/api/v1/areas']['get']['parameters']['query']>;

export const areasQueryKeys = {
  all: ['areas'] as const,
  lists: () => [...areasQueryKeys.all, 'list'] as const,
  list: (query: AreaListQuery) => [...areasQueryKeys.lists(), query] as const,
};

export function getAreas(query: AreaListQuery) {
  return unwrap(api.GET('/api/v1/areas', { params: { query } }));
}

/** A page of administrative units as of `validOn`; keeps the previous page on screen while the next loads. */
export function useAreas(query: AreaListQuery, options: { enabled?: boolean; keepPrevious?: boolean } = {}) {
  return useQuery({
    queryKey: areasQueryKeys.list(query),
    queryFn: () => getAreas(query),
    placeholderData: options.keepPrevious === false ? undefined : keepPreviousData,
    staleTime: 10 * 60_000,
    enabled: options.enabled ?? true,
  });
}
