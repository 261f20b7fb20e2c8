/** API months ("2026-12") as Vietnamese read them ("12/2026"), and a line's months covered. */
export function formatMonth(month: string | null | undefined): string {
  if (!month) return '';
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[2]}/${m[1]}` : month;
}

/** "12/2026", or "10/2026 – 12/2026" for a line covering several months */
export function formatMonthRange(first: string | null | undefined, last: string | null | undefined, fallback: string): string {
  if (!first && !last) return formatMonth(fallback);
  if (!first || !last || first === last) return formatMonth(first ?? last);
  return `${formatMonth(first)} – ${formatMonth(last)}`;
}

/** The month after today's ("2026-12" on 3 Dec 2026 → "2027-01"): payrolls are prepared before the 25th for the next month. */
export function nextMonth(today = new Date()): string {
  const d = new Date(today.getFullYear(), today.getMonth() + 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}
