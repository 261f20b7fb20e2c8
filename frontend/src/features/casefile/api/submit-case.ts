import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { CaseView } from './get-case';
import { caseQueryKeys } from './get-cases';

export type CaseSubmission = Schemas['CaseSubmission'];

export function submitCase({ id, version, body }: { id: string; version: number; body: CaseSubmission }) {
  return unwrap(api.POST('/api/v1/cases/{id}/submission', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }));
}

/** Submits a draft: who brought it and the day the commune received it. Sends the version read as If-Match. */
export function useSubmitCase() {
  const queryClient = useQueryClient();
  return useMutation<CaseView, ApiProblem, { id: string; version: number; body: CaseSubmission }>({
    mutationFn: submitCase,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.all }),
  });
}
