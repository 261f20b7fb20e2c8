import { Card, DatePicker, Flex, Form, Skeleton, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '@/components/ui/Chart';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { DATE_FORMAT, formatDate, formatNumber, ISO_DATE } from '@/lib/format';
import { useProcessingTimes, type ProcessingTimeCommune } from '../api/get-processing-times';

/** /processing-times — working days from submission to decision per commune, against the legal deadline (plans ask for ≥ 10% faster). */
export function ProcessingTimesPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const query = { from: range[0].format(ISO_DATE), to: range[1].format(ISO_DATE) };
  const times = useProcessingTimes(query);
  const communes = useMemo(() => times.data?.communes ?? [], [times.data]);

  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 160, right: 24, top: 32, bottom: 32 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      yAxis: { type: 'category', data: communes.map((c) => c.communeName ?? c.communeCode), inverse: true },
      xAxis: { type: 'value', name: t('casefile.processing.days') },
      series: [
        { type: 'bar', name: t('casefile.processing.legal'), data: communes.map((c) => c.meanLegalWorkingDays) },
        { type: 'bar', name: t('casefile.processing.actual'), data: communes.map((c) => c.meanWorkingDays) },
      ],
    }),
    [communes, t],
  );
  const faster = communes.filter((c) => c.tenPercentFaster).length;

  const columns: TableColumnsType<ProcessingTimeCommune> = [
    { key: 'commune', title: t('casefile.processing.commune'), render: (_: unknown, c) => c.communeName ?? c.communeCode },
    { key: 'decided', title: t('casefile.processing.decided'), align: 'right', render: (_: unknown, c) => formatNumber(c.decided) },
    { key: 'mean', title: t('casefile.processing.actual'), align: 'right', render: (_: unknown, c) => formatNumber(Math.round(c.meanWorkingDays * 10) / 10) },
    { key: 'legal', title: t('casefile.processing.legal'), align: 'right', render: (_: unknown, c) => formatNumber(Math.round(c.meanLegalWorkingDays * 10) / 10) },
    {
      key: 'ratio',
      title: t('casefile.processing.ratio'),
      align: 'right',
      render: (_: unknown, c) => (
        <>
          {formatNumber(Math.round(c.ratio * 100))}%{' '}
          {c.tenPercentFaster ? <Tag color="green">{t('casefile.processing.faster')}</Tag> : <Tag color="orange">{t('casefile.processing.notFaster')}</Tag>}
        </>
      ),
    },
    { key: 'within', title: t('casefile.processing.within'), align: 'right', responsive: ['md'], render: (_: unknown, c) => `${formatNumber(Math.round(c.withinDeadlinePercent * 10) / 10)}%` },
    { key: 'overdue', title: t('casefile.processing.openOverdue'), align: 'right', render: (_: unknown, c) => (c.openOverdue > 0 ? <Tag color="red">{c.openOverdue}</Tag> : 0) },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('casefile.processing.title')} subtitle={t('casefile.processing.intro')} />
      <Form layout="inline">
        <Form.Item label={t('casefile.processing.period')}>
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            allowClear={false}
            value={range}
            onChange={(value) => value && value[0] && value[1] && setRange([value[0], value[1]])}
          />
        </Form.Item>
      </Form>
      {times.isPending ? (
        <Skeleton active />
      ) : times.isError ? (
        <ErrorState error={times.error} onRetry={() => void times.refetch()} />
      ) : (
        <>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('casefile.processing.chartTitle', { from: formatDate(times.data.from), to: formatDate(times.data.to) })}</h2>}>
            <Chart
              label={t('casefile.processing.chartTitle', { from: formatDate(times.data.from), to: formatDate(times.data.to) })}
              summary={t('casefile.processing.summary', { faster, total: communes.length })}
              option={option}
              height={Math.max(200, 60 + communes.length * 48)}
            />
          </Card>
          <Card>
            <Table<ProcessingTimeCommune> rowKey="communeCode" size="small" dataSource={communes} columns={columns} pagination={false} locale={{ emptyText: t('casefile.processing.none') }} />
          </Card>
        </>
      )}
    </Flex>
  );
}
