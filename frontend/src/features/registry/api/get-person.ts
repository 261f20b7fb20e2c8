import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { peopleQueryKeys } from './get-people';

export type PersonView = Schemas['Person'];

export function getPerson(id: string) {
  return unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } }));
}

/** One person with their current facts; `version` is what an edit sends back as If-Match. */
export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: peopleQueryKeys.detail(id ?? ''),
    queryFn: () => getPerson(id ?? ''),
    enabled: !!id,
  });
}
