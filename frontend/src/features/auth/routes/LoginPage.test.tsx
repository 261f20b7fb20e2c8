import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi, unauthenticated } from '@/test/api-stub';
import { aPage, aUser } from '@/test/fixtures';
import { renderApp } from '@/test/render';

async function fillAndSubmit(user: Awaited<ReturnType<typeof renderApp>>['user'], username: string, password: string) {
  await user.type(await screen.findByLabelText('Tên đăng nhập'), username);
  await user.type(screen.getByLabelText('Mật khẩu'), password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('login page', () => {
  it('shows the API field errors under their fields and the problem message', async () => {
    const api = stubApi()
      .on('GET', '/api/v1/auth/me', unauthenticated)
      .on('POST', '/api/v1/auth/login', () =>
        problem({
          type: 'urn:ansinh:problem:validation.failed',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          detail: 'Một số trường không hợp lệ.',
          code: 'validation.failed',
          errors: [{ field: 'username', code: 'pattern', message: 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm' }],
        }),
      );
    const { user } = await renderApp('/login');

    await fillAndSubmit(user, 'lò mai', 'bí-mật');

    const fieldError = await screen.findByText('Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm');
    expect(fieldError).toBeVisible();
    expect(screen.getByLabelText('Tên đăng nhập')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert', { name: '' })).toHaveTextContent('Một số trường không hợp lệ.');
    const [login] = api.requests.filter((r) => r.method === 'POST');
    expect(await login.clone().json()).toEqual({ username: 'lò mai', password: 'bí-mật' });
  });

  it('says the credentials are wrong with the message the API gave', async () => {
    stubApi()
      .on('GET', '/api/v1/auth/me', unauthenticated)
      .on('POST', '/api/v1/auth/login', () =>
        problem({
          type: 'urn:ansinh:problem:auth.invalid-credentials',
          title: 'Sai thông tin đăng nhập',
          status: 401,
          detail: 'Tên đăng nhập hoặc mật khẩu không đúng.',
          code: 'auth.invalid-credentials',
        }),
      );
    const { user } = await renderApp('/login');

    await fillAndSubmit(user, 'worker', 'sai-mat-khau');

    expect(await screen.findByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();
    expect(screen.getByLabelText('Mật khẩu')).toHaveValue('');
  });

  it('tells a locked user how long to wait', async () => {
    stubApi()
      .on('GET', '/api/v1/auth/me', unauthenticated)
      .on('POST', '/api/v1/auth/login', () =>
        problem(
          { status: 429, code: 'auth.locked', title: 'Tài khoản tạm khoá', detail: 'Tài khoản tạm khoá.', retryAfterSeconds: 900 },
          { 'Retry-After': '900' },
        ),
      );
    const { user } = await renderApp('/login');

    await fillAndSubmit(user, 'worker', 'sai');

    expect(await screen.findByText(/Vui lòng thử lại sau 15 phút/)).toBeVisible();
  });

  it('asks for both fields before calling the API', async () => {
    const api = stubApi().on('GET', '/api/v1/auth/me', unauthenticated);
    const { user } = await renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText('Vui lòng nhập tên đăng nhập')).toBeVisible();
    expect(screen.getByText('Vui lòng nhập mật khẩu')).toBeVisible();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('sends a visitor to the login page and, once signed in, to the page first asked for', async () => {
    let signedIn = false;
    const api = stubApi()
      .on('GET', '/api/v1/auth/me', () => (signedIn ? json(aUser()) : unauthenticated()))
      .on('POST', '/api/v1/auth/login', () => {
        signedIn = true;
        return json(aUser());
      })
      .on('GET', '/api/v1/areas', () => json(aPage([])));
    const { user, router } = await renderApp('/areas?validOn=2025-06-30');

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    await fillAndSubmit(user, 'worker', 'ansinh-demo');

    await waitFor(() => expect(router.state.location.pathname).toBe('/areas'));
    expect(router.state.location.search).toBe('?validOn=2025-06-30');
    expect(await screen.findByRole('heading', { name: 'Đơn vị hành chính' })).toBeVisible();
    expect(api.requests.every((r) => r.headers.get('Accept-Language') === 'vi')).toBe(true);
  });
});
