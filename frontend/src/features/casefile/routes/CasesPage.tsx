import { FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DueDate } from '@/components/ui/DueDate';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { useCurrentUser } from '@/lib/current-user';
import { formatDate } from '@/lib/format';
import { useRowLink } from '@/lib/row-link';
import { useCases, type CaseStatus, type CaseSummary, type CasesQuery } from '../api/get-cases';
import { CASE_STATUSES } from '../components/case-values';
import { CaseStatusTag } from '../components/CaseStatusTag';
import { canWork } from '../components/permissions';

const PAGE_SIZE = 20;
const href = (c: CaseSummary) => `/cases/${c.id}`;

/** /cases — the applications in the caller's area by status, with the next due date and overdue flags. */
export function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const openRow = useRowLink(href);
  const [search, setSearch] = useSearchParams();
  const statusParam = search.get('status');
  const status = (CASE_STATUSES as readonly string[]).includes(statusParam ?? '') ? (statusParam as CaseStatus) : undefined;
  const page = Math.max(1, Number(search.get('page') ?? '1') || 1);
  const query: CasesQuery = { page: page - 1, size: PAGE_SIZE };
  if (status) query.status = status;
  const cases = useCases(query);
  const commune = user.scope.level === 'COMMUNE' ? user.scope.code : null;

  const columns: TableColumnsType<CaseSummary> = [
    { key: 'person', title: t('casefile.case.person'), render: (_: unknown, c) => <Link to={href(c)}>{c.personName ?? c.personId}</Link> },
    { key: 'group', title: t('casefile.case.group'), dataIndex: 'groupCode', responsive: ['md'] },
    { key: 'status', title: t('casefile.statusLabel'), render: (_: unknown, c) => <CaseStatusTag status={c.status} /> },
    { key: 'submitted', title: t('casefile.case.submittedOn'), responsive: ['sm'], render: (_: unknown, c) => formatDate(c.submittedOn) || '—' },
    { key: 'due', title: t('casefile.case.nextDue'), render: (_: unknown, c) => <DueDate due={c.nextDueOn} overdue={c.overdue} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeading
        title={t('casefile.cases.title')}
        subtitle={t('casefile.cases.intro')}
        extra={
          <>
            {commune && (
              <Button icon={<FilePdfOutlined />} href={`/api/v1/public-postings/pdf?communeCode=${commune}`} target="_blank">
                {t('casefile.cases.postingList')}
              </Button>
            )}
            {canWork(user.role) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/cases/new')}>
                {t('casefile.cases.new')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Flex vertical gap={12}>
          <Form layout="inline" component="div">
            <Form.Item label={t('casefile.statusLabel')} htmlFor="cases-status">
              <Select
                id="cases-status"
                style={{ width: 220 }}
                allowClear
                placeholder={t('casefile.allStatuses')}
                value={status ?? null}
                options={CASE_STATUSES.map((s) => ({ value: s, label: t(`casefile.status.${s}`) }))}
                onChange={(value: CaseStatus | null) => setSearch(value ? { status: value } : {}, { replace: true })}
              />
            </Form.Item>
          </Form>
          {cases.isError ? (
            <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />
          ) : (
            <Table<CaseSummary>
              rowKey="id"
              loading={cases.isFetching}
              dataSource={cases.data?.items ?? []}
              columns={columns}
              onRow={openRow}
              rowClassName={(c) => (c.overdue ? 'row-overdue' : '')}
              pagination={{
                current: page,
                pageSize: PAGE_SIZE,
                total: cases.data?.totalItems ?? 0,
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
      </Card>
    </Flex>
  );
}
