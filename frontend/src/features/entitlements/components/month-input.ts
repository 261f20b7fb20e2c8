import type { Dayjs } from 'dayjs';

/** A month picked in a form → the API's "2026-11". */
export function toApiMonth(value: Dayjs): string {
  return value.format('YYYY-MM');
}
