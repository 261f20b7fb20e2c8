import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { meQueryKey, rememberUser } from './get-me';

export type LoginRequest = Schemas['LoginRequest'];

export function login(body: LoginRequest) {
  return unwrap(api.POST('/api/v1/auth/login', { body }));
}

/** Signs in; the API sets the session cookie and answers the user, which becomes the `me` query's data. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation<Schemas['UserView'], ApiProblem, LoginRequest>({
    mutationKey: ['auth', 'login'],
    mutationFn: login,
    onSuccess: (user) => {
      queryClient.removeQueries();
      rememberUser(user);
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
