import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { householdsQueryKeys } from './get-households';
import type { HouseholdView } from './get-household';

export type NewHousehold = Schemas['NewHousehold'];

export function createHousehold(body: NewHousehold) {
  return unwrap(api.POST('/api/v1/households', { body }));
}

/** Registers a household and its members in one go (all or nothing); the member whose relation is HEAD heads it. */
export function useCreateHousehold() {
  const queryClient = useQueryClient();
  return useMutation<HouseholdView, ApiProblem, NewHousehold>({
    mutationFn: createHousehold,
    onSuccess: (household) => {
      queryClient.setQueryData(householdsQueryKeys.detail(household.id), household);
      void queryClient.invalidateQueries({ queryKey: householdsQueryKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
