import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { peopleQueryKeys } from './get-people';
import type { PersonView } from './get-person';

export type PersonPatch = Schemas['PersonPatch'];

export interface UpdatePersonInput {
  id: string;
  /** the version the person was read at; a newer one on the server answers 412 `version.stale` */
  version: number;
  patch: PersonPatch;
}

export function updatePerson({ id, version, patch }: UpdatePersonInput) {
  return unwrap(
    api.PATCH('/api/v1/people/{id}', {
      params: { path: { id }, header: { 'If-Match': `"${version}"` } },
      body: patch,
    }),
  );
}

/** Changes the fields given (null clears an optional one), only if nobody changed the person since it was read. */
export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation<PersonView, ApiProblem, UpdatePersonInput>({
    mutationFn: updatePerson,
    onSuccess: (person) => {
      queryClient.setQueryData(peopleQueryKeys.detail(person.id), person);
      void queryClient.invalidateQueries({ queryKey: peopleQueryKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: [...peopleQueryKeys.detail(person.id), 'history'] });
      void queryClient.invalidateQueries({ queryKey: ['households'] });
    },
  });
}
