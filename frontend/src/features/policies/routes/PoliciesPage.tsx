import { Card, DatePicker, Flex, Form, Skeleton, Table, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { DATE_FORMAT, formatCoefficient, formatDate, formatVnd, ISO_DATE, todayIso } from '@/lib/format';
import { useProgrammes, type ProgrammeGroup } from '../api/get-programmes';
import { useStandardLevels } from '../api/get-standard-levels';

function StandardLevels() {
  const { t } = useTranslation();
  const levels = useStandardLevels();
  if (levels.isPending) return <Skeleton active />;
  if (levels.isError) return <ErrorState error={levels.error} onRetry={() => void levels.refetch()} />;
  return (
    <Timeline
      items={levels.data.map((l) => ({
        key: l.id,
        color: l.status === 'DRAFT' ? 'gray' : 'blue',
        content: (
          <div>
            <Typography.Text strong>{formatVnd(l.amountVnd)}</Typography.Text>{' '}
            {l.provinceCode ? <Tag>{t('policies.province', { code: l.provinceCode })}</Tag> : <Tag color="blue">{t('policies.national')}</Tag>}
            {l.status === 'DRAFT' && <Tag>{t('policies.status.DRAFT')}</Tag>}
            <div>
              <Typography.Text type="secondary">
                {l.effectiveTo
                  ? t('policies.period', { from: formatDate(l.effectiveFrom), to: formatDate(l.effectiveTo) })
                  : t('policies.periodOpen', { from: formatDate(l.effectiveFrom) })}{' '}
                · {l.legalBasis}
              </Typography.Text>
            </div>
          </div>
        ),
      }))}
    />
  );
}

/** /policies — the policy catalogue on a date: programmes, their groups with coefficient and amount, and the standard level through time. */
export function PoliciesPage() {
  const { t, i18n } = useTranslation();
  const [on, setOn] = useState(todayIso());
  const programmes = useProgrammes(on);
  const en = i18n.language === 'en';

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1200 }}>
      <PageHeading title={t('policies.catalogue.title')} subtitle={t('policies.catalogue.intro')} />
      <Form layout="inline">
        <Form.Item label={t('policies.catalogue.on')} htmlFor="policies-on">
          <DatePicker
            id="policies-on"
            value={dayjs(on, ISO_DATE)}
            format={DATE_FORMAT}
            allowClear={false}
            presets={[
              { label: '30/06/2025', value: dayjs('2025-06-30') },
              { label: '01/07/2025', value: dayjs('2025-07-01') },
              { label: t('eligibility.presets.today'), value: dayjs() },
            ]}
            onChange={(d) => d && setOn(d.format(ISO_DATE))}
          />
        </Form.Item>
      </Form>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('policies.levels.title')}</h2>}>
        <StandardLevels />
      </Card>
      {programmes.isPending ? (
        <Skeleton active />
      ) : programmes.isError ? (
        <ErrorState error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : (
        programmes.data.map((p) => (
          <Card
            key={p.code}
            title={
              <h2 style={{ fontSize: 16, margin: 0 }}>
                {en ? p.nameEn : p.nameVi}{' '}
                <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 14 }}>
                  {p.legalBasis}
                </Typography.Text>
                {p.sample && <Tag style={{ marginLeft: 8 }}>{t('eligibility.sample')}</Tag>}
              </h2>
            }
            extra={p.standardLevelVnd != null && t('policies.catalogue.level', { amount: formatVnd(p.standardLevelVnd) })}
          >
            <Table<ProgrammeGroup>
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={p.groups}
              columns={[
                {
                  key: 'name',
                  title: t('policies.group.name'),
                  render: (_: unknown, g) => (
                    <>
                      <Link to={`/policies/groups/${g.code}`}>{en ? g.nameEn : g.nameVi}</Link>
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                          {g.legalBasis}
                        </Typography.Text>
                      </div>
                    </>
                  ),
                },
                {
                  key: 'inForce',
                  title: t('policies.group.inForce'),
                  width: 130,
                  render: (_: unknown, g) => (g.inForce ? <Tag color="green">{t('policies.group.yes')}</Tag> : <Tag>{t('policies.group.no')}</Tag>),
                },
                { key: 'coefficient', title: t('policies.group.coefficient'), width: 90, render: (_: unknown, g) => (g.coefficient != null ? formatCoefficient(g.coefficient) : '—') },
                { key: 'amount', title: t('policies.group.amount'), width: 140, align: 'right', render: (_: unknown, g) => (g.amountVnd != null ? formatVnd(g.amountVnd) : '—') },
                {
                  key: 'start',
                  title: t('policies.group.startRule'),
                  responsive: ['lg'],
                  render: (_: unknown, g) => t(`policies.startRule.${g.startRule}`, { age: g.startAge ?? '' }),
                },
              ]}
            />
          </Card>
        ))
      )}
    </Flex>
  );
}
