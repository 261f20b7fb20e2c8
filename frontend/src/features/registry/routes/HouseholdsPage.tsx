import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Grid, Row, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { useCurrentUser } from '@/lib/current-user';
import { formatNumber } from '@/lib/format';
import { useRowLink } from '@/lib/row-link';
import { useHouseholds, type HouseholdSummary, type HouseholdsQuery } from '../api/get-households';
import { CommuneSelect } from '../components/CommuneSelect';
import { DebouncedInput } from '../components/DebouncedInput';
import { POVERTY_STATUSES, type PovertyStatus } from '../components/household-form-values';
import { PageHeading } from '@/components/ui/PageHeading';
import { canWriteRegistry, ownCommune, ownProvince } from '../components/permissions';
import { PovertyTag } from '../components/PovertyTag';
import { useFilterParams } from '../components/search-params';
import { VillageSelect } from '../components/VillageSelect';

const PAGE_SIZE = 20;
type Filter = 'q' | 'villageId' | 'povertyStatus' | 'communeCode';

const householdHref = (household: HouseholdSummary) => `/households/${household.id}`;

/** /households — the commune's households by code or head's name, village and poverty status. */
export function HouseholdsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openHousehold = useRowLink(householdHref);
  const user = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const { search, update, page } = useFilterParams<Filter>();
  const q = search.get('q') ?? '';
  const province = ownProvince(user);
  const communeCode = ownCommune(user)?.code ?? search.get('communeCode') ?? '';
  const villageId = search.get('villageId') ?? '';
  const statusParam = search.get('povertyStatus');
  const povertyStatus = (POVERTY_STATUSES as readonly string[]).includes(statusParam ?? '') ? (statusParam as PovertyStatus) : null;

  const query: HouseholdsQuery = { page: page - 1, size: PAGE_SIZE };
  if (q) query.q = q;
  if (communeCode && !ownCommune(user)) query.communeCode = communeCode;
  if (villageId) query.villageId = villageId;
  if (povertyStatus) query.povertyStatus = povertyStatus;
  const households = useHouseholds(query);
  const setQ = useCallback((value: string) => update({ q: value }, { replace: true }), [update]);

  const columns: TableColumnsType<HouseholdSummary> = [
    {
      key: 'code',
      title: t('registry.household.code'),
      width: phone ? undefined : 170,
      render: (_: unknown, h) => (
        <>
          <Link to={`/households/${h.id}`}>{h.code}</Link>
          {phone && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 0 }}>
              {[h.head?.fullName, h.villageName].filter(Boolean).join(' · ')}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { key: 'head', title: t('registry.household.head'), render: (_: unknown, h) => h.head?.fullName ?? '—', responsive: ['sm'] },
    { key: 'village', title: t('registry.household.village'), render: (_: unknown, h) => h.villageName ?? '—', responsive: ['md'] },
    { key: 'address', title: t('registry.household.address'), dataIndex: 'address', responsive: ['lg'], ellipsis: true },
    { key: 'poverty', title: t('registry.household.povertyStatus'), width: 140, render: (_: unknown, h) => <PovertyTag status={h.povertyStatus as PovertyStatus | null} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeading
        title={t('registry.households.title')}
        subtitle={t('registry.households.intro')}
        extra={
          canWriteRegistry(user.role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/households/new')}>
              {t('registry.households.new')}
            </Button>
          )
        }
      />
      <Card size="small">
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item label={t('registry.households.filter')} htmlFor="households-q" style={{ marginBottom: 8 }}>
                <DebouncedInput
                  id="households-q"
                  type="search"
                  allowClear
                  prefix={<SearchOutlined aria-hidden />}
                  placeholder={t('registry.households.filterPlaceholder')}
                  value={q}
                  onCommit={setQ}
                />
              </Form.Item>
            </Col>
            {province && (
              <Col xs={24} md={12} xl={6}>
                <Form.Item label={t('registry.person.commune')} htmlFor="households-commune" style={{ marginBottom: 8 }}>
                  <CommuneSelect
                    id="households-commune"
                    provinceCode={province}
                    value={communeCode || null}
                    onChange={(code) => update({ communeCode: code, villageId: null })}
                  />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} sm={12} xl={5}>
              <Form.Item label={t('registry.household.village')} htmlFor="households-village" style={{ marginBottom: 8 }}>
                <VillageSelect
                  id="households-village"
                  communeCode={communeCode || null}
                  value={villageId || null}
                  onChange={(id) => update({ villageId: id })}
                  placeholder={t('registry.village.all')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} xl={5}>
              <Form.Item label={t('registry.household.povertyStatus')} htmlFor="households-poverty" style={{ marginBottom: 8 }}>
                <Select
                  id="households-poverty"
                  allowClear
                  placeholder={t('registry.poverty.all')}
                  value={povertyStatus ?? undefined}
                  onChange={(value) => update({ povertyStatus: value ?? null })}
                  options={POVERTY_STATUSES.map((s) => ({ value: s, label: t(`registry.poverty.${s}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {households.isError ? (
        <ErrorState error={households.error} onRetry={() => void households.refetch()} />
      ) : (
        <Table<HouseholdSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={households.data?.items ?? []}
          loading={households.isFetching}
          tableLayout="fixed"
          locale={{ emptyText: q || villageId || povertyStatus ? t('registry.households.noneFound') : t('registry.households.noneYet') }}
          onRow={openHousehold}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: households.data?.totalItems ?? 0,
            showSizeChanger: false,
            simple: phone,
            showTotal: (count) => t('registry.households.total', { count, formatted: formatNumber(count) }),
            onChange: (next) => update({ page: next }),
          }}
        />
      )}
    </Flex>
  );
}
