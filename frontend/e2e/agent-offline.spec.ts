import { expect, test, type Page } from '@playwright/test';
import { agentForCommune, apiAs, beneficiaries, generatePayroll, ok, payrollLines, thisMonth } from './payments-fixtures';

const SCREENSHOTS = 'test-results/screenshots';

// the agent works on a phone
test.use({ viewport: { width: 412, height: 915 } });

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('ansinh-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: /^Xin chào, / })).toBeVisible();
}

const card = (page: Page, name: string) => page.getByRole('article').filter({ has: page.getByRole('heading', { name, exact: true }) });

// three sign-ins and a generation job: more than the default 90 s on a machine shared by several builds
test.setTimeout(240_000);

test('a payment agent confirms payments while offline, reloads, and the queue syncs when the network returns', async ({ page, context }) => {
  const month = thisMonth();
  const [mm, yyyy] = [month.slice(5), month.slice(0, 4)];
  const worker = await apiAs('worker');
  const approver = await apiAs('approver');
  const province = await apiAs('province');
  await beneficiaries(
    worker,
    [
      { fullName: 'Nguyễn Văn Đức', sex: 'MALE', birthYear: 1940, village: 'Bản Mòng', amountVnd: 750_000, groupCode: 'ND20_5_5_C', coefficient: '1.50' },
      { fullName: 'Nguyễn Thị Dung', sex: 'FEMALE', birthYear: 1942, village: 'Bản Mòng', amountVnd: 500_000, groupCode: 'ND20_5_5_C', coefficient: '1.00' },
      { fullName: 'Lò Thị Hoa', sex: 'FEMALE', birthYear: 1938, village: 'Bản Ít', amountVnd: 500_000, groupCode: 'ND20_5_5_C', coefficient: '1.00' },
    ],
    month,
    month,
  );
  await agentForCommune(province);
  // the demo profile may have made this month's payroll already: generating again adds these three to it
  const payroll = await generatePayroll(worker, month);
  await ok(await approver.post(`/api/v1/payrolls/${payroll.id}/approval`), 'approve');
  await ok(await worker.post(`/api/v1/payrolls/${payroll.id}/dispatch`), 'send');

  // the agent opens the app once with a network: the service worker keeps the app, the payroll is downloaded
  await signIn(page, 'agent');
  await page.getByRole('button', { name: 'Mở màn hình chi trả tại thôn' }).click();
  await expect(page.getByRole('heading', { name: 'Chi trả tại thôn', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: `Mở danh sách: Tháng ${mm}/${yyyy}` }).click();
  await expect(page).toHaveURL(new RegExp(`/agent/payrolls/${payroll.id}$`));

  // receiving the payroll: the control totals counted on the downloaded list
  await expect(page.getByRole('heading', { name: 'Nhận danh sách chi trả' })).toBeVisible();
  await page.getByRole('button', { name: 'Xác nhận đã nhận danh sách' }).click();
  await expect(page.getByText('Đã xác nhận nhận danh sách.')).toBeVisible();
  await expect(card(page, 'Nguyễn Văn Đức').getByRole('button', { name: 'Đã chi trả: Nguyễn Văn Đức' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.getByTestId('pending-count')).toHaveText(/Đã gửi hết xác nhận/);
  await page.screenshot({ path: `${SCREENSHOTS}/agent-payroll.png`, fullPage: true });

  // no network in the village
  await context.setOffline(true);
  await expect(page.getByText('Không có mạng — xác nhận được lưu trên máy')).toBeVisible();

  // found by a name typed without diacritics; paid to an authorised person
  await page.getByRole('textbox', { name: 'Tìm theo tên (không cần dấu)' }).fill('nguyen van duc');
  await expect(page.getByRole('article')).toHaveCount(1);
  await card(page, 'Nguyễn Văn Đức').getByRole('button', { name: 'Đã chi trả: Nguyễn Văn Đức' }).click();
  const paid = page.getByRole('dialog', { name: 'Xác nhận đã chi trả' });
  await paid.getByText('Người được ủy quyền').click();
  await paid.getByLabel('Họ tên người được ủy quyền').fill('Nguyễn Thị Hạnh');
  await paid.getByLabel('Số định danh / CCCD người được ủy quyền').fill('014190000111');
  await page.screenshot({ path: `${SCREENSHOTS}/agent-confirm-paid.png`, fullPage: true });
  await paid.getByRole('button', { name: 'Lưu xác nhận' }).click();
  await expect(page.getByText('Đã lưu xác nhận trên máy; sẽ tự gửi khi có mạng.')).toBeVisible();
  await expect(page.getByTestId('pending-count')).toHaveText('1 xác nhận chờ gửi');

  // the village list, then someone who was not at home
  await page.getByRole('textbox', { name: 'Tìm theo tên (không cần dấu)' }).fill('');
  await page.getByRole('button', { name: 'Bản Ít · còn 1' }).click();
  await card(page, 'Lò Thị Hoa').getByRole('button', { name: 'Không chi được: Lò Thị Hoa' }).click();
  const notPaid = page.getByRole('dialog', { name: 'Xác nhận không chi được' });
  await notPaid.getByText('Vắng nhà').click();
  await notPaid.getByRole('button', { name: 'Lưu xác nhận' }).click();
  await expect(page.getByTestId('pending-count')).toHaveText('2 xác nhận chờ gửi');
  await expect(card(page, 'Lò Thị Hoa').getByText(/Không chi được · Chờ gửi/)).toBeVisible();

  // nothing reached the server yet
  const ours = ['Nguyễn Văn Đức', 'Nguyễn Thị Dung', 'Lò Thị Hoa'];
  const before = (await payrollLines(worker, payroll.id)).filter((l) => ours.includes(l.fullName));
  expect(before.map((l) => l.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);

  // the agent reloads the app with no network: the app, the payroll and the waiting confirmations are on the phone
  await page.reload();
  await expect(page.getByText(/Đang xem bản lưu trên máy lúc/)).toBeVisible();
  await expect(page.getByText('Không có mạng — xác nhận được lưu trên máy')).toBeVisible();
  await expect(page.getByTestId('pending-count')).toHaveText('2 xác nhận chờ gửi');
  await expect(card(page, 'Nguyễn Văn Đức').getByText(/Đã chi · Chờ gửi/)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/agent-offline-pending.png`, fullPage: true });

  // back online: the queue is sent by itself
  await context.setOffline(false);
  await expect(page.getByTestId('pending-count')).toHaveText(/Đã gửi hết xác nhận/, { timeout: 30_000 });
  await expect(card(page, 'Nguyễn Văn Đức').getByText('Đã chi', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/agent-synced.png`, fullPage: true });

  // the server has each confirmation once, as the agent entered it
  const after = await payrollLines(worker, payroll.id);
  const byName = Object.fromEntries(after.map((l) => [l.fullName, l]));
  expect(byName['Nguyễn Văn Đức']).toMatchObject({
    status: 'PAID',
    recipientKind: 'AUTHORISED',
    recipientName: 'Nguyễn Thị Hạnh',
    recipientIdNumber: '014190000111',
    method: 'CASH',
    confirmedBy: 'agent',
  });
  expect(byName['Lò Thị Hoa']).toMatchObject({ status: 'NOT_PAID', notPaidReason: 'ABSENT' });
  expect(byName['Nguyễn Thị Dung'].status).toBe('PENDING');
  const reconciliation = await ok<{ paid: { count: number; amountVnd: number }; notPaid: { count: number } }>(
    await worker.get(`/api/v1/payrolls/${payroll.id}/reconciliation`),
    'reconciliation',
  );
  // only this agent's two confirmations were made on the payroll
  expect(reconciliation.paid).toEqual({ count: 1, amountVnd: 750_000 });
  expect(reconciliation.notPaid.count).toBe(1);
});
