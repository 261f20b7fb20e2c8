import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { entitlementQueryKeys } from './get-entitlements';

export function getOpenProposals() {
  return unwrap(api.GET('/api/v1/entitlement-proposals'));
}

/** The approver's queue of changes that need a decision (household left poverty, a death reported…), oldest first. */
export function useOpenProposals(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: entitlementQueryKeys.openProposals(), queryFn: getOpenProposals, enabled: options.enabled ?? true });
}
