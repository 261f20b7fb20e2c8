import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { importsQueryKeys, type ImportJob } from './get-imports';

export function resumeImport(id: string) {
  return unwrap(api.POST('/api/v1/imports/{id}/resumption', { params: { path: { id } } }));
}

/** Continues a FAILED job after its last committed batch; rows being idempotent, nothing is stored twice. */
export function useResumeImport() {
  const queryClient = useQueryClient();
  return useMutation<ImportJob, ApiProblem, string>({
    mutationFn: resumeImport,
    onSuccess: (job) => {
      queryClient.setQueryData(importsQueryKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: importsQueryKeys.lists() });
    },
  });
}
