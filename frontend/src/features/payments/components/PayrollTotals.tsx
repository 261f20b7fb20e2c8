import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api';
import { formatNumber, formatVnd } from '@/lib/format';

/** The payroll's control totals: lines and amount as generated (frozen when approved), adjustments, payable. */
export function PayrollTotals({ payroll: p }: { payroll: Schemas['Payroll'] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} md={6}>
        <Statistic title={t('payments.payroll.totals.lines')} value={p.lineCount} formatter={(v) => formatNumber(Number(v))} />
      </Col>
      <Col xs={12} md={6}>
        <Statistic title={t('payments.payroll.totals.amount')} value={p.totalVnd} formatter={(v) => formatVnd(Number(v))} />
      </Col>
      <Col xs={12} md={6}>
        <Statistic
          title={t('payments.payroll.totals.adjustments', { count: p.adjustmentCount })}
          value={p.adjustmentTotalVnd}
          formatter={(v) => formatVnd(Number(v))}
        />
      </Col>
      <Col xs={12} md={6}>
        <Statistic
          title={t('payments.payroll.totals.payable', { count: p.payableLineCount, formatted: formatNumber(p.payableLineCount) })}
          value={p.payableTotalVnd}
          formatter={(v) => formatVnd(Number(v))}
          styles={{ content: { fontWeight: 600 } }}
        />
      </Col>
    </Row>
  );
}
