import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { paymentsQueryKeys } from './payroll-keys';

export function getPayroll(id: string) {
  return unwrap(api.GET('/api/v1/payrolls/{id}', { params: { path: { id } } }));
}

export function usePayroll(id: string) {
  return useQuery({ queryKey: paymentsQueryKeys.payroll(id), queryFn: () => getPayroll(id) });
}
