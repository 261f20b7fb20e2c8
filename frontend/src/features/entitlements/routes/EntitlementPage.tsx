import { Card, Descriptions, Flex, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Chart, type ChartOption } from '@/components/ui/Chart';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { useCurrentUser } from '@/lib/current-user';
import { formatCoefficient, formatDate, formatMonth, formatVnd } from '@/lib/format';
import { isApiProblem } from '@/lib/problem';
import { useEntitlement } from '../api/get-entitlement';
import { useEntitlementMonths, type EntitlementMonth } from '../api/get-entitlement-months';
import { useEntitlementProposals } from '../api/get-entitlement-proposals';
import type { Entitlement } from '../api/get-entitlements';
import { EntitlementActions } from '../components/EntitlementActions';
import { EntitlementStatusTag } from '../components/EntitlementStatusTag';
import { canDecide } from '../components/permissions';
import { ProposalList } from '../components/ProposalList';

type Version = Entitlement['versions'][number];
type Suspension = Entitlement['suspensions'][number];

function MonthsCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const months = useEntitlementMonths(id);
  const option = useMemo<ChartOption>(() => {
    const rows = months.data ?? [];
    return {
      grid: { left: 80, right: 16, top: 16, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: rows.map((m) => formatMonth(m.month)) },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          name: t('entitlements.months.amount'),
          data: rows.map((m) => ({ value: m.amountVnd, itemStyle: { color: m.state === 'WITHHELD' ? '#fa8c16' : '#1677ff' } })),
        },
      ],
    };
  }, [months.data, t]);
  if (months.isPending) return <Skeleton active />;
  if (months.isError) return <ErrorState error={months.error} onRetry={() => void months.refetch()} />;
  const payable = months.data.filter((m) => m.state === 'PAYABLE');
  const total = payable.reduce((sum, m) => sum + m.amountVnd, 0);
  return (
    <Flex vertical gap={12}>
      <Chart
        label={t('entitlements.months.chart')}
        summary={t('entitlements.months.summary', { count: payable.length, total: formatVnd(total) })}
        option={option}
        height={220}
      />
      <Table<EntitlementMonth>
        size="small"
        rowKey="month"
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        dataSource={months.data}
        columns={[
          { key: 'month', title: t('entitlements.months.month'), render: (_: unknown, m) => formatMonth(m.month) },
          {
            key: 'state',
            title: t('entitlements.months.state'),
            render: (_: unknown, m) => <Tag color={m.state === 'PAYABLE' ? 'blue' : 'orange'}>{t(`entitlements.months.${m.state}`)}</Tag>,
          },
          { key: 'amount', title: t('entitlements.months.amount'), align: 'right', render: (_: unknown, m) => formatVnd(m.amountVnd) },
        ]}
      />
    </Flex>
  );
}

