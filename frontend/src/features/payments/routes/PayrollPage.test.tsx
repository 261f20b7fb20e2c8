import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api';
import { json, stubApi } from '@/test/api-stub';
import { aUser } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const commune = { level: 'COMMUNE' as const, code: '03688', name: 'Xã Mường Chiên' };
const worker = aUser({ username: 'worker', role: 'SOCIAL_WORKER', scope: commune });
const approver = aUser({ username: 'approver', displayName: 'Cầm Văn Hùng', role: 'APPROVER', scope: commune });

const PAYROLL: Schemas['Payroll'] = {
  id: '6f1c0d4e-0000-4000-8000-000000000001',
  provinceCode: '14',
  communeCode: '03688',
  month: '2026-12',
  status: 'DRAFT',
  agentId: null,
  servicePointId: null,
  lineCount: 2,
  totalVnd: 1_250_000,
  adjustmentCount: 0,
  adjustmentTotalVnd: 0,
  payableLineCount: 2,
  payableTotalVnd: 1_250_000,
  generatedBy: 'worker',
  generatedAt: '2026-11-20T02:00:00Z',
  approvedBy: null,
  approvedAt: null,
  sentBy: null,
  sentAt: null,
  acknowledgedBy: null,
  acknowledgedAt: null,
  closedBy: null,
  closedAt: null,
  version: 0,
};

function aLine(overrides: Partial<Schemas['PaymentLine']>): Schemas['PaymentLine'] {
  return {
    id: 'l1',
    payrollId: PAYROLL.id,
    month: '2026-12',
    kind: 'REGULAR',
    entitlementId: 'e1',
    personId: 'p1',
    amountVnd: 750_000,
    firstMonth: '2026-12',
    lastMonth: '2026-12',
    monthCount: 1,
    fullName: 'Nguyễn Văn Đức',
    foldedName: 'nguyen van duc',
    nationalId: '014040000123',
    villageName: 'Bản Mòng',
    programmeCode: 'ND20',
    groupCode: 'ND20_5_5_C',
    coefficient: 1.5,
    standardLevelVnd: 500_000,
    sourceId: null,
    note: null,
    status: 'PENDING',
    confirmedAt: null,
    recordedAt: null,
    confirmedBy: null,
    recipientKind: null,
    recipientName: null,
    recipientIdNumber: null,
    method: null,
    notPaidReason: null,
    version: 0,
    ...overrides,
  } as Schemas['PaymentLine'];
}

const LINES = [
  aLine({}),
  aLine({ id: 'l2', fullName: 'Lò Thị Hoa', foldedName: 'lo thi hoa', amountVnd: 500_000, coefficient: 1, villageName: 'Bản Ít', firstMonth: '2026-10', monthCount: 3, kind: 'ARREARS' }),
];

function stubPayroll(user: Schemas['UserView']) {
  return stubApi()
    .on('GET', '/api/v1/auth/me', () => json(user))
    .on('GET', `/api/v1/payrolls/${PAYROLL.id}`, () => json(PAYROLL))
    .on('GET', '/api/v1/villages', () => json([]))
    .on('GET', `/api/v1/payrolls/${PAYROLL.id}/lines`, () => json({ items: LINES, page: 0, size: 50, totalItems: 2, totalPages: 1 }));
}

