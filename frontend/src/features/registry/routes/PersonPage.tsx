import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Grid, Result, Skeleton, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { ageOn, formatBirthDate } from '@/lib/birth-date';
import { useCurrentUser, type Role } from '@/lib/current-user';
import { DATE_FORMAT, formatDate } from '@/lib/format';
import { isApiProblem } from '@/lib/problem';
import { usePerson, type PersonView } from '../api/get-person';
import { EditPersonDrawer } from '../components/EditPersonDrawer';
import { describeFactValue } from '../components/fact-kinds';
import { FactsPanel } from '../components/FactsPanel';
import { HistoryList } from '../components/HistoryList';
import { PageHeading } from '@/components/ui/PageHeading';
import { canWriteRegistry } from '../components/permissions';

const TABS = ['details', 'facts', 'history'] as const;

/**
 * A tab another feature adds to the person page (eligibility, cases, entitlements). The app layer
 * passes them in, so this feature never imports another.
 */
export interface PersonTab {
  key: string;
  /** i18n key of the tab's label */
  label: string;
  /** who sees the tab (the API behind it allows only them) */
  roles: readonly Role[];
  render: (person: PersonView) => ReactNode;
}

function Details({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const none = <Typography.Text type="secondary">{t('registry.person.notGiven')}</Typography.Text>;
  const account = person.payoutAccount;
  return (
    <Flex vertical gap={16}>
      <Descriptions
        bordered
        size="middle"
        column={1}
        layout={phone ? 'vertical' : 'horizontal'}
        styles={{ label: phone ? undefined : { width: 220 } }}
        items={[
          { key: 'fullName', label: t('registry.person.fullName'), children: person.fullName },
          {
            key: 'birthDate',
            label: t('registry.person.birthDate'),
            children: (
              <>
                {formatBirthDate(person.birthDate, person.birthDatePrecision)}
                {person.birthDatePrecision !== 'DAY' && (
                  <Typography.Text type="secondary"> ({t(`registry.birthDate.only.${person.birthDatePrecision}`)})</Typography.Text>
                )}
              </>
            ),
          },
          { key: 'sex', label: t('registry.person.sex'), children: t(`registry.sex.${person.sex}`) },
          { key: 'ethnicGroup', label: t('registry.person.ethnicGroup'), children: person.ethnicGroup.name },
          { key: 'nationalId', label: t('registry.person.nationalId'), children: person.nationalId ?? none },
          { key: 'phone', label: t('registry.person.phone'), children: person.phone ?? none },
          { key: 'commune', label: t('registry.person.commune'), children: person.commune.name },
          {
            key: 'household',
            label: t('registry.person.household'),
            children: person.household ? (
              <>
                <Link to={`/households/${person.household.id}`}>{person.household.code}</Link>
                {person.relationToHead && <> · {t(`registry.relation.${person.relationToHead}`)}</>}
              </>
            ) : (
              none
            ),
          },
          {
            key: 'payout',
            label: t('registry.person.payoutAccount'),
            children: account ? `${t(`registry.payout.${account.kind}`)} · ${account.provider} · ${account.number}` : t('registry.payout.cash'),
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('registry.person.stamps', { created: dayjs(person.createdAt).format(DATE_FORMAT), updated: dayjs(person.updatedAt).format(DATE_FORMAT) })}
      </Typography.Text>
    </Flex>
  );
}

/** /people/:id — who the person is, the facts about them through time, and the record's history. */
export function PersonPage({ extraTabs: offered = [] }: { extraTabs?: readonly PersonTab[] }) {
  const { t } = useTranslation();
  const { id } = useParams();
  const user = useCurrentUser();
  const extraTabs = offered.filter((extra) => extra.roles.includes(user.role));
  const [search, setSearch] = useSearchParams();
  const person = usePerson(id);
  const [editing, setEditing] = useState(false);
  const tabKeys: readonly string[] = [...TABS, ...extraTabs.map((x) => x.key)];
  const tab = tabKeys.includes(search.get('tab') ?? '') ? (search.get('tab') as string) : 'details';
  const canWrite = canWriteRegistry(user.role);

  if (person.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (person.isError) {
    return isApiProblem(person.error) && person.error.status === 404 ? (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('registry.person.notFoundTitle')}</h1>}
        subTitle={t('registry.person.notFound')}
        extra={<Link to="/people">{t('registry.people.back')}</Link>}
      />
    ) : (
      <ErrorState error={person.error} onRetry={() => void person.refetch()} />
    );
  }
  const p = person.data;
  const age = ageOn(p.birthDate.slice(0, p.birthDatePrecision === 'YEAR' ? 4 : p.birthDatePrecision === 'MONTH' ? 7 : 10), p.deathDate ?? undefined);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <PageHeading
        title={p.fullName}
        back={{ to: '/people', label: t('registry.people.back') }}
        subtitle={
          <>
            {t(`registry.sex.${p.sex}`)} · {t('registry.person.bornAge', { date: formatBirthDate(p.birthDate, p.birthDatePrecision), age })}
            {p.household && <> · {t('registry.person.inHousehold', { code: p.household.code })}</>}
          </>
        }
        extra={
          canWrite && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('registry.person.edit')}
            </Button>
          )
        }
      />
      {p.deathDate && <Alert type="info" showIcon title={t('registry.person.died', { date: formatDate(p.deathDate) })} />}
      {p.facts.length > 0 && (
        <Flex gap={8} wrap aria-label={t('registry.fact.current')}>
          {p.facts
            .filter((f) => !f.supersededBy && f.kind !== 'DEATH')
            .map((f) => (
              <Tag key={f.id} color="blue" style={{ whiteSpace: 'normal' }}>
                {t(`registry.fact.kind.${f.kind}`)}: {describeFactValue(f, t)}
              </Tag>
            ))}
        </Flex>
      )}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch(key === 'details' ? {} : { tab: key }, { replace: true })}
          items={[
            { key: 'details', label: t('registry.person.tabs.details'), children: <Details person={p} /> },
            { key: 'facts', label: t('registry.person.tabs.facts'), children: <FactsPanel personId={p.id} canWrite={canWrite} /> },
            { key: 'history', label: t('registry.person.tabs.history'), children: <HistoryList personId={p.id} commune={p.commune} /> },
            ...extraTabs.map((extra) => ({ key: extra.key, label: t(extra.label), children: extra.render(p) })),
          ]}
        />
      </Card>
      {editing && (
        <EditPersonDrawer
          person={p}
          onClose={() => setEditing(false)}
          onReload={async () => (await person.refetch()).data}
        />
      )}
    </Flex>
  );
}
