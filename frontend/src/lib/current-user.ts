/**
 * Who is signed in, for every screen. The auth feature's route guard loads the user and
 * provides it; other features read it here, so they need not import the auth feature.
 */
import { createContext, useContext } from 'react';
import type { Schemas } from './api';

export type CurrentUser = Schemas['UserView'];
export type Role = CurrentUser['role'];
export type ScopeLevel = CurrentUser['scope']['level'];

export const ALL_ROLES: readonly Role[] = [
  'SOCIAL_WORKER',
  'APPROVER',
  'PROVINCE_OFFICER',
  'PAYMENT_AGENT',
  'AUDITOR',
  'INTEGRATOR',
  'ADMIN',
];

export const CurrentUserContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser() used outside the signed-in part of the app');
  return user;
}

/** The user's area scope in words: "Toàn quốc", or the area's name ("Xã Chiềng Cơi"), or the level when unnamed. */
export function describeScope(scope: CurrentUser['scope'], t: (key: string) => string): string {
  if (scope.level === 'COUNTRY') return t('scope.country');
  return scope.name ?? scope.code ?? t(`scope.${scope.level}`);
}
