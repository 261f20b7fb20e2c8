import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';

export type Programme = Schemas['Programme'];
export type ProgrammeGroup = Schemas['ProgrammeGroup'];

export const policyQueryKeys = {
  all: ['policies'] as const,
  programmes: (on: string) => [...policyQueryKeys.all, 'programmes', on] as const,
  group: (code: string) => [...policyQueryKeys.all, 'group', code] as const,
  levels: () => [...policyQueryKeys.all, 'standard-levels'] as const,
};

export function getProgrammes(on: string) {
  return unwrap(api.GET('/api/v1/programmes', { params: { query: { on } } }));
}

/** The catalogue: programmes that apply in the caller's province on a date, each group with its coefficient and amount then. */
export function useProgrammes(on: string) {
  return useQuery({ queryKey: policyQueryKeys.programmes(on), queryFn: () => getProgrammes(on) });
}
