import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { CaseView } from './get-case';
import { caseQueryKeys } from './get-cases';

export function startReview({ id, version }: { id: string; version: number }) {
  return unwrap(api.POST('/api/v1/cases/{id}/review', { params: { path: { id }, header: { 'If-Match': `"${version}"` } } }));
}

/** Starts the review; the API stores the eligibility evaluation as a snapshot. Sends the version read as If-Match. */
export function useStartReview() {
  const queryClient = useQueryClient();
  return useMutation<CaseView, ApiProblem, { id: string; version: number }>({
    mutationFn: startReview,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.all }),
  });
}
