import type { CurrentUser, Role } from '@/lib/current-user';

/** Who registers and edits people and households in the SPA (the API also lets integrators write). */
const WRITERS: readonly Role[] = ['SOCIAL_WORKER', 'ADMIN'];

export function canWriteRegistry(role: Role): boolean {
  return WRITERS.includes(role);
}

/** The commune a user registers people in: their own, for commune-scoped users; none otherwise. */
export function ownCommune(user: CurrentUser): { code: string; name: string } | null {
  if (user.scope.level !== 'COMMUNE' || !user.scope.code) return null;
  return { code: user.scope.code, name: user.scope.name ?? user.scope.code };
}

/** The province whose communes a province-wide user may filter by. */
export function ownProvince(user: CurrentUser): string | null {
  return user.scope.level === 'PROVINCE' ? user.scope.code : null;
}
