import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { paymentsQueryKeys } from './payroll-keys';

export function getReconciliation(payrollId: string) {
  return unwrap(api.GET('/api/v1/payrolls/{id}/reconciliation', { params: { path: { id: payrollId } } }));
}

/** Paid, not paid, still open, balance and fee of a payroll. */
export function useReconciliation(payrollId: string, enabled = true) {
  return useQuery({ queryKey: paymentsQueryKeys.reconciliation(payrollId), queryFn: () => getReconciliation(payrollId), enabled });
}
