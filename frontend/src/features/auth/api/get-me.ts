import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';

export const meQueryKey = ['auth', 'me'] as const;

export function getMe() {
  return unwrap(api.GET('/api/v1/auth/me'));
}

/** The signed-in user; fails with ApiProblem `auth.unauthenticated` (401) when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: getMe,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
