import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '@/test/api-stub';
import { aPage, aRef, aUser, anArea } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const sonLa = anArea({ code: '14', name: 'Sơn La', fullName: 'Tỉnh Sơn La' });
const dakLak = anArea({ code: '66', name: 'Đắk Lắk', fullName: 'Tỉnh Đắk Lắk', provinceCode: '66' });
const haNoi = anArea({ code: '01', name: 'Hà Nội', fullName: 'Thành phố Hà Nội', type: 'Thành phố trực thuộc trung ương', provinceCode: '01' });

const chiengCoi = anArea({
  code: '04015',
  level: 'COMMUNE',
  name: 'Chiềng Cơi',
  fullName: 'Phường Chiềng Cơi',
  type: 'Phường',
  provinceCode: '14',
  parentCode: '14',
  parent: { code: '14', level: 'PROVINCE', fullName: 'Tỉnh Sơn La', validFrom: null, validTo: null, kind: null },
  validFrom: '2025-07-01',
  predecessors: [
    aRef({ code: '04015', fullName: 'Phường Chiềng Cơi', kind: 'whole' }),
    aRef({ code: '04018', fullName: 'Xã Hua La', kind: 'partial' }),
  ],
});
const muongBu = anArea({
  code: '04390',
  level: 'COMMUNE',
  name: 'Mường Bú',
  fullName: 'Xã Mường Bú',
  type: 'Xã',
  provinceCode: '14',
  parentCode: '14',
  validFrom: '2025-07-01',
  predecessors: [aRef({ code: '04390', fullName: 'Xã Mường Bú' }), aRef({ code: '04393', fullName: 'Xã Mường Chùm' })],
});

function stubAreas() {
  return stubApi()
    .on('GET', '/api/v1/auth/me', () => json(aUser()))
    .on('GET', '/api/v1/areas/04015', () => json(chiengCoi))
    .on('GET', '/api/v1/areas', (_request, url) => {
      const p = url.searchParams;
      if (p.get('level') === 'PROVINCE') return json(aPage([haNoi, sonLa, dakLak]));
      if (p.get('level') === 'DISTRICT') return json(aPage([]));
      if (p.get('q') === 'chieng') return json(aPage([chiengCoi]));
      if (p.get('level') === 'COMMUNE' && p.get('parentCode') === '14') {
        return json(aPage([chiengCoi, muongBu], { totalItems: 75, totalPages: 4 }));
      }
      return json(aPage([]));
    });
}

describe('administrative units page', () => {
  it('lists the provinces and filters them without diacritics', async () => {
    stubAreas();
    const { user } = await renderApp('/areas');

    const provinces = await screen.findByRole('navigation', { name: 'Tỉnh, thành phố' });
    expect(within(provinces).getAllByRole('link', { name: /^(Tỉnh|Thành phố) / })).toHaveLength(3);
    expect(screen.getByText(/Chọn một tỉnh, thành phố ở bên trái/)).toBeVisible();

    await user.type(screen.getByLabelText('Lọc tỉnh, thành phố'), 'dak');

    expect(within(provinces).getByRole('link', { name: 'Tỉnh Đắk Lắk' })).toBeVisible();
    expect(within(provinces).queryByRole('link', { name: 'Tỉnh Sơn La' })).not.toBeInTheDocument();
  });

  it('sends what is typed in the search box as q and shows the units found', async () => {
    const api = stubAreas();
    const { user, router } = await renderApp('/areas?validOn=2026-11-22');
    await screen.findByRole('navigation', { name: 'Tỉnh, thành phố' });

    await user.type(screen.getByLabelText('Tìm theo tên'), 'chieng');

    const table = await screen.findByRole('table');
    expect(await within(table).findByRole('link', { name: 'Phường Chiềng Cơi' })).toBeVisible();
    const searches = api.urls('/api/v1/areas').filter((u) => u.searchParams.has('q'));
    expect(searches.at(-1)?.searchParams.get('q')).toBe('chieng');
    expect(searches.at(-1)?.searchParams.get('validOn')).toBe('2026-11-22');
    expect(searches.at(-1)?.searchParams.has('parentCode')).toBe(false);
    expect(router.state.location.search).toContain('q=chieng');
  });

  it('shows a province’s communes with what they were formed from', async () => {
    const api = stubAreas();
    const { user, router } = await renderApp('/areas');

    const provinces = await screen.findByRole('navigation', { name: 'Tỉnh, thành phố' });
    await user.click(within(provinces).getByRole('link', { name: 'Tỉnh Sơn La' }));

    const table = await screen.findByRole('table');
    expect(await within(table).findByRole('link', { name: 'Phường Chiềng Cơi' })).toBeVisible();
    expect(within(table).getByRole('columnheader', { name: 'Trước đây gồm' })).toBeVisible();
    expect(within(table).getByText('Phường Chiềng Cơi, Xã Hua La (một phần)')).toBeVisible();
    expect(screen.getByText('Tổng 75 đơn vị')).toBeVisible();
    expect(router.state.location.search).toBe('?province=14');
    const communes = api.urls('/api/v1/areas').find((u) => u.searchParams.get('level') === 'COMMUNE');
    expect(communes?.searchParams.get('parentCode')).toBe('14');
  });

  it('opens a unit’s details from its link, with links to its predecessors at their own date', async () => {
    stubAreas();
    const { user, router } = await renderApp('/areas?province=14&validOn=2026-11-22');

    const table = await screen.findByRole('table');
    await user.click(await within(table).findByRole('link', { name: 'Phường Chiềng Cơi' }));

    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(router.state.location.pathname).toBe('/areas/04015'));
    expect(await within(drawer).findByText('01/07/2025')).toBeVisible();
    const huaLa = within(drawer).getByRole('link', { name: 'Xã Hua La' });
    expect(huaLa.getAttribute('href')).toBe('/areas/04018?province=14&validOn=2025-06-30');
    expect(within(drawer).getByRole('link', { name: 'Tỉnh Sơn La' })).toBeVisible();
  });

  it('says so when a deep-linked unit does not exist on that day', async () => {
    stubAreas().on('GET', '/api/v1/areas/99999', () =>
      problem({ status: 404, code: 'area.not-found', title: 'Không tìm thấy', detail: 'Không có đơn vị hành chính mã 99999.' }),
    );
    await renderApp('/areas/99999?validOn=2024-01-01');

    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Không tìm thấy đơn vị hành chính mã 99999 có hiệu lực ngày 01/01/2024.')).toBeVisible();
  });
});

