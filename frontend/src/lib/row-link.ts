import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * Table rows that open a record when clicked anywhere, except on a link or button inside the row
 * (those keep their own action). Pass the result to an Ant Design table's `onRow`.
 */
export function useRowLink<T>(hrefOf: (row: T) => string) {
  const navigate = useNavigate();
  return useCallback(
    (row: T) => ({
      style: { cursor: 'pointer' },
      onClick: (event: MouseEvent<HTMLElement>) => {
        if ((event.target as HTMLElement).closest('a, button')) return;
        void navigate(hrefOf(row));
      },
    }),
    [navigate, hrefOf],
  );
}
