import { describe, expect, it } from 'vitest';
import { formatCoefficient, formatMonth } from './format';

describe('months and coefficients', () => {
  it('writes an API month as MM/yyyy and a coefficient with a decimal comma', () => {
    expect(formatMonth('2026-11')).toBe('11/2026');
    expect(formatMonth(null)).toBe('');
    expect(formatCoefficient(1.5)).toBe('1,5');
    expect(formatCoefficient('2.00')).toBe('2');
  });
});
