import { expect, test, type Page } from '@playwright/test';

const SCREENSHOTS = 'test-results/screenshots';

async function signIn(page: Page, username = 'worker') {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('ansinh-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: /^Xin chào, / })).toBeVisible();
}

test('a wrong password is refused with the API’s own message, in Vietnamese', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill('approver');
  await page.getByLabel('Mật khẩu').fill('khong-dung');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText(/^Tên đăng nhập hoặc mật khẩu không đúng/)).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await page.screenshot({ path: `${SCREENSHOTS}/login-refused.png` });
});

test('a commune social worker finds Sơn La and its communes without typing diacritics', async ({ page }) => {
  await signIn(page);
  await page.screenshot({ path: `${SCREENSHOTS}/home.png`, fullPage: true });

  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Đơn vị hành chính' }).click();
  await expect(page.getByRole('heading', { name: 'Đơn vị hành chính' })).toBeVisible();

  // today: the 34 provinces and cities since 1 July 2025
  const provinces = page.getByRole('navigation', { name: 'Tỉnh, thành phố' });
  await expect(page.getByText('34 tỉnh, thành phố')).toBeVisible();

  await page.getByLabel('Lọc tỉnh, thành phố').fill('son la');
  await expect(provinces.getByRole('link', { name: 'Tỉnh Sơn La', exact: true })).toBeVisible();
  await provinces.getByRole('link', { name: 'Tỉnh Sơn La', exact: true }).click();

  await expect(page).toHaveURL(/[?&]province=14\b/);
  const table = page.getByRole('table');
  await expect(page.getByText('Xã, phường thuộc Tỉnh Sơn La')).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByText('Tổng 75 đơn vị')).toBeVisible();

  // the search box sends q as typed, without diacritics, and the API finds "Mường Chiên"
  const search = page.waitForRequest((request) => new URL(request.url()).searchParams.get('q') === 'muong chien');
  await page.getByLabel('Tìm theo tên').fill('muong chien');
  await search;
  const muongChien = table.getByRole('link', { name: 'Xã Mường Chiên' });
  await expect(muongChien).toBeVisible();
  await expect(table.getByText(/Xã Chiềng Khay/)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/areas-son-la.png`, fullPage: true });

  // its details: what it was formed from on 1 July 2025, each linked at its own date
  await muongChien.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('Xã Mường Chiên').first()).toBeVisible();
  await expect(drawer.getByRole('link', { name: 'Xã Cà Nàng' })).toBeVisible();
  await expect(page).toHaveURL(/\/areas\/03688\?/);
  await page.screenshot({ path: `${SCREENSHOTS}/area-detail.png`, fullPage: true });

  // an old commune, before the merger: it now belongs to Mường Chiên
  await drawer.getByRole('link', { name: 'Xã Cà Nàng' }).click();
  await expect(page).toHaveURL(/\/areas\/03685\?.*validOn=2025-06-30/);
  await expect(drawer.getByRole('link', { name: 'Xã Mường Chiên' })).toBeVisible();
  await expect(drawer.getByText('30/06/2025').first()).toBeVisible();
});

test('a deep link to a unit on an old date opens the same screen after a reload', async ({ page }) => {
  await signIn(page);
  await page.goto('/areas?province=14&validOn=2025-06-30');
  await expect(page.getByText('Quận, huyện thuộc Tỉnh Sơn La')).toBeVisible();
  await expect(page.getByRole('table').getByRole('link', { name: 'Huyện Quỳnh Nhai' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/areas-before-2025.png`, fullPage: true });
});

test('on a phone-width screen the login and the list still fit', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await page.goto('/areas?province=14');
  await expect(page.getByText('Xã, phường thuộc Tỉnh Sơn La')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOTS}/areas-phone.png`, fullPage: true });
});

test('a payment agent has no administrative units in the menu, and signs out', async ({ page }) => {
  await signIn(page, 'agent');
  const menu = page.getByRole('navigation', { name: 'Chức năng' });
  await expect(menu.getByRole('link', { name: 'Trang chủ' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Đơn vị hành chính' })).toHaveCount(0);
  await expect(page.getByText('Nhân viên chi trả').first()).toBeVisible();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
});
