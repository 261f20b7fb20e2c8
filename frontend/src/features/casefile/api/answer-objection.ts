import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { CaseObjection } from './add-objection';
import { caseQueryKeys } from './get-cases';

export type ObjectionAnswer = Schemas['ObjectionAnswer'];

export function answerObjection({ caseId, objectionId, body }: { caseId: string; objectionId: string; body: ObjectionAnswer }) {
  return unwrap(api.POST('/api/v1/cases/{id}/objections/{objectionId}/answer', { params: { path: { id: caseId, objectionId } }, body }));
}

/** Answers an objection. */
export function useAnswerObjection() {
  const queryClient = useQueryClient();
  return useMutation<CaseObjection, ApiProblem, { caseId: string; objectionId: string; body: ObjectionAnswer }>({
    mutationFn: answerObjection,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.all }),
  });
}
