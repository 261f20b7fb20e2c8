import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { importsQueryKeys, type ImportJob } from './get-imports';

export type ImportKind = 'households' | 'people';

export interface StartImportInput {
  file: File;
  /** for a CSV file, which template it follows; an XLSX workbook carries both sheets */
  kind?: ImportKind;
}

export function startImport({ file, kind }: StartImportInput) {
  return unwrap(
    api.POST('/api/v1/imports', {
      // the file goes as multipart/form-data; the generated type names the binary part a string
      body: { file: file as unknown as string, ...(kind ? { kind } : {}) },
      bodySerializer: (body) => {
        const data = new FormData();
        data.append('file', body.file as unknown as Blob, file.name);
        if (body.kind) data.append('kind', body.kind);
        return data;
      },
    }),
  );
}

/**
 * Uploads a file; the API checks it up front (size, encoding, format, headers: 400/413/415 and nothing
 * stored) and answers 202 with the job, which then runs in the background.
 */
export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation<ImportJob, ApiProblem, StartImportInput>({
    mutationFn: startImport,
    onSuccess: (job) => {
      queryClient.setQueryData(importsQueryKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: importsQueryKeys.lists() });
    },
  });
}
