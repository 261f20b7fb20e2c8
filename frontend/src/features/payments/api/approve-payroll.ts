import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { Payroll } from './get-payrolls';
import { paymentsQueryKeys } from './payroll-keys';

export function approvePayroll(id: string) {
  return unwrap(api.POST('/api/v1/payrolls/{id}/approval', { params: { path: { id } } }));
}

/** Locks the payroll and its totals; the API refuses (409 `payment.same-approver`) the user who generated it. */
export function useApprovePayroll() {
  const queryClient = useQueryClient();
  return useMutation<Payroll, ApiProblem, string>({
    mutationFn: approvePayroll,
    onSuccess: (payroll) => {
      queryClient.setQueryData(paymentsQueryKeys.payroll(payroll.id), payroll);
      void queryClient.invalidateQueries({ queryKey: paymentsQueryKeys.payrolls() });
    },
  });
}