// whole-page tests on a machine shared by several builds
describe('payroll page', { timeout: 90_000 }, () => {
  it('shows totals in vi-VN money and the lines with their months, kind and status, and the downloads', async () => {
    stubPayroll(worker);
    await renderApp(`/payrolls/${PAYROLL.id}`);
    // the page is loaded on first use: give the first render time on a busy machine
    expect(await screen.findByRole('heading', { level: 1, name: 'Danh sách chi trả Xã Mường Chiên — tháng 12/2026' }, { timeout: 20_000 })).toBeVisible();
    expect(screen.getAllByText('1.250.000 ₫').length).toBeGreaterThan(0);
    const row = (await screen.findByRole('cell', { name: 'Lò Thị Hoa' })).closest('tr')!;
    expect(within(row).getByText('10/2026 – 12/2026')).toBeVisible();
    expect(within(row).getByText('Truy lĩnh')).toBeVisible();
    expect(within(row).getByText('500.000 ₫')).toBeVisible();
    expect(within(row).getByText('Chưa chi')).toBeVisible();
    expect(screen.getByRole('link', { name: /Tải danh sách \(Excel\)/ })).toHaveAttribute('href', `/api/v1/payrolls/${PAYROLL.id}/export?format=xlsx`);
    expect(screen.getByRole('link', { name: /Tải danh sách để ký \(PDF\)/ })).toHaveAttribute('href', `/api/v1/payrolls/${PAYROLL.id}/export?format=pdf`);
    // the worker who generated it has no approve button
    expect(screen.queryByRole('button', { name: /Phê duyệt/ })).toBeNull();
  });

  it("names each line's group as the policy catalogue of the payroll's month calls it, and keeps the code at hand", async () => {
    const api = stubPayroll(worker).on('GET', '/api/v1/programmes', () =>
      json([
        {
          code: 'ND20_MONTHLY', nameVi: 'Trợ cấp xã hội hàng tháng', nameEn: 'Monthly social allowance', legalBasis: 'Nghị định 20/2021/NĐ-CP',
          provinceCode: null, sample: false, standardLevelVnd: 500_000,
          groups: [{
            code: 'ND20_5_5_C', nameVi: 'Người cao tuổi từ đủ 80 tuổi không có lương hưu', nameEn: 'People aged 80 or over without a pension',
            legalBasis: 'Điều 5 khoản 5 điểm c', inForce: true, coefficient: 1.5, amountVnd: 750_000, startRule: 'FROM_DECISION', startAge: null,
            perChild: false, combination: 'HIGHEST_ONLY',
          }],
        },
      ]),
    );
    await renderApp(`/payrolls/${PAYROLL.id}`);

    const row = (await screen.findByRole('cell', { name: 'Nguyễn Văn Đức' }, { timeout: 20_000 })).closest('tr')!;
    const group = await within(row).findByText(/Người cao tuổi từ đủ 80 tuổi không có lương hưu/);
    expect(group).toHaveAttribute('title', 'ND20_5_5_C');
    expect(api.urls('/api/v1/programmes').some((u) => u.searchParams.get('on') === '2026-12-01')).toBe(true);
  });

  it('sends the typed name to the API for filtering', async () => {
    const api = stubPayroll(worker);
    const { user } = await renderApp(`/payrolls/${PAYROLL.id}`);
    await user.type(await screen.findByRole('searchbox', { name: /Tìm theo tên/ }, { timeout: 20_000 }), 'lo thi');
    await waitFor(() => expect(api.urls(`/api/v1/payrolls/${PAYROLL.id}/lines`).some((u) => u.searchParams.get('q') === 'lo thi')).toBe(true));
  });

  it('lets another user approve it', async () => {
    const APPROVED = { ...PAYROLL, status: 'APPROVED', approvedBy: 'approver', approvedAt: '2026-11-21T02:00:00Z', version: 1 };
    let approved = false;
    const api = stubPayroll(approver)
      .on('GET', `/api/v1/payrolls/${PAYROLL.id}`, () => json(approved ? APPROVED : PAYROLL))
      .on('POST', `/api/v1/payrolls/${PAYROLL.id}/approval`, () => {
        approved = true;
        return json(APPROVED);
      });
    const { user } = await renderApp(`/payrolls/${PAYROLL.id}`);
    await user.click(await screen.findByRole('button', { name: /Phê duyệt/ }, { timeout: 20_000 }));
    const confirm = await screen.findByRole('tooltip');
    await user.click(within(confirm).getByRole('button', { name: /Phê duyệt/ }));
    expect(await screen.findByText('Đã phê duyệt danh sách.')).toBeVisible();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(await screen.findByText(/phê duyệt bởi approver/)).toBeVisible();
  });

  it('disables approval for the approver who generated the payroll', async () => {
    stubPayroll(aUser({ username: 'province', role: 'PROVINCE_OFFICER', scope: { level: 'PROVINCE', code: '14', name: 'Tỉnh Sơn La' } })).on(
      'GET',
      `/api/v1/payrolls/${PAYROLL.id}`,
      () => json({ ...PAYROLL, generatedBy: 'province' }),
    ).on('GET', '/api/v1/areas', () => json({ items: [], page: 0, size: 500, totalItems: 0, totalPages: 0 }));
    await renderApp(`/payrolls/${PAYROLL.id}`);
    expect(await screen.findByRole('button', { name: /Phê duyệt/ }, { timeout: 20_000 })).toBeDisabled();
    expect(screen.getByText('Bạn đã lập danh sách này; một người khác phải phê duyệt.')).toBeVisible();
  });
});
