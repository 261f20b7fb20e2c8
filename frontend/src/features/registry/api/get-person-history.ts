import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { peopleQueryKeys } from './get-people';

export type HistoryEvent = Schemas['AuditEvent'];

export const personHistoryQueryKey = (id: string) => [...peopleQueryKeys.detail(id), 'history'] as const;

export function getPersonHistory(id: string) {
  return unwrap(api.GET('/api/v1/people/{id}/history', { params: { path: { id } } }));
}

/** Who changed what and when, from the audit trail, for a person and their facts. */
export function usePersonHistory(id: string | undefined, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: personHistoryQueryKey(id ?? ''),
    queryFn: () => getPersonHistory(id ?? ''),
    enabled: !!id && (options.enabled ?? true),
  });
}
