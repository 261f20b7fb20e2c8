import { describe, expect, it } from 'vitest';
import { formatMonth, formatMonthRange, nextMonth } from './months';

describe('months', () => {
  it('reads API months the Vietnamese way', () => {
    expect(formatMonth('2026-12')).toBe('12/2026');
    expect(formatMonthRange('2026-10', '2026-12', '2026-12')).toBe('10/2026 – 12/2026');
    expect(formatMonthRange('2026-12', '2026-12', '2026-12')).toBe('12/2026');
    expect(formatMonthRange(null, null, '2026-12')).toBe('12/2026');
  });

  it('proposes the next month, across the year end', () => {
    expect(nextMonth(new Date(2026, 11, 3))).toBe('2027-01');
    expect(nextMonth(new Date(2026, 0, 31))).toBe('2026-02');
  });
});
