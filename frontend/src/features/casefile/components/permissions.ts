import type { Role } from '@/lib/current-user';

/** Who registers and moves applications (the commune social worker). */
export function canWork(role: Role): boolean {
  return role === 'SOCIAL_WORKER' || role === 'ADMIN';
}

/** Who decides (the commune chairman). */
export function canDecide(role: Role): boolean {
  return role === 'APPROVER' || role === 'ADMIN';
}
