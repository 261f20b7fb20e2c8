/**
 * The areas page keeps its whole state in the URL (?province=14&district=…&q=…&validOn=…&page=2),
 * so that a link shows another person exactly the same list. `page` is 1-based for people.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate, todayIso } from '@/lib/format';

export interface AreaParams {
  province: string | null;
  district: string | null;
  q: string;
  /** ISO date; today when the URL names none */
  validOn: string;
  /** 1-based */
  page: number;
}

type Patch = Partial<{ province: string | null; district: string | null; q: string | null; validOn: string | null; page: number | null }>;

export function readAreaParams(search: URLSearchParams): AreaParams {
  const validOn = search.get('validOn');
  const page = Number(search.get('page'));
  return {
    province: search.get('province') || null,
    district: search.get('district') || null,
    q: search.get('q') ?? '',
    validOn: isIsoDate(validOn) ? validOn : todayIso(),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Applies a change; anything that changes the list (other than the page itself) goes back to page 1. */
export function applyAreaPatch(search: URLSearchParams, patch: Patch): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '' || (key === 'page' && value === 1)) next.delete(key);
    else next.set(key, String(value));
  }
  if (!('page' in patch)) next.delete('page');
  return next;
}

export function useAreaParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readAreaParams(search), [search]);
  const update = useCallback(
    (patch: Patch, options: { replace?: boolean } = {}) => setSearch((current) => applyAreaPatch(current, patch), options),
    [setSearch],
  );
  return { params, search, update };
}

/** The search string for a link to the list or a unit, keeping the current filters. */
export function searchString(search: URLSearchParams): string {
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The day to open a related unit at: a day it was valid (its last day, else its first), else the current day. */
export function dayWithin(ref: { validFrom?: string | null; validTo?: string | null }, fallback: string): string {
  return ref.validTo ?? ref.validFrom ?? fallback;
}
