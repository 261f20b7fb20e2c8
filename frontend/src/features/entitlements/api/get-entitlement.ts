import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { entitlementQueryKeys } from './get-entitlements';

export function getEntitlement(id: string) {
  return unwrap(api.GET('/api/v1/entitlements/{id}', { params: { path: { id } } }));
}

/** One entitlement with its amount versions and suspensions; `version` goes back as If-Match. */
export function useEntitlement(id: string | undefined) {
  return useQuery({ queryKey: entitlementQueryKeys.detail(id ?? ''), queryFn: () => getEntitlement(id ?? ''), enabled: !!id });
}
