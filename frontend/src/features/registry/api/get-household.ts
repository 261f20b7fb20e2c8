import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { householdsQueryKeys } from './get-households';

export type HouseholdView = Schemas['Household'];

export function getHousehold(id: string) {
  return unwrap(api.GET('/api/v1/households/{id}', { params: { path: { id } } }));
}

/** One household with its members and today's poverty status. */
export function useHousehold(id: string | undefined) {
  return useQuery({
    queryKey: householdsQueryKeys.detail(id ?? ''),
    queryFn: () => getHousehold(id ?? ''),
    enabled: !!id,
  });
}
