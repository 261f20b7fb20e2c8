import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { aUser } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const officer = aUser({ username: 'province', role: 'PROVINCE_OFFICER', scope: { level: 'PROVINCE', code: '14', name: 'Tỉnh Sơn La' } });

const level = {
  id: 'l-draft',
  levelCode: 'ND20_STANDARD',
  provinceCode: '14',
  amountVnd: 600000,
  effectiveFrom: '2027-01-01',
  effectiveTo: null,
  legalBasis: 'Nghị quyết 12/2026/NQ-HĐND',
  status: 'DRAFT',
  used: false,
  version: 0,
  createdBy: 'province',
  createdAt: '2026-12-01T00:00:00Z',
};

function job(status: string, done: number) {
  return {
    id: 'sim-1',
    provinceCode: '14',
    draftKind: 'LEVEL',
    draftId: 'l-draft',
    fromMonth: '2027-01',
    status,
    done,
    total: 4,
    result:
      status === 'DONE'
        ? {
            people: 4,
            gainers: 0,
            losers: 0,
            changed: 2,
            increased: 2,
            decreased: 0,
            paidBefore: 2,
            paidAfter: 2,
            monthlyCostBeforeVnd: 1250000,
            monthlyCostAfterVnd: 1500000,
            byGroup: [{ code: 'ND20_5_7_CHILD_UNDER_3', peopleBefore: 1, peopleAfter: 1, costBeforeVnd: 750000, costAfterVnd: 900000 }],
            byCommune: [{ code: '03688', peopleBefore: 2, peopleAfter: 2, costBeforeVnd: 1250000, costAfterVnd: 1500000 }],
          }
        : null,
    failure: null,
    createdBy: 'province',
    createdAt: '2026-12-03T02:00:00Z',
    finishedAt: null,
  };
}

describe('policy simulation', () => {
  it('starts a simulation of a draft standard level, follows its progress and shows the cost before and after', async () => {
    let polls = 0;
    const started: unknown[] = [];
    stubApi()
      .on('GET', '/api/v1/auth/me', () => json(officer))
      .on('GET', '/api/v1/programmes', () => json([]))
      .on('GET', '/api/v1/standard-levels', () => json([level]))
      .on('POST', '/api/v1/policy-simulations', async (request) => {
        started.push(await request.json());
        return json(job('QUEUED', 0), 202);
      })
      .on('GET', '/api/v1/policy-simulations/sim-1', () => {
        polls += 1;
        return json(polls < 2 ? job('RUNNING', 2) : job('DONE', 4));
      });
    const { user } = await renderApp('/simulations');

    expect(await screen.findByRole('heading', { name: 'Mô phỏng tác động chính sách', level: 1 }, { timeout: 15000 })).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Mức chuẩn' }));
    await user.click(screen.getByRole('combobox', { name: 'Phiên bản' }));
    await user.click(await screen.findByTitle(/01\/01\/2027 · 600\.000/));
    await user.click(screen.getByRole('button', { name: 'Chạy mô phỏng' }));

    await waitFor(() => expect(started).toHaveLength(1));
    expect(started[0]).toMatchObject({ draftKind: 'LEVEL', draftId: 'l-draft', provinceCode: '14', fromMonth: expect.stringMatching(/^\d{4}-\d{2}$/) });
    expect(await screen.findByRole('heading', { name: 'Kết quả tháng 01/2027, tỉnh 14' }, { timeout: 8000 })).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Tiến độ mô phỏng' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByRole('img', { name: /^Chi phí hằng tháng trước và sau theo nhóm\. Trước 1\.250\.000\s₫, sau 1\.500\.000\s₫$/ })).toBeInTheDocument();
    const communes = screen.getByRole('heading', { name: 'Theo xã' }).closest('.ant-card') as HTMLElement;
    expect(within(communes).getByRole('cell', { name: '03688' })).toBeInTheDocument();
  });
});
