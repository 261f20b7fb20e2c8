import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { agentDb } from '@/features/payments/offline/agent-db';
import { ConfirmationQueue } from '@/features/payments/offline/confirmation-queue';
import { json, stubApi } from '@/test/api-stub';
import { aPage, aUser } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { CurrentUser, Role } from '@/lib/current-user';

function signedInAs(role: Role, scope?: CurrentUser['scope']) {
  return stubApi()
    .on('GET', '/api/v1/auth/me', () => json(aUser({ role, ...(scope ? { scope } : {}) })))
    .on('GET', '/api/v1/areas', () => json(aPage([])))
    .on('POST', '/api/v1/auth/logout', () => new Response(null, { status: 204 }));
}

afterEach(async () => {
  await agentDb().confirmations.clear();
});

describe('app shell', () => {
  it('shows the administrative units to a commune social worker', async () => {
    signedInAs('SOCIAL_WORKER');
    await renderApp('/');

    const menu = await screen.findByRole('navigation', { name: 'Chức năng' });
    expect(within(menu).getByRole('link', { name: 'Trang chủ' })).toBeVisible();
    expect(within(menu).getByRole('link', { name: 'Đơn vị hành chính' })).toHaveAttribute('href', '/areas');
  });

  it('hides the administrative units from a payment agent, and refuses the page itself', async () => {
    signedInAs('PAYMENT_AGENT');
    await renderApp('/areas');

    const menu = await screen.findByRole('navigation', { name: 'Chức năng' });
    expect(within(menu).getByRole('link', { name: 'Trang chủ' })).toBeVisible();
    expect(within(menu).queryByRole('link', { name: 'Đơn vị hành chính' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Không có quyền truy cập' })).toBeVisible();
  });

  it('shows who is signed in, their role and area in Vietnamese', async () => {
    signedInAs('APPROVER', { level: 'COMMUNE', code: '04015', name: 'Phường Chiềng Cơi' });
    await renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Xin chào, Lò Thị Mai!' })).toBeVisible();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Lò Thị Mai')).toBeVisible();
    expect(within(banner).getByText(/Lãnh đạo UBND cấp xã \(phê duyệt\) · Phường Chiềng Cơi/)).toBeVisible();
    expect(screen.getByText('Phường Chiềng Cơi: bạn xem được dữ liệu của xã, phường này.')).toBeVisible();
  });

  it('answers an unknown address with a not-found page', async () => {
    signedInAs('SOCIAL_WORKER');
    await renderApp('/khong-co-trang-nay');

    expect(await screen.findByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Về trang chủ' })).toBeVisible();
  });

  it('switches to English and asks the API in English from then on', async () => {
    const api = signedInAs('SOCIAL_WORKER');
    const { user } = await renderApp('/');
    await screen.findByRole('navigation', { name: 'Chức năng' });

    await user.click(screen.getByText('EN'));

    const menu = await screen.findByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Administrative units' })).toBeVisible();
    await user.click(within(menu).getByRole('link', { name: 'Administrative units' }));
    await screen.findByRole('heading', { name: 'Administrative units' });
    const last = api.requests.at(-1);
    expect(last?.headers.get('Accept-Language')).toBe('en');
  });

  it('signs out and goes back to the login page', async () => {
    const api = signedInAs('SOCIAL_WORKER');
    const { user, router } = await renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));

    expect(await screen.findByRole('button', { name: 'Đăng nhập' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(api.requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/v1/auth/logout'))).toBe(true);
  });

  it('warns a payment agent who signs out with confirmations still on the device, and keeps them', async () => {
    const api = signedInAs('PAYMENT_AGENT');
    const queue = new ConfirmationQueue(agentDb());
    await queue.enqueue({ username: 'worker', payrollId: 'payroll-1', lineId: 'line-1', payload: { outcome: 'PAID' } });
    const signedOut = () => api.requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/v1/auth/logout'));
    const { user, router } = await renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    const warning = await screen.findByRole('dialog');
    expect(within(warning).getAllByText('Còn 1 xác nhận chi trả chưa gửi lên máy chủ')[0]).toBeVisible();
    await user.click(within(warning).getByRole('button', { name: 'Ở lại để gửi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(signedOut()).toBe(false);
    expect(router.state.location.pathname).toBe('/');

    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Vẫn đăng xuất' }));
    expect(await screen.findByRole('button', { name: 'Đăng nhập' })).toBeVisible();
    expect(signedOut()).toBe(true);
    expect(await queue.pendingCount('worker')).toBe(1);
  });
});
