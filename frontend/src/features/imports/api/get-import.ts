import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { importsQueryKeys, type ImportJob } from './get-imports';

export const POLL_MS = 1000;

export function isFinished(job: Pick<ImportJob, 'status'> | undefined): boolean {
  return job?.status === 'SUCCEEDED' || job?.status === 'FAILED';
}

export function getImport(id: string) {
  return unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id } } }));
}

/** One import job, asked again every second while it is queued or running: the progress bar's feed. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: importsQueryKeys.detail(id ?? ''),
    queryFn: () => getImport(id ?? ''),
    enabled: !!id,
    staleTime: 0,
    refetchInterval: (query) => (isFinished(query.state.data) || query.state.error ? false : POLL_MS),
  });
}
