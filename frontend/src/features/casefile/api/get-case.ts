import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { caseQueryKeys } from './get-cases';

export type CaseView = Schemas['Case'];

export function getCase(id: string) {
  return unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id } } }));
}

/** One application with its documents, objections, timeline and deadlines; `version` goes back as If-Match. */
export function useCase(id: string | undefined) {
  return useQuery({ queryKey: caseQueryKeys.detail(id ?? ''), queryFn: () => getCase(id ?? ''), enabled: !!id });
}
