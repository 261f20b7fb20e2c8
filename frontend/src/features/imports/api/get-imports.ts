import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';

export type ImportJob = Schemas['ImportJobView'];

export const importsQueryKeys = {
  all: ['imports'] as const,
  lists: () => [...importsQueryKeys.all, 'list'] as const,
  list: (page: number) => [...importsQueryKeys.lists(), page] as const,
  detail: (id: string) => [...importsQueryKeys.all, 'detail', id] as const,
};

export function getImports(page: number) {
  return unwrap(api.GET('/api/v1/imports', { params: { query: { page, size: 10 } } }));
}

/** The caller's earlier imports, newest first. */
export function useImports(page: number) {
  return useQuery({ queryKey: importsQueryKeys.list(page), queryFn: () => getImports(page), placeholderData: keepPreviousData });
}
