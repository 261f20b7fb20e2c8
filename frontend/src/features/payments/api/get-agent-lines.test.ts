import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem, stubApi } from '@/test/api-stub';
import { AgentDb } from '../offline/agent-db';
import { loadAgentPayroll } from './get-agent-lines';

const dbs: AgentDb[] = [];
let n = 0;
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});
function freshDb() {
  const db = new AgentDb(`agent-lines-${++n}`);
  dbs.push(db);
  return db;
}

const payroll = { id: 'p1', communeCode: '03688', month: '2026-12', status: 'ACKNOWLEDGED', payableLineCount: 2, payableTotalVnd: 1_250_000 };
const line = (id: string, fullName: string) => ({ id, payrollId: 'p1', fullName, amountVnd: 500_000, status: 'PENDING', month: '2026-12' });

describe('loadAgentPayroll', () => {
  it('downloads every page of lines, keeps them on the device, and answers that copy when the network is gone', async () => {
    const api = stubApi()
      .on('GET', '/api/v1/payrolls/p1', () => json(payroll))
      .on('GET', '/api/v1/payrolls/p1/lines', (_request, url) =>
        json(
          url.searchParams.get('page') === '0'
            ? { items: [line('l1', 'Nguyễn Văn Đức')], page: 0, size: 1, totalItems: 2, totalPages: 2 }
            : { items: [line('l2', 'Lò Thị Hoa')], page: 1, size: 1, totalItems: 2, totalPages: 2 },
        ),
      );
    const db = freshDb();
    const online = await loadAgentPayroll('agent', 'p1', db);
    expect(online.fromDevice).toBe(false);
    expect(online.data.lines.map((l) => l.fullName)).toEqual(['Nguyễn Văn Đức', 'Lò Thị Hoa']);
    expect(api.urls('/api/v1/payrolls/p1/lines').map((u) => u.searchParams.get('page'))).toEqual(['0', '1']);

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const offline = await loadAgentPayroll('agent', 'p1', db);
    expect(offline.fromDevice).toBe(true);
    expect(offline.savedAt).toBe(online.savedAt);
    expect(offline.data.payroll.status).toBe('ACKNOWLEDGED');
    expect(offline.data.lines.map((l) => l.id).sort()).toEqual(['l1', 'l2']);
  });

  it("does not fall back to the device on the API's refusals, nor show another user's copy", async () => {
    const db = freshDb();
    stubApi()
      .on('GET', '/api/v1/payrolls/p1', () => json(payroll))
      .on('GET', '/api/v1/payrolls/p1/lines', () => json({ items: [], page: 0, size: 1000, totalItems: 0, totalPages: 0 }));
    await loadAgentPayroll('agent', 'p1', db);

    stubApi().on('GET', '/api/v1/payrolls/p1', () => problem({ status: 404, code: 'payment.payroll-not-found', title: 'Không có' }));
    await expect(loadAgentPayroll('agent', 'p1', db)).rejects.toMatchObject({ status: 404 });

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(loadAgentPayroll('agent2', 'p1', db)).rejects.toMatchObject({ code: 'client.network-error' });
  });
});
