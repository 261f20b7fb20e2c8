import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { CaseView } from './get-case';
import { caseQueryKeys } from './get-cases';

export function proposeCase({ id, version }: { id: string; version: number }) {
  return unwrap(api.POST('/api/v1/cases/{id}/proposal', { params: { path: { id }, header: { 'If-Match': `"${version}"` } } }));
}

/** Forwards the reviewed, posted application to the approver. Sends the version read as If-Match. */
export function useProposeCase() {
  const queryClient = useQueryClient();
  return useMutation<CaseView, ApiProblem, { id: string; version: number }>({
    mutationFn: proposeCase,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.all }),
  });
}
