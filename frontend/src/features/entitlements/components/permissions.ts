import type { Role } from '@/lib/current-user';

/** Who suspends, resumes, terminates and transfers entitlements and answers proposals (the commune chairman). */
export function canDecide(role: Role): boolean {
  return role === 'APPROVER' || role === 'ADMIN';
}
