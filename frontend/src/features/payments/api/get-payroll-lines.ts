import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { paymentsQueryKeys } from './payroll-keys';

export type PaymentLine = Schemas['PaymentLine'];
export type LineStatus = PaymentLine['status'];

export interface LineFilters {
  q?: string;
  village?: string;
  status?: LineStatus;
  page?: number;
  size?: number;
}

export function getPayrollLines(payrollId: string, filters: LineFilters) {
  return unwrap(api.GET('/api/v1/payrolls/{id}/lines', { params: { path: { id: payrollId }, query: { ...filters } } }));
}

/** A page of the payroll's lines; `q` is a name without diacritics or an ID number, folded by the API. */
export function usePayrollLines(payrollId: string, filters: LineFilters) {
  return useQuery({
    queryKey: paymentsQueryKeys.lineList(payrollId, filters),
    queryFn: () => getPayrollLines(payrollId, filters),
    placeholderData: keepPreviousData,
  });
}
