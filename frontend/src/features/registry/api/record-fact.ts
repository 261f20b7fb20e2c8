import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { peopleQueryKeys } from './get-people';
import type { Fact } from './get-person-facts';

export type NewFact = Schemas['NewFact'];

export function recordFact({ personId, fact }: { personId: string; fact: NewFact }) {
  return unwrap(api.POST('/api/v1/people/{id}/facts', { params: { path: { id: personId } }, body: fact }));
}

/** Records a new fact; the open one of the same kind is closed the day before by the API. */
export function useRecordFact() {
  const queryClient = useQueryClient();
  return useMutation<Fact, ApiProblem, { personId: string; fact: NewFact }>({
    mutationFn: recordFact,
    onSuccess: (_fact, { personId }) => {
      void queryClient.invalidateQueries({ queryKey: peopleQueryKeys.detail(personId) });
    },
  });
}
