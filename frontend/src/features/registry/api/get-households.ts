import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { paths } from '@/lib/api-types';

export type HouseholdSummary = Schemas['HouseholdSummary'];
export type HouseholdsQuery = NonNullable<paths['/api/v1/households']['get']['parameters']['query']>;

export const householdsQueryKeys = {
  all: ['households'] as const,
  lists: () => [...householdsQueryKeys.all, 'list'] as const,
  list: (query: HouseholdsQuery) => [...householdsQueryKeys.lists(), query] as const,
  details: () => [...householdsQueryKeys.all, 'detail'] as const,
  detail: (id: string) => [...householdsQueryKeys.details(), id] as const,
};

export function getHouseholds(query: HouseholdsQuery) {
  return unwrap(api.GET('/api/v1/households', { params: { query } }));
}

/** A page of households by code or head's name, village and poverty status. */
export function useHouseholds(query: HouseholdsQuery) {
  return useQuery({
    queryKey: householdsQueryKeys.list(query),
    queryFn: () => getHouseholds(query),
    placeholderData: keepPreviousData,
  });
}
