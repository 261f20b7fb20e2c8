import { describe, expect, it } from 'vitest';
import type { QueuedConfirmation } from '../offline/agent-db';
import { showLines, villageCounts, type AgentLine } from './agent-line';
import type { ConfirmationDraft } from './confirmation-draft';

const line = (id: string, village: string, serverStatus: AgentLine['serverStatus'] = 'PENDING'): AgentLine => ({
  id,
  payrollId: 'p1',
  fullName: `Người ${id}`,
  idNumber: null,
  village,
  group: null,
  months: '11/2026',
  amountVnd: 500_000,
  kind: 'REGULAR',
  serverStatus,
});

const queued = (lineId: string, status: QueuedConfirmation['status'], payload: ConfirmationDraft, createdAt = 1): QueuedConfirmation<ConfirmationDraft> => ({
  idempotencyKey: `${lineId}-${createdAt}`,
  username: 'agent',
  payrollId: 'p1',
  lineId,
  payload,
  deviceTime: '2026-12-03T08:00:00Z',
  status,
  attempts: 0,
  createdAt,
});

const paid: ConfirmationDraft = { outcome: 'PAID', method: 'CASH', authorised: null };
const absent: ConfirmationDraft = { outcome: 'NOT_PAID', reason: 'ABSENT' };

describe('showLines', () => {
  it("shows the server's status first, then this device's waiting, accepted or refused confirmation", () => {
    const shown = showLines(
      [line('a', 'Bản Mòng'), line('b', 'Bản Mòng'), line('c', 'Bản Mòng'), line('d', 'Bản Mòng'), line('e', 'Bản Mòng', 'PAID')],
      [
        queued('a', 'pending', paid),
        queued('b', 'pending', absent),
        queued('c', 'rejected', paid, 1),
        queued('d', 'synced', absent),
        queued('e', 'synced', paid),
      ],
    );
    expect(shown.map((l) => [l.id, l.shown, l.confirmable])).toEqual([
      ['a', 'QUEUED_PAID', false],
      ['b', 'QUEUED_NOT_PAID', false],
      ['c', 'REFUSED', true],
      ['d', 'NOT_PAID', false],
      ['e', 'PAID', false],
    ]);
  });

  it('uses the newest confirmation of a line (a new one after a refusal)', () => {
    const [shown] = showLines([line('a', 'Bản Mòng')], [queued('a', 'pending', paid, 5), queued('a', 'rejected', absent, 2)]);
    expect(shown.shown).toBe('QUEUED_PAID');
  });
});

describe('villageCounts', () => {
  it('lists villages with people left to pay first, in Vietnamese order, with what remains', () => {
    const shown = showLines(
      [line('a', 'Bản Phiêng'), line('b', 'Bản Ít'), line('c', 'Bản Ít'), line('d', 'Bản Đông', 'PAID')],
      [queued('b', 'pending', paid)],
    );
    expect(villageCounts(shown)).toEqual([
      { village: 'Bản Ít', total: 2, remaining: 1 },
      { village: 'Bản Phiêng', total: 1, remaining: 1 },
      { village: 'Bản Đông', total: 1, remaining: 0 },
    ]);
  });
});
