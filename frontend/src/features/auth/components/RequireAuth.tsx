import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/ErrorState';
import { FullPageSpinner } from '@/components/ui/FullPageSpinner';
import { CurrentUserContext } from '@/lib/current-user';
import { isApiProblem } from '@/lib/problem';
import { useMe } from '../api/get-me';

export interface LoginRedirectState {
  from?: { pathname: string; search?: string; hash?: string };
}

/**
 * Lets only signed-in users through (asks GET /auth/me). Anyone else goes to /login, which
 * remembers the page they asked for. Inside, useCurrentUser() gives the user.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <FullPageSpinner label={t('auth.checking')} />;
  if (me.isError) {
    if (isApiProblem(me.error) && me.error.status === 401) {
      const state: LoginRedirectState = {
        from: { pathname: location.pathname, search: location.search, hash: location.hash },
      };
      return <Navigate to="/login" replace state={state} />;
    }
    return <ErrorState title={t('auth.sessionCheckFailed')} error={me.error} onRetry={() => void me.refetch()} />;
  }
  return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
}
