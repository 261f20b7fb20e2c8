import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { aPerson, aUser, ethnicGroups, PERSON_ID } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const worker = aUser({ scope: { level: 'COMMUNE', code: '03688', name: 'Xã Mường Chiên' } });

function criterion(code: string, passed: boolean, reasonVi: string) {
  return { code, passed, reasonVi, reasonEn: reasonVi, legalBasis: 'NĐ 20/2021/NĐ-CP Điều 5' };
}

function evaluation(on: string) {
  const before = on < '2025-07-01';
  const nd20 = {
    code: 'ND20_5_5_C',
    nameVi: 'Người từ đủ 80 tuổi không có lương hưu',
    nameEn: 'Aged 80 or more without a pension',
    legalBasis: 'NĐ 20/2021 Điều 5.5.c',
    eligible: before,
    coefficient: before ? 1.0 : null,
    standardLevelVnd: before ? 500000 : null,
    amountVnd: before ? 500000 : null,
    groupVersionId: null,
    levelVersionId: null,
    criteria: [
      criterion('AGE_YEARS', true, 'Đủ 81 tuổi vào ngày xét (yêu cầu từ 80 tuổi)'),
      criterion('IN_FORCE', before, before ? 'Nhóm còn hiệu lực' : 'Nhóm hết hiệu lực từ 01/07/2025'),
    ],
  };
  const pension = {
    code: 'ND176_75_PLUS',
    nameVi: 'Người từ đủ 75 tuổi',
    nameEn: 'Aged 75 or more',
    legalBasis: 'NĐ 176/2025',
    eligible: !before,
    coefficient: before ? null : 1.0,
    standardLevelVnd: before ? null : 500000,
    amountVnd: before ? null : 500000,
    groupVersionId: null,
    levelVersionId: null,
    criteria: [criterion('IN_FORCE', !before, before ? 'Chưa có hiệu lực trước 01/07/2025' : 'Đang có hiệu lực'), criterion('NO_PENSION', true, 'Không hưởng lương hưu')],
  };
  const chosen = before ? nd20 : pension;
  return {
    on,
    personId: PERSON_ID,
    sensitiveWithheld: false,
    programmes: [
      { code: 'ND20_MONTHLY', name: 'Trợ cấp xã hội hằng tháng', nameEn: 'Monthly social allowance', legalBasis: 'NĐ 20/2021', provinceCode: null, sample: false, groups: [nd20] },
      { code: 'ND176_SOCIAL_PENSION', name: 'Trợ cấp hưu trí xã hội', nameEn: 'Social pension', legalBasis: 'NĐ 176/2025', provinceCode: null, sample: false, groups: [pension] },
    ],
    chosen: [
      {
        programmeCode: before ? 'ND20_MONTHLY' : 'ND176_SOCIAL_PENSION',
        groupCode: chosen.code,
        nameVi: chosen.nameVi,
        nameEn: chosen.nameEn,
        coefficient: 1.0,
        standardLevelVnd: 500000,
        amountVnd: 500000,
        children: 1,
        legalBasis: chosen.legalBasis,
        reasonVi: 'Hệ số cao nhất',
        reasonEn: 'Highest coefficient',
        startRule: 'BIRTHDAY_MONTH',
        startAge: 80,
        groupVersionId: 'g',
        levelVersionId: 'l',
      },
    ],
    totalMonthlyVnd: 500000,
  };
}

describe('eligibility on the person page', () => {
  it('evaluates the person on the chosen date and shows each criterion ticked or crossed, with the chosen group and amount', async () => {
    const bodies: { personId: string; on: string }[] = [];
    stubApi()
      .on('GET', '/api/v1/auth/me', () => json(worker))
      .on('GET', '/api/v1/ethnic-groups', () => json(ethnicGroups()))
      .on('GET', `/api/v1/people/${PERSON_ID}`, () => json(aPerson()))
      .on('POST', '/api/v1/eligibility/evaluations', async (request) => {
        const body = (await request.json()) as { personId: string; on: string };
        bodies.push(body);
        return json(evaluation(body.on));
      });
    const { user } = await renderApp(`/people/${PERSON_ID}?tab=eligibility`);

    const dateBox = await screen.findByLabelText('Xét tại ngày');
    await user.clear(dateBox);
    await user.type(dateBox, '30/06/2025{Enter}');

    const before = await screen.findByRole('region', { name: 'Kết quả xét ngày 30/06/2025' });
    expect(within(before).getByText(/Được hưởng tổng cộng 500\.000/)).toBeInTheDocument();
    const nd20 = within(before).getByText('Nhóm còn hiệu lực').closest('li') as HTMLElement;
    expect(within(nd20).getByRole('img', { name: 'Đạt' })).toBeInTheDocument();
    expect(within(before).getAllByText('Người từ đủ 80 tuổi không có lương hưu').length).toBeGreaterThan(0);

    await user.clear(dateBox);
    await user.type(dateBox, '01/07/2025{Enter}');
    const after = await screen.findByRole('region', { name: 'Kết quả xét ngày 01/07/2025' });
    expect(within(after).getAllByText('Người từ đủ 75 tuổi').length).toBeGreaterThan(0);
    // the ND 20 group is still listed, with the criterion that now fails
    await user.click(within(after).getByText('Người từ đủ 80 tuổi không có lương hưu'));
    const ended = (await within(after).findByText('Nhóm hết hiệu lực từ 01/07/2025')).closest('li') as HTMLElement;
    expect(within(ended).getByRole('img', { name: 'Không đạt' })).toBeInTheDocument();

    expect(bodies.map((b) => b.on)).toEqual(expect.arrayContaining(['2025-06-30', '2025-07-01']));
    expect(bodies.every((b) => b.personId === PERSON_ID)).toBe(true);
  });
});
