import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { entitlementQueryKeys } from './get-entitlements';

export type EntitlementMonth = Schemas['EntitlementMonth'];

export function getEntitlementMonths(id: string) {
  return unwrap(api.GET('/api/v1/entitlements/{id}/months', { params: { path: { id } } }));
}

/** Each month from the start: owed (and how much) or withheld by a suspension. */
export function useEntitlementMonths(id: string) {
  return useQuery({ queryKey: entitlementQueryKeys.months(id), queryFn: () => getEntitlementMonths(id) });
}
