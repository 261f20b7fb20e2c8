import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { CaseView } from './get-case';
import { caseQueryKeys } from './get-cases';

export type CasePosting = Schemas['CasePosting'];

export function postCase({ id, version, body }: { id: string; version: number; body: CasePosting }) {
  return unwrap(api.POST('/api/v1/cases/{id}/posting', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }));
}

/** Posts the application publicly at the commune office (2 working days by default). Sends the version read as If-Match. */
export function usePostCase() {
  const queryClient = useQueryClient();
  return useMutation<CaseView, ApiProblem, { id: string; version: number; body: CasePosting }>({
    mutationFn: postCase,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.all }),
  });
}
