import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { policyQueryKeys } from './get-programmes';

export function getSimulation(id: string) {
  return unwrap(api.GET('/api/v1/policy-simulations/{id}', { params: { path: { id } } }));
}

/** A simulation job, polled every second until it is DONE or FAILED. */
export function useSimulation(id: string | null) {
  return useQuery({
    queryKey: [...policyQueryKeys.all, 'simulation', id ?? ''],
    queryFn: () => getSimulation(id ?? ''),
    enabled: !!id,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'DONE' || status === 'FAILED' ? false : 1000;
    },
  });
}
