import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatVnd, isIsoDate } from './format';

describe('Vietnamese formats', () => {
  it('writes money and numbers the vi-VN way', () => {
    expect(formatVnd(1_250_000).replace(/\s/g, ' ')).toBe('1.250.000 ₫');
    expect(formatNumber(10035)).toBe('10.035');
  });

  it('writes dates as dd/MM/yyyy', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate(null)).toBe('');
  });

  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2025-06-30')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('30/06/2025')).toBe(false);
  });
});
