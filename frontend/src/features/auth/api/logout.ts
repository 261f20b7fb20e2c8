import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { forgetUser } from './get-me';

export function logout() {
  return unwrap(api.POST('/api/v1/auth/logout'));
}

/** Signs out and forgets every cached answer, so the next user sees none of this user's data. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiProblem, void>({
    mutationKey: ['auth', 'logout'],
    mutationFn: () => logout(),
    onSuccess: () => {
      forgetUser();
      queryClient.clear();
    },
  });
}
