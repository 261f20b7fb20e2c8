import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { useCurrentUser } from '@/lib/current-user';
import { formatNumber, formatVnd } from '@/lib/format';
import { showFieldErrors } from '@/lib/form-errors';
import { describeProblem } from '@/lib/problem-message';
import { usePayrolls, type Payroll, type PayrollStatus } from '../api/get-payrolls';
import { useProvinceCommunes } from '../api/get-province-communes';
import { useStartPayrollRun } from '../api/start-payroll-run';
import { CommunePicker } from '../components/CommunePicker';
import { formatMonth, nextMonth } from '../components/months';
import { PageHeading } from '@/components/ui/PageHeading';
import { PayrollStatusTag } from '../components/PayrollStatusTag';
import { RunProgressCard } from '../components/RunProgressCard';

const STATUSES: PayrollStatus[] = ['DRAFT', 'APPROVED', 'SENT', 'ACKNOWLEDGED', 'CLOSED'];
const GENERATORS = new Set(['SOCIAL_WORKER', 'PROVINCE_OFFICER', 'ADMIN']);
const PAGE_SIZE = 20;

interface GenerateValues {
  month: Dayjs;
  communeCode?: string | null;
}

/**
 * /payrolls — generate a commune's (or the whole province's) payroll for a month with a progress bar, and the
 * payrolls within the user's area. `?month=`, `?status=`, `?commune=` filter the list; `?run=` shows a generation.
 */
export function PayrollsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const [form] = Form.useForm<GenerateValues>();
  const [page, setPage] = useState(1);
  const runId = search.get('run');
  const month = search.get('month') ?? undefined;
  const status = (search.get('status') as PayrollStatus | null) ?? undefined;
  const commune = search.get('commune') ?? undefined;
  const provinceWide = user.scope.level !== 'COMMUNE';
  const provinceCode = user.scope.level === 'PROVINCE' ? (user.scope.code ?? null) : null;
  const communes = useProvinceCommunes(provinceWide ? provinceCode : null);
  const communeNames = useMemo(() => new Map((communes.data ?? []).map((c) => [c.code, c.fullName])), [communes.data]);
  const payrolls = usePayrolls({ month, status, communeCode: commune, page: page - 1, size: PAGE_SIZE });
  const start = useStartPayrollRun();
  const canGenerate = GENERATORS.has(user.role);

  const setFilter = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
    setPage(1);
  };

  const generate = (values: GenerateValues) =>
    start.mutate(
      { month: values.month.format('YYYY-MM'), ...(values.communeCode ? { communeCode: values.communeCode } : {}) },
      {
        onSuccess: (run) => {
          const next = new URLSearchParams(search);
          next.set('run', run.id);
          setSearch(next);
        },
        onError: (problem) => {
          // field errors under their fields (provinceCode shows under the commune); the rest as a message
          const unplaced = showFieldErrors(form, problem.errors, (path) => (path[0] === 'provinceCode' ? ['communeCode'] : path));
          if (problem.errors.length === 0 || unplaced.length > 0) void message.error(describeProblem(problem, t));
        },
      },
    );

  const communeName = (p: Payroll) => communeNames.get(p.communeCode) ?? (user.scope.code === p.communeCode ? user.scope.name : null) ?? p.communeCode;

  const columns: TableColumnsType<Payroll> = [
    { title: t('payments.month'), dataIndex: 'month', render: (m: string) => formatMonth(m), width: 100 },
    { title: t('payments.payrolls.commune'), key: 'commune', render: (_, p) => <Link to={`/payrolls/${p.id}`}>{communeName(p)}</Link> },
    { title: t('payments.payroll.columns.status'), dataIndex: 'status', render: (s: PayrollStatus) => <PayrollStatusTag status={s} /> },
    { title: t('payments.payrolls.lines'), dataIndex: 'payableLineCount', align: 'right', render: (n: number) => formatNumber(n) },
    { title: t('payments.payrolls.total'), dataIndex: 'payableTotalVnd', align: 'right', render: (n: number) => formatVnd(n) },
    { title: t('payments.payrolls.generatedBy'), dataIndex: 'generatedBy', responsive: ['md'] },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('payments.payrolls.title')} subtitle={t('payments.payrolls.intro')} />
      {canGenerate && (
        <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('payments.payrolls.generate')}</h2>}>
          <Form<GenerateValues>
            form={form}
            layout="inline"
            initialValues={{ month: dayjs(`${nextMonth()}-01`) }}
            onFinish={generate}
            style={{ rowGap: 12 }}
          >
            <Form.Item name="month" label={t('payments.month')} rules={[{ required: true, message: t('payments.agent.form.required') }]}>
              <DatePicker picker="month" format="MM/YYYY" allowClear={false} />
            </Form.Item>
            {provinceWide && provinceCode && (
              <Form.Item name="communeCode" label={t('payments.payrolls.commune')}>
                <CommunePicker provinceCode={provinceCode} allLabel={t('payments.payrolls.allCommunes')} />
              </Form.Item>
            )}
            <Form.Item>
              <Button type="primary" htmlType="submit" icon={<PlayCircleOutlined />} loading={start.isPending}>
                {t('payments.payrolls.generateSubmit')}
              </Button>
            </Form.Item>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('payments.payrolls.generateHelp')}
          </Typography.Paragraph>
        </Card>
      )}
      {runId && <RunProgressCard runId={runId} onDone={() => void payrolls.refetch()} />}
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('payments.payrolls.list')}</h2>}>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <DatePicker
            picker="month"
            format="MM/YYYY"
            aria-label={t('payments.month')}
            placeholder={t('payments.month')}
            value={month ? dayjs(`${month}-01`) : null}
            onChange={(d) => setFilter('month', d ? d.format('YYYY-MM') : null)}
          />
          <Select
            allowClear
            aria-label={t('payments.payroll.columns.status')}
            placeholder={t('payments.payrolls.allStatuses')}
            value={status}
            onChange={(v) => setFilter('status', v ?? null)}
            options={STATUSES.map((s) => ({ value: s, label: t(`payments.status.${s}`) }))}
            style={{ minWidth: 200 }}
          />
          {provinceWide && provinceCode && (
            <div style={{ minWidth: 260 }}>
              <CommunePicker provinceCode={provinceCode} value={commune ?? null} onChange={(c) => setFilter('commune', c)} allLabel={t('payments.payrolls.allCommunes')} />
            </div>
          )}
        </Flex>
        {payrolls.isError ? (
          <ErrorState error={payrolls.error} onRetry={() => void payrolls.refetch()} />
        ) : (
          <Table<Payroll>
            rowKey="id"
            size="middle"
            loading={payrolls.isFetching && !payrolls.data}
            columns={columns}
            dataSource={payrolls.data?.items ?? []}
            locale={{ emptyText: t('payments.payrolls.none') }}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: payrolls.data?.totalItems ?? 0,
              onChange: setPage,
              showSizeChanger: false,
              hideOnSinglePage: true,
            }}
          />
        )}
      </Card>
    </Flex>
  );
}
