import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '@/test/api-stub';
import { aUser } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const officer = aUser({ username: 'province', role: 'PROVINCE_OFFICER', scope: { level: 'PROVINCE', code: '14', name: 'Tỉnh Sơn La' } });

function aVersion(overrides: Record<string, unknown> = {}) {
  return {
    id: 'v-1',
    groupCode: 'SL_PREGNANT_POOR',
    provinceCode: '14',
    coefficient: 0.5,
    criteria: [{ kind: 'PREGNANT', legalBasis: 'NQ 12/2025' }, { kind: 'POVERTY_STATUS', in: ['POOR'], legalBasis: 'NQ 12/2025' }],
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    legalBasis: 'Nghị quyết 12/2025/NQ-HĐND',
    status: 'ACTIVE',
    used: true,
    version: 2,
    createdBy: 'seed',
    createdAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

function aGroup(versions: ReturnType<typeof aVersion>[]) {
  return {
    code: 'SL_PREGNANT_POOR',
    programmeCode: 'SL_PROVINCIAL',
    nameVi: 'Phụ nữ mang thai thuộc hộ nghèo',
    nameEn: 'Pregnant women in poor households',
    legalBasis: 'Nghị quyết 12/2025/NQ-HĐND',
    provinceCode: '14',
    startRule: 'DECISION_MONTH',
    startAge: null,
    perChild: false,
    combination: 'IN_ADDITION',
    versions,
  };
}

describe('policy group page', () => {
  it('shows the versions as a timeline, adds a draft from the newest version and activates it with the version read', async () => {
    let versions = [aVersion()];
    const posted: unknown[] = [];
    const activations: (string | null)[] = [];
    stubApi()
      .on('GET', '/api/v1/auth/me', () => json(officer))
      .on('GET', '/api/v1/policy-groups/SL_PREGNANT_POOR', () => json(aGroup(versions)))
      .on('POST', '/api/v1/policy-groups/SL_PREGNANT_POOR/versions', async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        posted.push(body);
        versions = [...versions, aVersion({ id: 'v-2', ...body, status: 'DRAFT', used: false, version: 0 })];
        return json(versions[1], 201);
      })
      .on('POST', '/api/v1/policy-group-versions/v-2/activation', (request) => {
        activations.push(request.headers.get('If-Match'));
        versions = [aVersion({ effectiveTo: '2025-12-31' }), aVersion({ ...versions[1], status: 'ACTIVE', version: 1 })];
        return json(versions[1]);
      });
    const { user } = await renderApp('/policies/groups/SL_PREGNANT_POOR');

    expect(await screen.findByRole('heading', { name: 'Phụ nữ mang thai thuộc hộ nghèo', level: 1 })).toBeVisible();
    const first = screen.getByRole('region', { name: 'Phiên bản từ 01/01/2025' });
    expect(within(first).getByText('Đã dùng cho quyết định, chi trả')).toBeVisible();
    expect(within(first).getByText('Hệ số 0,5')).toBeVisible();

    const form = screen.getByRole('form', { name: 'Thêm phiên bản mới (bản nháp)' });
    const coefficient = within(form).getByLabelText('Hệ số');
    await user.clear(coefficient);
    await user.type(coefficient, '0,8');
    await user.type(within(form).getByLabelText('Áp dụng từ ngày'), '01/01/2026{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Thêm bản nháp' }));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ coefficient: 0.8, effectiveFrom: '2026-01-01', legalBasis: 'Nghị quyết 12/2025/NQ-HĐND' });
    expect((posted[0] as { criteria: unknown[] }).criteria).toHaveLength(2);

    const draft = await screen.findByRole('region', { name: 'Phiên bản từ 01/01/2026' });
    await user.click(within(draft).getByRole('button', { name: 'Kích hoạt' }));
    await waitFor(() => expect(activations).toEqual(['"0"']));
    expect(await screen.findByText('Từ 01/01/2025 đến 31/12/2025')).toBeVisible();
  });

  it('says plainly that a used version cannot be changed when the API answers 409', async () => {
    stubApi()
      .on('GET', '/api/v1/auth/me', () => json(officer))
      .on('GET', '/api/v1/policy-groups/SL_PREGNANT_POOR', () => json(aGroup([aVersion()])))
      .on('PUT', '/api/v1/policy-group-versions/v-1', () =>
        problem({ status: 409, code: 'policy.version-used', title: 'Phiên bản đã được sử dụng', detail: 'Phiên bản v-1 đã được dùng cho quyết định hoặc chi trả.' }),
      );
    const { user } = await renderApp('/policies/groups/SL_PREGNANT_POOR');

    const first = await screen.findByRole('region', { name: 'Phiên bản từ 01/01/2025' });
    await user.click(within(first).getByRole('button', { name: 'Sửa' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));

    expect(
      await within(dialog).findByText('Phiên bản đã được dùng, không sửa được: Phiên bản v-1 đã được dùng cho quyết định hoặc chi trả.'),
    ).toBeVisible();
  });
});
