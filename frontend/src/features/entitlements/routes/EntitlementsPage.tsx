import { Badge, Card, Flex, Form, Select, Table, Tabs } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { useCurrentUser } from '@/lib/current-user';
import { formatDate, formatMonth, formatVnd } from '@/lib/format';
import { useRowLink } from '@/lib/row-link';
import { useEntitlements, type Entitlement, type EntitlementsQuery } from '../api/get-entitlements';
import { useOpenProposals } from '../api/get-open-proposals';
import { EntitlementStatusTag } from '../components/EntitlementStatusTag';
import { canDecide } from '../components/permissions';
import { ProposalList } from '../components/ProposalList';

const PAGE_SIZE = 20;
const STATUSES = ['ACTIVE', 'SUSPENDED', 'TERMINATED'] as const;
type Status = (typeof STATUSES)[number];
const href = (e: Entitlement) => `/entitlements/${e.id}`;

function EntitlementList() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const openRow = useRowLink(href);
  const statusParam = search.get('status');
  const status = (STATUSES as readonly string[]).includes(statusParam ?? '') ? (statusParam as Status) : undefined;
  const page = Math.max(1, Number(search.get('page') ?? '1') || 1);
  const query: EntitlementsQuery = { page: page - 1, size: PAGE_SIZE };
  if (status) query.status = status;
  const list = useEntitlements(query);

  const columns: TableColumnsType<Entitlement> = [
    { key: 'person', title: t('entitlements.person'), render: (_: unknown, e) => <Link to={href(e)}>{e.personName ?? e.personId}</Link> },
    { key: 'group', title: t('entitlements.group'), dataIndex: 'groupCode', responsive: ['md'] },
    { key: 'status', title: t('entitlements.statusLabel'), render: (_: unknown, e) => <EntitlementStatusTag status={e.status} /> },
    { key: 'start', title: t('entitlements.startMonth'), render: (_: unknown, e) => formatMonth(e.startMonth), responsive: ['sm'] },
    { key: 'end', title: t('entitlements.endMonth'), render: (_: unknown, e) => (e.endMonth ? formatMonth(e.endMonth) : '—'), responsive: ['lg'] },
    { key: 'amount', title: t('entitlements.amount'), align: 'right', render: (_: unknown, e) => (e.amountVnd != null ? formatVnd(e.amountVnd) : '—') },
    {
      key: 'decision',
      title: t('entitlements.decision.label'),
      responsive: ['lg'],
      render: (_: unknown, e) => `${e.decisionNumber} · ${formatDate(e.decisionDate)}`,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Form layout="inline" component="div">
        <Form.Item label={t('entitlements.statusLabel')} htmlFor="entitlements-status">
          <Select
            id="entitlements-status"
            style={{ width: 200 }}
            allowClear
            placeholder={t('entitlements.allStatuses')}
            value={status ?? null}
            options={STATUSES.map((s) => ({ value: s, label: t(`entitlements.status.${s}`) }))}
            onChange={(value: Status | null) => setSearch(value ? { status: value } : {}, { replace: true })}
          />
        </Form.Item>
      </Form>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Entitlement>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columns}
          onRow={openRow}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.totalItems ?? 0,
            showSizeChanger: false,
            onChange: (next) => {
              const params = new URLSearchParams(search);
              params.set('page', String(next));
              setSearch(params);
            },
          }}
        />
      )}
    </Flex>
  );
}

/** /entitlements — who is entitled to what in the caller's area; the approver also answers proposed changes here. */
export function EntitlementsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const decides = canDecide(user.role);
  const proposals = useOpenProposals({ enabled: decides });
  const tab = decides && search.get('tab') === 'proposals' ? 'proposals' : 'list';
  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('entitlements.listTitle')} subtitle={t('entitlements.intro')} />
      <Card>
        {decides ? (
          <Tabs
            activeKey={tab}
            onChange={(key) => setSearch(key === 'list' ? {} : { tab: key }, { replace: true })}
            items={[
              { key: 'list', label: t('entitlements.tabs.list'), children: <EntitlementList /> },
              {
                key: 'proposals',
                label: (
                  <span>
                    {t('entitlements.tabs.proposals')} <Badge count={proposals.data?.length ?? 0} />
                  </span>
                ),
                children: proposals.isError ? (
                  <ErrorState error={proposals.error} onRetry={() => void proposals.refetch()} />
                ) : (
                  <ProposalList proposals={proposals.data ?? []} canAnswer showPerson />
                ),
              },
            ]}
          />
        ) : (
          <EntitlementList />
        )}
      </Card>
    </Flex>
  );
}
