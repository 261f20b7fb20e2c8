import { DownloadOutlined, RedoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/ErrorState';
import { formatNumber } from '@/lib/format';
import { describeProblem } from '@/lib/problem-message';
import { isFinished, useImportJob } from '../api/get-import';
import { useResumeImport } from '../api/resume-import';

/** The running (or finished) import: a progress bar fed by the job, then what was stored, unchanged, refused. */
export function ImportJobCard({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const job = useImportJob(jobId);
  const resume = useResumeImport();

  if (job.isError) return <ErrorState error={job.error} onRetry={() => void job.refetch()} />;
  if (!job.data) return <Card loading />;
  const j = job.data;
  const total = j.totalRows;
  const percent = isFinished(j) && j.status === 'SUCCEEDED' ? 100 : total > 0 ? Math.floor((j.processedRows / total) * 100) : 0;
  const status = j.status === 'FAILED' ? 'exception' : j.status === 'SUCCEEDED' ? 'success' : 'active';

  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('imports.job.title', { file: j.fileName })}</h2>}>
      <Flex vertical gap={16}>
        <div>
          <Typography.Text strong>{t(`imports.status.${j.status}`)}</Typography.Text>
          <Progress
            percent={percent}
            status={status}
            aria-label={t('imports.job.progress')}
            format={() =>
              total > 0
                ? t('imports.job.rowsOf', { done: formatNumber(j.processedRows), total: formatNumber(total) })
                : `${percent}%`
            }
          />
        </div>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('imports.job.total')} value={total} formatter={(v) => formatNumber(Number(v))} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('imports.job.stored')} value={j.storedRows} formatter={(v) => formatNumber(Number(v))} styles={{ content: { color: '#237804' } }} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('imports.job.unchanged')} value={j.unchangedRows} formatter={(v) => formatNumber(Number(v))} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('imports.job.failed')}
              value={j.failedRows}
              formatter={(v) => formatNumber(Number(v))}
              styles={{ content: { color: j.failedRows > 0 ? '#cf1322' : undefined } }}
            />
          </Col>
        </Row>
        {isFinished(j) && j.status === 'SUCCEEDED' && j.failedRows === 0 && (
          <Alert type="success" showIcon title={t('imports.job.allGood', { count: j.storedRows + j.unchangedRows })} />
        )}
        {j.sameFileAsJobId && <Alert type="info" showIcon title={t('imports.job.sameFile')} />}
        {j.status === 'FAILED' && (
          <Alert
            type="error"
            showIcon
            title={t(`imports.failure.${j.failureCode ?? 'unknown'}`, { defaultValue: t('imports.failure.unknown') })}
            description={j.resumable ? t('imports.job.resumeHelp') : undefined}
            action={
              j.resumable && (
                <Button
                  icon={<RedoOutlined />}
                  loading={resume.isPending}
                  onClick={() => resume.mutate(j.id, { onError: (problem) => void message.error(describeProblem(problem, t)) })}
                >
                  {t('imports.job.resume')}
                </Button>
              )
            }
          />
        )}
        {j.failedRows > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('imports.job.someRefused', { count: j.failedRows })}
            description={t('imports.job.someRefusedHelp')}
            action={
              j.errorReportHref && (
                <Button icon={<DownloadOutlined />} href={j.errorReportHref} download>
                  {t('imports.job.errorReport')}
                </Button>
              )
            }
          />
        )}
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('imports.job.started', { at: dayjs(j.createdAt).format('DD/MM/YYYY HH:mm') })}
          {j.finishedAt && ` · ${t('imports.job.finished', { at: dayjs(j.finishedAt).format('DD/MM/YYYY HH:mm:ss') })}`}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
