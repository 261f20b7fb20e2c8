/** What the import page checks before uploading: the API refuses these too, but a person should not wait for it. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportFormat = 'csv' | 'xlsx';

export function formatOf(fileName: string): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

export const TEMPLATE_LINKS = {
  xlsx: '/api/v1/imports/template?format=xlsx',
  csvHouseholds: '/api/v1/imports/template?format=csv&kind=households',
  csvPeople: '/api/v1/imports/template?format=csv&kind=people',
} as const;

/** "1,5 MB" in vi-VN */
export function formatSize(bytes: number, locale = 'vi-VN'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
