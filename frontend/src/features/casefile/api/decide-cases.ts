import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { caseQueryKeys } from './get-cases';

export type BulkDecision = Schemas['BulkDecision'];
export type BulkDecisionItem = Schemas['BulkDecisionItem'];
export type BulkDecisionResult = Schemas['BulkDecisionResult'];

export function decideCases(body: BulkDecision) {
  return unwrap(api.POST('/api/v1/cases/decisions', { body }));
}

/** Approves or rejects several applications at once; each item answers on its own. */
export function useDecideCases() {
  const queryClient = useQueryClient();
  return useMutation<BulkDecisionResult, ApiProblem, BulkDecision>({
    mutationFn: decideCases,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.all }),
  });
}
