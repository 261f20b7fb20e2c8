import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgentDb } from './agent-db';
import { AlreadyConfirmedError, classify, ConfirmationQueue, type ItemAnswer, type OutgoingConfirmation } from './confirmation-queue';

type Payload = { outcome: 'PAID' | 'NOT_PAID'; reason?: string };

let dbCount = 0;
const opened: AgentDb[] = [];
function freshDb(name = `queue-test-${++dbCount}`) {
  const db = new AgentDb(name);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function keys(prefix = 'key') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

const paid: Payload = { outcome: 'PAID' };
const accepted = (items: OutgoingConfirmation<Payload>[]): ItemAnswer[] => items.map((i) => ({ idempotencyKey: i.idempotencyKey, status: 201 }));

describe('ConfirmationQueue', () => {
  it('has the confirmation on disk, with its key and device time, once enqueue resolves (a reload still finds it)', async () => {
    const name = `queue-test-reload-${++dbCount}`;
    const queue = new ConfirmationQueue<Payload>(freshDb(name), { now: () => new Date('2026-12-03T08:15:00Z') });
    const item = await queue.enqueue({ username: 'agent', payrollId: 'p1', lineId: 'l1', payload: paid });
    expect(item.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);

    const reopened = new ConfirmationQueue<Payload>(freshDb(name));
    const stored = await reopened.pending('agent');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      idempotencyKey: item.idempotencyKey,
      lineId: 'l1',
      payrollId: 'p1',
      payload: paid,
      deviceTime: '2026-12-03T08:15:00.000Z',
      status: 'pending',
      attempts: 0,
    });
  });

  it('refuses a second confirmation of a line while the first waits or was accepted, and allows one after a refusal', async () => {
    const queue = new ConfirmationQueue<Payload>(freshDb(), { newKey: keys() });
    await queue.enqueue({ username: 'agent', payrollId: 'p1', lineId: 'l1', payload: paid });
    await expect(queue.enqueue({ username: 'agent', payrollId: 'p1', lineId: 'l1', payload: paid })).rejects.toBeInstanceOf(AlreadyConfirmedError);
    expect(await queue.pendingCount()).toBe(1);

    await queue.sync('agent', async (items) => items.map((i) => ({ idempotencyKey: i.idempotencyKey, status: 422, code: 'validation' })));
    expect((await queue.byKey('key-1'))?.status).toBe('rejected');
    const again = await queue.enqueue({ username: 'agent', payrollId: 'p1', lineId: 'l1', payload: { outcome: 'NOT_PAID', reason: 'ABSENT' } });
    expect(again.idempotencyKey).not.toBe('key-1');
    expect(await queue.pendingCount()).toBe(1);

    await queue.sync('agent', async (items) => accepted(items));
    await expect(queue.enqueue({ username: 'agent', payrollId: 'p1', lineId: 'l1', payload: paid })).rejects.toBeInstanceOf(AlreadyConfirmedError);
  });

  it('keeps confirmations waiting while offline and resends them later with the same keys', async () => {
    const queue = new ConfirmationQueue<Payload>(freshDb());
    const a = await queue.enqueue({ username: 'agent', payrollId: 'p1', lineId: 'l1', payload: paid });
    const b = await queue.enqueue({ username: 'agent', payrollId: 'p1', lineId: 'l2', payload: paid });
    const sentKeys: string[][] = [];

    const offline = await queue.sync('agent', async (items) => {
      sentKeys.push(items.map((i) => i.idempotencyKey));
      throw new TypeError('Failed to fetch');
    });
    expect(offline).toMatchObject({ accepted: 0, pending: 2 });
    expect(offline.error).toBeInstanceOf(TypeError);
    const waiting = await queue.pending('agent');
    expect(waiting.map((c) => [c.status, c.attempts, c.lastError])).toEqual([
      ['pending', 1, 'Failed to fetch'],
      ['pending', 1, 'Failed to fetch'],
    ]);

    const online = await queue.sync('agent', async (items) => {
      sentKeys.push(items.map((i) => i.idempotencyKey));
      return accepted(items);
    });
    expect(online).toMatchObject({ accepted: 2, pending: 0 });
    expect(sentKeys).toEqual([
      [a.idempotencyKey, b.idempotencyKey],
      [a.idempotencyKey, b.idempotencyKey],
    ]);
    expect((await queue.byKey(a.idempotencyKey))?.status).toBe('synced');
  });

  it('applies each item of a batch answer on its own: accepted, refused, try again, and missing', async () => {
    const queue = new ConfirmationQueue<Payload>(freshDb(), { newKey: keys() });
    for (const line of ['l1', 'l2', 'l3', 'l4', 'l5']) await queue.enqueue({ username: 'agent', payrollId: 'p1', lineId: line, payload: paid });

    const report = await queue.sync('agent', async () => [
      { idempotencyKey: 'key-1', status: 201, body: { lineId: 'l1', status: 'PAID' } },
      { idempotencyKey: 'key-2', status: 200, body: { lineId: 'l2', status: 'PAID' } }, // a replay: same answer as the first time
      { idempotencyKey: 'key-3', status: 409, code: 'payment.already-confirmed', message: 'Đã xác nhận khác' },
      { idempotencyKey: 'key-4', status: 503, code: 'service-busy' },
      // key-5: no answer at all
    ]);

    expect(report).toMatchObject({ sent: 5, accepted: 2, rejected: 1, pending: 2 });
    const all = await queue.forPayroll('p1');
    expect(all.map((c) => [c.idempotencyKey, c.status])).toEqual([
      ['key-1', 'synced'],
      ['key-2', 'synced'],
      ['key-3', 'rejected'],
      ['key-4', 'pending'],
      ['key-5', 'pending'],
    ]);
    expect(all[0].resultBody).toEqual({ lineId: 'l1', status: 'PAID' });
    expect(all[2]).toMatchObject({ resultStatus: 409, resultCode: 'payment.already-confirmed', resultMessage: 'Đã xác nhận khác' });
    expect(all[3].lastError).toBe('service-busy');

    // the next run sends only what still waits, with the same keys, and never the accepted ones again
    const resent: string[] = [];
    await queue.sync('agent', async (items) => {
      resent.push(...items.map((i) => i.idempotencyKey));
      return accepted(items);
    });
    expect(resent).toEqual(['key-4', 'key-5']);
    expect(await queue.pendingCount()).toBe(0);
  });

  it('does not send twice when two syncs are asked at once', async () => {
    const queue = new ConfirmationQueue<Payload>(freshDb());
    await queue.enqueue({ username: 'agent', payrollId: 'p1', lineId: 'l1', payload: paid });
    const send = vi.fn(async (items: OutgoingConfirmation<Payload>[]) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return accepted(items);
    });
    const [first, second] = await Promise.all([queue.sync('agent', send), queue.sync('agent', send)]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(first).toBe(second);
    expect(first.accepted).toBe(1);
  });

  it("sends only the signed-in agent's confirmations, in batches, oldest first", async () => {
    let clock = Date.parse('2026-12-03T08:00:00Z');
    const queue = new ConfirmationQueue<Payload>(freshDb(), { newKey: keys(), batchSize: 2, now: () => new Date((clock += 1000)) });
    for (const line of ['l1', 'l2', 'l3', 'l4', 'l5']) await queue.enqueue({ username: 'agent', payrollId: 'p1', lineId: line, payload: paid });
    await queue.enqueue({ username: 'agent2', payrollId: 'p9', lineId: 'l9', payload: paid });

    const batches: string[][] = [];
    const report = await queue.sync('agent', async (items) => {
      batches.push(items.map((i) => i.lineId));
      return accepted(items);
    });
    expect(batches).toEqual([['l1', 'l2'], ['l3', 'l4'], ['l5']]);
    expect(report).toMatchObject({ sent: 5, accepted: 5, pending: 0 });
    expect(await queue.pendingCount('agent2')).toBe(1);
  });
});

