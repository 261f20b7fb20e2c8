import { Alert, Breadcrumb, Card, Col, Empty, Flex, Form, Grid, Row, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { formatDate } from '@/lib/format';
import { useArea } from '../api/get-area';
import { useAreas, type AreaListQuery } from '../api/get-areas';
import { applyAreaPatch, searchString, useAreaParams } from '../components/area-params';
import { AreaSearch } from '../components/AreaSearch';
import { AreaTable, PAGE_SIZE } from '../components/AreaTable';
import { ProvinceList } from '../components/ProvinceList';
import { ValidOnPicker } from '../components/ValidOnPicker';

type Mode = 'choose' | 'search' | 'districts' | 'communes' | 'pending';

/**
 * Administrative units as of a day: the provinces on the left; on the right a province's communes
 * (or, before 1 July 2025, its districts and then their communes), or a search across the country.
 * Everything lives in the URL; /areas/:code opens a unit's details over the list.
 */
export function AreasPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { params, search, update } = useAreaParams();
  const { district, q, validOn, page } = params;
  const onSearch = useCallback((text: string) => update({ q: text }, { replace: true }), [update]);

  const provincesQuery = useAreas({ level: 'PROVINCE', validOn, page: 0, size: 100 });
  const provinces = provincesQuery.data?.items;
  // a province code from another day (e.g. before the merger) counts as none chosen
  const province = provinces?.find((p) => p.code === params.province) ?? null;

  // Before 1/7/2025 provinces were divided into districts; the data says whether this one is.
  const probe = useAreas(
    { level: 'DISTRICT', parentCode: province?.code ?? '', validOn, page: 0, size: 1 },
    { enabled: !!province && !district, keepPrevious: false },
  );
  const districtArea = useArea(province ? (district ?? undefined) : undefined, validOn);

  let mode: Mode;
  if (!province) mode = q ? 'search' : provincesQuery.isPending || (params.province && !provinces) ? 'pending' : 'choose';
  else if (district) mode = 'communes';
  else if (probe.isPending) mode = 'pending';
  else mode = (probe.data?.totalItems ?? 0) > 0 ? 'districts' : 'communes';

  const listQuery: AreaListQuery = { validOn, page: page - 1, size: PAGE_SIZE, ...(q ? { q } : {}) };
  if (mode === 'districts') Object.assign(listQuery, { level: 'DISTRICT', parentCode: province?.code });
  if (mode === 'communes') Object.assign(listQuery, { level: 'COMMUNE', parentCode: district ?? province?.code });
  const list = useAreas(listQuery, { enabled: mode === 'search' || mode === 'districts' || mode === 'communes' });

  const withPatch = (patch: Parameters<typeof applyAreaPatch>[1]) => searchString(applyAreaPatch(search, patch));
  const detailHref = (code: string) => `/areas/${encodeURIComponent(code)}${searchString(search)}`;
  const provinceHref = (code: string) => `/areas${withPatch({ province: code, district: null, q: null })}`;
  const provinceDetailHref = (code: string) =>
    `/areas/${encodeURIComponent(code)}${withPatch({ province: code, district: null, q: null })}`;
  const communesHref = (code: string) => `/areas${withPatch({ district: code, q: null })}`;

  const caption =
    mode === 'search'
      ? t('areas.searchResults', { q })
      : mode === 'districts'
        ? t('areas.districtsOf', { name: province?.fullName })
        : t('areas.communesOf', { name: district ? (districtArea.data?.fullName ?? district) : province?.fullName });

  const anyEnded = provinces?.some((p) => p.validTo);

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0, marginBottom: 4 }}>
          {t('areas.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('areas.intro')}</Typography.Text>
      </div>

      <Card size="small">
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            <Col xs={24} sm={10} md={8} xl={6}>
              <Form.Item label={t('areas.validOn')} htmlFor="areas-valid-on" style={{ marginBottom: 8 }}>
                <ValidOnPicker
                  id="areas-valid-on"
                  value={validOn}
                  onChange={(iso) => update({ validOn: iso, district: null })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={14} md={16} xl={18}>
              <Form.Item label={t('areas.search')} htmlFor="areas-search" style={{ marginBottom: 8 }}>
                <AreaSearch id="areas-search" value={q} onSearch={onSearch} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>

      {anyEnded && <Alert type="info" showIcon title={t('areas.beforeReform', { date: formatDate(validOn) })} />}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8} xl={7} xxl={6}>
          <Card size="small" title={t('areas.provinces')}>
            {provincesQuery.isError ? (
              <ErrorState error={provincesQuery.error} onRetry={() => void provincesQuery.refetch()} />
            ) : (
              <ProvinceList
                provinces={provinces}
                loading={provincesQuery.isPending}
                selected={province?.code ?? null}
                listHref={provinceHref}
                detailHref={provinceDetailHref}
                maxHeight={screens.lg ? 'calc(100vh - 400px)' : 240}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16} xl={17} xxl={18}>
          <Card size="small">
            {district && province && (
              <Breadcrumb
                style={{ marginBottom: 8 }}
                items={[
                  { key: 'province', title: <Link to={provinceHref(province.code)}>{province.fullName}</Link> },
                  { key: 'district', title: districtArea.data?.fullName ?? district },
                ]}
              />
            )}
            {mode === 'choose' ? (
              <Empty description={t('areas.choose')} style={{ padding: '48px 0' }} />
            ) : list.isError ? (
              <ErrorState error={list.error} onRetry={() => void list.refetch()} />
            ) : probe.isError ? (
              <ErrorState error={probe.error} onRetry={() => void probe.refetch()} />
            ) : (
              <AreaTable
                items={mode === 'pending' ? [] : (list.data?.items ?? [])}
                total={list.data?.totalItems ?? 0}
                loading={mode === 'pending' || list.isFetching}
                page={page}
                onPageChange={(next) => update({ page: next })}
                detailHref={detailHref}
                communesHref={mode === 'districts' ? communesHref : undefined}
                showParent={mode === 'search'}
                emptyText={q ? t('areas.emptySearch', { q }) : t('areas.empty')}
                caption={mode === 'pending' ? t('common.loading') : caption}
              />
            )}
          </Card>
        </Col>
      </Row>
      <Outlet />
    </Flex>
  );
}
