import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api';
import { json, problem, stubApi } from '@/test/api-stub';
import { aUser } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { nextMonth } from '../components/months';

const worker = aUser({ username: 'worker', role: 'SOCIAL_WORKER', scope: { level: 'COMMUNE', code: '03688', name: 'Xã Mường Chiên' } });
const emptyPage = { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 };

function aRun(overrides: Partial<Schemas['PayrollRun']> = {}): Schemas['PayrollRun'] {
  return {
    id: '0b9d6f7e-0000-4000-8000-000000000009',
    provinceCode: '14',
    communeCode: '03688',
    month: nextMonth(),
    status: 'QUEUED',
    done: 0,
    total: 0,
    payrollsCreated: 0,
    linesCreated: 0,
    failure: null,
    createdBy: 'worker',
    createdAt: '2026-12-03T02:00:00Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

describe('payrolls page', { timeout: 90_000 }, () => {
  it('generates next month’s payroll and follows the job with a progress bar until it is done', async () => {
    let polls = 0;
    const api = stubApi()
      .on('GET', '/api/v1/auth/me', () => json(worker))
      .on('GET', '/api/v1/payrolls', () => json(emptyPage))
      .on('POST', '/api/v1/payroll-runs', () => json(aRun(), 202))
      .on('GET', `/api/v1/payroll-runs/${aRun().id}`, () => {
        polls += 1;
        return json(
          polls < 2
            ? aRun({ status: 'RUNNING', done: 3, total: 9 })
            : aRun({ status: 'DONE', done: 9, total: 9, payrollsCreated: 1, linesCreated: 412, finishedAt: '2026-12-03T02:00:05Z' }),
        );
      });
    const { user, router } = await renderApp('/payrolls');
    await user.click(await screen.findByRole('button', { name: /Lập danh sách$/ }, { timeout: 20_000 }));

    const progress = await screen.findByRole('progressbar', { name: 'Tiến độ lập danh sách' });
    expect(await within(progress).findByText('3 / 9 xã')).toBeVisible();
    expect(await screen.findByText('Đã lập xong: 1 danh sách mới, 412 dòng mới.', {}, { timeout: 5000 })).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Tiến độ lập danh sách' })).toHaveAttribute('aria-valuenow', '100');
    const [post] = api.requests.filter((r) => r.method === 'POST');
    expect(await post.clone().json()).toEqual({ month: nextMonth() });
    expect(router.state.location.search).toBe(`?run=${aRun().id}`);
    // the list is asked again once the job is done
    expect(api.urls('/api/v1/payrolls').length).toBeGreaterThan(1);
  });

  it('shows why the API refused a month, under the month field', async () => {
    stubApi()
      .on('GET', '/api/v1/auth/me', () => json(worker))
      .on('GET', '/api/v1/payrolls', () => json(emptyPage))
      .on('POST', '/api/v1/payroll-runs', () =>
        problem({ status: 400, code: 'validation.failed', title: 'Dữ liệu không hợp lệ', errors: [{ field: 'month', code: 'payment.month-format', message: 'Tháng viết dạng YYYY-MM' }] }),
      );
    const { user } = await renderApp('/payrolls');
    await user.click(await screen.findByRole('button', { name: /Lập danh sách$/ }, { timeout: 20_000 }));
    expect(await screen.findByText('Tháng viết dạng YYYY-MM')).toBeVisible();
  });
});
