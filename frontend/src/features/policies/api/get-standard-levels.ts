import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { policyQueryKeys } from './get-programmes';

export type StandardLevelVersion = Schemas['StandardLevelVersion'];

export function getStandardLevels() {
  return unwrap(api.GET('/api/v1/standard-levels'));
}

/** The standard level through time, national and the province's overrides. */
export function useStandardLevels() {
  return useQuery({ queryKey: policyQueryKeys.levels(), queryFn: getStandardLevels });
}
