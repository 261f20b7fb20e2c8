import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { paths } from '@/lib/api-types';

export type PersonSummary = Schemas['PersonSummary'];
export type PersonPage = Schemas['PersonPage'];
export type PeopleQuery = NonNullable<paths['/api/v1/people']['get']['parameters']['query']>;

export const peopleQueryKeys = {
  all: ['people'] as const,
  lists: () => [...peopleQueryKeys.all, 'list'] as const,
  list: (query: PeopleQuery) => [...peopleQueryKeys.lists(), query] as const,
  details: () => [...peopleQueryKeys.all, 'detail'] as const,
  detail: (id: string) => [...peopleQueryKeys.details(), id] as const,
};

export function getPeople(query: PeopleQuery) {
  return unwrap(api.GET('/api/v1/people', { params: { query } }));
}

/** A page of people found by name (diacritics optional), ID number, birth year, commune; the previous page stays while the next loads. */
export function usePeople(query: PeopleQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: peopleQueryKeys.list(query),
    queryFn: () => getPeople(query),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
