import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Flex, Grid, Result, Row, Skeleton, Table, Tag, Timeline, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { formatBirthDate } from '@/lib/birth-date';
import { useCurrentUser } from '@/lib/current-user';
import { formatDate } from '@/lib/format';
import { isApiProblem } from '@/lib/problem';
import { useHousehold, type HouseholdView } from '../api/get-household';
import { usePovertyStatuses, type PovertyStatusRecord } from '../api/get-poverty-statuses';
import { PageHeading } from '@/components/ui/PageHeading';
import { canWriteRegistry } from '../components/permissions';
import { PovertyStatusDrawer } from '../components/PovertyStatusDrawer';
import { PovertyTag } from '../components/PovertyTag';

type Member = HouseholdView['members'][number];

function PovertyHistory({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const history = usePovertyStatuses(householdId);
  if (history.isPending) return <Skeleton active />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <Empty description={t('registry.poverty.none')} />;
  const rows = [...history.data].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const item = (s: PovertyStatusRecord) => ({
    key: s.id,
    color: s.supersededBy ? 'gray' : s.validTo ? 'blue' : 'green',
    content: (
      <Flex vertical gap={2}>
        <Flex gap={8} wrap align="center">
          <PovertyTag status={s.status} />
          {s.supersededBy && <Tag>{t('registry.fact.supersededTag')}</Tag>}
        </Flex>
        <Typography.Text delete={!!s.supersededBy}>
          {s.validTo
            ? t('registry.fact.periodClosed', { from: formatDate(s.validFrom), to: formatDate(s.validTo) })
            : t('registry.fact.periodOpen', { from: formatDate(s.validFrom) })}
        </Typography.Text>
        <Typography.Text type="secondary">{t('registry.poverty.decisionShown', { number: s.decisionNumber })}</Typography.Text>
        {s.recordedBy && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('registry.fact.recordedBy', { actor: s.recordedBy, at: dayjs(s.recordedAt).format('DD/MM/YYYY HH:mm') })}
          </Typography.Text>
        )}
      </Flex>
    ),
  });
  return <Timeline items={rows.map(item)} />;
}

/** /households/:id — the household, its members and its poverty status through time. */
export function HouseholdPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const household = useHousehold(id);
  const [recording, setRecording] = useState(false);
  const canWrite = canWriteRegistry(user.role);

  if (household.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (household.isError) {
    return isApiProblem(household.error) && household.error.status === 404 ? (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('registry.household.notFoundTitle')}</h1>}
        subTitle={t('registry.household.notFound')}
        extra={<Link to="/households">{t('registry.households.back')}</Link>}
      />
    ) : (
      <ErrorState error={household.error} onRetry={() => void household.refetch()} />
    );
  }
  const h = household.data;
  const members = [...h.members].sort((a, b) => Number(b.relationToHead === 'HEAD') - Number(a.relationToHead === 'HEAD'));

  const columns: TableColumnsType<Member> = [
    {
      key: 'fullName',
      title: t('registry.person.fullName'),
      render: (_: unknown, m) => (
        <>
          <Link to={`/people/${m.id}`}>{m.fullName}</Link>
          {phone && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 0 }}>
              {[m.relationToHead ? t(`registry.relation.${m.relationToHead}`) : null, formatBirthDate(m.birthDate)].filter(Boolean).join(' · ')}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    {
      key: 'relation',
      title: t('registry.person.relationToHead'),
      render: (_: unknown, m) => (m.relationToHead ? t(`registry.relation.${m.relationToHead}`) : '—'),
      responsive: ['sm'],
    },
    { key: 'birthDate', title: t('registry.person.birthDate'), width: 120, render: (_: unknown, m) => formatBirthDate(m.birthDate), responsive: ['sm'] },
    { key: 'sex', title: t('registry.person.sex'), width: 90, render: (_: unknown, m) => t(`registry.sex.${m.sex}`), responsive: ['md'] },
  ];

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <PageHeading
        title={t('registry.household.title', { code: h.code })}
        back={{ to: '/households', label: t('registry.households.back') }}
        subtitle={[h.head ? t('registry.household.headed', { name: h.head.fullName }) : null, h.villageName, h.commune.name].filter(Boolean).join(' · ')}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(`/people/new?householdId=${h.id}`)}>
              {t('registry.household.addPerson')}
            </Button>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('registry.household.section')}</h2>}>
            <Descriptions
              bordered
              size="small"
              column={1}
              layout={phone ? 'vertical' : 'horizontal'}
              styles={{ label: phone ? undefined : { width: 180 } }}
              items={[
                { key: 'code', label: t('registry.household.code'), children: h.code },
                { key: 'commune', label: t('registry.person.commune'), children: h.commune.name },
                { key: 'village', label: t('registry.household.village'), children: h.villageName ?? '—' },
                { key: 'address', label: t('registry.household.address'), children: h.address },
                {
                  key: 'head',
                  label: t('registry.household.head'),
                  children: h.head ? <Link to={`/people/${h.head.id}`}>{h.head.fullName}</Link> : '—',
                },
                {
                  key: 'poverty',
                  label: t('registry.household.povertyToday'),
                  children: (
                    <Flex gap={8} wrap align="center">
                      <PovertyTag status={h.povertyStatus?.status} />
                      {h.povertyStatus && (
                        <Typography.Text type="secondary">{t('registry.poverty.decisionShown', { number: h.povertyStatus.decisionNumber })}</Typography.Text>
                      )}
                    </Flex>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card
            title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('registry.poverty.history')}</h2>}
            extra={canWrite && <Button onClick={() => setRecording(true)}>{t('registry.poverty.record')}</Button>}
          >
            <PovertyHistory householdId={h.id} />
          </Card>
        </Col>
      </Row>
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('registry.household.members', { count: h.members.length })}</h2>}>
        <Table<Member>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={members}
          pagination={false}
          tableLayout="fixed"
          locale={{ emptyText: t('registry.household.noMembers') }}
        />
      </Card>
      {recording && <PovertyStatusDrawer householdId={h.id} onClose={() => setRecording(false)} />}
    </Flex>
  );
}
