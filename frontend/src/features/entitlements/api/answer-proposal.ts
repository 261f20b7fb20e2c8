import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { EntitlementProposal } from './get-entitlement-proposals';
import { entitlementQueryKeys } from './get-entitlements';

export type ProposalAnswer = Schemas['ProposalAnswer'];

export function answerProposal({ id, answer }: { id: string; answer: ProposalAnswer }) {
  return unwrap(api.POST('/api/v1/entitlement-proposals/{id}/answer', { params: { path: { id } }, body: answer }));
}

/** Accepts (and applies) or rejects a proposed change; a rejection needs the answer in words. */
export function useAnswerProposal() {
  const queryClient = useQueryClient();
  return useMutation<EntitlementProposal, ApiProblem, { id: string; answer: ProposalAnswer }>({
    mutationFn: answerProposal,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: entitlementQueryKeys.all }),
  });
}
