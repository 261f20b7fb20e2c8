import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { peopleQueryKeys } from './get-people';
import type { PersonView } from './get-person';

export type NewPerson = Schemas['NewPerson'];

export function createPerson(body: NewPerson) {
  return unwrap(api.POST('/api/v1/people', { body }));
}

/**
 * Registers a person. Fails with 409 `person.national-id-exists` (extension `existing`) or
 * `person.possible-duplicate` (extension `candidates`) until the request confirms the candidates are others.
 */
export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation<PersonView, ApiProblem, NewPerson>({
    mutationFn: createPerson,
    onSuccess: (person) => {
      queryClient.setQueryData(peopleQueryKeys.detail(person.id), person);
      void queryClient.invalidateQueries({ queryKey: peopleQueryKeys.lists() });
      // the household the person joined lists its members
      void queryClient.invalidateQueries({ queryKey: ['households'] });
    },
  });
}
