import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { meQueryKey } from '@/features/auth/api/get-me';
import { isApiProblem } from '@/lib/problem';

/** No retry for answers the API meant (4xx); a couple for the network and 5xx. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiProblem(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // A session that expired mid-work: any 401 makes the guard ask /auth/me again, which sends the person to /login.
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiProblem(error) && error.status === 401 && query.queryKey !== meQueryKey) {
          void client.invalidateQueries({ queryKey: meQueryKey });
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isApiProblem(error) && error.status === 401 && mutation.options.mutationKey?.[0] !== 'auth') {
          void client.invalidateQueries({ queryKey: meQueryKey });
        }
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
