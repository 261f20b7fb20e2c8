import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { CLIENT_CODES, isApiProblem } from '@/lib/problem';

export const meQueryKey = ['auth', 'me'] as const;

// The last answer of /auth/me, so that a payment agent who reloads the app without a network still gets
// in (their confirmations wait on the device). It holds no secret: the session stays in the HttpOnly cookie,
// which the API checks again on every call once the network is back.
const REMEMBERED_USER = 'ansinh.me';

export function rememberUser(user: Schemas['UserView']) {
  try {
    globalThis.localStorage?.setItem(REMEMBERED_USER, JSON.stringify(user));
  } catch {
    // private mode: nothing remembered
  }
}

/** The user of the last session check, if any (for working offline). */
export function rememberedUser(): Schemas['UserView'] | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(REMEMBERED_USER);
    return raw ? (JSON.parse(raw) as Schemas['UserView']) : undefined;
  } catch {
    return undefined;
  }
}

export function forgetUser() {
  try {
    globalThis.localStorage?.removeItem(REMEMBERED_USER);
  } catch {
    // nothing to forget
  }
}

/** GET /auth/me; without a network, the user of the last successful check (the API decides again once online). */
export async function getMe() {
  try {
    const me = await unwrap(api.GET('/api/v1/auth/me'));
    rememberUser(me);
    return me;
  } catch (error) {
    if (isApiProblem(error) && error.code === CLIENT_CODES.network) {
      const remembered = rememberedUser();
      if (remembered) return remembered;
    }
    if (isApiProblem(error) && error.status === 401) forgetUser();
    throw error;
  }
}

/** The signed-in user; fails with ApiProblem `auth.unauthenticated` (401) when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: getMe,
    staleTime: 5 * 60_000,
    retry: false,
    // without a network the query still runs once, so the remembered user is answered
    networkMode: 'offlineFirst',
  });
}
