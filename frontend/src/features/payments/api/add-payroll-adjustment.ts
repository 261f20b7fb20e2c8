import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { PaymentLine } from './get-payroll-lines';
import { paymentsQueryKeys } from './payroll-keys';

export type NewAdjustment = Schemas['NewAdjustment'];

export function addPayrollAdjustment(payrollId: string, body: NewAdjustment) {
  return unwrap(api.POST('/api/v1/payrolls/{id}/adjustments', { params: { path: { id: payrollId } }, body }));
}

/**
 * Corrects a line after approval with a new ADJUSTMENT line (positive pays more, negative recovers); the approved lines
 * never change. 422 `payment.line-not-adjustable` for a line that is not regular, arrears or carried over.
 */
export function useAddPayrollAdjustment() {
  const queryClient = useQueryClient();
  return useMutation<PaymentLine, ApiProblem, { payrollId: string; body: NewAdjustment }>({
    mutationFn: ({ payrollId, body }) => addPayrollAdjustment(payrollId, body),
    onSuccess: () => {
      // the payroll's adjustment and payable totals, its lines and the list's totals all change
      void queryClient.invalidateQueries({ queryKey: paymentsQueryKeys.payrolls() });
    },
  });
}
