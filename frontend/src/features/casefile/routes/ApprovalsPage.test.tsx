import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { aUser } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const approver = aUser({ username: 'approver', displayName: 'Cầm Văn Hùng', role: 'APPROVER', scope: { level: 'COMMUNE', code: '03688', name: 'Xã Mường Chiên' } });

function aCase(id: string, personName: string) {
  return {
    id,
    personId: `p-${id}`,
    personName,
    communeCode: '03688',
    groupCode: 'ND176_75_PLUS',
    status: 'PROPOSED',
    submittedOn: '2026-11-20',
    nextDueOn: '2026-12-04',
    overdue: false,
    updatedAt: '2026-12-01T02:00:00Z',
  };
}

describe("approver's screen", () => {
  it('approves the selected applications in one decision and refuses a rejection without a reason', async () => {
    const bodies: { items: Record<string, unknown>[] }[] = [];
    stubApi()
      .on('GET', '/api/v1/auth/me', () => json(approver))
      .on('GET', '/api/v1/cases', () =>
        json({ items: [aCase('c1', 'Lò Văn Đức'), aCase('c2', 'Quàng Thị Xuân')], page: 0, size: 200, totalItems: 2, totalPages: 1 }),
      )
      .on('POST', '/api/v1/cases/decisions', async (request) => {
        const body = (await request.json()) as { items: Record<string, unknown>[] };
        bodies.push(body);
        return json({
          items: body.items.map((i) => ({ caseId: i.caseId, status: 200, code: null, caseStatus: i.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED', entitlementId: null })),
        });
      });
    const { user } = await renderApp('/approvals');

    expect(await screen.findByRole('heading', { name: 'Phê duyệt hồ sơ', level: 1 })).toBeVisible();
    // a rejection needs its reason
    await user.click(await screen.findByRole('button', { name: 'Không phê duyệt hồ sơ của Quàng Thị Xuân' }));
    let dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Không phê duyệt' }));
    expect(await within(dialog).findByText('Vui lòng ghi lý do không phê duyệt')).toBeVisible();
    expect(bodies).toHaveLength(0);
    await user.click(within(dialog).getAllByRole('button', { name: 'Đóng' }).at(-1) as HTMLElement);

    // both at once, one decision number
    const rows = screen.getAllByRole('checkbox');
    await user.click(rows[1] as HTMLElement);
    await user.click(rows[2] as HTMLElement);
    expect(screen.getByText('Đã chọn 2 hồ sơ')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Phê duyệt các hồ sơ đã chọn' }));
    dialog = await screen.findByRole('dialog', { name: 'Phê duyệt 2 hồ sơ' });
    await user.type(within(dialog).getByLabelText('Số quyết định'), '15/QĐ-UBND');
    await user.type(within(dialog).getByLabelText('Người ký'), 'Cầm Văn Hùng');
    await user.click(within(dialog).getByRole('button', { name: 'Phê duyệt' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]?.items).toEqual([
      expect.objectContaining({ caseId: 'c1', decision: 'APPROVE', decisionNumber: '15/QĐ-UBND', signer: 'Cầm Văn Hùng', decisionDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
      expect.objectContaining({ caseId: 'c2', decision: 'APPROVE', decisionNumber: '15/QĐ-UBND' }),
    ]);
    expect(await screen.findByText('Đã xử lý 2/2 hồ sơ.')).toBeInTheDocument();
  });
});
