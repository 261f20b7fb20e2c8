import { Alert, Card, Flex, Progress, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/ErrorState';
import { formatNumber } from '@/lib/format';
import { isRunFinished, usePayrollRun } from '../api/get-payroll-run';
import { formatMonth } from './months';

/** A generation job: a progress bar fed by the job's done/total, then what it created. */
export function RunProgressCard({ runId, onDone }: { runId: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const run = usePayrollRun(runId);
  const finished = isRunFinished(run.data);
  useEffect(() => {
    if (finished) onDone?.();
    // once per finish
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finished]);
  if (run.isError) return <ErrorState error={run.error} onRetry={() => void run.refetch()} />;
  if (!run.data) return <Card loading />;
  const r = run.data;
  const percent = r.status === 'DONE' ? 100 : r.total > 0 ? Math.floor((r.done / r.total) * 100) : 0;
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('payments.payrolls.runTitle', { month: formatMonth(r.month) })}</h2>}>
      <Flex vertical gap={12}>
        <Typography.Text strong>{t(`payments.runStatus.${r.status}`, { defaultValue: r.status })}</Typography.Text>
        <Progress
          percent={percent}
          status={r.status === 'FAILED' ? 'exception' : r.status === 'DONE' ? 'success' : 'active'}
          aria-label={t('payments.payrolls.progress')}
          format={() => (r.total > 0 ? t('payments.payrolls.progressOf', { done: formatNumber(r.done), total: formatNumber(r.total) }) : `${percent}%`)}
        />
        {r.status === 'DONE' && (
          <Alert
            type="success"
            showIcon
            title={t('payments.payrolls.done', { payrolls: formatNumber(r.payrollsCreated), lines: formatNumber(r.linesCreated) })}
          />
        )}
        {r.status === 'FAILED' && <Alert type="error" showIcon title={t('payments.payrolls.failed')} description={r.failure ?? undefined} />}
        {isRunFinished(r) && r.finishedAt && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('payments.payrolls.finishedAt', { at: dayjs(r.finishedAt).format('HH:mm:ss DD/MM/YYYY') })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