/** /entitlements/:id — what a decision grants, month by month: versions, suspensions, months owed, and the approver's actions. */
export function EntitlementPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const user = useCurrentUser();
  const entitlement = useEntitlement(id);
  const proposals = useEntitlementProposals(id ?? '');

  if (entitlement.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (entitlement.isError) {
    return isApiProblem(entitlement.error) && entitlement.error.status === 404 ? (
      <Result status="404" title={t('entitlements.notFound')} extra={<Link to="/entitlements">{t('entitlements.back')}</Link>} />
    ) : (
      <ErrorState error={entitlement.error} onRetry={() => void entitlement.refetch()} />
    );
  }
  const e = entitlement.data;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <PageHeading
        title={t('entitlements.title', { name: e.personName ?? '' })}
        back={{ to: '/entitlements', label: t('entitlements.back') }}
        subtitle={
          <>
            <EntitlementStatusTag status={e.status} /> {e.groupCode}
          </>
        }
        extra={canDecide(user.role) && <EntitlementActions entitlement={e} />}
      />
      <Card>
        <Descriptions
          bordered
          size="middle"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'person', label: t('entitlements.person'), children: <Link to={`/people/${e.personId}`}>{e.personName ?? e.personId}</Link> },
            { key: 'group', label: t('entitlements.group'), children: `${e.programmeCode} · ${e.groupCode}` },
            { key: 'coefficient', label: t('entitlements.coefficient'), children: e.coefficient != null ? formatCoefficient(e.coefficient) : '—' },
            { key: 'amount', label: t('entitlements.amount'), children: e.amountVnd != null ? formatVnd(e.amountVnd) : '—' },
            { key: 'start', label: t('entitlements.startMonth'), children: formatMonth(e.startMonth) },
            { key: 'end', label: t('entitlements.endMonth'), children: e.endMonth ? formatMonth(e.endMonth) : t('entitlements.open') },
            {
              key: 'decision',
              label: t('entitlements.decision.label'),
              children: t('entitlements.decision.text', { number: e.decisionNumber, date: formatDate(e.decisionDate), signer: e.signer }),
            },
            {
              key: 'arrears',
              label: t('entitlements.arrears'),
              children: e.arrearsMonths.length > 0 ? e.arrearsMonths.map(formatMonth).join(', ') : t('common.none'),
            },
            ...(e.terminationReason
              ? [{ key: 'termination', label: t('entitlements.terminationLabel'), children: t(`entitlements.terminationReason.${e.terminationReason}`) }]
              : []),
            ...(e.caseId ? [{ key: 'case', label: t('entitlements.case'), children: <Link to={`/cases/${e.caseId}`}>{t('entitlements.openCase')}</Link> }] : []),
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('entitlements.versions.title')}</h2>}>
        <Table<Version>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={e.versions}
          columns={[
            { key: 'month', title: t('entitlements.versions.from'), render: (_: unknown, v) => formatMonth(v.effectiveMonth) },
            { key: 'coefficient', title: t('entitlements.coefficient'), render: (_: unknown, v) => formatCoefficient(v.coefficient) },
            { key: 'level', title: t('entitlements.versions.level'), align: 'right', render: (_: unknown, v) => formatVnd(v.standardLevelVnd) },
            { key: 'amount', title: t('entitlements.amount'), align: 'right', render: (_: unknown, v) => formatVnd(v.amountVnd) },
            { key: 'reason', title: t('entitlements.versions.reason'), render: (_: unknown, v) => t(`entitlements.versionReason.${v.reason}`, { defaultValue: v.reason }) },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('entitlements.suspensions.title')}</h2>}>
        {e.suspensions.length === 0 ? (
          <Typography.Text type="secondary">{t('entitlements.suspensions.none')}</Typography.Text>
        ) : (
          <Table<Suspension>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={e.suspensions}
            columns={[
              { key: 'from', title: t('entitlements.suspensions.from'), render: (_: unknown, s) => formatMonth(s.fromMonth) },
              { key: 'resumed', title: t('entitlements.suspensions.resumed'), render: (_: unknown, s) => (s.resumedMonth ? formatMonth(s.resumedMonth) : t('entitlements.suspensions.still')) },
              {
                key: 'owed',
                title: t('entitlements.suspensions.owed'),
                render: (_: unknown, s) => (s.resumedMonth ? (s.monthsOwed ? t('entitlements.actions.owedYes') : t('entitlements.actions.owedNo')) : '—'),
              },
              { key: 'reason', title: t('entitlements.actions.reason'), render: (_: unknown, s) => t(`entitlements.suspensionReason.${s.reason}`, { defaultValue: s.reason }) },
            ]}
          />
        )}
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('entitlements.months.title')}</h2>}>
        <MonthsCard id={e.id} />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('entitlements.proposals.title')}</h2>}>
        {proposals.isPending ? (
          <Skeleton active />
        ) : proposals.isError ? (
          <ErrorState error={proposals.error} onRetry={() => void proposals.refetch()} />
        ) : (
          <ProposalList proposals={proposals.data} canAnswer={canDecide(user.role)} />
        )}
      </Card>
    </Flex>
  );
}
