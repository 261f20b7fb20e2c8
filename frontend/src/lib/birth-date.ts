/**
 * Birth dates with precision. Elderly people often know only the year (or month) they were born:
 * the API speaks reduced-precision ISO 8601 (`"1948"`, `"1948-05"`, `"1948-05-17"`) and the UI shows
 * `1948`, `05/1948`, `17/05/1948`. People type them the Vietnamese way, with `/`, `-` or `.`
 * between the parts and with or without leading zeros.
 */
import dayjs from 'dayjs';

export type BirthDatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** Earliest birth year the API accepts. */
export const MIN_BIRTH_YEAR = 1900;

const ISO_YEAR = /^(\d{4})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The precision of an API birth date string, or undefined when it is none of the three shapes. */
export function birthDatePrecision(iso: string | null | undefined): BirthDatePrecision | undefined {
  if (!iso) return undefined;
  if (ISO_DAY.test(iso)) return 'DAY';
  if (ISO_MONTH.test(iso)) return 'MONTH';
  if (ISO_YEAR.test(iso)) return 'YEAR';
  return undefined;
}

/**
 * "1948" → "1948", "1948-05" → "05/1948", "1948-05-17" → "17/05/1948".
 * A full date with a coarser precision (as stored: first day of the unknown part) is cut to it.
 */
export function formatBirthDate(iso: string | null | undefined, precision?: BirthDatePrecision | null): string {
  if (!iso) return '';
  const day = ISO_DAY.exec(iso);
  const month = ISO_MONTH.exec(iso);
  const year = ISO_YEAR.exec(iso);
  const parts = day ? [day[1], day[2], day[3]] : month ? [month[1], month[2]] : year ? [year[1]] : null;
  if (!parts) return iso;
  const shown = precision === 'YEAR' ? 1 : precision === 'MONTH' ? Math.min(2, parts.length) : parts.length;
  return parts.slice(0, shown).reverse().join('/');
}

/** Why a typed birth date is refused (an i18n key under `birthDate.`), or none. */
export type BirthDateProblem = 'format' | 'future' | 'tooOld' | 'impossible';

export type ParsedBirthDate = { iso: string; precision: BirthDatePrecision } | { problem: BirthDateProblem };

/**
 * Reads what a person typed: `17/05/1948`, `17-5-1948`, `5/1948`, `1948` (also `1948-05-17`).
 * Answers the API string or why it cannot be one. `today` is for tests.
 */
export function parseBirthDateInput(text: string, today: string = dayjs().format('YYYY-MM-DD')): ParsedBirthDate {
  const value = text.trim();
  let year: number;
  let month: number | undefined;
  let day: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(value))) {
    [month, year] = [Number(m[1]), Number(m[2])];
  } else if ((m = /^(\d{4})$/.exec(value))) {
    year = Number(m[1]);
  } else if ((m = ISO_DAY.exec(value))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = ISO_MONTH.exec(value))) {
    [year, month] = [Number(m[1]), Number(m[2])];
  } else {
    return { problem: 'format' };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month !== undefined && (month < 1 || month > 12)) return { problem: 'impossible' };
  let iso: string;
  let precision: BirthDatePrecision;
  if (day !== undefined && month !== undefined) {
    iso = `${year}-${pad(month)}-${pad(day)}`;
    if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return { problem: 'impossible' };
    precision = 'DAY';
  } else if (month !== undefined) {
    iso = `${year}-${pad(month)}`;
    precision = 'MONTH';
  } else {
    iso = String(year);
    precision = 'YEAR';
  }
  if (year < MIN_BIRTH_YEAR) return { problem: 'tooOld' };
  // compare the earliest day the value can mean with today
  const earliest = precision === 'DAY' ? iso : precision === 'MONTH' ? `${iso}-01` : `${iso}-01-01`;
  if (earliest > today) return { problem: 'future' };
  return { iso, precision };
}

/** What a person typed as the API's birth date string (the form has validated it; otherwise sent as typed for the API to refuse). */
export function toApiBirthDate(text: string): string {
  const parsed = parseBirthDateInput(text);
  return 'iso' in parsed ? parsed.iso : text.trim();
}

/** The birth year of an API birth date string. */
export function birthYear(iso: string): number {
  return Number(iso.slice(0, 4));
}

/**
 * Age in whole years on a day. With only a year (or month) known, counted from its first day
 * (1 January, or the 1st of the month), as the API does.
 */
export function ageOn(iso: string, on: string = dayjs().format('YYYY-MM-DD')): number {
  const precision = birthDatePrecision(iso);
  const start = precision === 'DAY' ? iso : precision === 'MONTH' ? `${iso}-01` : `${iso.slice(0, 4)}-01-01`;
  return dayjs(on).diff(dayjs(start), 'year');
}