describe('administrative units before 1 July 2025', () => {
  const quynhNhai = anArea({
    code: '118',
    level: 'DISTRICT',
    name: 'Quỳnh Nhai',
    fullName: 'Huyện Quỳnh Nhai',
    type: 'Huyện',
    provinceCode: '14',
    parentCode: '14',
    validTo: '2025-06-30',
  });
  const caNang = anArea({
    code: '03685',
    level: 'COMMUNE',
    name: 'Cà Nàng',
    fullName: 'Xã Cà Nàng',
    type: 'Xã',
    provinceCode: '14',
    parentCode: '118',
    validTo: '2025-06-30',
    successors: [aRef({ code: '03688', fullName: 'Xã Mường Chiên', validFrom: '2025-07-01', validTo: null, kind: 'whole' })],
  });
  const oldSonLa = anArea({ validTo: '2025-06-30' });

  it('goes from a province to its districts, then to a district’s communes and what they became', async () => {
    const api = stubApi()
      .on('GET', '/api/v1/auth/me', () => json(aUser()))
      .on('GET', '/api/v1/areas/118', () => json(quynhNhai))
      .on('GET', '/api/v1/areas', (_request, url) => {
        const p = url.searchParams;
        if (p.get('level') === 'PROVINCE') return json(aPage([oldSonLa]));
        if (p.get('level') === 'DISTRICT') return json(aPage([quynhNhai]));
        if (p.get('level') === 'COMMUNE' && p.get('parentCode') === '118') return json(aPage([caNang]));
        return json(aPage([]));
      });
    const { user, router } = await renderApp('/areas?province=14&validOn=2025-06-30');

    expect(await screen.findByText('Quận, huyện thuộc Tỉnh Sơn La')).toBeVisible();
    expect(screen.getByText(/Bạn đang xem các đơn vị hành chính có hiệu lực ngày 30\/06\/2025/)).toBeVisible();
    await user.click(await screen.findByRole('link', { name: 'Xem xã, phường' }));

    expect(await screen.findByText('Xã, phường thuộc Huyện Quỳnh Nhai')).toBeVisible();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Nay thuộc' })).toBeVisible();
    expect(within(table).getByText('Xã Mường Chiên')).toBeVisible();
    expect(router.state.location.search).toBe('?province=14&validOn=2025-06-30&district=118');
    const communes = api.urls('/api/v1/areas').filter((u) => u.searchParams.get('level') === 'COMMUNE');
    expect(communes.at(-1)?.searchParams.get('validOn')).toBe('2025-06-30');
  });
});
