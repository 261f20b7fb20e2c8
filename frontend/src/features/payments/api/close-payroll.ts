import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { Payroll } from './get-payrolls';
import { paymentsQueryKeys } from './payroll-keys';

export function closePayroll(id: string) {
  return unwrap(api.POST('/api/v1/payrolls/{id}/closure', { params: { path: { id } } }));
}

/** Closes an acknowledged payroll after reconciliation: lines still pending become not paid (not reported) and carry over. */
export function useClosePayroll() {
  const queryClient = useQueryClient();
  return useMutation<Payroll, ApiProblem, string>({
    mutationFn: closePayroll,
    onSuccess: (payroll) => {
      queryClient.setQueryData(paymentsQueryKeys.payroll(payroll.id), payroll);
      // its lines and reconciliation changed too: they sit under the payroll's key
      void queryClient.invalidateQueries({ queryKey: paymentsQueryKeys.payrolls() });
    },
  });
}
