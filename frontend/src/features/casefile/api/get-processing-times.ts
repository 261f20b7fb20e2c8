import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { paths } from '@/lib/api-types';
import { caseQueryKeys } from './get-cases';

export type ProcessingTime = Schemas['ProcessingTime'];
export type ProcessingTimeCommune = Schemas['ProcessingTimeCommune'];
export type ProcessingTimesQuery = NonNullable<paths['/api/v1/case-indicators/processing-time']['get']['parameters']['query']>;

export function getProcessingTimes(query: ProcessingTimesQuery) {
  return unwrap(api.GET('/api/v1/case-indicators/processing-time', { params: { query } }));
}

/** Processing time versus the legal deadline, per commune, for decisions in a period. */
export function useProcessingTimes(query: ProcessingTimesQuery) {
  return useQuery({ queryKey: caseQueryKeys.processingTimes(query), queryFn: () => getProcessingTimes(query) });
}
