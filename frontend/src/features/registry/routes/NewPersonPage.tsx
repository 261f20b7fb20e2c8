import { Alert, App, Card, Descriptions, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { useCurrentUser } from '@/lib/current-user';
import { useCreatePerson } from '../api/create-person';
import { useHousehold } from '../api/get-household';
import { PageHeading } from '@/components/ui/PageHeading';
import { PersonForm } from '../components/PersonForm';
import { canWriteRegistry, ownCommune } from '../components/permissions';
import { toNewPerson } from '../components/person-form-values';

/** /people/new (?householdId= to add a member to a household): registers one person in the user's commune. */
export function NewPersonPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [search] = useSearchParams();
  const householdId = search.get('householdId');
  const household = useHousehold(householdId ?? undefined);
  const create = useCreatePerson();
  const commune = ownCommune(user);

  if (!canWriteRegistry(user.role) || !commune) {
    return <Alert type="warning" showIcon title={t('registry.person.cannotRegister')} />;
  }
  if (householdId && household.isPending) return <Skeleton active />;
  if (householdId && household.isError) return <ErrorState error={household.error} onRetry={() => void household.refetch()} />;
  const inHousehold = householdId ? household.data : undefined;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <PageHeading
        title={t('registry.person.newTitle')}
        back={inHousehold ? { to: `/households/${inHousehold.id}`, label: t('registry.household.backTo', { code: inHousehold.code }) } : { to: '/people', label: t('registry.people.back') }}
        subtitle={t('registry.person.newIntro')}
      />
      <Card>
        <PersonForm
          formName="person"
          withRelation={!!inHousehold}
          initialValues={{ fullName: '', birthDate: '', payoutAccount: { kind: 'NONE' }, relationToHead: inHousehold && !inHousehold.head ? 'HEAD' : undefined }}
          submitLabel={t('registry.person.register')}
          header={
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              style={{ marginBottom: 16 }}
              items={[
                { key: 'commune', label: t('registry.person.commune'), children: inHousehold?.commune.name ?? commune.name },
                ...(inHousehold
                  ? [{ key: 'household', label: t('registry.person.household'), children: <Link to={`/households/${inHousehold.id}`}>{inHousehold.code}</Link> }]
                  : []),
              ]}
            />
          }
          onSubmit={async (values, confirmed) => {
            const person = await create.mutateAsync(
              toNewPerson(values, { communeCode: inHousehold?.communeCode ?? commune.code, householdId: inHousehold?.id }, confirmed),
            );
            void message.success(t('registry.person.registered', { name: person.fullName }));
            void navigate(`/people/${person.id}`);
          }}
          onCancel={() => void navigate(inHousehold ? `/households/${inHousehold.id}` : '/people')}
        />
      </Card>
    </Flex>
  );
}
