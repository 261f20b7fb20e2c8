import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { peopleQueryKeys } from './get-people';
import type { Fact } from './get-person-facts';

export type FactCorrection = Schemas['FactCorrection'];

export interface CorrectFactInput {
  personId: string;
  factId: string;
  correction: FactCorrection;
}

export function correctFact({ personId, factId, correction }: CorrectFactInput) {
  return unwrap(
    api.POST('/api/v1/people/{id}/facts/{factId}/correction', {
      params: { path: { id: personId, factId } },
      body: correction,
    }),
  );
}

/** Corrects a recorded fact: the old row is kept, marked superseded, and the corrected one added with the reason. */
export function useCorrectFact() {
  const queryClient = useQueryClient();
  return useMutation<Fact, ApiProblem, CorrectFactInput>({
    mutationFn: correctFact,
    onSuccess: (_fact, { personId }) => {
      void queryClient.invalidateQueries({ queryKey: peopleQueryKeys.detail(personId) });
    },
  });
}
