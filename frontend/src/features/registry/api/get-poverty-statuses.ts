import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { householdsQueryKeys } from './get-households';

export type PovertyStatusRecord = Schemas['PovertyStatusPeriod'];

export const povertyStatusesQueryKey = (id: string) => [...householdsQueryKeys.detail(id), 'poverty-statuses'] as const;

export function getPovertyStatuses(id: string) {
  return unwrap(api.GET('/api/v1/households/{id}/poverty-statuses', { params: { path: { id } } }));
}

/** The household's poverty status through time: each status with its period and the commune's decision. */
export function usePovertyStatuses(id: string | undefined) {
  return useQuery({
    queryKey: povertyStatusesQueryKey(id ?? ''),
    queryFn: () => getPovertyStatuses(id ?? ''),
    enabled: !!id,
  });
}
