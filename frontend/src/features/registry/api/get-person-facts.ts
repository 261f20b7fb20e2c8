import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { peopleQueryKeys } from './get-people';

export type Fact = Schemas['Fact'];
export type FactKind = Fact['kind'];

export const personFactsQueryKey = (id: string) => [...peopleQueryKeys.detail(id), 'facts', 'all'] as const;

export function getPersonFacts(id: string) {
  return unwrap(api.GET('/api/v1/people/{id}/facts', { params: { path: { id }, query: { includeSuperseded: true } } }));
}

/** Every fact of a person ever recorded, corrected ones included: the dated history of each kind. */
export function usePersonFacts(id: string | undefined) {
  return useQuery({
    queryKey: personFactsQueryKey(id ?? ''),
    queryFn: () => getPersonFacts(id ?? ''),
    enabled: !!id,
  });
}
