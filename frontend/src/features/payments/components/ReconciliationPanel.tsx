import { Alert, Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api';
import { formatDate, formatNumber, formatVnd } from '@/lib/format';
import { PaidUnpaidChart } from './PaidUnpaidChart';

type Reconciliation = Schemas['Reconciliation'];

/** Paid / not paid / still open, the balance and the fee, as the agent reports them before the 20th; with the chart. */
export function ReconciliationPanel({ reconciliation: r }: { reconciliation: Reconciliation }) {
  const { t } = useTranslation();
  const reasons = Object.entries(r.notPaidByReason ?? {}).filter(([, totals]) => totals && totals.count > 0);
  const figure = (key: 'paid' | 'notPaid' | 'open', totals: Schemas['ReconciliationTotals'], color?: string) => (
    <Col xs={12} md={6}>
      <Statistic
        title={t(`payments.payroll.reconciliation.${key}`)}
        value={totals.amountVnd}
        formatter={(v) => formatVnd(Number(v))}
        styles={{ content: { color, fontSize: 20 } }}
      />
      <Typography.Text type="secondary">{t('payments.payroll.reconciliation.people', { count: totals.count, formatted: formatNumber(totals.count) })}</Typography.Text>
    </Col>
  );
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('payments.payroll.reconciliation.title')}</h2>}>
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          {figure('paid', r.paid, '#237804')}
          {figure('notPaid', r.notPaid, '#cf1322')}
          {figure('open', r.pending)}
          <Col xs={12} md={6}>
            <Statistic title={t('payments.payroll.reconciliation.balance')} value={r.balanceVnd} formatter={(v) => formatVnd(Number(v))} styles={{ content: { fontSize: 20 } }} />
            <Typography.Text type="secondary">{t('payments.payroll.reconciliation.fee', { percent: formatNumber(Number(r.feePercent)), fee: formatVnd(r.feeVnd) })}</Typography.Text>
          </Col>
        </Row>
        <PaidUnpaidChart
          figures={{
            paidCount: r.paid.count,
            paidVnd: r.paid.amountVnd,
            notPaidCount: r.notPaid.count,
            notPaidVnd: r.notPaid.amountVnd,
            openCount: r.pending.count,
            openVnd: r.pending.amountVnd,
          }}
        />
        {reasons.length > 0 && (
          <Table
            size="small"
            pagination={false}
            rowKey="reason"
            aria-label={t('payments.payroll.reconciliation.byReason')}
            dataSource={reasons.map(([reason, totals]) => ({ reason, count: totals.count, amountVnd: totals.amountVnd }))}
            columns={[
              { title: t('payments.agent.form.reason'), dataIndex: 'reason', render: (reason: string) => t(`payments.reason.${reason}`, { defaultValue: reason }) },
              { title: t('payments.payroll.totals.people'), dataIndex: 'count', align: 'right', render: (n: number) => formatNumber(n) },
              { title: t('payments.payroll.totals.amount'), dataIndex: 'amountVnd', align: 'right', render: (n: number) => formatVnd(n) },
            ]}
          />
        )}
        <Alert type="info" showIcon title={t('payments.payroll.reconciliation.deadline', { date: formatDate(r.reportDueBy) })} />
      </Flex>
    </Card>
  );
}
