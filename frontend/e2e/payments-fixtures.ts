/**
 * Data for the payment flows. People, villages, the payment agent and payrolls are made through the API.
 * Entitlements are made by decisions (the case workflow of issue 5, not on this branch), so the fixture
 * writes two ACTIVE entitlements straight into the embedded database, exactly as the benefit tables
 * define them (changeset 0013) — the one step not done through the API.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, request, type APIRequestContext } from '@playwright/test';
import { createConnection } from 'mysql2/promise';

export const PORT = Number(process.env.E2E_PORT ?? 18080);
export const DB_PORT = Number(process.env.E2E_DB_PORT ?? 18306);
export const BASE_URL = `http://localhost:${PORT}`;
export const COMMUNE = '03688';

/** "2026-12": payrolls are made for this month or the next */
export function thisMonth(offset = 0): string {
  // the server's month is Vietnam's (UTC+7, no daylight saving), whatever this machine's time zone
  const vietnam = new Date(Date.now() + 7 * 3_600_000);
  const d = new Date(Date.UTC(vietnam.getUTCFullYear(), vietnam.getUTCMonth() + offset, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** An API session of a demo user (cookie kept in the context). */
export async function apiAs(username: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { 'Accept-Language': 'vi' } });
  const login = await context.post('/api/v1/auth/login', { data: { username, password: 'ansinh-demo' } });
  expect(login.status(), `login ${username}`).toBe(200);
  return context;
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

/** A 12-digit ID number consistent with sex and birth year (Sơn La, 014). */
function nationalId(sex: 'MALE' | 'FEMALE', year: number): string {
  const centuryAndSex = (year >= 2000 ? 2 : 0) + (sex === 'FEMALE' ? 1 : 0);
  return `014${centuryAndSex}${String(year % 100).padStart(2, '0')}${String(randomBytes(3).readUIntBE(0, 3) % 1_000_000).padStart(6, '0')}`;
}

export interface Beneficiary {
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  birthYear: number;
  village: string;
  amountVnd: number;
  groupCode: string;
  coefficient: string;
}

export interface Beneficiaries {
  personIds: Record<string, string>;
}

/**
 * Registers each beneficiary in a household of their village, and gives each an ACTIVE entitlement from `month`
 * (to `lastMonth` inclusive when given, so that specs sharing the database do not meet in each other's payrolls).
 */
export async function beneficiaries(worker: APIRequestContext, people: Beneficiary[], month: string, lastMonth?: string): Promise<Beneficiaries> {
  const villages = new Map<string, string>();
  const personIds: Record<string, string> = {};
  for (const p of people) {
    let villageId = villages.get(p.village);
    if (!villageId) {
      const village = await ok<{ id: string }>(await worker.post('/api/v1/villages', { data: { communeCode: COMMUNE, name: p.village } }), 'village');
      villageId = village.id;
      villages.set(p.village, villageId);
    }
    const household = await ok<{ members: { id: string; fullName: string }[] }>(
      await worker.post('/api/v1/households', {
        data: {
          communeCode: COMMUNE,
          villageId,
          address: `${p.village}, xã Mường Chiên`,
          members: [
            {
              fullName: p.fullName,
              birthDate: String(p.birthYear),
              sex: p.sex,
              ethnicGroupCode: '03',
              relationToHead: 'HEAD',
              nationalId: nationalId(p.sex, p.birthYear),
            },
          ],
        },
      }),
      'household',
    );
    personIds[p.fullName] = household.members[0].id;
  }

  const db = await createConnection({ host: '127.0.0.1', port: DB_PORT, user: 'root', password: '', database: 'ansinh' });
  try {
    const first = `${month}-01`;
    for (const p of people) {
      const entitlement = randomUUID();
      await db.execute(
        `insert into entitlement (id, province_code, commune_code, person_id, programme_code, group_code, status, start_month,
           end_month, decision_number, decision_date, signer, created_at, version)
         values (unhex(replace(?, '-', '')), '14', ?, unhex(replace(?, '-', '')), 'ND20', ?, 'ACTIVE', ?, ?, ?, ?, 'Lường Văn Hùng', now(6), 0)`,
        [entitlement, COMMUNE, personIds[p.fullName], p.groupCode, first, lastMonth ? `${lastMonth}-01` : null, `E2E-${entitlement.slice(0, 8)}/QĐ-UBND`, first],
      );
      await db.execute(
        `insert into entitlement_version (id, entitlement_id, province_code, effective_month, coefficient, standard_level_vnd, amount_vnd,
           reason, created_at)
         values (unhex(replace(?, '-', '')), unhex(replace(?, '-', '')), '14', ?, ?, 500000, ?, 'DECISION', now(6))`,
        [randomUUID(), entitlement, first, p.coefficient, p.amountVnd],
      );
    }
  } finally {
    await db.end();
  }
  return { personIds };
}

/**
 * The post office of Sơn La with a service point in the demo commune and the demo agent assigned to it: the demo
 * profile makes it at start-up (VNPOST-SL); made here only when missing.
 */
export async function agentForCommune(province: APIRequestContext): Promise<string> {
  const agents = await ok<{ id: string; code: string }[]>(await province.get('/api/v1/payment-agents'), 'agents');
  const demo = agents.find((a) => a.code === 'VNPOST-SL');
  if (demo) return demo.id;
  const agent = await ok<{ id: string }>(
    await province.post('/api/v1/payment-agents', {
      data: { provinceCode: '14', code: `VNPOST-${randomBytes(3).toString('hex')}`, name: 'Bưu điện tỉnh Sơn La', kind: 'POST_OFFICE' },
    }),
    'agent',
  );
  await ok(await province.post(`/api/v1/payment-agents/${agent.id}/service-points`, { data: { communeCode: COMMUNE, name: 'Điểm bưu điện văn hoá xã Mường Chiên' } }), 'service point');
  await ok(await province.post(`/api/v1/payment-agents/${agent.id}/users`, { data: { username: 'agent', communeCode: COMMUNE } }), 'agent user');
  return agent.id;
}

export interface PayrollView {
  id: string;
  status: string;
  payableLineCount: number;
  payableTotalVnd: number;
}

/** Generates the demo commune's payroll of a month through the API and waits for the job. */
export async function generatePayroll(worker: APIRequestContext, month: string): Promise<PayrollView> {
  const run = await ok<{ id: string }>(await worker.post('/api/v1/payroll-runs', { data: { month, communeCode: COMMUNE } }), 'payroll run');
  await expect
    .poll(async () => (await ok<{ status: string }>(await worker.get(`/api/v1/payroll-runs/${run.id}`), 'run')).status, { timeout: 60_000 })
    .toBe('DONE');
  const list = await ok<{ items: PayrollView[] }>(await worker.get('/api/v1/payrolls', { params: { month, communeCode: COMMUNE } }), 'payrolls');
  expect(list.items).toHaveLength(1);
  return list.items[0];
}

export interface LineView {
  id: string;
  fullName: string;
  status: string;
  recipientKind: string | null;
  recipientName: string | null;
  recipientIdNumber: string | null;
  method: string | null;
  notPaidReason: string | null;
  confirmedBy: string | null;
}

export async function payrollLines(context: APIRequestContext, payrollId: string): Promise<LineView[]> {
  return (await ok<{ items: LineView[] }>(await context.get(`/api/v1/payrolls/${payrollId}/lines`, { params: { size: 500 } }), 'lines')).items;
}

export { ok };
