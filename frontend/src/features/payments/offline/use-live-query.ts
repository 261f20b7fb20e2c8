import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/** The answer of an IndexedDB query, kept current as the store changes (Dexie liveQuery). */
export function useLiveQuery<T>(querier: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({ next: setValue, error: () => setValue(undefined) });
    return () => subscription.unsubscribe();
    // the caller names what the query depends on
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
