import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api';
import { json, problem, stubApi } from '@/test/api-stub';
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

const APPROVED: Schemas['Payroll'] = { ...PAYROLL, status: 'APPROVED', approvedBy: 'approver', approvedAt: '2026-11-21T02:00:00Z', version: 1 };
const ACKNOWLEDGED: Schemas['Payroll'] = {
  ...APPROVED,
  status: 'ACKNOWLEDGED',
  sentBy: 'worker',
  sentAt: '2026-11-22T02:00:00Z',
  acknowledgedBy: 'buudien.muongchien',
  acknowledgedAt: '2026-11-23T02:00:00Z',
  version: 3,
};

/** The agent reported Nguyễn Văn Đức paid and nothing yet about Lò Thị Hoa's arrears. */
const RECONCILIATION: Schemas['Reconciliation'] = {
  payrollId: PAYROLL.id,
  communeCode: '03688',
  month: '2026-12',
  status: 'ACKNOWLEDGED',
  reportDueBy: '2026-12-20',
  payable: { count: 2, amountVnd: 1_250_000 },
  paid: { count: 1, amountVnd: 750_000 },
  notPaid: { count: 0, amountVnd: 0 },
  pending: { count: 1, amountVnd: 500_000 },
  notPaidByReason: {},
  balanceVnd: 500_000,
  feePercent: 0,
  feeVnd: 0,
};

