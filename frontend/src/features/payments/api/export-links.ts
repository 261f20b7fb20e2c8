/**
 * Downloads are plain links (the session cookie goes with them; the browser saves the file under the
 * name the API gives): the payroll as XLSX or as a PDF for signatures, and the reconciliation as XLSX.
 */
export function payrollExportHref(payrollId: string, format: 'xlsx' | 'pdf'): string {
  return `/api/v1/payrolls/${encodeURIComponent(payrollId)}/export?format=${format}`;
}

export function reconciliationExportHref(payrollId: string): string {
  return `/api/v1/payrolls/${encodeURIComponent(payrollId)}/reconciliation/export`;
}
