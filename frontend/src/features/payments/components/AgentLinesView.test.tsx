import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { AgentDb } from '../offline/agent-db';
import type { BatchSender } from '../offline/confirmation-queue';
import { ConfirmationSyncProvider } from '../offline/ConfirmationSyncProvider';
import type { AgentLine } from './agent-line';
import { AgentLinesView } from './AgentLinesView';
import type { ConfirmationDraft } from './confirmation-draft';
import { SyncStatusBar } from './SyncStatusBar';

let n = 0;
const dbs: AgentDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const line = (id: string, fullName: string, village: string): AgentLine => ({
  id,
  payrollId: 'p1',
  fullName,
  idNumber: null,
  village,
  group: 'Người từ đủ 80 tuổi',
  months: '12/2026',
  amountVnd: 500_000,
  kind: 'REGULAR',
  serverStatus: 'PENDING',
});

const LINES = [line('l1', 'Nguyễn Văn Đức', 'Bản Mòng'), line('l2', 'Nguyễn Thị Dung', 'Bản Mòng'), line('l3', 'Lò Văn Đông', 'Bản Ít')];

async function renderView(send: BatchSender<ConfirmationDraft>) {
  const db = new AgentDb(`agent-view-${++n}`);
  dbs.push(db);
  const { user } = await renderWithProviders(
    <ConfirmationSyncProvider username="agent" send={send} db={db}>
      <SyncStatusBar />
      <AgentLinesView payrollId="p1" lines={LINES} />
    </ConfirmationSyncProvider>,
  );
  return { db, user };
}

describe('agent lines view', () => {
  it('finds a person by a name typed without diacritics and lists villages with what is left', async () => {
    const { user } = await renderView(async () => []);
    expect(screen.getByRole('button', { name: 'Bản Mòng · còn 2' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Bản Ít · còn 1' })).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'Tìm theo tên (không cần dấu)' }), 'nguyen van duc');
    const cards = screen.getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['Nguyễn Văn Đức']);
  });

  it('keeps a confirmation made offline on the device, counts it as waiting, and sends it with its key when the network answers', async () => {
    let online = false;
    const sent: string[] = [];
    const send = vi.fn<BatchSender<ConfirmationDraft>>(async (items) => {
      if (!online) throw new TypeError('Failed to fetch');
      sent.push(...items.map((i) => i.idempotencyKey));
      return items.map((i) => ({ idempotencyKey: i.idempotencyKey, status: 201 }));
    });
    const { db, user } = await renderView(send);

    const card = screen.getAllByRole('article').find((c) => within(c).queryByRole('heading', { name: 'Nguyễn Văn Đức' }))!;
    await user.click(within(card).getByRole('button', { name: 'Đã chi trả: Nguyễn Văn Đức' }));
    const drawer = await screen.findByRole('dialog');
    await user.click(within(drawer).getByRole('radio', { name: 'Người được ủy quyền' }));
    await user.click(within(drawer).getByRole('button', { name: 'Lưu xác nhận' }));
    expect(await within(drawer).findAllByText('Vui lòng nhập')).toHaveLength(2);
    await user.type(within(drawer).getByLabelText('Họ tên người được ủy quyền'), 'Nguyễn Thị Hạnh');
    await user.type(within(drawer).getByLabelText('Số định danh / CCCD người được ủy quyền'), '014190000111');
    await user.click(within(drawer).getByRole('button', { name: 'Lưu xác nhận' }));

    await waitFor(() => expect(screen.getByTestId('pending-count')).toHaveTextContent('1 xác nhận chờ gửi'));
    const [stored] = await db.confirmations.toArray();
    expect(stored).toMatchObject({
      lineId: 'l1',
      status: 'pending',
      payload: { outcome: 'PAID', method: 'CASH', authorised: { fullName: 'Nguyễn Thị Hạnh', idNumber: '014190000111' } },
    });
    expect(await within(card).findByText(/Chờ gửi/)).toBeVisible();
    await waitFor(() => expect(within(card).queryByRole('button', { name: /Đã chi trả/ })).toBeNull());

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(screen.getByTestId('pending-count')).toHaveTextContent('Đã gửi hết xác nhận'));
    expect(sent).toEqual([stored.idempotencyKey]);
    expect((await db.confirmations.get(stored.idempotencyKey))?.status).toBe('synced');
    expect(await within(card).findByText('Đã chi')).toBeVisible();
  });

  it('asks why a payment was not made', async () => {
    const { db, user } = await renderView(async (items) => items.map((i) => ({ idempotencyKey: i.idempotencyKey, status: 201 })));
    await user.click(screen.getByRole('button', { name: 'Không chi được: Lò Văn Đông' }));
    const drawer = await screen.findByRole('dialog');
    await user.click(within(drawer).getByRole('radio', { name: 'Vắng nhà' }));
    await user.click(within(drawer).getByRole('button', { name: 'Lưu xác nhận' }));
    await waitFor(async () => expect(await db.confirmations.count()).toBe(1));
    expect((await db.confirmations.toArray())[0].payload).toEqual({ outcome: 'NOT_PAID', reason: 'ABSENT' });
  });
});
