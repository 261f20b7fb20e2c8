import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { Payroll } from './get-payrolls';
import { paymentsQueryKeys } from './payroll-keys';

export function sendPayroll(id: string) {
  return unwrap(api.POST('/api/v1/payrolls/{id}/dispatch', { params: { path: { id } } }));
}

/** Hands the approved payroll to its payment agent. */
export function useSendPayroll() {
  const queryClient = useQueryClient();
  return useMutation<Payroll, ApiProblem, string>({
    mutationFn: sendPayroll,
    onSuccess: (payroll) => {
      queryClient.setQueryData(paymentsQueryKeys.payroll(payroll.id), payroll);
      void queryClient.invalidateQueries({ queryKey: paymentsQueryKeys.payrolls() });
    },
  });
}
