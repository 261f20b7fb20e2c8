import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import type { CaseDocument } from './add-document';
import { caseQueryKeys } from './get-cases';

/** PDF, JPEG or PNG; the API checks the first bytes too and answers 413/415 problems. */
export const DOCUMENT_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** The API's default limit (1,000,000 bytes); checked here first so nobody waits for a refusal. */
export const DOCUMENT_MAX_BYTES = 1_000_000;

/** The body is the file itself, typed by its content type; its name goes in X-File-Name. */
export function uploadDocumentFile({ caseId, documentId, file }: { caseId: string; documentId: string; file: File }) {
  return unwrap(
    api.PUT('/api/v1/cases/{id}/documents/{documentId}/file', {
      params: { path: { id: caseId, documentId }, header: { 'X-File-Name': encodeURIComponent(file.name) } },
      headers: { 'Content-Type': file.type },
      body: file as unknown as string,
      bodySerializer: () => file as unknown as string,
    }),
  );
}

/** Uploads the scanned paper of a document. */
export function useUploadDocumentFile() {
  const queryClient = useQueryClient();
  return useMutation<CaseDocument, ApiProblem, { caseId: string; documentId: string; file: File }>({
    mutationFn: uploadDocumentFile,
    onSuccess: (_doc, { caseId }) => void queryClient.invalidateQueries({ queryKey: caseQueryKeys.detail(caseId) }),
  });
}
