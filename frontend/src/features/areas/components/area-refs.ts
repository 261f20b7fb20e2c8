import type { AreaRef } from '../api/get-areas';

/** Names of related units, "(một phần)" after those only partly merged. */
export function refNames(refs: AreaRef[], partLabel: string): string {
  return refs.map((r) => (r.kind === 'partial' ? `${r.fullName} (${partLabel})` : r.fullName)).join(', ');
}
