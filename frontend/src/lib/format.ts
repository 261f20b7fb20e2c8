/** Vietnamese-first formatting: numbers and money in vi-VN, dates dd/MM/yyyy. */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

export const DATE_FORMAT = 'DD/MM/YYYY';
export const ISO_DATE = 'YYYY-MM-DD';

const numberFormat = new Intl.NumberFormat('vi-VN');
const moneyFormat = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 1250000 → "1.250.000 ₫" */
export function formatVnd(amount: number): string {
  return moneyFormat.format(amount);
}

/** "2025-07-01" → "01/07/2025"; empty for null */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso, ISO_DATE, true);
  return d.isValid() ? d.format(DATE_FORMAT) : iso;
}

export function todayIso(): string {
  return dayjs().format(ISO_DATE);
}

/** true for a strict "YYYY-MM-DD" that is a real date */
export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && dayjs(value, ISO_DATE, true).isValid();
}

/** "2026-11" (the API's month) → "11/2026" */
export function formatMonth(month: string | null | undefined): string {
  if (!month) return '';
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[2]}/${m[1]}` : month;
}

/** 1.5 → "1,5" (a coefficient, in vi-VN) */
export function formatCoefficient(value: number | string): string {
  return numberFormat.format(typeof value === 'string' ? Number(value) : value);
}
