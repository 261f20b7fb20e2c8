import { Alert, Badge, Button, Card, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DueDate } from '@/components/ui/DueDate';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { useCurrentUser } from '@/lib/current-user';
import { useWorkQueue, type WorkQueueItem } from '../api/get-work-queue';
import { canWork } from '../components/permissions';

function hrefOf(item: WorkQueueItem): string | null {
  if (item.action === 'ANSWER_PROPOSAL' && item.entitlementId) return `/entitlements/${item.entitlementId}`;
  if (item.caseId) return `/cases/${item.caseId}`;
  return null;
}

/**
 * /work — what is due, soonest first, with overdue flags. `embedded` shows it under the home page's
 * greeting (workers and approvers), with a second-level heading.
 */
export function WorkQueuePage({ embedded = false }: { embedded?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const queue = useWorkQueue();

  const columns: TableColumnsType<WorkQueueItem> = [
    {
      key: 'action',
      title: t('casefile.work.action'),
      render: (_: unknown, item) => {
        const href = hrefOf(item);
        const label = t(`casefile.work.actions.${item.action}`, { defaultValue: item.action });
        return href ? <Link to={href}>{label}</Link> : label;
      },
    },
    { key: 'person', title: t('casefile.case.person'), render: (_: unknown, item) => item.personName ?? '—' },
    { key: 'group', title: t('casefile.case.group'), dataIndex: 'groupCode', responsive: ['md'] },
    {
      key: 'due',
      title: t('casefile.work.due'),
      render: (_: unknown, item) => <DueDate due={item.dueOn} overdue={item.overdue} daysLeft={item.workingDaysLeft} />,
    },
  ];

  const items = queue.data ?? [];
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <Flex vertical gap={16}>
      {embedded ? (
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            {t('casefile.work.title')}
          </Typography.Title>
          {canWork(user.role) && (
            <Button type="primary" onClick={() => void navigate('/cases/new')}>
              {t('casefile.cases.new')}
            </Button>
          )}
        </Flex>
      ) : (
        <PageHeading
          title={t('casefile.work.title')}
          subtitle={t('casefile.work.intro', { name: user.displayName })}
          extra={
            canWork(user.role) && (
              <Button type="primary" onClick={() => void navigate('/cases/new')}>
                {t('casefile.cases.new')}
              </Button>
            )
          }
        />
      )}
      {queue.isPending ? (
        <Skeleton active />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <>
          {overdue > 0 && <Alert type="error" showIcon title={t('casefile.work.overdue', { count: overdue })} />}
          <Card
            title={
              <span>
                {t('casefile.work.todo')} <Badge count={items.length} showZero color="blue" />
              </span>
            }
          >
            {items.length === 0 ? (
              <Empty description={<Typography.Text>{t('casefile.work.empty')}</Typography.Text>} />
            ) : (
              <Table<WorkQueueItem>
                rowKey={(i) => `${i.action}-${i.caseId ?? ''}-${i.proposalId ?? ''}-${i.objectionId ?? ''}`}
                size="middle"
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                dataSource={items}
                columns={columns}
              />
            )}
          </Card>
        </>
      )}
    </Flex>
  );
}
