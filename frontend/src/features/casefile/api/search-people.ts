import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';

export function searchPeople(q: string) {
  return unwrap(api.GET('/api/v1/people', { params: { query: { q, size: 10 } } }));
}

/** People found by name (diacritics optional) or ID number, for the applicant picker. */
export function useSearchPeople(q: string) {
  return useQuery({ queryKey: ['cases', 'person-picker', q], queryFn: () => searchPeople(q), enabled: q.trim().length >= 2 });
}
