import { Alert, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DueDate } from '@/components/ui/DueDate';
import { formatDate } from '@/lib/format';
import type { CaseView } from '../api/get-case';

type Step = CaseView['deadlines']['steps'][number];

/** Each step's legal deadline in working days: started, due, done, late. */
export function DeadlinesCard({ deadlines }: { deadlines: CaseView['deadlines'] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'legalDue',
            label: t('casefile.deadlines.legalDue'),
            children: <DueDate due={deadlines.legalDueOn} overdue={deadlines.overdue} />,
          },
          {
            key: 'used',
            label: t('casefile.deadlines.used'),
            children: t('casefile.deadlines.usedOf', { used: deadlines.workingDaysUsed ?? 0, legal: deadlines.legalWorkingDays }),
          },
          { key: 'next', label: t('casefile.deadlines.next'), children: deadlines.nextDueOn ? formatDate(deadlines.nextDueOn) : '—' },
        ]}
      />
      {deadlines.provisional && <Alert type="info" showIcon title={t('casefile.deadlines.provisional')} />}
      <Table<Step>
        size="small"
        rowKey="step"
        pagination={false}
        dataSource={deadlines.steps}
        columns={[
          { key: 'step', title: t('casefile.deadlines.step'), render: (_: unknown, s) => t(`casefile.deadlines.steps.${s.step}`, { defaultValue: s.step }) },
          {
            key: 'days',
            title: t('casefile.deadlines.workingDays'),
            render: (_: unknown, s) => (
              <>
                {s.workingDays}{' '}
                {!s.verified && (
                  <Tag title={t('casefile.deadlines.unverifiedHelp')} style={{ marginLeft: 4 }}>
                    {t('casefile.deadlines.unverified')}
                  </Tag>
                )}
              </>
            ),
          },
          { key: 'basis', title: t('casefile.deadlines.legalBasis'), responsive: ['lg'], render: (_: unknown, s) => <Typography.Text type="secondary">{s.legalBasis}</Typography.Text> },
          { key: 'started', title: t('casefile.deadlines.started'), render: (_: unknown, s) => formatDate(s.startedOn) || '—' },
          { key: 'due', title: t('casefile.deadlines.due'), render: (_: unknown, s) => <DueDate due={s.dueOn} overdue={s.overdue} done={!!s.doneOn && !s.overdue} /> },
          { key: 'done', title: t('casefile.deadlines.done'), render: (_: unknown, s) => formatDate(s.doneOn) || '—' },
        ]}
      />
    </Flex>
  );
}
