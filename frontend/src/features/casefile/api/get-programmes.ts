import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';

export type Programme = Schemas['Programme'];

export const programmeQueryKeys = {
  list: (on: string) => ['programmes', on] as const,
};

export function getProgrammes(on: string) {
  return unwrap(api.GET('/api/v1/programmes', { params: { query: { on } } }));
}

/** The policy catalogue for the group picker: programmes and groups in force in the caller's province on a date. */
export function useProgrammes(on: string) {
  return useQuery({ queryKey: programmeQueryKeys.list(on), queryFn: () => getProgrammes(on), staleTime: 5 * 60_000 });
}
