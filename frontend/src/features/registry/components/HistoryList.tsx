import { Empty, Flex, Skeleton, Table, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { useEthnicGroups } from '../api/get-ethnic-groups';
import { usePersonHistory, type HistoryEvent } from '../api/get-person-history';
import { historyFieldLabel, historyValueText, idsIn } from './history-values';

type Change = HistoryEvent['changes'][number];

/** The person's audit trail: who did what, when, and each field before and after. */
export function HistoryList({ personId, commune }: { personId: string; commune?: { code: string; name: string } }) {
  const { t } = useTranslation();
  const history = usePersonHistory(personId);
  const groups = useEthnicGroups();

  if (history.isPending) return <Skeleton active />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <Empty description={t('registry.history.none')} />;

  const groupName = (code: string) => groups.data?.find((g) => g.code === code)?.name;
  const value = (field: string, v: Change['before']) => {
    if (v === null || v === undefined || v === '') {
      return <Typography.Text type="secondary">{t('registry.history.empty')}</Typography.Text>;
    }
    // ids of a household or of the people this one was confirmed not to be: links, not numbers
    if (field === 'householdId' || field === 'confirmedDistinctFrom') {
      const ids = idsIn(v);
      const base = field === 'householdId' ? '/households' : '/people';
      return ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ', '}
          <Link to={`${base}/${id}`}>{field === 'householdId' ? t('registry.person.household') : t('registry.history.person', { n: i + 1 })}</Link>
        </Fragment>
      ));
    }
    if (field === 'communeCode' && commune?.code === v) return commune.name;
    return historyValueText(field, v, t, groupName);
  };
  const events = [...history.data].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));

  return (
    <Timeline
      items={events.map((event) => ({
        key: event.id,
        content: (
          <Flex vertical gap={4}>
            <Typography.Text strong>{t(`registry.history.action.${event.action}`, { defaultValue: event.action })}</Typography.Text>
            <Typography.Text type="secondary">
              {t('registry.history.byAt', { actor: event.actor, at: dayjs(event.occurredAt).format('DD/MM/YYYY HH:mm') })}
            </Typography.Text>
            {event.changes.length > 0 && (
              <Table<Change>
                size="small"
                pagination={false}
                rowKey="field"
                dataSource={event.changes}
                style={{ maxWidth: 720 }}
                scroll={{ x: 'max-content' }}
                columns={[
                  { key: 'field', title: t('registry.history.fieldColumn'), render: (_: unknown, c) => historyFieldLabel(c.field, t) },
                  { key: 'before', title: t('registry.history.before'), render: (_: unknown, c) => value(c.field, c.before) },
                  { key: 'after', title: t('registry.history.after'), render: (_: unknown, c) => value(c.field, c.after) },
                ]}
              />
            )}
          </Flex>
        ),
      }))}
    />
  );
}
