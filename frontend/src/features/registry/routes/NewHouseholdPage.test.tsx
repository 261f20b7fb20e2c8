import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '@/test/api-stub';
import { aHousehold, aUser, aVillage, ethnicGroups, HOUSEHOLD_ID } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const worker = aUser({ scope: { level: 'COMMUNE', code: '03688', name: 'Xã Mường Chiên' } });

function stubRegistry() {
  return stubApi()
    .on('GET', '/api/v1/auth/me', () => json(worker))
    .on('GET', '/api/v1/ethnic-groups', () => json(ethnicGroups()))
    .on('GET', '/api/v1/villages', () => json([aVillage()]))
    .on('GET', `/api/v1/households/${HOUSEHOLD_ID}`, () => json(aHousehold()))
    .on('GET', `/api/v1/households/${HOUSEHOLD_ID}/poverty-statuses`, () => json([]));
}

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function choose(user: User, within_: HTMLElement, label: string, option: string) {
  await user.click(within(within_).getByRole('combobox', { name: label }));
  const options = await screen.findAllByTitle(option);
  await user.click(options[options.length - 1] as HTMLElement);
}

async function fillMember(user: User, row: HTMLElement, m: { fullName: string; birthDate: string; sex: 'Nam' | 'Nữ'; relation?: string }) {
  if (m.relation) await choose(user, row, 'Quan hệ với chủ hộ', m.relation);
  await user.type(within(row).getByLabelText('Họ và tên'), m.fullName);
  await user.type(within(row).getByLabelText('Ngày sinh'), m.birthDate);
  await user.click(within(row).getByRole('radio', { name: m.sex }));
  await choose(user, row, 'Dân tộc', 'Thái');
}

const member = (n: number) => screen.getByRole('group', { name: `Thành viên thứ ${n}` });

