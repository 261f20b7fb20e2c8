import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { paths } from '@/lib/api-types';

export type Entitlement = Schemas['Entitlement'];
export type EntitlementsQuery = NonNullable<paths['/api/v1/entitlements']['get']['parameters']['query']>;

export const entitlementQueryKeys = {
  all: ['entitlements'] as const,
  lists: () => [...entitlementQueryKeys.all, 'list'] as const,
  list: (query: EntitlementsQuery) => [...entitlementQueryKeys.lists(), query] as const,
  detail: (id: string) => [...entitlementQueryKeys.all, 'detail', id] as const,
  months: (id: string) => [...entitlementQueryKeys.all, 'months', id] as const,
  proposals: (id: string) => [...entitlementQueryKeys.all, 'proposals', id] as const,
  openProposals: () => [...entitlementQueryKeys.all, 'open-proposals'] as const,
};

export function getEntitlements(query: EntitlementsQuery) {
  return unwrap(api.GET('/api/v1/entitlements', { params: { query } }));
}

/** A page of entitlements in the caller's area, by commune, person and status. */
export function useEntitlements(query: EntitlementsQuery) {
  return useQuery({ queryKey: entitlementQueryKeys.list(query), queryFn: () => getEntitlements(query), placeholderData: keepPreviousData });
}
