import { expect, test, type Page } from '@playwright/test';
import { agentForCommune, apiAs, beneficiaries, ok, thisMonth } from './payments-fixtures';

const SCREENSHOTS = 'test-results/screenshots';

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('ansinh-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: /^Xin chào, / })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: /Đăng xuất/ }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
}

// three sign-ins and a generation job: more than the default 90 s on a machine shared by several builds
test.setTimeout(240_000);

test('a social worker generates the next month’s payroll with a progress bar and another user approves it', async ({ page }) => {
  const month = thisMonth(1);
  const [mm, yyyy] = [month.slice(5), month.slice(0, 4)];
  const worker = await apiAs('worker');
  await beneficiaries(
    worker,
    [
      { fullName: 'Cầm Văn Thắng', sex: 'MALE', birthYear: 1936, village: 'Bản Hua Pát', amountVnd: 750_000, groupCode: 'ND20_5_5_C', coefficient: '1.50' },
      { fullName: 'Quàng Thị Xuân', sex: 'FEMALE', birthYear: 1944, village: 'Bản Hua Pát', amountVnd: 500_000, groupCode: 'ND20_5_5_C', coefficient: '1.00' },
    ],
    month,
  );
  await agentForCommune(await apiAs('province'));

  await signIn(page, 'worker');
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Chi trả hằng tháng' }).click();
  await expect(page.getByRole('heading', { name: 'Danh sách chi trả hằng tháng', level: 1 })).toBeVisible();
  // the month proposed is the next one
  await expect(page.getByLabel('Tháng').first()).toHaveValue(`${mm}/${yyyy}`);
  await page.getByRole('button', { name: 'Lập danh sách' }).click();
  const progress = page.getByRole('progressbar', { name: 'Tiến độ lập danh sách' });
  await expect(progress).toBeVisible();
  // the demo commune may hold other entitlements (demo data): they are in the payroll too
  await expect(page.getByText(/Đã lập xong: 1 danh sách mới, \d+ dòng mới\./)).toBeVisible({ timeout: 60_000 });
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  await page.screenshot({ path: `${SCREENSHOTS}/payroll-generated.png`, fullPage: true });

  // generating again changes nothing
  await page.getByRole('button', { name: 'Lập danh sách' }).click();
  await expect(page.getByText(/Đã lập xong: 0 danh sách mới, 0 dòng mới\./)).toBeVisible({ timeout: 60_000 });

  await page.getByRole('row', { name: new RegExp(`^${mm}/${yyyy}`) }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`tháng ${mm}/${yyyy}$`) })).toBeVisible();
  await expect(page.getByText('Nháp', { exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Cầm Văn Thắng' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Cầm Văn Thắng/ }).getByRole('cell', { name: '750.000 ₫' })).toBeVisible();
  // the worker does not approve what they generated
  await expect(page.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);
  await page.getByRole('searchbox', { name: /Tìm theo tên/ }).fill('quang thi');
  await expect(page.getByRole('cell', { name: 'Cầm Văn Thắng' })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Quàng Thị Xuân' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/payroll-review.png`, fullPage: true });
  const payrollUrl = page.url();

  // the XLSX and the PDF for signatures come from the API
  const xlsx = await page.request.get((await page.getByRole('link', { name: /Tải danh sách \(Excel\)/ }).getAttribute('href')) ?? '');
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  const pdf = await page.request.get((await page.getByRole('link', { name: /Tải danh sách để ký \(PDF\)/ }).getAttribute('href')) ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('pdf');

  // the commune's leader approves
  await signOut(page);
  await signIn(page, 'approver');
  await page.goto(payrollUrl);
  await page.getByRole('button', { name: 'Phê duyệt' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(page.getByText('Đã phê duyệt danh sách.')).toBeVisible();
  await expect(page.getByText('Đã phê duyệt', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Kết quả chi trả' }).click();
  await expect(page.getByTestId('paid-unpaid-chart')).toBeVisible();
  await expect(page.getByTestId('paid-unpaid-chart')).toHaveAttribute('aria-label', /^Đã chi: 0\s₫, 0 người; Không chi được: 0\s₫, 0 người; Chưa xác nhận: [\d.]+\s₫, \d+ người$/);
  await page.screenshot({ path: `${SCREENSHOTS}/payroll-reconciliation.png`, fullPage: true });

  // and the worker sends it to the payment agent
  await signOut(page);
  await signIn(page, 'worker');
  await page.goto(payrollUrl);
  await page.getByRole('button', { name: 'Gửi tổ chức chi trả' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Gửi tổ chức chi trả' }).click();
  await expect(page.getByText('Đã gửi danh sách cho tổ chức chi trả.')).toBeVisible();
  const id = payrollUrl.split('/').pop();
  const sent = await ok<{ status: string; approvedBy: string; sentBy: string }>(await worker.get(`/api/v1/payrolls/${id}`), 'payroll');
  expect(sent).toMatchObject({ status: 'SENT', approvedBy: 'approver', sentBy: 'worker' });
});
