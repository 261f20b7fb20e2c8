import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { paths } from '@/lib/api-types';

export type CaseSummary = Schemas['CaseSummary'];
export type CaseStatus = Schemas['CaseSummary']['status'];
export type CasesQuery = NonNullable<paths['/api/v1/cases']['get']['parameters']['query']>;

export const caseQueryKeys = {
  all: ['cases'] as const,
  lists: () => [...caseQueryKeys.all, 'list'] as const,
  list: (query: CasesQuery) => [...caseQueryKeys.lists(), query] as const,
  detail: (id: string) => [...caseQueryKeys.all, 'detail', id] as const,
  workQueue: () => [...caseQueryKeys.all, 'work-queue'] as const,
  processingTimes: (query: object) => [...caseQueryKeys.all, 'processing-times', query] as const,
  postingList: (communeCode: string) => [...caseQueryKeys.all, 'posting-list', communeCode] as const,
};

export function getCases(query: CasesQuery) {
  return unwrap(api.GET('/api/v1/cases', { params: { query } }));
}

/** A page of applications in the caller's area, by status. */
export function useCases(query: CasesQuery) {
  return useQuery({ queryKey: caseQueryKeys.list(query), queryFn: () => getCases(query), placeholderData: keepPreviousData });
}
