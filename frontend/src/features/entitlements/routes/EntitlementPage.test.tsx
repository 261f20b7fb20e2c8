import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { aUser, PERSON_ID } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const ENTITLEMENT_ID = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const approver = aUser({ username: 'approver', role: 'APPROVER', scope: { level: 'COMMUNE', code: '03688', name: 'Xã Mường Chiên' } });

function anEntitlement(overrides: Record<string, unknown> = {}) {
  return {
    id: ENTITLEMENT_ID,
    personId: PERSON_ID,
    personName: 'Lò Văn Đức',
    provinceCode: '14',
    communeCode: '03688',
    caseId: null,
    programmeCode: 'ND176',
    groupCode: 'ND176_75_PLUS',
    status: 'ACTIVE',
    startMonth: '2026-09',
    endMonth: null,
    decisionNumber: '125/QĐ-UBND',
    decisionDate: '2026-11-20',
    signer: 'Lường Văn Hùng',
    terminationReason: null,
    coefficient: 1.0,
    amountVnd: 500000,
    arrearsMonths: ['2026-09', '2026-10'],
    versions: [
      { id: 'v1', effectiveMonth: '2026-09', coefficient: 1.0, standardLevelVnd: 500000, amountVnd: 500000, reason: 'DECISION', createdAt: '2026-11-20T03:00:00Z' },
    ],
    suspensions: [],
    version: 4,
    createdAt: '2026-11-20T03:00:00Z',
    ...overrides,
  };
}

describe('entitlement page', () => {
  it('shows the decision, arrears months and versions, and lets the approver suspend it with the version read', async () => {
    const posts: { url: string; ifMatch: string | null; body: unknown }[] = [];
    stubApi()
      .on('GET', '/api/v1/auth/me', () => json(approver))
      .on('GET', `/api/v1/entitlements/${ENTITLEMENT_ID}`, () => json(anEntitlement()))
      .on('GET', `/api/v1/entitlements/${ENTITLEMENT_ID}/months`, () =>
        json([
          { month: '2026-09', state: 'PAYABLE', amountVnd: 500000 },
          { month: '2026-10', state: 'PAYABLE', amountVnd: 500000 },
        ]),
      )
      .on('GET', `/api/v1/entitlements/${ENTITLEMENT_ID}/proposals`, () => json([]))
      .on('POST', `/api/v1/entitlements/${ENTITLEMENT_ID}/suspension`, async (request) => {
        posts.push({ url: request.url, ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return json(anEntitlement({ status: 'SUSPENDED', version: 5 }));
      });
    const { user } = await renderApp(`/entitlements/${ENTITLEMENT_ID}`);

    expect(await screen.findByRole('heading', { name: 'Chế độ trợ cấp của Lò Văn Đức', level: 1 })).toBeVisible();
    expect(screen.getByText('Số 125/QĐ-UBND ngày 20/11/2026, người ký: Lường Văn Hùng')).toBeVisible();
    expect(screen.getByText('09/2026, 10/2026')).toBeVisible();
    expect(await screen.findByRole('img', { name: /^Số tiền từng tháng\. 2 tháng được chi trả, tổng 1\.000\.000\s₫$/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tạm dừng' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: 'Lý do' }));
    await user.click(await screen.findByTitle('Không hợp tác rà soát'));
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));

    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]?.ifMatch).toBe('"4"');
    expect(posts[0]?.body).toMatchObject({ reason: 'REASSESSMENT_REFUSED', fromMonth: expect.stringMatching(/^\d{4}-\d{2}$/) });
  });

  it('offers no lifecycle actions to a social worker', async () => {
    stubApi()
      .on('GET', '/api/v1/auth/me', () => json(aUser()))
      .on('GET', `/api/v1/entitlements/${ENTITLEMENT_ID}`, () => json(anEntitlement()))
      .on('GET', `/api/v1/entitlements/${ENTITLEMENT_ID}/months`, () => json([]))
      .on('GET', `/api/v1/entitlements/${ENTITLEMENT_ID}/proposals`, () => json([]));
    await renderApp(`/entitlements/${ENTITLEMENT_ID}`);
    expect(await screen.findByRole('heading', { name: 'Chế độ trợ cấp của Lò Văn Đức', level: 1 })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Tạm dừng' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thôi hưởng' })).not.toBeInTheDocument();
  });
});
