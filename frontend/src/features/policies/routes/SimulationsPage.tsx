import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Progress, Radio, Row, Select, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Chart, type ChartOption } from '@/components/ui/Chart';
import { PageHeading } from '@/components/ui/PageHeading';
import { useCurrentUser } from '@/lib/current-user';
import { formatCoefficient, formatDate, formatMonth, formatNumber, formatVnd, ISO_DATE } from '@/lib/format';
import { describeProblem } from '@/lib/problem-message';
import { usePolicyGroup } from '../api/get-policy-group';
import { useProgrammes } from '../api/get-programmes';
import { useSimulation } from '../api/get-simulation';
import { useStandardLevels } from '../api/get-standard-levels';
import { useStartSimulation, type PolicySimulation } from '../api/start-simulation';

type Breakdown = NonNullable<PolicySimulation['result']>['byGroup'][number];

interface Values {
  draftKind: 'GROUP' | 'LEVEL';
  groupCode?: string;
  draftId?: string;
  fromMonth?: Dayjs;
  provinceCode?: string;
}

function Results({ job }: { job: PolicySimulation }) {
  const { t } = useTranslation();
  const result = job.result;
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 90, right: 16, top: 40, bottom: 90 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: (result?.byGroup ?? []).map((g) => g.code), axisLabel: { rotate: 30, fontSize: 10 } },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('policies.simulation.before'), data: (result?.byGroup ?? []).map((g) => g.costBeforeVnd) },
        { type: 'bar', name: t('policies.simulation.after'), data: (result?.byGroup ?? []).map((g) => g.costAfterVnd) },
      ],
    }),
    [result, t],
  );
  if (!result) return null;
  const diff = result.monthlyCostAfterVnd - result.monthlyCostBeforeVnd;
  const columns = (label: string) => [
    { key: 'code', title: label, dataIndex: 'code' },
    { key: 'pb', title: t('policies.simulation.peopleBefore'), align: 'right' as const, render: (_: unknown, b: Breakdown) => formatNumber(b.peopleBefore) },
    { key: 'pa', title: t('policies.simulation.peopleAfter'), align: 'right' as const, render: (_: unknown, b: Breakdown) => formatNumber(b.peopleAfter) },
    { key: 'cb', title: t('policies.simulation.before'), align: 'right' as const, render: (_: unknown, b: Breakdown) => formatVnd(b.costBeforeVnd) },
    { key: 'ca', title: t('policies.simulation.after'), align: 'right' as const, render: (_: unknown, b: Breakdown) => formatVnd(b.costAfterVnd) },
    {
      key: 'd',
      title: t('policies.simulation.difference'),
      align: 'right' as const,
      render: (_: unknown, b: Breakdown) => formatVnd(b.costAfterVnd - b.costBeforeVnd),
    },
  ];
  return (
    <Flex vertical gap={16}>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('policies.simulation.resultTitle', { month: formatMonth(job.fromMonth), province: job.provinceCode })}</h2>}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('policies.simulation.people')} value={result.people} formatter={(v) => formatNumber(Number(v))} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('policies.simulation.gainers')} value={result.gainers} formatter={(v) => formatNumber(Number(v))} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('policies.simulation.losers')} value={result.losers} formatter={(v) => formatNumber(Number(v))} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('policies.simulation.changed')}
              value={result.changed}
              formatter={(v) => `${formatNumber(Number(v))} (↑${formatNumber(result.increased)} ↓${formatNumber(result.decreased)})`}
            />
          </Col>
          <Col xs={24} md={8}>
            <Statistic title={t('policies.simulation.costBefore')} value={result.monthlyCostBeforeVnd} formatter={(v) => formatVnd(Number(v))} />
          </Col>
          <Col xs={24} md={8}>
            <Statistic title={t('policies.simulation.costAfter')} value={result.monthlyCostAfterVnd} formatter={(v) => formatVnd(Number(v))} />
          </Col>
          <Col xs={24} md={8}>
            <Statistic title={t('policies.simulation.difference')} value={diff} formatter={(v) => formatVnd(Number(v))} />
          </Col>
        </Row>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('policies.simulation.chart')}</h2>}>
        <Chart
          label={t('policies.simulation.chart')}
          summary={t('policies.simulation.chartSummary', { before: formatVnd(result.monthlyCostBeforeVnd), after: formatVnd(result.monthlyCostAfterVnd) })}
          option={option}
          height={360}
        />
        <Table<Breakdown> size="small" rowKey="code" pagination={false} dataSource={result.byGroup} columns={columns(t('policies.group.name'))} />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('policies.simulation.byCommune')}</h2>}>
        <Table<Breakdown> size="small" rowKey="code" pagination={{ pageSize: 20, hideOnSinglePage: true }} dataSource={result.byCommune} columns={columns(t('policies.simulation.commune'))} />
      </Card>
    </Flex>
  );
}

