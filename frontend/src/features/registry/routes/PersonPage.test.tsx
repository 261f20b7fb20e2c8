import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '@/test/api-stub';
import { aFact, aPerson, aUser, ethnicGroups, PERSON_ID } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const worker = aUser({ scope: { level: 'COMMUNE', code: '03688', name: 'Xã Mường Chiên' } });

function stubPerson(person = aPerson(), facts = [] as ReturnType<typeof aFact>[]) {
  return stubApi()
    .on('GET', '/api/v1/auth/me', () => json(worker))
    .on('GET', '/api/v1/ethnic-groups', () => json(ethnicGroups()))
    .on('GET', `/api/v1/people/${PERSON_ID}`, () => json(person))
    .on('GET', `/api/v1/people/${PERSON_ID}/facts`, () => json(facts))
    .on('GET', `/api/v1/people/${PERSON_ID}/history`, () => json([]));
}

function detailsRow(label: string) {
  const row = screen.getByText(label, { selector: 'th, th *, td, td *, span' }).closest('tr');
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe('person page', () => {
  it('shows a birth date known only by its year as the year, and says so', async () => {
    stubPerson(aPerson({ birthDate: '1948', birthDatePrecision: 'YEAR' }));
    await renderApp(`/people/${PERSON_ID}`);

    expect(await screen.findByRole('heading', { name: 'Lò Văn Đức', level: 1 })).toBeVisible();
    expect(within(detailsRow('Ngày sinh')).getByText(/^1948/)).toBeVisible();
    expect(within(detailsRow('Ngày sinh')).getByText(/chỉ biết năm sinh/)).toBeVisible();
  });

  it('shows a month-and-year birth date as 05/1948 and a whole one as 17/05/1948', async () => {
    stubPerson(aPerson({ birthDate: '1948-05', birthDatePrecision: 'MONTH' }));
    const first = await renderApp(`/people/${PERSON_ID}`);
    expect(await screen.findByText(/^05\/1948/, { selector: 'td *, td' })).toBeVisible();
    first.unmount();

    stubPerson(aPerson({ birthDate: '1948-05-17', birthDatePrecision: 'DAY' }));
    await renderApp(`/people/${PERSON_ID}`);
    expect(await screen.findByText('17/05/1948', { selector: 'td *, td' })).toBeVisible();
  });

  it('shows each fact as a dated history, keeping a corrected entry beside the reason', async () => {
    const wrong = aFact({ id: 'f-1', codeValue: 'SEVERE', validFrom: '2020-03-12', dateValue: '2020-03-12', supersededBy: 'f-2' });
    const right = aFact({ id: 'f-2', codeValue: 'ESPECIALLY_SEVERE', validFrom: '2020-03-12', dateValue: '2020-03-12', correctionReason: 'Nhập nhầm mức độ', recordedAt: '2025-10-01T02:00:00Z' });
    const pension = aFact({ id: 'f-3', kind: 'PENSION', codeValue: 'NONE', dateValue: null, validFrom: '2024-01-01', validTo: '2025-06-30', document: null });
    stubPerson(aPerson({ facts: [right] }), [wrong, right, pension]);
    const { user } = await renderApp(`/people/${PERSON_ID}`);

    await user.click(await screen.findByRole('tab', { name: 'Diễn biến' }));

    const disability = (await screen.findByRole('heading', { name: 'Khuyết tật', level: 3 })).closest('.ant-card') as HTMLElement;
    expect(within(disability).getByText('Khuyết tật đặc biệt nặng (Ngày cấp giấy xác nhận 12/03/2020)')).toBeVisible();
    expect(within(disability).getByText('Đính chính vì: Nhập nhầm mức độ')).toBeVisible();
    expect(within(disability).getByText('đã đính chính')).toBeVisible();
    expect(within(disability).getByText('Khuyết tật nặng (Ngày cấp giấy xác nhận 12/03/2020)').closest('del')).not.toBeNull();
    const pensionCard = screen.getByRole('heading', { name: 'Lương hưu, trợ cấp BHXH', level: 3 }).closest('.ant-card') as HTMLElement;
    expect(within(pensionCard).getByText('Từ 01/01/2024 đến 30/06/2025')).toBeVisible();
  });

  it('shows who changed what in the history tab', async () => {
    stubPerson().on('GET', `/api/v1/people/${PERSON_ID}/history`, () =>
      json([
        {
          id: 'e-1',
          occurredAt: '2025-10-01T02:00:00Z',
          actor: 'worker',
          actorRole: 'SOCIAL_WORKER',
          action: 'person.updated',
          entityType: 'PERSON',
          entityId: PERSON_ID,
          changes: [
            { field: 'phone', before: null, after: '0912345678' },
            { field: 'sex', before: 'FEMALE', after: 'MALE' },
          ],
        },
        {
          id: 'e-2',
          occurredAt: '2025-10-02T02:00:00Z',
          actor: 'worker',
          actorRole: 'SOCIAL_WORKER',
          action: 'person.fact-recorded',
          entityType: 'PERSON',
          entityId: PERSON_ID,
          changes: [{ field: 'facts.DISABILITY', before: null, after: 'DISABILITY SEVERE 2020-03-12 [2020-03-12..]' }],
        },
      ]),
    );
    const { user } = await renderApp(`/people/${PERSON_ID}`);

    await user.click(await screen.findByRole('tab', { name: 'Lịch sử thay đổi' }));

    expect(await screen.findByText('Sửa thông tin', { selector: 'strong, strong *' })).toBeVisible();
    const [factTable, table] = screen.getAllByRole('table') as [HTMLElement, HTMLElement];
    expect(within(table).getByText('Số điện thoại')).toBeVisible();
    expect(within(table).getByText('(trống)')).toBeVisible();
    expect(within(table).getByText('0912345678')).toBeVisible();
    expect(within(table).getByRole('row', { name: 'Giới tính Nữ Nam' })).toBeVisible();
    // newest first: the fact recorded the next day, in words
    expect(screen.getByText('Ghi nhận diễn biến', { selector: 'strong, strong *' })).toBeVisible();
    expect(within(factTable).getByText('Diễn biến: Khuyết tật')).toBeVisible();
    expect(within(factTable).getByText('Khuyết tật nặng (Ngày cấp giấy xác nhận 12/03/2020); từ 12/03/2020 đến nay')).toBeVisible();
  });

  it('sends only what changed with the version read, and says so when someone else changed the person meanwhile', async () => {
    let version = 3;
    const api = stubPerson()
      .on('GET', `/api/v1/people/${PERSON_ID}`, () => json(aPerson({ version, phone: version > 3 ? '0987654321' : null })))
      .on('PATCH', `/api/v1/people/${PERSON_ID}`, () =>
        problem({ status: 412, code: 'version.stale', title: 'Đã có thay đổi khác', detail: 'Hồ sơ đã được người khác sửa.' }),
      );
    const { user } = await renderApp(`/people/${PERSON_ID}`);

    await user.click(await screen.findByRole('button', { name: /Sửa thông tin/ }));
    const drawer = await screen.findByRole('dialog');
    await user.type(within(drawer).getByLabelText('Số điện thoại'), '0912345678');
    version = 4;
    await user.click(within(drawer).getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await within(drawer).findByText('Hồ sơ vừa được người khác thay đổi')).toBeVisible();
    const patch = api.requests.find((r) => r.method === 'PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"3"');
    expect(await patch?.clone().json()).toEqual({ phone: '0912345678' });

    await user.click(within(drawer).getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(within(drawer).getByLabelText('Số điện thoại')).toHaveValue('0987654321'));
    expect(within(drawer).queryByText('Hồ sơ vừa được người khác thay đổi')).not.toBeInTheDocument();
  });
});