describe('registering a household with its members', () => {
  it('sends the household and two members in one request, the first as head', async () => {
    const api = stubRegistry().on('POST', '/api/v1/households', () => json(aHousehold(), 201));
    const { user, router } = await renderApp('/households/new');

    await user.type(await screen.findByLabelText('Địa chỉ'), 'Bản Nà Tòng');
    await choose(user, document.body, 'Thôn, bản, tổ dân phố', 'Bản Nà Tòng');
    await fillMember(user, member(1), { fullName: 'Lò Văn Đức', birthDate: '1948', sex: 'Nam' });
    await user.click(screen.getByRole('button', { name: /Thêm thành viên/ }));
    await fillMember(user, member(2), { fullName: 'Lò Thị Hoa', birthDate: '05/1950', sex: 'Nữ', relation: 'Vợ/chồng' });
    await user.click(screen.getByRole('button', { name: 'Đăng ký hộ và các thành viên' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/households/${HOUSEHOLD_ID}`));
    const post = api.requests.find((r) => r.method === 'POST');
    expect(await post?.clone().json()).toEqual({
      communeCode: '03688',
      villageId: aVillage().id,
      address: 'Bản Nà Tòng',
      members: [
        { relationToHead: 'HEAD', fullName: 'Lò Văn Đức', birthDate: '1948', sex: 'MALE', ethnicGroupCode: '03' },
        { relationToHead: 'SPOUSE', fullName: 'Lò Thị Hoa', birthDate: '1950-05', sex: 'FEMALE', ethnicGroupCode: '03' },
      ],
    });
  });

  it('asks for exactly one head before calling the API', async () => {
    const api = stubRegistry();
    const { user } = await renderApp('/households/new');

    await user.type(await screen.findByLabelText('Địa chỉ'), 'Bản Nà Tòng');
    await fillMember(user, member(1), { fullName: 'Lò Văn Đức', birthDate: '1948', sex: 'Nam' });
    await user.click(screen.getByRole('button', { name: /Thêm thành viên/ }));
    await fillMember(user, member(2), { fullName: 'Lò Văn Minh', birthDate: '1975', sex: 'Nam', relation: 'Chủ hộ' });
    await user.click(screen.getByRole('button', { name: 'Đăng ký hộ và các thành viên' }));

    await waitFor(() => expect(screen.getByText(/Hộ phải có đúng một chủ hộ/)).toBeVisible());
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(within(member(2)).getByRole('button', { name: 'Bỏ thành viên thứ 2' }));
    expect(screen.queryByRole('group', { name: 'Thành viên thứ 2' })).not.toBeInTheDocument();
  });

  it('puts the API’s error about the second member under that member’s field', async () => {
    stubRegistry().on('POST', '/api/v1/households', () =>
      problem({
        status: 400,
        code: 'validation.failed',
        title: 'Dữ liệu không hợp lệ',
        detail: 'Một số trường không hợp lệ.',
        errors: [{ field: 'members[1].birthDate', code: 'birthDate.future', message: 'Ngày sinh không được ở tương lai' }],
      }),
    );
    const { user } = await renderApp('/households/new');

    await user.type(await screen.findByLabelText('Địa chỉ'), 'Bản Nà Tòng');
    await fillMember(user, member(1), { fullName: 'Lò Văn Đức', birthDate: '1948', sex: 'Nam' });
    await user.click(screen.getByRole('button', { name: /Thêm thành viên/ }));
    await fillMember(user, member(2), { fullName: 'Lò Thị Hoa', birthDate: '1950', sex: 'Nữ', relation: 'Vợ/chồng' });
    await user.click(screen.getByRole('button', { name: 'Đăng ký hộ và các thành viên' }));

    expect(await within(member(2)).findByText('Ngày sinh không được ở tương lai')).toBeVisible();
    expect(within(member(2)).getByLabelText('Ngày sinh')).toHaveAttribute('aria-invalid', 'true');
    expect(within(member(1)).getByLabelText('Ngày sinh')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('names the member who may already be registered and confirms only that member different', async () => {
    const lookAlike = '99999999-8888-4777-8666-555555555555';
    let calls = 0;
    const api = stubRegistry().on('POST', '/api/v1/households', () => {
      calls += 1;
      return calls === 1
        ? problem({
            status: 409,
            code: 'person.possible-duplicate',
            title: 'Có thể trùng người',
            detail: 'Đã có người cùng họ tên và năm sinh trong tỉnh.',
            candidates: [{ id: lookAlike, fullName: 'Lò Thị Hoa', birthDate: '1950', communeCode: '03688', communeName: 'Xã Mường Chiên', householdCode: null }],
            otherCandidates: 0,
            otherCandidateIds: [],
            member: 'members[1]',
          })
        : json(aHousehold(), 201);
    });
    const { user, router } = await renderApp('/households/new');

    await user.type(await screen.findByLabelText('Địa chỉ'), 'Bản Nà Tòng');
    await fillMember(user, member(1), { fullName: 'Lò Văn Đức', birthDate: '1948', sex: 'Nam' });
    await user.click(screen.getByRole('button', { name: /Thêm thành viên/ }));
    await fillMember(user, member(2), { fullName: 'Lò Thị Hoa', birthDate: '1950', sex: 'Nữ', relation: 'Vợ/chồng' });
    await user.click(screen.getByRole('button', { name: 'Đăng ký hộ và các thành viên' }));

    expect(await screen.findByText('Có thể “Lò Thị Hoa” đã có trong hệ thống')).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Tôi đã kiểm tra: đây là một người khác' }));
    await user.click(screen.getByRole('button', { name: 'Vẫn đăng ký (là người khác)' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/households/${HOUSEHOLD_ID}`));
    const posts = api.requests.filter((r) => r.method === 'POST');
    const second = (await posts[1]?.clone().json()) as { members: Record<string, unknown>[] };
    expect(second.members[0]).not.toHaveProperty('confirmedDistinctFrom');
    expect(second.members[1]).toMatchObject({ fullName: 'Lò Thị Hoa', confirmedDistinctFrom: [lookAlike] });
  });
});
