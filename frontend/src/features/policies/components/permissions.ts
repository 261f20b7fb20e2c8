import type { Role } from '@/lib/current-user';

/** Who maintains policies: province officers (their province's versions) and administrators. */
export function canAdministerPolicies(role: Role): boolean {
  return role === 'PROVINCE_OFFICER' || role === 'ADMIN';
}
