/**
 * The evaluator's explanation (POST /eligibility/evaluations, or the snapshot a case keeps): what is
 * paid and why, then every programme and group with each criterion ticked or crossed. Shared by the
 * person page's eligibility panel and the case page.
 */
import { Alert, Card, Collapse, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api';
import { formatCoefficient, formatDate, formatVnd } from '@/lib/format';
import { CriterionList } from './CriterionList';

type Eligibility = Schemas['Eligibility'];
type EligibilityGroup = Schemas['EligibilityGroup'];
type EligibilityChoice = Schemas['EligibilityChoice'];

function GroupHeader({ group }: { group: EligibilityGroup }) {
  const { t, i18n } = useTranslation();
  return (
    <Flex justify="space-between" gap={8} wrap style={{ width: '100%' }}>
      <span>
        <Typography.Text strong>{i18n.language === 'en' ? group.nameEn : group.nameVi}</Typography.Text>{' '}
        <Typography.Text type="secondary">({group.legalBasis})</Typography.Text>
      </span>
      <span>
        {group.eligible ? <Tag color="green">{t('eligibility.eligible')}</Tag> : <Tag>{t('eligibility.notEligible')}</Tag>}
        {group.coefficient != null && (
          <Typography.Text type="secondary">{t('eligibility.coefficientShort', { value: formatCoefficient(group.coefficient) })}</Typography.Text>
        )}
      </span>
    </Flex>
  );
}

function ChosenSummary({ chosen, total }: { chosen: readonly EligibilityChoice[]; total: number }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  if (chosen.length === 0) return <Alert type="warning" showIcon title={t('eligibility.noneChosen')} />;
  return (
    <Alert
      type="success"
      showIcon
      title={t('eligibility.total', { amount: formatVnd(total) })}
      description={
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {chosen.map((c) => (
            <li key={`${c.programmeCode}/${c.groupCode}`} style={{ padding: '4px 0' }}>
              <Typography.Text strong>{en ? c.nameEn : c.nameVi}</Typography.Text>
              <div>
                {t('eligibility.formula', {
                  level: formatVnd(c.standardLevelVnd),
                  coefficient: formatCoefficient(c.coefficient),
                  amount: formatVnd(c.amountVnd),
                })}
                {c.children > 1 && <> · {t('eligibility.children', { count: c.children })}</>}
              </div>
              <Typography.Text type="secondary">
                {en ? c.reasonEn : c.reasonVi} ({c.legalBasis})
              </Typography.Text>
            </li>
          ))}
        </ul>
      }
    />
  );
}

export function EligibilityExplanation({ result, onlyEligible = false }: { result: Eligibility; onlyEligible?: boolean }) {
  const { t, i18n } = useTranslation();
  const title = t('eligibility.resultOn', { date: formatDate(result.on) });
  const programmes = onlyEligible
    ? result.programmes.map((p) => ({ ...p, groups: p.groups.filter((g) => g.eligible) })).filter((p) => p.groups.length > 0)
    : result.programmes;
  return (
    <section aria-label={title}>
      <Flex vertical gap={16}>
        <Typography.Title level={3} style={{ fontSize: 18, margin: 0 }}>
          {title}
        </Typography.Title>
        <ChosenSummary chosen={result.chosen} total={result.totalMonthlyVnd} />
        {result.sensitiveWithheld && <Alert type="info" showIcon title={t('eligibility.sensitiveWithheld')} />}
        {programmes.length === 0 && !onlyEligible && <Empty description={t('eligibility.noProgrammes')} />}
        {programmes.map((programme) => (
          <Card
            key={programme.code}
            size="small"
            title={
              <span>
                {i18n.language === 'en' ? programme.nameEn : programme.name}{' '}
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {programme.legalBasis}
                </Typography.Text>
                {programme.sample && <Tag style={{ marginLeft: 8 }}>{t('eligibility.sample')}</Tag>}
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
                        {t('eligibility.formula', {
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
  );
}
