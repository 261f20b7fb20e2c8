/**
 * What the agent entered for one payment line, as the device queue keeps it until the API has it.
 * The batch sender turns it into the API's confirmation item (api/confirm-payments.ts).
 */
export const NOT_PAID_REASONS = ['ABSENT', 'DECEASED', 'REFUSED', 'MOVED', 'WRONG_DATA'] as const;
export type NotPaidReason = (typeof NOT_PAID_REASONS)[number];
export const PAYMENT_METHODS = ['CASH', 'ACCOUNT'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export type ConfirmationDraft =
  | {
      outcome: 'PAID';
      method: PaymentMethod;
      /** null: paid to the beneficiary in person */
      authorised: { fullName: string; idNumber: string } | null;
    }
  | { outcome: 'NOT_PAID'; reason: NotPaidReason };
