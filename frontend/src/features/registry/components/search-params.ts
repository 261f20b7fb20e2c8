/**
 * Search pages keep their filters in the URL (?q=nguyen+van&birthYear=1948&page=2), so a link or the
 * back button shows the same list. `page` is 1-based for people, 0-based for the API.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type Patch<K extends string> = Partial<Record<K | 'page' | 'sort', string | number | null>>;

export function applyPatch(search: URLSearchParams, patch: Record<string, string | number | null | undefined>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '' || (key === 'page' && value === 1)) next.delete(key);
    else next.set(key, String(value));
  }
  // a new filter or order starts again at page 1
  if (!('page' in patch)) next.delete('page');
  return next;
}

export function pageOf(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

export function useFilterParams<K extends string>() {
  const [search, setSearch] = useSearchParams();
  const update = useCallback(
    (patch: Patch<K>, options: { replace?: boolean } = {}) => setSearch((current) => applyPatch(current, patch), options),
    [setSearch],
  );
  const page = useMemo(() => pageOf(search), [search]);
  return { search, update, page };
}
