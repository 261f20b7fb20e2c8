import { describe, expect, it } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { sendConfirmations, toConfirmation } from './confirm-payments';

describe('toConfirmation', () => {
  it('sends who received the money and how, dated by the device', () => {
    expect(toConfirmation({ outcome: 'PAID', method: 'CASH', authorised: null }, '2026-12-05T02:30:00.000Z')).toEqual({
      outcome: 'PAID',
      confirmedAt: '2026-12-05T02:30:00.000Z',
      method: 'CASH',
      recipientKind: 'BENEFICIARY',
    });
    expect(
      toConfirmation({ outcome: 'PAID', method: 'ACCOUNT', authorised: { fullName: 'Lò Thị Hoa', idNumber: '014180000456' } }, '2026-12-05T02:30:00.000Z'),
    ).toEqual({
      outcome: 'PAID',
      confirmedAt: '2026-12-05T02:30:00.000Z',
      method: 'ACCOUNT',
      recipientKind: 'AUTHORISED',
      recipientName: 'Lò Thị Hoa',
      recipientIdNumber: '014180000456',
    });
    expect(toConfirmation({ outcome: 'NOT_PAID', reason: 'DECEASED' }, '2026-12-05T02:30:00.000Z')).toEqual({
      outcome: 'NOT_PAID',
      confirmedAt: '2026-12-05T02:30:00.000Z',
      reason: 'DECEASED',
    });
  });
});

describe('sendConfirmations', () => {
  it('posts each item with its own key and reads the answer item by item', async () => {
    const api = stubApi().on('POST', '/api/v1/payment-confirmations/batch', () =>
      json({
        items: [
          { idempotencyKey: 'k1', lineId: 'l1', status: 201, replayed: false, line: { id: 'l1', status: 'PAID' }, problem: null },
          {
            idempotencyKey: 'k2',
            lineId: 'l2',
            status: 409,
            replayed: false,
            line: null,
            problem: { status: 409, code: 'payment.already-confirmed', title: 'Đã xác nhận', detail: 'Dòng này đã được xác nhận (PAID).' },
          },
        ],
      }),
    );
    const answers = await sendConfirmations([
      { idempotencyKey: 'k1', deviceTime: '2026-12-05T02:30:00.000Z', lineId: 'l1', payload: { outcome: 'PAID', method: 'CASH', authorised: null } },
      { idempotencyKey: 'k2', deviceTime: '2026-12-05T02:31:00.000Z', lineId: 'l2', payload: { outcome: 'NOT_PAID', reason: 'ABSENT' } },
    ]);
    const [request] = api.requests;
    expect(await request.clone().json()).toEqual({
      items: [
        { idempotencyKey: 'k1', lineId: 'l1', confirmation: { outcome: 'PAID', confirmedAt: '2026-12-05T02:30:00.000Z', method: 'CASH', recipientKind: 'BENEFICIARY' } },
        { idempotencyKey: 'k2', lineId: 'l2', confirmation: { outcome: 'NOT_PAID', confirmedAt: '2026-12-05T02:31:00.000Z', reason: 'ABSENT' } },
      ],
    });
    expect(answers).toEqual([
      { idempotencyKey: 'k1', status: 201, code: undefined, message: undefined, body: { id: 'l1', status: 'PAID' } },
      { idempotencyKey: 'k2', status: 409, code: 'payment.already-confirmed', message: 'Dòng này đã được xác nhận (PAID).', body: undefined },
    ]);
  });

  it('fails as a whole when the batch gets no answer, so every item stays waiting', async () => {
    stubApi().on('POST', '/api/v1/payment-confirmations/batch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(
      sendConfirmations([{ idempotencyKey: 'k1', deviceTime: '2026-12-05T02:30:00.000Z', lineId: 'l1', payload: { outcome: 'NOT_PAID', reason: 'ABSENT' } }]),
    ).rejects.toMatchObject({ code: 'client.network-error' });
  });
});
