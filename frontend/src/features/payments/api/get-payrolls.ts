import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { paymentsQueryKeys } from './payroll-keys';

export type Payroll = Schemas['Payroll'];
export type PayrollStatus = Payroll['status'];

export interface PayrollFilters {
  month?: string;
  communeCode?: string;
  status?: PayrollStatus;
  page?: number;
  size?: number;
}

export function getPayrolls(filters: PayrollFilters) {
  return unwrap(api.GET('/api/v1/payrolls', { params: { query: { ...filters } } }));
}

/** Payrolls within the caller's area (for an agent: those assigned to it), newest month first. */
export function usePayrolls(filters: PayrollFilters) {
  return useQuery({
    queryKey: paymentsQueryKeys.payrollList(filters),
    queryFn: () => getPayrolls(filters),
    placeholderData: keepPreviousData,
  });
}
