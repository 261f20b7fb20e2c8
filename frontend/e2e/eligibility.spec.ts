import { expect, test, type Page } from '@playwright/test';

const SCREENSHOTS = 'test-results/screenshots';

async function signIn(page: Page, username = 'worker') {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('ansinh-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: /^Xin chào, / })).toBeVisible();
}

/** Types a date into the eligibility date picker and waits for the evaluation of that day. */
async function evaluateOn(page: Page, ddmmyyyy: string) {
  const iso = ddmmyyyy.split('/').reverse().join('-');
  const answered = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/v1/eligibility/evaluations' && (r.request().postData() ?? '').includes(iso),
  );
  const box = page.getByLabel('Xét tại ngày');
  await box.click();
  await box.fill(ddmmyyyy);
  await box.press('Enter');
  expect((await answered).status()).toBe(200);
  return page.getByRole('region', { name: `Kết quả xét ngày ${ddmmyyyy}` });
}

test('a commune social worker opens a person and checks eligibility on either side of the social pension (1 July 2025)', async ({ page }) => {
  await signIn(page);
  // an 81-year-old without a pension, registered through the API with the worker's own session
  const created = await page.request.post('/api/v1/people', {
    data: { communeCode: '03688', fullName: 'Quàng Văn Piếng', birthDate: '1944-03-10', sex: 'MALE', ethnicGroupCode: '03' },
  });
  expect(created.status()).toBe(201);
  const person = (await created.json()) as { id: string };
  const fact = await page.request.post(`/api/v1/people/${person.id}/facts`, {
    data: { kind: 'PENSION', codeValue: 'NONE', validFrom: '2020-01-01' },
  });
  expect(fact.status()).toBe(201);

  await page.goto(`/people/${person.id}`);
  await expect(page.getByRole('heading', { name: 'Quàng Văn Piếng', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Điều kiện hưởng' }).click();

  // the day before the social pension: the ND 20 group for people aged 80+ pays 500.000 ₫
  const before = await evaluateOn(page, '30/06/2025');
  await expect(before.getByText(/Được hưởng tổng cộng 500\.000/)).toBeVisible();
  const nd20 = before.getByRole('alert').filter({ hasText: 'Người từ 80 tuổi không có lương hưu' });
  await expect(nd20).toBeVisible();
  await expect(before.getByRole('img', { name: 'Đạt' }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/eligibility-2025-06-30.png`, fullPage: true });

  // from 1 July 2025 the same person moves to the social pension (ND 176/2025)
  const after = await evaluateOn(page, '01/07/2025');
  await expect(after.getByText(/Được hưởng tổng cộng 500\.000/)).toBeVisible();
  await expect(after.getByRole('alert').filter({ hasText: 'Người từ đủ 75 tuổi không có lương hưu' })).toBeVisible();
  await expect(after.getByRole('alert').filter({ hasText: 'Người từ 80 tuổi không có lương hưu' })).toHaveCount(0);
  // the ND 20 group is still listed, with the criterion that now fails
  const ended = after.getByRole('button', { name: /^Người từ 80 tuổi không có lương hưu/ });
  await ended.click();
  await expect(after.getByRole('img', { name: 'Không đạt' }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/eligibility-2025-07-01.png`, fullPage: true });
});
