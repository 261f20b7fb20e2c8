import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { CaseView } from './get-case';
import { caseQueryKeys } from './get-cases';

export type CaseRejection = Schemas['CaseRejection'];

export function rejectCase({ id, version, body }: { id: string; version: number; body: CaseRejection }) {
  return unwrap(api.POST('/api/v1/cases/{id}/rejection', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }));
}

/** Rejects; the reason is required. Sends the version read as If-Match. */
export function useRejectCase() {
  const queryClient = useQueryClient();
  return useMutation<CaseView, ApiProblem, { id: string; version: number; body: CaseRejection }>({
    mutationFn: rejectCase,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.all }),
  });
}
