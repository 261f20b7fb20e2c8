import { Descriptions, Drawer, Flex, Grid, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { formatDate } from '@/lib/format';
import { isApiProblem } from '@/lib/problem';
import { useArea } from '../api/get-area';
import { applyAreaPatch, searchString, useAreaParams } from '../components/area-params';
import { AreaRefList } from '../components/AreaRefList';

/** /areas/:code — one unit as of the chosen day: parent, validity, what it was made of and what it went into. */
export function AreaDetailDrawer() {
  const { t } = useTranslation();
  const { code } = useParams();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const { params, search } = useAreaParams();
  const { validOn } = params;
  const area = useArea(code, validOn);
  const unit = area.data;

  const close = () => {
    let next = search;
    // opened from a bare link: show the list it belongs to
    if (unit && !params.province && !params.q) {
      next = applyAreaPatch(search, {
        province: unit.level === 'PROVINCE' ? unit.code : unit.provinceCode,
        ...(unit.level === 'COMMUNE' && unit.parent?.level === 'DISTRICT' ? { district: unit.parent.code } : {}),
      });
    }
    void navigate(`/areas${searchString(next)}`);
  };
  const sameDay = searchString(search);
  const atDay = (day: string) => searchString(applyAreaPatch(search, { validOn: day, district: null, q: null }));

  const listLink =
    unit?.level === 'PROVINCE'
      ? `/areas${searchString(applyAreaPatch(search, { province: unit.code, district: null, q: null }))}`
      : unit?.level === 'DISTRICT'
        ? `/areas${searchString(applyAreaPatch(search, { province: unit.provinceCode, district: unit.code, q: null }))}`
        : null;

  let body;
  if (area.isPending) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (area.isError) {
    body =
      isApiProblem(area.error) && area.error.status === 404 ? (
        <Result status="404" subTitle={t('areas.detail.notFound', { code, date: formatDate(validOn) })} />
      ) : (
        <ErrorState error={area.error} onRetry={() => void area.refetch()} />
      );
  } else if (unit) {
    body = (
      <Flex vertical gap={20}>
        <Descriptions
          column={1}
          bordered
          size="small"
          styles={{ label: { width: 140 } }}
          items={[
            { key: 'code', label: t('areas.detail.code'), children: unit.code },
            { key: 'fullName', label: t('areas.detail.fullName'), children: unit.fullName },
            ...(unit.nameEn ? [{ key: 'nameEn', label: t('areas.detail.nameEn'), children: unit.nameEn }] : []),
            { key: 'level', label: t('areas.detail.level'), children: t(`areas.level.${unit.level}`) },
            { key: 'type', label: t('areas.detail.type'), children: unit.type },
            {
              key: 'parent',
              label: t('areas.detail.parent'),
              children: unit.parent ? (
                <Link to={`/areas/${encodeURIComponent(unit.parent.code)}${sameDay}`}>{unit.parent.fullName}</Link>
              ) : (
                '—'
              ),
            },
            {
              key: 'validFrom',
              label: t('areas.detail.validFrom'),
              children: unit.validFrom ? formatDate(unit.validFrom) : t('areas.detail.fromUnknown'),
            },
            {
              key: 'validTo',
              label: t('areas.detail.validTo'),
              children: unit.validTo ? formatDate(unit.validTo) : t('areas.detail.stillValid'),
            },
          ]}
        />
        {listLink && (
          <Link to={listLink}>{unit.level === 'PROVINCE' ? t('areas.listWithin') : t('areas.viewCommunes')}</Link>
        )}
        <section>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('areas.detail.predecessors')}
          </Typography.Title>
          <AreaRefList refs={unit.predecessors} validOn={validOn} empty={t('areas.detail.noPredecessors')} linkSearch={atDay} />
        </section>
        <section>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('areas.detail.successors')}
          </Typography.Title>
          <AreaRefList refs={unit.successors} validOn={validOn} empty={t('areas.detail.noSuccessors')} linkSearch={atDay} />
        </section>
      </Flex>
    );
  }

  return (
    <Drawer
      open
      onClose={close}
      title={unit?.fullName ?? t('areas.detail.title')}
      size={screens.md ? 560 : '100%'}
      closable={{ 'aria-label': t('common.close') }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('areas.validOn')}: {formatDate(validOn)}
      </Typography.Paragraph>
      {body}
    </Drawer>
  );
}
