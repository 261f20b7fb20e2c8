import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '@/lib/current-user';
import { showFieldErrors } from '@/lib/form-errors';
import { DATE_FORMAT } from '@/lib/format';
import { CLIENT_CODES, toApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-message';
import { useCreateHousehold } from '../api/create-household';
import { DuplicateCandidates } from '../components/DuplicateCandidates';
import { allCandidateIds, memberIndexOf, readDuplicates, readExisting, type DuplicateInfo } from '../components/duplicate-problem';
import { POVERTY_STATUSES, toNewHousehold, type HouseholdFormValues, type MemberValues } from '../components/household-form-values';
import { PageHeading } from '@/components/ui/PageHeading';
import { PersonIdentityFields } from '../components/PersonIdentityFields';
import { canWriteRegistry, ownCommune } from '../components/permissions';
import { RELATIONS } from '../components/person-form-values';
import { VillageSelect } from '../components/VillageSelect';

const EMPTY_MEMBER: MemberValues = {};

/** /households/new — a household and its members in one form, saved together; exactly one member heads it. */
export function NewHouseholdPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const commune = ownCommune(user);
  const [form] = Form.useForm<HouseholdFormValues>();
  const create = useCreateHousehold();
  const [formError, setFormError] = useState<string | null>(null);
  const [existingId, setExistingId] = useState<string | null | undefined>(undefined);
  const [duplicates, setDuplicates] = useState<DuplicateInfo | null>(null);
  // people each member was confirmed not to be; -1: confirmed for every member (the API did not say which)
  const [confirmed, setConfirmed] = useState<Map<number, string[]>>(new Map());
  const povertyStatus = Form.useWatch(['povertyStatus', 'status'], form);

  if (!canWriteRegistry(user.role) || !commune) {
    return <Alert type="warning" showIcon title={t('registry.household.cannotRegister')} />;
  }

  const confirmedFor = (map: Map<number, string[]>) => (index: number) => [...new Set([...(map.get(index) ?? []), ...(map.get(-1) ?? [])])];

  const send = (values: HouseholdFormValues, confirmations: Map<number, string[]>) => {
    setFormError(null);
    setExistingId(undefined);
    create.mutate(toNewHousehold(values, commune.code, confirmedFor(confirmations)), {
      onSuccess: (household) => {
        void message.success(t('registry.household.registered', { code: household.code }));
        void navigate(`/households/${household.id}`);
      },
      onError: (error) => {
        const problem = toApiProblem(error);
        if (problem.code === CLIENT_CODES.network || problem.status === 0 || problem.status >= 500) {
          void message.error(describeProblem(problem, t));
          return;
        }
        const found = readDuplicates(problem);
        if (found) {
          setDuplicates(found);
          return;
        }
        const existing = readExisting(problem);
        if (existing) {
          setExistingId(existing.id);
          const index = memberIndexOf(problem);
          if (index !== null) {
            form.setFields([{ name: ['members', index, 'nationalId'], errors: [problem.apiMessage ?? t('registry.person.nationalIdExists')] }]);
            form.scrollToField(['members', index, 'nationalId'], { block: 'center' });
            return;
          }
        }
        const unplaced = showFieldErrors(form, problem.errors);
        if (unplaced.length > 0 || problem.errors.length === 0) {
          setFormError([problem.apiMessage ?? t('errors.unexpected'), ...unplaced.map((e) => e.message)].join(' '));
        } else {
          setFormError(t('registry.form.fixFields'));
        }
      },
    });
  };

  const confirmDistinct = () => {
    if (!duplicates) return;
    const next = new Map(confirmed);
    const key = duplicates.memberIndex ?? -1;
    next.set(key, [...(next.get(key) ?? []), ...allCandidateIds(duplicates)]);
    setConfirmed(next);
    setDuplicates(null);
    send(form.getFieldsValue(true) as HouseholdFormValues, next);
  };

  const subjectOf = (info: DuplicateInfo) =>
    info.memberIndex === null ? undefined : (form.getFieldValue(['members', info.memberIndex, 'fullName']) as string | undefined);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1000 }}>
      <PageHeading
        title={t('registry.household.newTitle')}
        back={{ to: '/households', label: t('registry.households.back') }}
        subtitle={t('registry.household.newIntro', { commune: commune.name })}
      />
      <Form<HouseholdFormValues>
        form={form}
        name="household"
        layout="vertical"
        initialValues={{ members: [{ relationToHead: 'HEAD' }], povertyStatus: { status: 'UNKNOWN' } }}
        onFinish={(values) => send({ ...form.getFieldsValue(true), ...values } as HouseholdFormValues, confirmed)}
        onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name, { block: 'center' })}
        onValuesChange={() => {
          if (formError) setFormError(null);
        }}
        disabled={create.isPending}
      >
        <Flex vertical gap={16}>
          {formError && <Alert type="error" showIcon role="alert" title={formError} />}
          {existingId !== undefined && (
            <Alert
              type="info"
              showIcon
              title={existingId ? <Link to={`/people/${existingId}`} target="_blank">{t('registry.person.openExisting')}</Link> : t('registry.person.existingElsewhere')}
            />
          )}
          <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('registry.household.section')}</h2>}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="villageId" label={t('registry.household.village')} extra={t('registry.village.addHelp')}>
                  <VillageSelect communeCode={commune.code} allowCreate />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="address"
                  label={t('registry.household.address')}
                  rules={[{ required: true, whitespace: true, message: t('registry.household.addressRequired') }]}
                >
                  <Input maxLength={200} placeholder={t('registry.household.addressPlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="code" label={t('registry.household.code')} extra={t('registry.household.codeHelp')}>
                  <Input maxLength={20} autoComplete="off" />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name={['povertyStatus', 'status']} label={t('registry.household.povertyStatus')}>
                  <Select
                   
                    options={[
                      { value: 'UNKNOWN', label: t('registry.poverty.UNKNOWN') },
                      ...POVERTY_STATUSES.map((s) => ({ value: s, label: t(`registry.poverty.${s}`) })),
                    ]}
                  />
                </Form.Item>
              </Col>
              {povertyStatus && povertyStatus !== 'UNKNOWN' && (
                <>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={['povertyStatus', 'validFrom']}
                      label={t('registry.poverty.validFrom')}
                     
                      rules={[{ required: true, message: t('registry.poverty.validFromRequired') }]}
                    >
                      <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={['povertyStatus', 'decisionNumber']}
                      label={t('registry.poverty.decisionNumber')}
                      rules={[{ required: true, whitespace: true, message: t('registry.poverty.decisionRequired') }]}
                    >
                      <Input maxLength={50} placeholder={t('registry.poverty.decisionPlaceholder')} />
                    </Form.Item>
                  </Col>
                </>
              )}
            </Row>
          </Card>

          <Form.List
            name="members"
            rules={[
              {
                validator: async (_rule, members: MemberValues[] | undefined) => {
                  const heads = (members ?? []).filter((m) => m?.relationToHead === 'HEAD').length;
                  if (!members || members.length === 0) throw new Error(t('registry.household.membersRequired'));
                  if (heads !== 1) throw new Error(t('registry.household.oneHead'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <section aria-labelledby="members-heading">
                <Flex vertical gap={16}>
                  <Typography.Title level={2} id="members-heading" style={{ fontSize: 18, margin: 0 }}>
                    {t('registry.household.members', { count: fields.length })}
                  </Typography.Title>
                  {fields.map((field, index) => (
                    <Card
                      key={field.key}
                      size="small"
                      role="group"
                      aria-label={t('registry.household.memberN', { n: index + 1 })}
                      title={t('registry.household.memberN', { n: index + 1 })}
                      extra={
                        fields.length > 1 && (
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            onClick={() => remove(field.name)}
                            aria-label={t('registry.household.removeMemberN', { n: index + 1 })}
                          >
                            {t('registry.household.removeMember')}
                          </Button>
                        )
                      }
                    >
                      <Row gutter={16}>
                        <Col xs={24} md={12}>
                          <Form.Item
                            name={[field.name, 'relationToHead']}
                            label={t('registry.person.relationToHead')}
                            rules={[{ required: true, message: t('registry.person.relationRequired') }]}
                          >
                            <Select
                              options={RELATIONS.map((r) => ({ value: r, label: t(`registry.relation.${r}`) }))}
                              onChange={() => void form.validateFields([['members']]).catch(() => undefined)}
                            />
                          </Form.Item>
                        </Col>
                      </Row>
                      <PersonIdentityFields prefix={[field.name]} listPrefix={['members']} />
                    </Card>
                  ))}
                  <Form.ErrorList errors={errors} />
                  <div>
                    <Button icon={<PlusOutlined />} onClick={() => add({ ...EMPTY_MEMBER })}>
                      {t('registry.household.addMember')}
                    </Button>
                  </div>
                </Flex>
              </section>
            )}
          </Form.List>

          {duplicates && (
            <DuplicateCandidates duplicates={duplicates} subject={subjectOf(duplicates)} onConfirm={confirmDistinct} confirming={create.isPending} />
          )}
          <Flex gap={8} wrap>
            <Button type="primary" htmlType="submit" size="large" loading={create.isPending} disabled={create.isPending || !!duplicates}>
              {t('registry.household.register')}
            </Button>
            <Button size="large" onClick={() => void navigate('/households')}>
              {t('registry.form.cancel')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </Flex>
  );
}
