import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { paymentsQueryKeys } from './payroll-keys';

export type PayrollRun = Schemas['PayrollRun'];
export type NewPayrollRun = Schemas['NewPayrollRun'];

export function startPayrollRun(body: NewPayrollRun) {
  return unwrap(api.POST('/api/v1/payroll-runs', { body }));
}

/** Queues a generation (one commune, or every commune of the province); the API answers the job to poll. */
export function useStartPayrollRun() {
  const queryClient = useQueryClient();
  return useMutation<PayrollRun, ApiProblem, NewPayrollRun>({
    mutationFn: startPayrollRun,
    onSuccess: (run) => queryClient.setQueryData(paymentsQueryKeys.run(run.id), run),
  });
}
