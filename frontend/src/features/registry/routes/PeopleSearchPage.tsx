import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Form, Grid, Row, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { formatBirthDate } from '@/lib/birth-date';
import { useCurrentUser } from '@/lib/current-user';
import { formatNumber } from '@/lib/format';
import { useRowLink } from '@/lib/row-link';
import { usePeople, type PeopleQuery, type PersonSummary } from '../api/get-people';
import { CommuneSelect } from '../components/CommuneSelect';
import { DebouncedInput } from '../components/DebouncedInput';
import { PageHeading } from '@/components/ui/PageHeading';
import { canWriteRegistry, ownProvince } from '../components/permissions';
import { useFilterParams } from '../components/search-params';

export const PAGE_SIZE = 20;
const SORTS = ['fullName', '-fullName', 'birthDate', '-birthDate', '-createdAt'] as const;
type Filter = 'q' | 'nationalId' | 'birthYear' | 'communeCode';

const digitsOnly = (text: string) => text.replace(/\D+/g, '');

const personHref = (person: PersonSummary) => `/people/${person.id}`;

/** /people — find a person by name typed without diacritics, ID number, birth year or commune. */
export function PeopleSearchPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openPerson = useRowLink(personHref);
  const user = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const { search, update, page } = useFilterParams<Filter>();
  const q = search.get('q') ?? '';
  const nationalId = search.get('nationalId') ?? '';
  const birthYear = search.get('birthYear') ?? '';
  const communeCode = search.get('communeCode') ?? '';
  const sortParam = search.get('sort');
  const sort = (SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as (typeof SORTS)[number]) : 'fullName';
  const province = ownProvince(user);

  const query: PeopleQuery = { page: page - 1, size: PAGE_SIZE, sort };
  if (q) query.q = q;
  if (nationalId) query.nationalId = nationalId;
  if (/^\d{4}$/.test(birthYear)) query.birthYear = Number(birthYear);
  if (communeCode) query.communeCode = communeCode;
  // a province-wide user looks within one commune or by a filter; a commune user always has their commune
  const narrowed = user.scope.level === 'COMMUNE' || !!(q || nationalId || query.birthYear || communeCode);
  const people = usePeople(query, { enabled: narrowed });

  const setQ = useCallback((value: string) => update({ q: value }, { replace: true }), [update]);
  const setNationalId = useCallback((value: string) => update({ nationalId: value }, { replace: true }), [update]);
  const setBirthYear = useCallback((value: string) => update({ birthYear: value }, { replace: true }), [update]);

  const columns: TableColumnsType<PersonSummary> = [
    {
      key: 'fullName',
      title: t('registry.person.fullName'),
      render: (_: unknown, p) => (
        <>
          <Link to={`/people/${p.id}`}>{p.fullName}</Link>
          {phone && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 0 }}>
              {[formatBirthDate(p.birthDate), t(`registry.sex.${p.sex}`), p.villageName].filter(Boolean).join(' · ')}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { key: 'birthDate', title: t('registry.person.birthDate'), width: 120, render: (_: unknown, p) => formatBirthDate(p.birthDate), responsive: ['sm'] },
    { key: 'sex', title: t('registry.person.sex'), width: 90, render: (_: unknown, p) => t(`registry.sex.${p.sex}`), responsive: ['md'] },
    { key: 'nationalId', title: t('registry.person.nationalIdShort'), width: 150, render: (_: unknown, p) => p.nationalId ?? '—', responsive: ['md'] },
    { key: 'household', title: t('registry.person.householdCode'), width: 160, render: (_: unknown, p) => p.householdCode ?? '—', responsive: ['lg'] },
    { key: 'village', title: t('registry.person.village'), render: (_: unknown, p) => p.villageName ?? '—', responsive: ['sm'] },
  ];

  const total = people.data?.totalItems ?? 0;
  const capped = !!people.data?.totalItemsCapped;

  return (
    <Flex vertical gap={16}>
      <PageHeading
        title={t('registry.people.title')}
        subtitle={t('registry.people.intro')}
        extra={
          canWriteRegistry(user.role) && (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/people/new')}>
                {t('registry.people.new')}
              </Button>
              <Button onClick={() => void navigate('/households/new')}>{t('registry.households.new')}</Button>
            </>
          )
        }
      />
      <Card size="small">
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item label={t('registry.people.filterName')} htmlFor="people-q" style={{ marginBottom: 8 }}>
                <DebouncedInput
                  id="people-q"
                  type="search"
                  allowClear
                  prefix={<SearchOutlined aria-hidden />}
                  placeholder={t('registry.people.filterNamePlaceholder')}
                  value={q}
                  onCommit={setQ}
                  autoFocus={!phone}
                />
              </Form.Item>
            </Col>
            <Col xs={14} sm={12} md={6} xl={5}>
              <Form.Item label={t('registry.person.nationalIdShort')} htmlFor="people-national-id" style={{ marginBottom: 8 }}>
                <DebouncedInput
                  id="people-national-id"
                  inputMode="numeric"
                  allowClear
                  maxLength={12}
                  value={nationalId}
                  onCommit={setNationalId}
                  normalize={digitsOnly}
                />
              </Form.Item>
            </Col>
            <Col xs={10} sm={12} md={6} xl={4}>
              <Form.Item label={t('registry.people.filterBirthYear')} htmlFor="people-birth-year" style={{ marginBottom: 8 }}>
                <DebouncedInput
                  id="people-birth-year"
                  inputMode="numeric"
                  allowClear
                  maxLength={4}
                  placeholder="1948"
                  value={birthYear}
                  onCommit={setBirthYear}
                  normalize={digitsOnly}
                />
              </Form.Item>
            </Col>
            {province && (
              <Col xs={24} md={12} xl={7}>
                <Form.Item label={t('registry.person.commune')} htmlFor="people-commune" style={{ marginBottom: 8 }}>
                  <CommuneSelect id="people-commune" provinceCode={province} value={communeCode || null} onChange={(code) => update({ communeCode: code })} />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} sm={12} md={6} xl={5}>
              <Form.Item label={t('registry.people.sort')} htmlFor="people-sort" style={{ marginBottom: 8 }}>
                <Select
                  id="people-sort"
                  value={sort}
                  onChange={(value) => update({ sort: value === 'fullName' ? null : value })}
                  options={SORTS.map((s) => ({ value: s, label: t(`registry.people.sortBy.${s}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>

      {!narrowed ? (
        <Alert type="info" showIcon title={t('registry.people.narrowFirst')} />
      ) : people.isError ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : (
        <Table<PersonSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={people.data?.items ?? []}
          loading={people.isFetching}
          tableLayout="fixed"
          locale={{ emptyText: q || nationalId || birthYear ? t('registry.people.noneFound') : t('registry.people.noneYet') }}
          onRow={openPerson}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total,
            showSizeChanger: false,
            simple: phone,
            showTotal: (count) =>
              capped ? t('registry.people.totalCapped', { formatted: formatNumber(count) }) : t('registry.people.total', { count, formatted: formatNumber(count) }),
            onChange: (next) => update({ page: next }),
          }}
        />
      )}
    </Flex>
  );
}
