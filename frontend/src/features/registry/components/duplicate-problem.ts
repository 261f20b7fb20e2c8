/**
 * Reads the extension members of the two conflicts the API answers when registering or changing a person
 * (schema `PersonConflictProblem`): 409 `person.possible-duplicate` lists `candidates` the caller may see and
 * counts the others (`otherCandidates`, with their ids in `otherCandidateIds` so they can be confirmed too);
 * 409 `person.national-id-exists` names the `existing` person (absent when out of the caller's scope).
 * On POST /households, `member` says which row (`members[1]`).
 */
import type { ApiProblem } from '@/lib/problem';

export const POSSIBLE_DUPLICATE = 'person.possible-duplicate';
export const NATIONAL_ID_EXISTS = 'person.national-id-exists';
/** 412: someone changed the record since it was read */
export const STALE_VERSION = 'version.stale';

export interface Candidate {
  id: string;
  fullName: string;
  birthDate: string;
  communeName: string | null;
  householdCode: string | null;
}

export interface DuplicateInfo {
  candidates: Candidate[];
  /** look-alikes in places the caller cannot see: only their ids, to confirm them different too */
  hiddenIds: string[];
  hiddenCount: number;
  /** for a household's member rows: the row the look-alikes resemble, when the API says */
  memberIndex: number | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** `members[1]` → 1 */
export function memberIndexOf(problem: ApiProblem): number | null {
  const member = isRecord(problem.body) ? str(problem.body.member) : null;
  const m = member ? /^members\[(\d+)\]/.exec(member) : null;
  return m ? Number(m[1]) : null;
}

export function readDuplicates(problem: ApiProblem): DuplicateInfo | null {
  if (problem.code !== POSSIBLE_DUPLICATE || !isRecord(problem.body)) return null;
  const body = problem.body;
  const raw = Array.isArray(body.candidates) ? body.candidates.filter(isRecord) : [];
  const candidates = raw
    .filter((c) => str(c.id))
    .map((c) => ({
      id: str(c.id) as string,
      fullName: str(c.fullName) ?? '',
      birthDate: str(c.birthDate) ?? '',
      communeName: str(c.communeName) ?? str(c.communeCode),
      householdCode: str(c.householdCode),
    }));
  const hiddenIds = Array.isArray(body.otherCandidateIds) ? body.otherCandidateIds.filter((id): id is string => typeof id === 'string') : [];
  return {
    candidates,
    hiddenIds,
    hiddenCount: Math.max(num(body.otherCandidates) ?? 0, hiddenIds.length),
    memberIndex: memberIndexOf(problem),
  };
}

/** Everyone the officer confirms this person is not: the look-alikes shown and those out of sight. */
export function allCandidateIds(info: DuplicateInfo): string[] {
  return [...info.candidates.map((c) => c.id), ...info.hiddenIds];
}

export interface ExistingPerson {
  /** null when the person is in a commune the caller may not see */
  id: string | null;
}

export function readExisting(problem: ApiProblem): ExistingPerson | null {
  if (problem.code !== NATIONAL_ID_EXISTS) return null;
  const existing = isRecord(problem.body) && isRecord(problem.body.existing) ? problem.body.existing : null;
  // no href: the person is somewhere the caller cannot see, so there is nothing to open
  return { id: existing && str(existing.href) ? str(existing.id) : null };
}
