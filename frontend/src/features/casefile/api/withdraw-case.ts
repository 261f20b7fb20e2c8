import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { CaseView } from './get-case';
import { caseQueryKeys } from './get-cases';

export type CaseWithdrawal = Schemas['CaseWithdrawal'];

export function withdrawCase({ id, version, body }: { id: string; version: number; body: CaseWithdrawal }) {
  return unwrap(api.POST('/api/v1/cases/{id}/withdrawal', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }));
}

/** Withdraws the application at any point before the decision. Sends the version read as If-Match. */
export function useWithdrawCase() {
  const queryClient = useQueryClient();
  return useMutation<CaseView, ApiProblem, { id: string; version: number; body: CaseWithdrawal }>({
    mutationFn: withdrawCase,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.all }),
  });
}
