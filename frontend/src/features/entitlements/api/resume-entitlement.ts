import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { entitlementQueryKeys, type Entitlement } from './get-entitlements';

export type ResumptionRequest = Schemas['EntitlementResumptionRequest'];

export function resumeEntitlement({ id, version, body }: { id: string; version: number; body: ResumptionRequest }) {
  return unwrap(
    api.POST('/api/v1/entitlements/{id}/resumption', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }),
  );
}

/** Resumes a suspended entitlement; `monthsOwed` pays the suspended months as arrears. Sends the version read as If-Match. */
export function useResumeEntitlement() {
  const queryClient = useQueryClient();
  return useMutation<Entitlement, ApiProblem, { id: string; version: number; body: ResumptionRequest }>({
    mutationFn: resumeEntitlement,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: entitlementQueryKeys.all }),
  });
}
