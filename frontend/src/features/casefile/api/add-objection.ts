import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { caseQueryKeys } from './get-cases';

export type NewObjection = Schemas['NewObjection'];
export type CaseObjection = Schemas['CaseObjection'];

export function addObjection({ caseId, body }: { caseId: string; body: NewObjection }) {
  return unwrap(api.POST('/api/v1/cases/{id}/objections', { params: { path: { id: caseId } }, body }));
}

/** Records an objection received about the posted application (answer due in 10 working days). */
export function useAddObjection() {
  const queryClient = useQueryClient();
  return useMutation<CaseObjection, ApiProblem, { caseId: string; body: NewObjection }>({
    mutationFn: addObjection,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.all }),
  });
}
