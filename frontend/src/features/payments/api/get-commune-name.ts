import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { useCurrentUser } from '@/lib/current-user';
import { paymentsQueryKeys } from './payroll-keys';

export function getArea(code: string) {
  return unwrap(api.GET('/api/v1/areas/{code}', { params: { path: { code } } }));
}

/** A commune's name for headings ("Xã Mường Chiên"): the user's own commune without a call, else asked once; the code meanwhile or offline. */
export function useCommuneName(code: string | null | undefined): string {
  const user = useCurrentUser();
  const own = user.scope.code === code ? user.scope.name : null;
  const area = useQuery({
    queryKey: [...paymentsQueryKeys.all, 'area', code ?? ''],
    queryFn: () => getArea(code ?? ''),
    enabled: !!code && !own,
    staleTime: 60 * 60_000,
    retry: false,
  });
  return own ?? area.data?.fullName ?? code ?? '';
}
