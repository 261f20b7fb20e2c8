import { describe, expect, it } from 'vitest';
import { todayIso } from '@/lib/format';
import { applyAreaPatch, dayWithin, readAreaParams } from './area-params';

describe('areas URL state', () => {
  it('reads the list state from the URL, with today and page 1 by default', () => {
    expect(readAreaParams(new URLSearchParams('province=14&q=son%20la&page=3&validOn=2025-06-30'))).toEqual({
      province: '14',
      district: null,
      q: 'son la',
      validOn: '2025-06-30',
      page: 3,
    });
    const defaults = readAreaParams(new URLSearchParams('validOn=30/06/2025&page=-2'));
    expect(defaults.validOn).toBe(todayIso());
    expect(defaults.page).toBe(1);
  });

  it('goes back to the first page when the filters change', () => {
    const next = applyAreaPatch(new URLSearchParams('province=14&page=4'), { q: 'muong' });
    expect(next.toString()).toBe('province=14&q=muong');
    expect(applyAreaPatch(next, { page: 2 }).toString()).toBe('province=14&q=muong&page=2');
    expect(applyAreaPatch(next, { q: '' }).toString()).toBe('province=14');
  });

  it('opens a related unit on a day it was in force', () => {
    expect(dayWithin({ validFrom: null, validTo: '2025-06-30' }, '2026-01-01')).toBe('2025-06-30');
    expect(dayWithin({ validFrom: '2025-07-01', validTo: null }, '2024-01-01')).toBe('2025-07-01');
    expect(dayWithin({ validFrom: null, validTo: null }, '2026-01-01')).toBe('2026-01-01');
  });
});