const adjustButton = (name: string) => screen.findByRole('button', { name: `Điều chỉnh khoản chi trả của ${name}` }, { timeout: 20_000 });
// antd's ids are all "test-id" under test, so the dialog is found by its form rather than by its title
const adjustmentDialog = async () => (await screen.findByLabelText('Số tiền điều chỉnh (đồng)')).closest<HTMLElement>('[role="dialog"]')!;

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

  it('lets the worker close the acknowledged payroll, warning that the line nobody reported carries over to next month', async () => {
    const CLOSED = { ...ACKNOWLEDGED, status: 'CLOSED', closedBy: 'worker', closedAt: '2026-12-21T02:00:00Z', version: 4 };
    let closed = false;
    const api = stubPayroll(worker)
      .on('GET', `/api/v1/payrolls/${PAYROLL.id}`, () => json(closed ? CLOSED : ACKNOWLEDGED))
      .on('GET', `/api/v1/payrolls/${PAYROLL.id}/reconciliation`, () => json(RECONCILIATION))
      .on('POST', `/api/v1/payrolls/${PAYROLL.id}/closure`, () => {
        closed = true;
        return json(CLOSED);
      });
    const { user } = await renderApp(`/payrolls/${PAYROLL.id}`);

    await user.click(await screen.findByRole('button', { name: /Khoá danh sách chi trả/ }, { timeout: 20_000 }));
    const confirm = await screen.findByRole('tooltip');
    expect(await within(confirm).findByText(/Còn 1 dòng chưa báo cáo kết quả chi trả \(500\.000 ₫\)/)).toBeVisible();
    expect(within(confirm).getByText(/không chi được \(chưa báo cáo\) và chuyển sang danh sách chi trả tháng sau/)).toBeVisible();
    await user.click(within(confirm).getByRole('button', { name: /Khoá danh sách chi trả/ }));

    expect(await screen.findByText('Đã khoá danh sách chi trả.')).toBeVisible();
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual([`/api/v1/payrolls/${PAYROLL.id}/closure`]);
    expect(await screen.findByText('Đã quyết toán')).toBeVisible();
    expect(screen.getByText(/khoá bởi worker lúc/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Khoá danh sách chi trả/ })).toBeNull();
  });

  it('offers no closing before the agent has acknowledged the payroll, nor to an approver', async () => {
    stubPayroll(worker);
    const draft = await renderApp(`/payrolls/${PAYROLL.id}`);
    expect(await screen.findByText('Nháp', {}, { timeout: 20_000 })).toBeVisible();
    expect(screen.queryByRole('button', { name: /Khoá danh sách chi trả/ })).toBeNull();
    draft.unmount();

    stubPayroll(approver)
      .on('GET', `/api/v1/payrolls/${PAYROLL.id}`, () => json(ACKNOWLEDGED))
      .on('GET', `/api/v1/payrolls/${PAYROLL.id}/reconciliation`, () => json(RECONCILIATION));
    await renderApp(`/payrolls/${PAYROLL.id}`);
    expect(await screen.findByText('Tổ chức chi trả đã nhận', {}, { timeout: 20_000 })).toBeVisible();
    await screen.findByRole('cell', { name: 'Lò Thị Hoa' });
    expect(screen.queryByRole('button', { name: /Khoá danh sách chi trả/ })).toBeNull();
    // correcting lines is the worker's job too
    expect(screen.queryByRole('button', { name: /Điều chỉnh khoản chi trả/ })).toBeNull();
  });

  it('lets the worker recover an overpayment from an approved payroll with a negative adjustment line', async () => {
    const reason = 'Hệ số đúng là 1,0, không phải 1,5: thu hồi tiền chi thừa';
    const ADJUSTED = { ...APPROVED, adjustmentCount: 1, adjustmentTotalVnd: -250_000, payableLineCount: 3, payableTotalVnd: 1_000_000, version: 2 };
    const ADJUSTMENT = aLine({ id: 'l3', kind: 'ADJUSTMENT', amountVnd: -250_000, firstMonth: null, lastMonth: null, monthCount: 0, sourceId: 'l1', note: reason });
    const posted: unknown[] = [];
    stubPayroll(worker)
      .on('GET', `/api/v1/payrolls/${PAYROLL.id}`, () => json(posted.length > 0 ? ADJUSTED : APPROVED))
      .on('GET', `/api/v1/payrolls/${PAYROLL.id}/lines`, () => {
        const items = posted.length > 0 ? [...LINES, ADJUSTMENT] : LINES;
        return json({ items, page: 0, size: 50, totalItems: items.length, totalPages: 1 });
      })
      .on('POST', `/api/v1/payrolls/${PAYROLL.id}/adjustments`, async (request) => {
        posted.push(await request.json());
        return json(ADJUSTMENT, 201);
      });
    const { user } = await renderApp(`/payrolls/${PAYROLL.id}`);

    await user.click(await adjustButton('Nguyễn Văn Đức'));
    const dialog = await adjustmentDialog();
    expect(within(dialog).getByText(/các dòng của danh sách không bao giờ bị sửa/)).toBeVisible();
    expect(within(dialog).getByText('Nguyễn Văn Đức · 014040000123')).toBeVisible();
    expect(within(dialog).getByText('12/2026 · Hằng tháng')).toBeVisible();
    expect(within(dialog).getByText('750.000 ₫')).toBeVisible();
    const amount = within(dialog).getByLabelText('Số tiền điều chỉnh (đồng)');
    await user.type(amount, '-250000');
    expect(amount).toHaveValue('-250.000');
    await user.type(within(dialog).getByLabelText('Lý do'), reason);
    await user.click(within(dialog).getByRole('button', { name: 'Thêm dòng điều chỉnh' }));

    expect(await screen.findByText('Đã thêm dòng điều chỉnh -250.000 ₫ cho Nguyễn Văn Đức.')).toBeVisible();
    expect(posted).toEqual([{ lineId: 'l1', amountVnd: -250_000, reason }]);
    // the totals now count the adjustment: 1.250.000 ₫ − 250.000 ₫ payable over 3 lines
    expect(await screen.findByText('Phải chi (3 dòng)')).toBeVisible();
    expect(screen.getByText('Điều chỉnh (1 dòng)')).toBeVisible();
    expect(screen.getByText('1.000.000 ₫')).toBeVisible();
    expect(await screen.findByText('3 / 3 dòng')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('refuses a zero adjustment and a blank reason without asking the API', async () => {
    const api = stubPayroll(worker).on('GET', `/api/v1/payrolls/${PAYROLL.id}`, () => json(APPROVED));
    const { user } = await renderApp(`/payrolls/${PAYROLL.id}`);

    await user.click(await adjustButton('Lò Thị Hoa'));
    const dialog = await adjustmentDialog();
    await user.type(within(dialog).getByLabelText('Số tiền điều chỉnh (đồng)'), '0');
    await user.type(within(dialog).getByLabelText('Lý do'), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm dòng điều chỉnh' }));

    expect(await within(dialog).findByText('Số tiền điều chỉnh phải khác 0.')).toBeVisible();
    expect(within(dialog).getByText('Vui lòng nhập lý do điều chỉnh.')).toBeVisible();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it("puts the API's objection to the reason under the reason field", async () => {
    stubPayroll(worker)
      .on('GET', `/api/v1/payrolls/${PAYROLL.id}`, () => json(APPROVED))
      .on('POST', `/api/v1/payrolls/${PAYROLL.id}/adjustments`, () =>
        problem({
          status: 400,
          code: 'validation.failed',
          title: 'Dữ liệu không hợp lệ',
          detail: 'Một số trường không hợp lệ.',
          errors: [{ field: 'reason', code: 'control-characters', message: 'Không được chứa ký tự điều khiển' }],
        }),
      );
    const { user } = await renderApp(`/payrolls/${PAYROLL.id}`);

    await user.click(await adjustButton('Lò Thị Hoa'));
    const dialog = await adjustmentDialog();
    await user.type(within(dialog).getByLabelText('Số tiền điều chỉnh (đồng)'), '500000');
    await user.type(within(dialog).getByLabelText('Lý do'), 'Bổ sung tháng 9/2026 còn thiếu');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm dòng điều chỉnh' }));

    expect(await within(dialog).findByText('Không được chứa ký tự điều khiển')).toBeVisible();
    expect(within(dialog).getByLabelText('Lý do')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('Số tiền điều chỉnh (đồng)')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Một số trường không hợp lệ.')).toBeNull();
  });
});
