import { Alert, Card, Collapse, DatePicker, Descriptions, Empty, Flex, Form, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/ErrorState';
import { DATE_FORMAT, formatCoefficient, formatDate, formatVnd, ISO_DATE, todayIso } from '@/lib/format';
import { usePersonEligibility, type EligibilityChoice, type EligibilityGroup } from '../api/evaluate-eligibility';
import { CriterionList } from './CriterionList';

function GroupHeader({ group }: { group: EligibilityGroup }) {
  const { t, i18n } = useTranslation();
  return (
    <Flex justify="space-between" gap={8} wrap style={{ width: '100%' }}>
      <span>
        <Typography.Text strong>{i18n.language === 'en' ? group.nameEn : group.nameVi}</Typography.Text>{' '}
        <Typography.Text type="secondary">({group.legalBasis})</Typography.Text>
      </span>
      <span>
        {group.eligible ? <Tag color="green">{t('policies.eligibility.eligible')}</Tag> : <Tag>{t('policies.eligibility.notEligible')}</Tag>}
        {group.coefficient != null && (
          <Typography.Text type="secondary">{t('policies.eligibility.coefficientShort', { value: formatCoefficient(group.coefficient) })}</Typography.Text>
        )}
      </span>
    </Flex>
  );
}

function ChosenSummary({ chosen, total }: { chosen: readonly EligibilityChoice[]; total: number }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  if (chosen.length === 0) return <Alert type="warning" showIcon title={t('policies.eligibility.noneChosen')} />;
  return (
    <Alert
      type="success"
      showIcon
      title={t('policies.eligibility.total', { amount: formatVnd(total) })}
      description={
        <Descriptions
          size="small"
          column={1}
          items={chosen.map((c) => ({
            key: `${c.programmeCode}/${c.groupCode}`,
            label: en ? c.nameEn : c.nameVi,
            children: (
              <span>
                {t('policies.eligibility.formula', {
                  level: formatVnd(c.standardLevelVnd),
                  coefficient: formatCoefficient(c.coefficient),
                  amount: formatVnd(c.amountVnd),
                })}
                {c.children > 1 && <> · {t('policies.eligibility.children', { count: c.children })}</>}
                <br />
                <Typography.Text type="secondary">
                  {en ? c.reasonEn : c.reasonVi} ({c.legalBasis})
                </Typography.Text>
              </span>
            ),
          }))}
        />
      }
    />
  );
}

/** "Eligibility on date…": every programme and group the person is evaluated against, each criterion ticked or crossed and why. */
export function EligibilityPanel({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const [on, setOn] = useState(todayIso());
  const result = usePersonEligibility(personId, on);
  const presets = [
    { label: t('policies.eligibility.presets.today'), value: dayjs() },
    { label: t('policies.eligibility.presets.before'), value: dayjs('2025-06-30') },
    { label: t('policies.eligibility.presets.after'), value: dayjs('2025-07-01') },
  ];

  return (
    <Flex vertical gap={16}>
      <Form layout="inline">
        <Form.Item label={t('policies.eligibility.on')} htmlFor="eligibility-on">
          <DatePicker
            id="eligibility-on"
            value={dayjs(on, ISO_DATE)}
            format={DATE_FORMAT}
            allowClear={false}
            presets={presets}
            onChange={(date) => {
              if (date) setOn(date.format(ISO_DATE));
            }}
          />
        </Form.Item>
      </Form>
      {result.isPending ? (
        <Skeleton active />
      ) : result.isError ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <section aria-label={t('policies.eligibility.resultOn', { date: formatDate(result.data.on) })}>
          <Flex vertical gap={16}>
            <Typography.Title level={3} style={{ fontSize: 18, margin: 0 }}>
              {t('policies.eligibility.resultOn', { date: formatDate(result.data.on) })}
            </Typography.Title>
            <ChosenSummary chosen={result.data.chosen} total={result.data.totalMonthlyVnd} />
            {result.data.sensitiveWithheld && <Alert type="info" showIcon title={t('policies.eligibility.sensitiveWithheld')} />}
            {result.data.programmes.length === 0 && <Empty description={t('policies.eligibility.noProgrammes')} />}
            {result.data.programmes.map((programme) => (
              <Card
                key={programme.code}
                size="small"
                title={
                  <span>
                    {i18n.language === 'en' ? programme.nameEn : programme.name}{' '}
                    <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                      {programme.legalBasis}
                    </Typography.Text>
                    {programme.sample && <Tag style={{ marginLeft: 8 }}>{t('policies.sample')}</Tag>}
                  </span>
                }
              >
                <Collapse
                  size="small"
                  defaultActiveKey={programme.groups.filter((g) => g.eligible).map((g) => g.code)}
                  items={programme.groups.map((group) => ({
                    key: group.code,
                    label: <GroupHeader group={group} />,
                    children: (
                      <Flex vertical gap={8}>
                        <CriterionList criteria={group.criteria} />
                        {group.amountVnd != null && group.coefficient != null && group.standardLevelVnd != null && (
                          <Typography.Text type="secondary">
                            {t('policies.eligibility.formula', {
                              level: formatVnd(group.standardLevelVnd),
                              coefficient: formatCoefficient(group.coefficient),
                              amount: formatVnd(group.amountVnd),
                            })}
                          </Typography.Text>
                        )}
                      </Flex>
                    ),
                  }))}
                />
              </Card>
            ))}
          </Flex>
        </section>
      )}
    </Flex>
  );
}
