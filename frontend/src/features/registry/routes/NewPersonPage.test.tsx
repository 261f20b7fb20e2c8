import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '@/test/api-stub';
import { aPerson, aUser, ethnicGroups } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const worker = aUser({ scope: { level: 'COMMUNE', code: '03688', name: 'Xã Mường Chiên' } });
const NEW_ID = '11111111-2222-4333-8444-555555555555';

function stubRegistry() {
  return stubApi()
    .on('GET', '/api/v1/auth/me', () => json(worker))
    .on('GET', '/api/v1/ethnic-groups', () => json(ethnicGroups()))
    .on('GET', `/api/v1/people/${NEW_ID}`, () => json(aPerson({ id: NEW_ID, fullName: 'Lò Thị Hoa', household: null, relationToHead: null })))
    .on('GET', `/api/v1/people/${NEW_ID}/facts`, () => json([]));
}

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function chooseEthnicGroup(user: User, name: string) {
  await user.click(screen.getByRole('combobox', { name: 'Dân tộc' }));
  await user.click(await screen.findByTitle(name));
}

async function fillPerson(user: User, { fullName, birthDate }: { fullName: string; birthDate: string }) {
  await user.type(await screen.findByLabelText('Họ và tên'), fullName);
  await user.type(screen.getByLabelText('Ngày sinh'), birthDate);
  await user.click(screen.getByRole('radio', { name: 'Nữ' }));
  await chooseEthnicGroup(user, 'Thái');
}

const bodies = async (api: ReturnType<typeof stubApi>) =>
  Promise.all(api.requests.filter((r) => r.method === 'POST').map((r) => r.clone().json() as Promise<Record<string, unknown>>));

describe('registering a person', () => {
  it('reads a birth year alone, says how it understood it and sends it as "1948"', async () => {
    const api = stubRegistry().on('POST', '/api/v1/people', () => json(aPerson({ id: NEW_ID, fullName: 'Lò Thị Hoa' }), 201));
    const { user, router } = await renderApp('/people/new');

    await fillPerson(user, { fullName: 'Lò Thị Hoa', birthDate: '1948' });
    expect(screen.getByText('Chỉ biết năm sinh: 1948')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/people/${NEW_ID}`));
    expect(await bodies(api)).toEqual([
      { communeCode: '03688', fullName: 'Lò Thị Hoa', birthDate: '1948', sex: 'FEMALE', ethnicGroupCode: '03' },
    ]);
  });

  it('refuses an impossible birth date before calling the API', async () => {
    const api = stubRegistry();
    const { user } = await renderApp('/people/new');

    await fillPerson(user, { fullName: 'Lò Thị Hoa', birthDate: '31/02/1990' });
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    expect(await screen.findByText('Ngày này không có trong lịch')).toBeVisible();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('shows each field error of the API under its field', async () => {
    stubRegistry().on('POST', '/api/v1/people', () =>
      problem({
        type: 'urn:ansinh:problem:validation.failed',
        title: 'Dữ liệu không hợp lệ',
        status: 400,
        detail: 'Một số trường không hợp lệ.',
        code: 'validation.failed',
        errors: [
          { field: 'nationalId', code: 'nationalId.sex', message: 'Chữ số thứ 4 của số định danh không khớp với giới tính' },
          { field: 'fullName', code: 'length', message: 'Họ và tên tối đa 100 ký tự' },
        ],
      }),
    );
    const { user } = await renderApp('/people/new');

    await fillPerson(user, { fullName: 'Lò Thị Hoa', birthDate: '17/05/1948' });
    await user.type(screen.getByLabelText('Số định danh cá nhân (CCCD)'), '014048001234');
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    expect(await screen.findByText('Chữ số thứ 4 của số định danh không khớp với giới tính')).toBeVisible();
    expect(screen.getByLabelText('Số định danh cá nhân (CCCD)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Họ và tên')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Họ và tên tối đa 100 ký tự')).toBeVisible();
    expect(screen.getByRole('alert', { name: '' })).toHaveTextContent('Vui lòng sửa các ô được đánh dấu đỏ.');
  });

  it('lists the look-alikes the API found and registers the person once the officer confirms it is someone else', async () => {
    const elsewhere = '44444444-3333-4222-8111-000000000000';
    const candidate = { id: '99999999-8888-4777-8666-555555555555', fullName: 'Lò Thị Hoa', birthDate: '1948', communeCode: '03688', communeName: 'Xã Mường Chiên', householdCode: '03688-000007' };
    let calls = 0;
    const api = stubRegistry().on('POST', '/api/v1/people', () => {
      calls += 1;
      return calls === 1
        ? problem({
            status: 409,
            code: 'person.possible-duplicate',
            title: 'Có thể trùng người',
            detail: 'Đã có người cùng họ tên và năm sinh trong tỉnh.',
            candidates: [candidate],
            otherCandidates: 1,
            otherCandidateIds: [elsewhere],
          })
        : json(aPerson({ id: NEW_ID, fullName: 'Lò Thị Hoa' }), 201);
    });
    const { user, router } = await renderApp('/people/new');

    await fillPerson(user, { fullName: 'Lò Thị Hoa', birthDate: '1948' });
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    const warning = await screen.findByRole('alert', { name: '' });
    expect(within(warning).getByText('Có thể “Lò Thị Hoa” đã có trong hệ thống')).toBeVisible();
    const link = within(warning).getByRole('link', { name: /Lò Thị Hoa/ });
    expect(link).toHaveAttribute('href', `/people/${candidate.id}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(within(warning).getByText(/sinh 1948 · Xã Mường Chiên · hộ 03688-000007/)).toBeVisible();
    expect(within(warning).getByText('Và 1 người khác ở địa bàn bạn không được xem.')).toBeVisible();

    const confirm = within(warning).getByRole('button', { name: 'Vẫn đăng ký (là người khác)' });
    expect(confirm).toBeDisabled();
    await user.click(within(warning).getByRole('checkbox', { name: 'Tôi đã kiểm tra: đây là một người khác' }));
    await user.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe(`/people/${NEW_ID}`));
    const [first, second] = await bodies(api);
    expect(first).not.toHaveProperty('confirmedDistinctFrom');
    // those out of the officer's sight are confirmed too, or the look-alike elsewhere would block her for ever
    expect(second).toMatchObject({ fullName: 'Lò Thị Hoa', confirmedDistinctFrom: [candidate.id, elsewhere] });
  });

  it('says under the ID number that it is taken, with a link to the person who has it', async () => {
    const existing = '77777777-6666-4555-8444-333333333333';
    stubRegistry().on('POST', '/api/v1/people', () =>
      problem({
        status: 409,
        code: 'person.national-id-exists',
        title: 'Số định danh đã có',
        detail: 'Số định danh cá nhân này đã được đăng ký cho người khác.',
        existing: { id: existing, href: `/api/v1/people/${existing}` },
      }),
    );
    const { user } = await renderApp('/people/new');

    await fillPerson(user, { fullName: 'Lò Thị Hoa', birthDate: '1948' });
    await user.type(screen.getByLabelText('Số định danh cá nhân (CCCD)'), '014148001234');
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    expect(await screen.findByText('Số định danh cá nhân này đã được đăng ký cho người khác.')).toBeVisible();
    expect(screen.getByLabelText('Số định danh cá nhân (CCCD)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('link', { name: 'Mở hồ sơ của người đã có số định danh này' })).toHaveAttribute('href', `/people/${existing}`);
  });
});
