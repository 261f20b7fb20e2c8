import { expect, test, type Locator, type Page } from '@playwright/test';

const SCREENSHOTS = 'test-results/screenshots';

async function signIn(page: Page, username = 'worker') {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('ansinh-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: /^Xin chào, / })).toBeVisible();
}

/** Opens an antd select by its label and picks an option, typing to narrow long lists. */
async function choose(page: Page, scope: Locator | Page, label: string, option: string, typed?: string) {
  const box = scope.getByRole('combobox', { name: label });
  await box.click();
  if (typed) await box.fill(typed);
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

async function fillMember(
  page: Page,
  row: Locator,
  m: { fullName: string; birthDate: string; sex: 'Nam' | 'Nữ'; relation?: string; ethnic: string; typed: string },
) {
  if (m.relation) await choose(page, row, 'Quan hệ với chủ hộ', m.relation);
  await row.getByLabel('Họ và tên').fill(m.fullName);
  await row.getByLabel('Ngày sinh').fill(m.birthDate);
  await row.getByRole('radio', { name: m.sex }).check({ force: true });
  await choose(page, row, 'Dân tộc', m.ethnic, m.typed);
}

test('a commune social worker registers a household with two members and finds one by a name typed without diacritics', async ({ page }) => {
  await signIn(page);
  const menu = page.getByRole('navigation', { name: 'Chức năng' });
  await expect(menu.getByRole('link', { name: 'Đối tượng' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Nhập dữ liệu' })).toBeVisible();
  await menu.getByRole('link', { name: 'Hộ gia đình' }).click();
  await expect(page.getByRole('heading', { name: 'Hộ gia đình', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /Đăng ký hộ gia đình/ }).click();
  await expect(page.getByRole('heading', { name: 'Đăng ký hộ gia đình', level: 1 })).toBeVisible();

  // the commune keeps no villages yet: add one from the village list itself
  await page.getByRole('combobox', { name: 'Thôn, bản, tổ dân phố' }).click();
  await page.getByRole('textbox', { name: 'Tên thôn, bản mới' }).fill('Bản Nà Tòng');
  await page.locator('.ant-select-dropdown:visible').getByRole('button', { name: /Thêm$/ }).click();
  await expect(page.getByText('Bản Nà Tòng', { exact: true }).first()).toBeVisible();
  await page.getByLabel('Địa chỉ').fill('Bản Nà Tòng, xã Mường Chiên');
  await choose(page, page, 'Tình trạng nghèo', 'Hộ nghèo');
  await page.getByLabel('Từ ngày').fill('01/01/2025');
  await page.getByLabel('Từ ngày').press('Tab');
  await page.getByLabel('Số quyết định').fill('12/QĐ-UBND');

  const member = (n: number) => page.getByRole('group', { name: `Thành viên thứ ${n}` });
  await fillMember(page, member(1), { fullName: 'Lò Văn Đức', birthDate: '1948', sex: 'Nam', ethnic: 'Thái', typed: 'thai' });
  await expect(member(1).getByText('Chỉ biết năm sinh: 1948')).toBeVisible();
  await page.getByRole('button', { name: /Thêm thành viên/ }).click();
  await fillMember(page, member(2), {
    fullName: 'Lường Thị Hoa',
    birthDate: '5/1952',
    sex: 'Nữ',
    relation: 'Vợ/chồng',
    ethnic: 'Thái',
    typed: 'thai',
  });
  await expect(member(2).getByText('Chỉ biết tháng, năm sinh: 05/1952')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/household-new.png`, fullPage: true });

  await page.getByRole('button', { name: 'Đăng ký hộ và các thành viên' }).click();
  await expect(page).toHaveURL(/\/households\/[0-9a-f-]{36}$/);
  const heading = page.getByRole('heading', { level: 1, name: /^Hộ 03688-\d{6}$/ });
  await expect(heading).toBeVisible();
  await expect(page.getByText('Chủ hộ: Lò Văn Đức').first()).toBeVisible();
  const members = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Quan hệ với chủ hộ' }) });
  await expect(members.getByRole('link', { name: 'Lò Văn Đức' })).toBeVisible();
  await expect(members.getByRole('link', { name: 'Lường Thị Hoa' })).toBeVisible();
  await expect(page.getByText('Hộ nghèo').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/household-page.png`, fullPage: true });

  // find her again by her name typed without diacritics
  await menu.getByRole('link', { name: 'Đối tượng' }).click();
  await expect(page.getByRole('heading', { name: 'Đối tượng', level: 1 })).toBeVisible();
  const search = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/people' && new URL(r.url()).searchParams.get('q') === 'luong thi hoa');
  await page.getByLabel('Họ và tên').fill('luong thi hoa');
  expect((await search).status()).toBe(200);
  const results = page.getByRole('table');
  // the demo data has a namesake (born 1985): ours is the one born in May 1952
  const hoa = results.getByRole('row').filter({ hasText: '05/1952' });
  await expect(hoa.getByRole('link', { name: 'Lường Thị Hoa' })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Lò Văn Đức' })).toHaveCount(0);
  await expect(results.getByText('05/1952')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/people-search.png`, fullPage: true });

  await hoa.getByRole('link', { name: 'Lường Thị Hoa' }).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Lường Thị Hoa', level: 1 })).toBeVisible();
  await expect(page.getByText('chỉ biết tháng, năm')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Thái' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^03688-\d{6}$/ })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/person-page.png`, fullPage: true });

  // a fact with its date, then her phone number: both land in the audit trail
  await page.getByRole('tab', { name: 'Diễn biến' }).click();
  await page.getByRole('button', { name: /Ghi nhận diễn biến/ }).click();
  const drawer = page.getByRole('dialog');
  await choose(page, drawer, 'Loại thông tin', 'Khuyết tật');
  await choose(page, drawer, 'Tình trạng', 'Khuyết tật nặng');
  await drawer.getByLabel('Ngày cấp giấy xác nhận').fill('12/03/2020');
  await drawer.getByLabel('Ngày cấp giấy xác nhận').press('Tab');
  await drawer.getByLabel('Áp dụng từ ngày').fill('12/03/2020');
  await drawer.getByLabel('Áp dụng từ ngày').press('Tab');
  await drawer.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  await expect(page.getByText('Khuyết tật nặng (Ngày cấp giấy xác nhận 12/03/2020)').first()).toBeVisible();
  await expect(page.getByText('Từ 12/03/2020 đến nay')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/person-facts.png`, fullPage: true });

  await page.getByRole('button', { name: /Sửa thông tin/ }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('Số điện thoại').fill('0912345678');
  await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu thay đổi.')).toBeVisible();

  await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  const history = page.getByRole('tabpanel', { name: 'Lịch sử thay đổi' });
  await expect(history.getByText('Đăng ký đối tượng', { exact: true })).toBeVisible();
  await expect(history.getByText('Ghi nhận diễn biến', { exact: true })).toBeVisible();
  await expect(history.getByRole('cell', { name: 'Khuyết tật nặng (Ngày cấp giấy xác nhận 12/03/2020); từ 12/03/2020 đến nay' })).toBeVisible();
  await expect(history.getByRole('cell', { name: '0912345678' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/person-history.png`, fullPage: true });
});

test('a commune social worker imports households from a CSV file and gets the refused row back', async ({ page }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Nhập dữ liệu' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập dữ liệu', level: 1 })).toBeVisible();

  // the template links answer files
  const template = await page.request.get(await page.getByRole('link', { name: /Tải mẫu Excel/ }).getAttribute('href') ?? '');
  expect(template.status()).toBe(200);
  expect(template.headers()['content-type']).toContain('spreadsheetml');

  const csv = [
    'Mã hộ,Mã xã,Thôn/bản,Địa chỉ,Tình trạng nghèo,Từ ngày,Số quyết định',
    '03688-900001,03688,Bản Huổi Lèng,Bản Huổi Lèng,Nghèo,01/01/2025,15/QĐ-UBND',
    '03688-900002,03688,Bản Huổi Lèng,,Cận nghèo,01/01/2025,15/QĐ-UBND',
  ].join('\r\n');
  await page.locator('input[type="file"]').setInputFiles({ name: 'ho-gia-dinh.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByText(/Tệp đã chọn: ho-gia-dinh.csv/)).toBeVisible();
  await page.getByRole('radio', { name: 'Danh sách hộ gia đình' }).check({ force: true });
  await page.getByRole('button', { name: /Bắt đầu nhập/ }).click();

  await expect(page).toHaveURL(/\/imports\?job=/);
  await expect(page.getByText('2/2 dòng')).toBeVisible();
  await expect(page.getByText('1 dòng bị từ chối')).toBeVisible();
  const report = page.getByRole('link', { name: /Tải danh sách lỗi/ });
  const errors = await page.request.get((await report.getAttribute('href')) ?? '');
  expect(errors.status()).toBe(200);
  expect(await errors.text()).toContain('Dòng');
  await page.screenshot({ path: `${SCREENSHOTS}/import-done.png`, fullPage: true });
});

test('on a phone-width screen the person form and the search fit', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await page.goto('/people/new');
  await expect(page.getByRole('heading', { name: 'Đăng ký đối tượng', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByText('Vui lòng nhập họ và tên')).toBeVisible();
  let overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOTS}/person-new-phone.png`, fullPage: true });

  await page.goto('/people?q=lo');
  await expect(page.getByRole('heading', { name: 'Đối tượng', level: 1 })).toBeVisible();
  overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOTS}/people-phone.png`, fullPage: true });
});
