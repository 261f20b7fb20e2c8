import { expect, test, type Locator, type Page } from '@playwright/test';

const SCREENSHOTS = 'test-results/screenshots';

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('ansinh-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: /^Xin chào, / })).toBeVisible();
}

/** dd/MM/yyyy of today plus some days (Asia/Ho_Chi_Minh, as the browser runs). */
function day(offset: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

async function typeDate(field: Locator, value: string) {
  await field.click();
  await field.fill(value);
  await field.press('Tab');
}

test('a worker registers an application and moves it through review, posting and proposal; the approver approves; the entitlement appears', async ({ page }) => {
  // a long flow through two sessions, on a machine shared with other builds
  test.setTimeout(300_000);
  await signIn(page, 'worker');
  // a 78-year-old without a pension, registered through the API with the worker's session
  const created = await page.request.post('/api/v1/people', {
    data: { communeCode: '03688', fullName: 'Lò Văn Pảng', birthDate: '1948-05-10', sex: 'MALE', ethnicGroupCode: '01' },
  });
  expect(created.status()).toBe(201);
  const person = (await created.json()) as { id: string };
  expect((await page.request.post(`/api/v1/people/${person.id}/facts`, { data: { kind: 'PENSION', codeValue: 'NONE', validFrom: '2020-01-01' } })).status()).toBe(201);

  // the home page shows the worker's queue under the greeting
  await expect(page.getByRole('heading', { name: 'Việc cần làm', level: 2 })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Chức năng' });
  await menu.getByRole('link', { name: 'Hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: 'Hồ sơ đề nghị trợ cấp', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /Tiếp nhận hồ sơ mới/ }).click();
  await expect(page.getByRole('heading', { name: 'Tiếp nhận hồ sơ mới', level: 1 })).toBeVisible();

  // the applicant found by a name typed without diacritics; the group comes from the policy catalogue
  const who = page.getByRole('combobox', { name: /Đối tượng$/ });
  await who.click();
  await who.fill('lo van pang');
  await page.locator('.ant-select-dropdown:visible').getByText(/^Lò Văn Pảng · 1948/).click();
  const group = page.getByRole('combobox', { name: 'Nhóm đối tượng đề nghị hưởng' });
  await group.click();
  await group.fill('đủ 75 tuổi');
  await page.locator('.ant-select-dropdown:visible').getByText(/^Người từ đủ 75 tuổi/).click();
  await page.screenshot({ path: `${SCREENSHOTS}/case-new.png`, fullPage: true });
  await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();

  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = page.url();
  await expect(page.getByRole('heading', { name: 'Hồ sơ của Lò Văn Pảng', level: 1 })).toBeVisible();
  await expect(page.getByText('Đang soạn').first()).toBeVisible();

  // a paper with its scanned file
  const papers = page.getByRole('form', { name: 'Thêm giấy tờ' });
  await papers.getByRole('combobox', { name: 'Loại giấy tờ' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('Tờ khai đề nghị', { exact: true }).click();
  await papers.getByLabel('Số', { exact: true }).fill('01/TK');
  await papers.locator('input[type="file"]').setInputFiles({
    name: 'to-khai.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  });
  await expect(papers.getByText('Tệp đã chọn: to-khai.pdf')).toBeVisible();
  await papers.getByRole('button', { name: 'Thêm giấy tờ' }).click();
  await expect(page.getByRole('link', { name: /to-khai\.pdf/ })).toBeVisible();

  // submitted, reviewed (the eligibility snapshot is stored), posted for two working days that have passed, proposed
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(page.getByText('Đã tiếp nhận').first()).toBeVisible();
  await page.getByRole('button', { name: 'Bắt đầu xét duyệt' }).click();
  await expect(page.getByText('Đang xét duyệt').first()).toBeVisible();
  await expect(page.getByText(/Được hưởng tổng cộng 500\.000/)).toBeVisible();
  await page.getByRole('button', { name: 'Niêm yết công khai' }).click();
  const posting = page.getByRole('dialog');
  await typeDate(posting.getByLabel('Niêm yết từ ngày'), day(-7));
  await typeDate(posting.getByLabel('Đến hết ngày'), day(-5));
  await posting.getByRole('button', { name: 'Niêm yết' }).click();
  await expect(page.getByText('Đang niêm yết').first()).toBeVisible();
  await page.getByRole('button', { name: 'Trình phê duyệt' }).click();
  await expect(page.getByText('Chờ phê duyệt').first()).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Quá trình xử lý' });
  for (const step of ['Tạo hồ sơ', 'Nộp hồ sơ', 'Bắt đầu xét duyệt', 'Niêm yết công khai', 'Trình phê duyệt']) {
    await expect(timeline.getByText(step, { exact: true })).toBeVisible();
  }
  await page.screenshot({ path: `${SCREENSHOTS}/case-proposed.png`, fullPage: true });

  // the commune chairman decides
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, 'approver');
  await expect(page.getByRole('heading', { name: 'Việc cần làm', level: 2 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Phê duyệt' }).click();
  await expect(page.getByRole('heading', { name: 'Phê duyệt hồ sơ', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Phê duyệt hồ sơ của Lò Văn Pảng', exact: true }).click();
  const decision = page.getByRole('dialog');
  await decision.getByLabel('Số quyết định').fill('15/QĐ-UBND');
  await decision.getByLabel('Người ký').fill('Cầm Văn Hùng');
  await page.screenshot({ path: `${SCREENSHOTS}/approvals.png`, fullPage: true });
  await decision.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
  await expect(page.getByText('Đã xử lý 1/1 hồ sơ.')).toBeVisible();

  await page.goto(caseUrl);
  await expect(page.getByText('Đã phê duyệt theo quyết định số 15/QĐ-UBND', { exact: false })).toBeVisible();
  const pdf = await page.request.get(`${new URL(caseUrl).pathname.replace('/cases/', '/api/v1/cases/')}/decision`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  await page.getByRole('link', { name: 'Xem chế độ trợ cấp' }).click();

  await expect(page).toHaveURL(/\/entitlements\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Chế độ trợ cấp của Lò Văn Pảng', level: 1 })).toBeVisible();
  await expect(page.getByText('Đang hưởng').first()).toBeVisible();
  await expect(page.getByText('Số 15/QĐ-UBND', { exact: false })).toBeVisible();
  await expect(page.getByRole('cell', { name: /500\.000/ }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/entitlement.png`, fullPage: true });
});
