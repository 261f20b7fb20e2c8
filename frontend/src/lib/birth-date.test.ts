import { describe, expect, it } from 'vitest';
import { ageOn, birthDatePrecision, formatBirthDate, parseBirthDateInput } from './birth-date';

describe('birth dates shown by their precision', () => {
  it('shows a year alone, a month and year, or the whole date', () => {
    expect(formatBirthDate('1948')).toBe('1948');
    expect(formatBirthDate('1948-05')).toBe('05/1948');
    expect(formatBirthDate('1948-05-17')).toBe('17/05/1948');
  });

  it('cuts a stored full date to the precision the API gives beside it', () => {
    expect(formatBirthDate('1948-01-01', 'YEAR')).toBe('1948');
    expect(formatBirthDate('1948-05-01', 'MONTH')).toBe('05/1948');
    expect(formatBirthDate('1948-05-17', 'DAY')).toBe('17/05/1948');
  });

  it('shows nothing for no date and the text as is for something unexpected', () => {
    expect(formatBirthDate(null)).toBe('');
    expect(formatBirthDate('17/05/1948')).toBe('17/05/1948');
  });

  it('tells the precision of an API string', () => {
    expect(birthDatePrecision('1948')).toBe('YEAR');
    expect(birthDatePrecision('1948-05')).toBe('MONTH');
    expect(birthDatePrecision('1948-05-17')).toBe('DAY');
    expect(birthDatePrecision('48')).toBeUndefined();
  });
});

describe('reading a typed birth date', () => {
  const today = '2026-03-10';

  it('reads day/month/year with slashes, dashes or dots and with or without zeros', () => {
    expect(parseBirthDateInput('17/05/1948', today)).toEqual({ iso: '1948-05-17', precision: 'DAY' });
    expect(parseBirthDateInput('7-5-1948', today)).toEqual({ iso: '1948-05-07', precision: 'DAY' });
    expect(parseBirthDateInput(' 07.05.1948 ', today)).toEqual({ iso: '1948-05-07', precision: 'DAY' });
  });

  it('reads month/year and a year alone', () => {
    expect(parseBirthDateInput('5/1948', today)).toEqual({ iso: '1948-05', precision: 'MONTH' });
    expect(parseBirthDateInput('1948', today)).toEqual({ iso: '1948', precision: 'YEAR' });
  });

  it('accepts the ISO forms too', () => {
    expect(parseBirthDateInput('1948-05-17', today)).toEqual({ iso: '1948-05-17', precision: 'DAY' });
    expect(parseBirthDateInput('1948-05', today)).toEqual({ iso: '1948-05', precision: 'MONTH' });
  });

  it('refuses impossible, future and too old dates, and other text', () => {
    expect(parseBirthDateInput('31/02/1990', today)).toEqual({ problem: 'impossible' });
    expect(parseBirthDateInput('13/1990', today)).toEqual({ problem: 'impossible' });
    expect(parseBirthDateInput('11/03/2026', today)).toEqual({ problem: 'future' });
    expect(parseBirthDateInput('04/2026', today)).toEqual({ problem: 'future' });
    expect(parseBirthDateInput('2027', today)).toEqual({ problem: 'future' });
    expect(parseBirthDateInput('1899', today)).toEqual({ problem: 'tooOld' });
    expect(parseBirthDateInput('năm 48', today)).toEqual({ problem: 'format' });
    expect(parseBirthDateInput('', today)).toEqual({ problem: 'format' });
  });

  it('accepts today and this month and year', () => {
    expect(parseBirthDateInput('10/03/2026', today)).toEqual({ iso: '2026-03-10', precision: 'DAY' });
    expect(parseBirthDateInput('03/2026', today)).toEqual({ iso: '2026-03', precision: 'MONTH' });
    expect(parseBirthDateInput('2026', today)).toEqual({ iso: '2026', precision: 'YEAR' });
  });
});

describe('age', () => {
  it('counts a year-only birth date from 1 January', () => {
    expect(ageOn('1948', '2025-06-30')).toBe(77);
    expect(ageOn('1948-07', '2025-06-30')).toBe(76);
    expect(ageOn('1948-07-02', '2025-07-01')).toBe(76);
    expect(ageOn('1948-07-01', '2025-07-01')).toBe(77);
  });
});
