import { Alert, App, Button, Col, Divider, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { showFieldErrors } from '@/lib/form-errors';
import { CLIENT_CODES, toApiProblem, type ApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-message';
import { DuplicateCandidates } from './DuplicateCandidates';
import { allCandidateIds, readDuplicates, readExisting, STALE_VERSION, type DuplicateInfo } from './duplicate-problem';
import { PersonIdentityFields } from './PersonIdentityFields';
import { RELATIONS, type PersonFormValues } from './person-form-values';

interface Props {
  /** the form's name, unique on the page: the fields' ids start with it */
  formName: string;
  initialValues?: PersonFormValues;
  /** shows the relation to the head of the household the person belongs to */
  withRelation: boolean;
  submitLabel: string;
  /** sends the form; rejects with the API's problem. `confirmedDistinctFrom` lists the candidates the officer said are others. */
  onSubmit: (values: PersonFormValues, confirmedDistinctFrom: string[]) => Promise<unknown>;
  /** what to do when someone else changed the person meanwhile (412) */
  onStale?: () => void;
  onCancel?: () => void;
  /** above the fields, e.g. the commune and household the person is registered in */
  header?: ReactNode;
}

/**
 * Registers or edits a person. Whatever the API refuses comes back under the field it concerns;
 * a possible duplicate lists the look-alikes and lets the officer confirm it is someone else.
 */
export function PersonForm({ formName, initialValues, withRelation, submitLabel, onSubmit, onStale, onCancel, header }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateInfo | null>(null);
  const [existingId, setExistingId] = useState<string | null | undefined>(undefined);
  const [stale, setStale] = useState(false);
  const payoutKind = Form.useWatch(['payoutAccount', 'kind'], form);

  const showProblem = (problem: ApiProblem) => {
    if (problem.code === CLIENT_CODES.network || problem.status === 0 || problem.status >= 500) {
      void message.error(describeProblem(problem, t));
      return;
    }
    if (problem.code === STALE_VERSION || problem.status === 412) {
      setStale(true);
      return;
    }
    const duplicateInfo = readDuplicates(problem);
    if (duplicateInfo) {
      setDuplicates(duplicateInfo);
      return;
    }
    const existing = readExisting(problem);
    if (existing) {
      form.setFields([{ name: 'nationalId', errors: [problem.apiMessage ?? t('registry.person.nationalIdExists')] }]);
      form.scrollToField('nationalId', { block: 'center' });
      setExistingId(existing.id);
      return;
    }
    const unplaced = showFieldErrors(form, problem.errors);
    if (unplaced.length > 0 || problem.errors.length === 0) {
      setFormError([problem.apiMessage ?? t('errors.unexpected'), ...unplaced.map((e) => e.message)].join(' '));
    } else {
      setFormError(t('registry.form.fixFields'));
    }
  };

  const send = async (values: PersonFormValues, confirmed: string[]) => {
    setFormError(null);
    setExistingId(undefined);
    setPending(true);
    try {
      await onSubmit(values, confirmed);
      setDuplicates(null);
    } catch (error) {
      showProblem(toApiProblem(error));
    } finally {
      setPending(false);
    }
  };

  const confirmDistinct = () => {
    if (!duplicates) return;
    void send(form.getFieldsValue(true) as PersonFormValues, allCandidateIds(duplicates));
  };

  return (
    <Form<PersonFormValues>
      form={form}
      name={formName}
      layout="vertical"
      initialValues={initialValues ?? { payoutAccount: { kind: 'NONE' } }}
      onFinish={(values) => void send({ ...form.getFieldsValue(true), ...values } as PersonFormValues, [])}
      onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name, { block: 'center' })}
      onValuesChange={(changed: Partial<PersonFormValues>) => {
        if (formError) setFormError(null);
        // a different name or birth date makes different look-alikes
        if (duplicates && ('fullName' in changed || 'birthDate' in changed)) setDuplicates(null);
        if ('nationalId' in changed) setExistingId(undefined);
      }}
      disabled={pending}
      scrollToFirstError={false}
    >
      {header}
      {stale && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('registry.form.staleTitle')}
          description={t('registry.form.staleText')}
          action={
            onStale ? (
              <Button onClick={() => { setStale(false); onStale(); }}>{t('registry.form.reload')}</Button>
            ) : undefined
          }
        />
      )}
      {formError && <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />}

      <PersonIdentityFields />
      {existingId !== undefined && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: -8, marginBottom: 16 }}
          title={
            existingId ? (
              <Link to={`/people/${existingId}`}>{t('registry.person.openExisting')}</Link>
            ) : (
              t('registry.person.existingElsewhere')
            )
          }
        />
      )}

      {withRelation && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="relationToHead"
              label={t('registry.person.relationToHead')}
              rules={[{ required: true, message: t('registry.person.relationRequired') }]}
            >
              <Select
                options={RELATIONS.map((r) => ({ value: r, label: t(`registry.relation.${r}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
      )}

      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
        {t('registry.person.payoutAccount')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={['payoutAccount', 'kind']} label={t('registry.payout.kind')}>
            <Select
              options={(['NONE', 'BANK', 'E_WALLET'] as const).map((k) => ({ value: k, label: t(`registry.payout.${k}`) }))}
            />
          </Form.Item>
        </Col>
        {payoutKind && payoutKind !== 'NONE' && (
          <>
            <Col xs={24} md={8}>
              <Form.Item
                name={['payoutAccount', 'provider']}
                label={payoutKind === 'BANK' ? t('registry.payout.bank') : t('registry.payout.wallet')}
                rules={[{ required: true, whitespace: true, message: t('registry.payout.providerRequired') }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['payoutAccount', 'number']}
                label={t('registry.payout.number')}
                rules={[{ required: true, whitespace: true, message: t('registry.payout.numberRequired') }]}
              >
                <Input inputMode="numeric" maxLength={34} autoComplete="off" />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>

      {duplicates && (
        <div style={{ marginBottom: 16 }}>
          <DuplicateCandidates
            duplicates={duplicates}
            subject={form.getFieldValue('fullName') as string}
            onConfirm={confirmDistinct}
            confirming={pending}
          />
        </div>
      )}

      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={pending} disabled={pending || !!duplicates}>
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('registry.form.cancel')}</Button>}
      </Flex>
      {duplicates && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('registry.duplicates.orChange')}
        </Typography.Paragraph>
      )}
    </Form>
  );
}
