import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { CaseView } from './get-case';
import { caseQueryKeys } from './get-cases';

export type NewCase = Schemas['NewCase'];

export function createCase(body: NewCase) {
  return unwrap(api.POST('/api/v1/cases', { body }));
}

/** Opens a draft application for a registered person and a requested group. */
export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation<CaseView, ApiProblem, NewCase>({
    mutationFn: createCase,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.all }),
  });
}
