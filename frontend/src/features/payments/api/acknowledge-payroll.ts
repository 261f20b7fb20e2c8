import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { Payroll } from './get-payrolls';
import { paymentsQueryKeys } from './payroll-keys';

export function acknowledgePayroll(id: string, body: Schemas['PayrollAcknowledgement']) {
  return unwrap(api.POST('/api/v1/payrolls/{id}/acknowledgement', { params: { path: { id } }, body }));
}

/** The agent says it received the payroll, with the control totals it counted (409 `payment.control-totals` when they differ). */
export function useAcknowledgePayroll() {
  const queryClient = useQueryClient();
  return useMutation<Payroll, ApiProblem, { id: string; body: Schemas['PayrollAcknowledgement'] }>({
    mutationFn: ({ id, body }) => acknowledgePayroll(id, body),
    onSuccess: (payroll) => {
      queryClient.setQueryData(paymentsQueryKeys.payroll(payroll.id), payroll);
      void queryClient.invalidateQueries({ queryKey: paymentsQueryKeys.all });
    },
  });
}
