import { describe, expect, it, vi } from 'vitest';
import { api, unwrap } from './api';
import { ApiProblem, CLIENT_CODES, parseProblem, toApiProblem } from './problem';

describe('parseProblem', () => {
  it('reads a problem+json body with its stable code, message and field errors', () => {
    const problem = parseProblem(400, {
      type: 'urn:ansinh:problem:validation.failed',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail: 'Một số trường không hợp lệ.',
      instance: '/api/v1/auth/login',
      code: 'validation.failed',
      errors: [
        { field: 'username', code: 'required', message: 'Không được để trống' },
        { field: 'username', code: 'size', message: 'Quá dài' },
        { field: 'password', code: 'required', message: 'Không được để trống' },
      ],
    });

    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem.status).toBe(400);
    expect(problem.code).toBe('validation.failed');
    expect(problem.apiMessage).toBe('Một số trường không hợp lệ.');
    expect(problem.instance).toBe('/api/v1/auth/login');
    expect(problem.errors).toHaveLength(3);
    expect(problem.fieldMessages()).toEqual({ username: 'Không được để trống', password: 'Không được để trống' });
  });

  it('takes the wait of a locked account from the problem, else from Retry-After', () => {
    const fromBody = parseProblem(429, { status: 429, code: 'auth.locked', retryAfterSeconds: 840 });
    expect(fromBody.retryAfterSeconds).toBe(840);

    const fromHeader = parseProblem(429, { status: 429, code: 'auth.locked' }, new Headers({ 'Retry-After': '120' }));
    expect(fromHeader.retryAfterSeconds).toBe(120);
  });

  it('gives a body that is not a problem a code made from the status', () => {
    expect(parseProblem(502, '<html>Bad gateway</html>').code).toBe(CLIENT_CODES.unexpected);
    expect(parseProblem(401, '').code).toBe('auth.unauthenticated');
    expect(parseProblem(404, undefined).code).toBe('not-found');
  });

  it('ignores malformed field errors instead of failing', () => {
    const problem = parseProblem(400, { code: 'validation.failed', errors: [null, 'x', { field: 'q' }] });
    expect(problem.errors).toEqual([{ field: 'q', code: '', message: '' }]);
  });
});

describe('toApiProblem', () => {
  it('turns a network failure into a client problem', () => {
    const problem = toApiProblem(new TypeError('Failed to fetch'));
    expect(problem.status).toBe(0);
    expect(problem.code).toBe(CLIENT_CODES.network);
  });

  it('keeps an ApiProblem as it is', () => {
    const original = new ApiProblem({ status: 404, code: 'area.not-found' });
    expect(toApiProblem(original)).toBe(original);
  });
});

describe('unwrap', () => {
  it('throws the API problem of an error answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        new Response(
          JSON.stringify({ status: 404, code: 'area.not-found', title: 'Không tìm thấy', detail: 'Không có đơn vị mã 99.' }),
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    const call = unwrap(api.GET('/api/v1/areas/{code}', { params: { path: { code: '99' } } }));

    await expect(call).rejects.toMatchObject({ name: 'ApiProblem', status: 404, code: 'area.not-found', detail: 'Không có đơn vị mã 99.' });
  });

  it('throws a network problem when fetch fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(unwrap(api.GET('/api/v1/auth/me'))).rejects.toMatchObject({ code: CLIENT_CODES.network });
  });
});