describe('ConfirmationQueue.prune', () => {
  it('forgets answered confirmations and payroll copies after 60 days, never one still waiting', async () => {
    let now = new Date('2026-09-01T08:00:00Z');
    const db = freshDb();
    const queue = new ConfirmationQueue<Payload>(db, { newKey: keys(), now: () => now });
    await queue.enqueue({ username: 'agent', payrollId: 'p-sep', lineId: 'sent-in-september', payload: paid });
    await queue.enqueue({ username: 'agent', payrollId: 'p-sep', lineId: 'refused-in-september', payload: paid });
    await queue.sync('agent', async (items) =>
      items.map((i, n) => ({ idempotencyKey: i.idempotencyKey, status: n === 0 ? 201 : 409, code: n === 0 ? undefined : 'payment.already-confirmed' })),
    );
    await queue.enqueue({ username: 'agent', payrollId: 'p-sep', lineId: 'never-sent', payload: paid });
    await db.payrolls.add({ id: 'p-sep', payrollId: 'p-sep', username: 'agent', data: {}, savedAt: now.getTime() });
    await db.lines.add({ id: 'sent-in-september', payrollId: 'p-sep', username: 'agent', data: {}, savedAt: now.getTime() });

    now = new Date('2026-10-20T08:00:00Z');
    await queue.enqueue({ username: 'agent', payrollId: 'p-oct', lineId: 'sent-in-october', payload: paid });
    await queue.sync('agent', async (items) => accepted(items.filter((i) => i.lineId === 'sent-in-october')));
    expect(await queue.prune()).toBe(0);

    now = new Date('2026-11-15T08:00:00Z');
    expect(await queue.prune()).toBe(4);
    const left = await db.confirmations.toArray();
    expect(left.map((c) => c.lineId).sort()).toEqual(['never-sent', 'sent-in-october']);
    expect(await queue.pendingCount('agent')).toBe(1);
    expect(await db.payrolls.count()).toBe(0);
    expect(await db.lines.count()).toBe(0);
  });
});

describe('classify', () => {
  it.each([
    [201, undefined, 'accepted'],
    [200, undefined, 'accepted'],
    [409, 'payment.already-confirmed', 'rejected'],
    [409, 'idempotency.in-progress', 'retry'],
    [422, 'validation', 'rejected'],
    [404, 'not-found', 'rejected'],
    [429, undefined, 'retry'],
    [500, undefined, 'retry'],
    [503, 'service-busy', 'retry'],
  ] as const)('HTTP %s %s → %s', (status, code, outcome) => {
    expect(classify({ status, code })).toBe(outcome);
  });
});
