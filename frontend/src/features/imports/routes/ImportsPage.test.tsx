import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '@/test/api-stub';
import { aUser, anImportJob } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const worker = aUser({ scope: { level: 'COMMUNE', code: '03688', name: 'Xã Mường Chiên' } });
const JOB = anImportJob();
const emptyPage = { items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 };

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

describe('import page', () => {
  it('offers the templates to download', async () => {
    stubApi()
      .on('GET', '/api/v1/auth/me', () => json(worker))
      .on('GET', '/api/v1/imports', () => json(emptyPage));
    await renderApp('/imports');

    expect(await screen.findByRole('link', { name: /Tải mẫu Excel/ })).toHaveAttribute('href', '/api/v1/imports/template?format=xlsx');
    expect(screen.getByRole('link', { name: /Mẫu CSV hộ gia đình/ })).toHaveAttribute('href', '/api/v1/imports/template?format=csv&kind=households');
    expect(screen.getByRole('link', { name: /Mẫu CSV nhân khẩu/ })).toHaveAttribute('href', '/api/v1/imports/template?format=csv&kind=people');
  });

  it('uploads a workbook, follows the job with a progress bar and offers the refused rows', async () => {
    let polls = 0;
    const api = stubApi()
      .on('GET', '/api/v1/auth/me', () => json(worker))
      .on('GET', '/api/v1/imports', () => json(emptyPage))
      .on('POST', '/api/v1/imports', () => json(JOB, 202))
      .on('GET', `/api/v1/imports/${JOB.id}`, () => {
        polls += 1;
        return json(
          polls < 2
            ? { ...JOB, status: 'RUNNING', processedRows: 600, storedRows: 590, failedRows: 10 }
            : {
                ...JOB,
                status: 'SUCCEEDED',
                processedRows: 1200,
                storedRows: 1150,
                unchangedRows: 30,
                failedRows: 20,
                finishedAt: '2026-11-23T03:01:00Z',
                errorReportHref: `/api/v1/imports/${JOB.id}/errors`,
              },
        );
      });
    const { user, router } = await renderApp('/imports');
    await screen.findByRole('heading', { name: 'Nhập dữ liệu', level: 1 });

    const file = new File(['PK…'], 'ho-gia-dinh.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await user.upload(fileInput(), file);
    expect(screen.getByText(/Tệp đã chọn: ho-gia-dinh.xlsx/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Bắt đầu nhập/ }));

    expect(await screen.findByText('600/1.200 dòng')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Tiến độ nhập' })).toHaveAttribute('aria-valuenow', '50');
    expect(await screen.findByText('1.200/1.200 dòng', {}, { timeout: 4000 })).toBeVisible();
    expect(screen.getByText('20 dòng bị từ chối')).toBeVisible();
    expect(screen.getByRole('link', { name: /Tải danh sách lỗi/ })).toHaveAttribute('href', `/api/v1/imports/${JOB.id}/errors`);
    expect(router.state.location.search).toBe(`?job=${JOB.id}`);

    const post = api.requests.find((r) => r.method === 'POST');
    const form = await post?.clone().formData();
    // (jsdom's File loses its name on the way through Node's Request; the browser keeps it)
    expect(form?.get('file')).toMatchObject({ size: file.size, type: file.type });
    expect(form?.has('kind')).toBe(false);
    const pollsAfterDone = polls;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(polls).toBe(pollsAfterDone);
  });

  it('lets the officer say which template a CSV file follows, and shows why the API refused it', async () => {
    const api = stubApi()
      .on('GET', '/api/v1/auth/me', () => json(worker))
      .on('GET', '/api/v1/imports', () => json(emptyPage))
      .on('POST', '/api/v1/imports', () =>
        problem({
          status: 400,
          code: 'import.headers',
          title: 'Tiêu đề cột không đúng mẫu',
          detail: 'Tệp không có các cột của mẫu. Không có dữ liệu nào được lưu.',
          errors: [{ field: 'file', code: 'import.headers', message: 'Thiếu cột “Họ và tên”' }],
        }),
      );
    const { user } = await renderApp('/imports');
    await screen.findByRole('heading', { name: 'Nhập dữ liệu', level: 1 });

    await user.upload(fileInput(), new File(['a,b\n'], 'nhan-khau.csv', { type: 'text/csv' }));
    expect(screen.getByRole('radio', { name: 'Tự nhận biết theo dòng tiêu đề' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Danh sách nhân khẩu' }));
    await user.click(screen.getByRole('button', { name: /Bắt đầu nhập/ }));

    expect(await screen.findByText('Tệp không có các cột của mẫu. Không có dữ liệu nào được lưu.')).toBeVisible();
    expect(screen.getByText('Thiếu cột “Họ và tên”')).toBeVisible();
    const form = await api.requests.find((r) => r.method === 'POST')?.clone().formData();
    expect(form?.get('kind')).toBe('people');
  });

  it('refuses a file over 20 MB without sending it', async () => {
    const api = stubApi()
      .on('GET', '/api/v1/auth/me', () => json(worker))
      .on('GET', '/api/v1/imports', () => json(emptyPage));
    const { user } = await renderApp('/imports');
    await screen.findByRole('heading', { name: 'Nhập dữ liệu', level: 1 });

    const big = new File(['x'], 'lon.xlsx');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    await user.upload(fileInput(), big);

    await waitFor(() => expect(screen.getByText(/Tệp quá lớn \(50 MB\)/)).toBeVisible());
    expect(screen.getByRole('button', { name: /Bắt đầu nhập/ })).toBeDisabled();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('offers to resume a job that stopped half-way, and follows it again', async () => {
    const failed = anImportJob({ status: 'FAILED', processedRows: 400, storedRows: 400, failureCode: 'import.interrupted', resumable: true });
    let resumed = false;
    const api = stubApi()
      .on('GET', '/api/v1/auth/me', () => json(worker))
      .on('GET', '/api/v1/imports', () => json({ ...emptyPage, items: [failed], totalItems: 1, totalPages: 1 }))
      .on('GET', `/api/v1/imports/${JOB.id}`, () =>
        json(resumed ? { ...failed, status: 'SUCCEEDED', processedRows: 1200, storedRows: 1200, failureCode: null, resumable: false, finishedAt: '2026-11-23T03:05:00Z' } : failed),
      )
      .on('POST', `/api/v1/imports/${JOB.id}/resumption`, () => {
        resumed = true;
        return json({ ...failed, status: 'QUEUED', failureCode: null, resumable: false }, 202);
      });
    const { user } = await renderApp(`/imports?job=${JOB.id}`);

    expect(await screen.findByText('Việc nhập bị gián đoạn (máy chủ khởi động lại).')).toBeVisible();
    expect(screen.getByText('400/1.200 dòng')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Tiếp tục nhập/ }));

    expect(await screen.findByText('1.200/1.200 dòng', {}, { timeout: 4000 })).toBeVisible();
    expect(screen.getByText('Đã nhập xong, mọi dòng đều hợp lệ.')).toBeVisible();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
