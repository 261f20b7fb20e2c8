import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { entitlementQueryKeys } from './get-entitlements';

export type EntitlementProposal = Schemas['EntitlementProposal'];

export function getEntitlementProposals(id: string) {
  return unwrap(api.GET('/api/v1/entitlements/{id}/proposals', { params: { path: { id } } }));
}

/** Changes proposed for one entitlement, open and answered. */
export function useEntitlementProposals(id: string) {
  return useQuery({ queryKey: entitlementQueryKeys.proposals(id), queryFn: () => getEntitlementProposals(id) });
}
