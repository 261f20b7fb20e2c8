import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';

export function getApplicant(id: string) {
  return unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } }));
}

/** The person an application is opened for, when the form is opened from their page (?personId=). */
export function useApplicant(id: string | null) {
  return useQuery({ queryKey: ['cases', 'applicant', id], queryFn: () => getApplicant(id ?? ''), enabled: !!id });
}
