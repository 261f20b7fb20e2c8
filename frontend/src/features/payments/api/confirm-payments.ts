import { api, unwrap, type Schemas } from '@/lib/api';
import type { ConfirmationDraft } from '../components/confirmation-draft';
import type { ItemAnswer, OutgoingConfirmation } from '../offline/confirmation-queue';

/** The API's confirmation for what the agent entered, dated by the device's clock at the moment of confirming. */
export function toConfirmation(draft: ConfirmationDraft, deviceTime: string): Schemas['PaymentConfirmation'] {
  if (draft.outcome === 'PAID') {
    return {
      outcome: 'PAID',
      confirmedAt: deviceTime,
      method: draft.method,
      recipientKind: draft.authorised ? 'AUTHORISED' : 'BENEFICIARY',
      ...(draft.authorised ? { recipientName: draft.authorised.fullName, recipientIdNumber: draft.authorised.idNumber } : {}),
    };
  }
  return { outcome: 'NOT_PAID', confirmedAt: deviceTime, reason: draft.reason };
}

export function confirmPaymentsBatch(body: Schemas['ConfirmationBatch']) {
  return unwrap(api.POST('/api/v1/payment-confirmations/batch', { body }));
}

/**
 * The device queue's sender: one batch call, each item with the key it got when the agent confirmed; the API
 * answers each item as if it had been sent alone (a replay repeats the first answer). Throws when the call
 * as a whole fails (offline, session over, server down), so that every item stays waiting.
 */
export async function sendConfirmations(items: OutgoingConfirmation<ConfirmationDraft>[]): Promise<ItemAnswer[]> {
  const result = await confirmPaymentsBatch({
    items: items.map((item) => ({
      idempotencyKey: item.idempotencyKey,
      lineId: item.lineId,
      confirmation: toConfirmation(item.payload, item.deviceTime),
    })),
  });
  return result.items.map((answer) => ({
    idempotencyKey: answer.idempotencyKey,
    status: answer.status,
    code: answer.problem?.code ?? undefined,
    message: answer.problem?.detail ?? answer.problem?.title ?? undefined,
    body: answer.line ?? undefined,
  }));
}
