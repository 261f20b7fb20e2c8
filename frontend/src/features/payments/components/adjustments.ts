/**
 * When a payroll line can be corrected, as the API decides it (PayrollService.adjust): after approval lines are never
 * edited; a correction is a new ADJUSTMENT line, only until the payroll is closed.
 */
import type { PaymentLine } from '../api/get-payroll-lines';
import type { PayrollStatus } from '../api/get-payrolls';

/** Payrolls that take adjustments: approved, and not yet closed. */
const TAKES_ADJUSTMENTS: ReadonlySet<PayrollStatus> = new Set<PayrollStatus>(['APPROVED', 'SENT', 'ACKNOWLEDGED']);

/** Lines that may be corrected: what the payroll pays for the person's months; not funeral support nor another adjustment. */
const ADJUSTABLE_KINDS: ReadonlySet<PaymentLine['kind']> = new Set<PaymentLine['kind']>(['REGULAR', 'ARREARS', 'CARRY_OVER']);

/** The API refuses a longer reason (counted after trimming). */
export const ADJUSTMENT_REASON_MAX_LENGTH = 200;

export function takesAdjustments(status: PayrollStatus): boolean {
  return TAKES_ADJUSTMENTS.has(status);
}

export function isAdjustable(line: Pick<PaymentLine, 'kind'>): boolean {
  return ADJUSTABLE_KINDS.has(line.kind);
}