/** /simulations — "what if this draft applied from month M in province P?": a job over the registry, then gainers, losers and the cost before/after. */
export function SimulationsPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('draftKind', form) ?? 'GROUP';
  const groupCode = Form.useWatch('groupCode', form);
  const [problem, setProblem] = useState<string | null>(null);
  const programmes = useProgrammes(dayjs().format(ISO_DATE));
  const group = usePolicyGroup(kind === 'GROUP' ? groupCode : undefined);
  const levels = useStandardLevels();
  const start = useStartSimulation();
  const jobId = search.get('job');
  const job = useSimulation(jobId);
  const en = i18n.language === 'en';

  const groupOptions = (programmes.data ?? []).map((p) => ({
    label: en ? p.nameEn : p.nameVi,
    options: p.groups.map((g) => ({ value: g.code, label: en ? g.nameEn : g.nameVi })),
  }));
  const status = (s: string) => t(`policies.status.${s}`);
  const versionOptions =
    kind === 'GROUP'
      ? (group.data?.versions ?? []).map((v) => ({
          value: v.id,
          label: `${formatDate(v.effectiveFrom)} · ${t('eligibility.coefficientShort', { value: formatCoefficient(v.coefficient) })} · ${status(v.status)}`,
        }))
      : (levels.data ?? []).map((l) => ({
          value: l.id,
          label: `${formatDate(l.effectiveFrom)} · ${formatVnd(l.amountVnd)}${l.provinceCode ? ` · ${t('policies.province', { code: l.provinceCode })}` : ''} · ${status(l.status)}`,
        }));

  const onFinish = (v: Values) => {
    setProblem(null);
    start.mutate(
      { draftKind: v.draftKind, draftId: v.draftId ?? '', fromMonth: (v.fromMonth ?? dayjs()).format('YYYY-MM'), provinceCode: v.provinceCode?.trim() || undefined },
      { onSuccess: (created) => setSearch({ job: created.id }), onError: (p) => setProblem(describeProblem(p, t)) },
    );
  };

  const current = job.data;
  const percent = current && current.total > 0 ? Math.floor((current.done / current.total) * 100) : 0;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1200 }}>
      <PageHeading title={t('policies.simulation.title')} subtitle={t('policies.simulation.intro')} />
      <Card>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ draftKind: 'GROUP', fromMonth: dayjs().add(1, 'month').startOf('month'), provinceCode: user.scope.level === 'PROVINCE' ? user.scope.code ?? undefined : undefined }}
        >
          <Form.Item name="draftKind" label={t('policies.simulation.kind')}>
            <Radio.Group
              options={[
                { value: 'GROUP', label: t('policies.simulation.kindGroup') },
                { value: 'LEVEL', label: t('policies.simulation.kindLevel') },
              ]}
              onChange={() => form.setFieldsValue({ draftId: undefined })}
            />
          </Form.Item>
          <Row gutter={12}>
            {kind === 'GROUP' && (
              <Col xs={24} md={12}>
                <Form.Item name="groupCode" label={t('policies.group.name')} rules={[{ required: true, message: t('policies.simulation.groupRequired') }]}>
                  <Select showSearch={{ optionFilterProp: 'label' }} options={groupOptions} onChange={() => form.setFieldsValue({ draftId: undefined })} />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={12}>
              <Form.Item name="draftId" label={t('policies.simulation.version')} extra={t('policies.simulation.versionHelp')} rules={[{ required: true, message: t('policies.simulation.versionRequired') }]}>
                <Select options={versionOptions} loading={group.isFetching || levels.isPending} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="fromMonth" label={t('policies.simulation.fromMonth')} rules={[{ required: true, message: t('policies.simulation.monthRequired') }]}>
                <DatePicker picker="month" format="MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="provinceCode" label={t('policies.simulation.province')} extra={t('policies.simulation.provinceHelp')}>
                <Input inputMode="numeric" maxLength={2} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={start.isPending}>
            {t('policies.simulation.start')}
          </Button>
        </Form>
      </Card>
      {jobId && current && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('policies.simulation.job')}</h2>}>
          <Progress percent={current.status === 'DONE' ? 100 : percent} status={current.status === 'FAILED' ? 'exception' : current.status === 'DONE' ? 'success' : 'active'} aria-label={t('policies.simulation.progress')} />
          <Typography.Text type="secondary">
            {t(`policies.simulation.status.${current.status}`, { defaultValue: current.status })} ·{' '}
            {t('policies.simulation.counted', { done: formatNumber(current.done), total: formatNumber(current.total) })}
          </Typography.Text>
          {current.failure && <Alert type="error" showIcon title={current.failure} style={{ marginTop: 8 }} />}
        </Card>
      )}
      {job.isError && <Alert type="error" showIcon title={describeProblem(job.error, t)} />}
      {current?.status === 'DONE' && <Results job={current} />}
    </Flex>
  );
}
