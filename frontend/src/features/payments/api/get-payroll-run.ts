import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { paymentsQueryKeys } from './payroll-keys';
import type { PayrollRun } from './start-payroll-run';

export const RUN_POLL_MS = 1000;

export function isRunFinished(run: Pick<PayrollRun, 'status'> | undefined): boolean {
  return run?.status === 'DONE' || run?.status === 'FAILED';
}

export function getPayrollRun(id: string) {
  return unwrap(api.GET('/api/v1/payroll-runs/{id}', { params: { path: { id } } }));
}

/** A generation job, asked again every second until it is done: the progress bar's feed. */
export function usePayrollRun(id: string | null) {
  return useQuery({
    queryKey: paymentsQueryKeys.run(id ?? ''),
    queryFn: () => getPayrollRun(id ?? ''),
    enabled: !!id,
    staleTime: 0,
    refetchInterval: (query) => (isRunFinished(query.state.data) || query.state.error ? false : RUN_POLL_MS),
  });
}
