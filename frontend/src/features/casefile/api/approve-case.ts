import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { CaseView } from './get-case';
import { caseQueryKeys } from './get-cases';

export type CaseApproval = Schemas['CaseApproval'];

export function approveCase({ id, version, body }: { id: string; version: number; body: CaseApproval }) {
  return unwrap(api.POST('/api/v1/cases/{id}/approval', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }));
}

/** Approves with the decision number, date and signer; creates the entitlement. Sends the version read as If-Match. */
export function useApproveCase() {
  const queryClient = useQueryClient();
  return useMutation<CaseView, ApiProblem, { id: string; version: number; body: CaseApproval }>({
    mutationFn: approveCase,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.all }),
  });
}
