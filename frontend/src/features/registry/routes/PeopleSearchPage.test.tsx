import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { aPersonSummary, aUser } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const worker = aUser({ scope: { level: 'COMMUNE', code: '03688', name: 'Xã Mường Chiên' } });
const duc = aPersonSummary({ fullName: 'Nguyễn Văn Đức', birthDate: '1948' });
const hoa = aPersonSummary({ id: '22222222-3333-4444-8555-666666666666', fullName: 'Nguyễn Thị Hoa', birthDate: '1950-05', sex: 'FEMALE', nationalId: null, householdCode: null });
const page = (items: ReturnType<typeof aPersonSummary>[], total = items.length) => ({ items, page: 0, size: 20, totalItems: total, totalPages: 1, totalItemsCapped: false });

describe('people search', () => {
  it('sends the name as typed, without diacritics, and lists who was found with birth dates by precision', async () => {
    const api = stubApi()
      .on('GET', '/api/v1/auth/me', () => json(worker))
      .on('GET', '/api/v1/people', (_request, url) => json(url.searchParams.get('q') === 'nguyen' ? page([duc, hoa]) : page([])));
    const { user, router } = await renderApp('/people');

    expect(await screen.findByRole('heading', { name: 'Đối tượng', level: 1 })).toBeVisible();
    await user.type(screen.getByLabelText('Họ và tên'), 'nguyen');

    const table = await screen.findByRole('table');
    expect(await within(table).findByRole('link', { name: 'Nguyễn Văn Đức' })).toHaveAttribute('href', `/people/${duc.id}`);
    const hoaRow = within(table).getByRole('link', { name: 'Nguyễn Thị Hoa' }).closest('tr') as HTMLElement;
    expect(within(hoaRow).getByText('05/1950')).toBeVisible();
    expect(screen.getByText('Tổng 2 người')).toBeVisible();
    await waitFor(() => expect(router.state.location.search).toBe('?q=nguyen'));
    const last = api.urls('/api/v1/people').at(-1);
    expect(last?.searchParams.get('q')).toBe('nguyen');
    expect(last?.searchParams.get('sort')).toBe('fullName');
    expect(last?.searchParams.get('page')).toBe('0');
  });

  it('filters by birth year and ID number from the URL', async () => {
    const api = stubApi()
      .on('GET', '/api/v1/auth/me', () => json(worker))
      .on('GET', '/api/v1/people', () => json(page([duc])));
    await renderApp('/people?birthYear=1948&nationalId=014048001234&page=2');

    expect(await screen.findByRole('link', { name: 'Nguyễn Văn Đức' })).toBeVisible();
    expect(screen.getByLabelText('Năm sinh')).toHaveValue('1948');
    const last = api.urls('/api/v1/people').at(-1);
    expect(last?.searchParams.get('birthYear')).toBe('1948');
    expect(last?.searchParams.get('nationalId')).toBe('014048001234');
    expect(last?.searchParams.get('page')).toBe('1');
  });

  it('asks a province officer to narrow the search before listing anyone', async () => {
    const api = stubApi()
      .on('GET', '/api/v1/auth/me', () => json(aUser({ username: 'province', role: 'PROVINCE_OFFICER', scope: { level: 'PROVINCE', code: '14', name: 'Tỉnh Sơn La' } })))
      .on('GET', '/api/v1/areas', () => json({ items: [], page: 0, size: 500, totalItems: 0, totalPages: 0 }));
    await renderApp('/people');

    expect(await screen.findByText(/Chọn một xã, phường hoặc nhập họ tên/)).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Xã, phường' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /Đăng ký đối tượng/ })).not.toBeInTheDocument();
    expect(api.urls('/api/v1/people')).toHaveLength(0);
  });
});
