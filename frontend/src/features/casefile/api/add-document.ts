import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { caseQueryKeys } from './get-cases';

export type NewCaseDocument = Schemas['NewCaseDocument'];
export type CaseDocument = Schemas['CaseDocument'];
export type DocumentType = NewCaseDocument['type'];

export function addDocument({ caseId, body }: { caseId: string; body: NewCaseDocument }) {
  return unwrap(api.POST('/api/v1/cases/{id}/documents', { params: { path: { id: caseId } }, body }));
}

/** Records a paper of the application (type, number, issuer, date); its file is uploaded next. */
export function useAddDocument() {
  const queryClient = useQueryClient();
  return useMutation<CaseDocument, ApiProblem, { caseId: string; body: NewCaseDocument }>({
    mutationFn: addDocument,
    onSuccess: (_doc, { caseId }) => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.detail(caseId) }),
  });
}
