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
