import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Grid, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '@/lib/form-errors';
import { DATE_FORMAT, ISO_DATE } from '@/lib/format';
import { useCurrentUser } from '@/lib/current-user';
import { CLIENT_CODES, toApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-message';
import { useCorrectFact } from '../api/correct-fact';
import type { Fact, FactKind } from '../api/get-person-facts';
import { useRecordFact, type NewFact } from '../api/record-fact';
import { describeFactValue, FACT_KINDS, kindsFor } from './fact-kinds';

interface Values {
  kind?: FactKind;
  codeValue?: string;
  dateValue?: Dayjs | null;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  document?: string;
  reason?: string;
}

export type FactDrawerMode = { type: 'record'; kind?: FactKind } | { type: 'correct'; fact: Fact };

const iso = (d: Dayjs | null | undefined) => (d ? d.format(ISO_DATE) : null);
const day = (s: string | null | undefined) => (s ? dayjs(s, ISO_DATE) : null);

/**
 * Records a new fact (a new period: the API closes the open one of the kind) or corrects a recorded one
 * with a reason (the old one is kept, marked as corrected).
 */
export function FactFormDrawer({ personId, mode, onClose }: { personId: string; mode: FactDrawerMode; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const record = useRecordFact();
  const correct = useCorrectFact();
  const [formError, setFormError] = useState<string | null>(null);
  const correcting = mode.type === 'correct' ? mode.fact : null;
  const kind = Form.useWatch('kind', form) ?? correcting?.kind ?? (mode.type === 'record' ? mode.kind : undefined);
  const code = Form.useWatch('codeValue', form);
  const rule = kind ? FACT_KINDS[kind] : null;
  const needsDate = !!rule?.date && !(code && rule.dateOptionalFor?.includes(code));
  const pending = record.isPending || correct.isPending;

  const initialValues: Values = correcting
    ? {
        kind: correcting.kind,
        codeValue: correcting.codeValue ?? undefined,
        dateValue: day(correcting.dateValue),
        validFrom: day(correcting.validFrom),
        validTo: day(correcting.validTo),
        document: correcting.document ?? '',
      }
    : { kind: mode.type === 'record' ? mode.kind : undefined };

  const onFinish = (values: Values) => {
    setFormError(null);
    const k = (values.kind ?? kind) as FactKind;
    const isDeath = FACT_KINDS[k].date === 'death';
    const rule = FACT_KINDS[k];
    const dateValue = isDeath ? iso(values.validFrom) : rule.date ? iso(values.dateValue) : null;
    const validTo = isDeath ? null : iso(values.validTo);
    const document = values.document?.trim();
    // absent members stay absent: the API takes no nulls here
    const fields = {
      validFrom: iso(values.validFrom) ?? '',
      ...(rule.codes && values.codeValue ? { codeValue: values.codeValue } : {}),
      // the date of death is the day the fact starts
      ...(dateValue ? { dateValue } : {}),
      ...(validTo ? { validTo } : {}),
      ...(document ? { document } : {}),
    };
    const fact: NewFact = { kind: k, ...fields };
    const onError = (error: unknown) => {
      const problem = toApiProblem(error);
      if (problem.code === CLIENT_CODES.network || problem.status === 0 || problem.status >= 500) {
        void message.error(describeProblem(problem, t));
        return;
      }
      // a death's date is the fact's start: the API may name either
      const unplaced = showFieldErrors(form, problem.errors, (path) => (isDeath && path[0] === 'dateValue' ? ['validFrom'] : path));
      if (unplaced.length > 0 || problem.errors.length === 0) {
        setFormError([problem.apiMessage ?? t('errors.unexpected'), ...unplaced.map((e) => e.message)].join(' '));
      }
    };
    const onSuccess = () => {
      void message.success(correcting ? t('registry.fact.corrected') : t('registry.fact.recorded'));
      onClose();
    };
    if (correcting) {
      correct.mutate(
        { personId, factId: correcting.id, correction: { ...fields, reason: values.reason?.trim() ?? '' } },
        { onSuccess, onError },
      );
    } else {
      record.mutate({ personId, fact }, { onSuccess, onError });
    }
  };

  const datePicker = () => (
    <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day') && kind !== 'PREGNANCY'} />
  );

  return (
    <Drawer
      open
      onClose={onClose}
      title={correcting ? t('registry.fact.correctTitle') : t('registry.fact.recordTitle')}
      size={screens.md ? 520 : '100%'}
      closable={{ 'aria-label': t('common.close') }}
      destroyOnHidden
    >
      {correcting && (
        <Typography.Paragraph type="secondary">
          {t('registry.fact.correcting', { kind: t(`registry.fact.kind.${correcting.kind}`), value: describeFactValue(correcting, t) })}
        </Typography.Paragraph>
      )}
      {formError && <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} disabled={pending} name="fact">
        <Form.Item name="kind" label={t('registry.fact.kindLabel')} rules={[{ required: true, message: t('registry.fact.kindRequired') }]}>
          <Select
           
            disabled={!!correcting}
            options={kindsFor(user.role).map((k) => ({ value: k, label: t(`registry.fact.kind.${k}`) }))}
            onChange={() => form.setFieldsValue({ codeValue: undefined, dateValue: null })}
          />
        </Form.Item>
        {rule?.codes && (
          <Form.Item name="codeValue" label={t('registry.fact.valueLabel')} rules={[{ required: true, message: t('registry.fact.valueRequired') }]}>
            <Select options={rule.codes.map((c) => ({ value: c, label: t(`registry.fact.code.${kind}.${c}`) }))} />
          </Form.Item>
        )}
        {rule?.date && rule.date !== 'death' && (
          <Form.Item
            name="dateValue"
            label={t(`registry.fact.date.${rule.date}`)}
           
            rules={needsDate ? [{ required: true, message: t('registry.fact.dateRequired') }] : []}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item
          name="validFrom"
          label={rule?.date === 'death' ? t('registry.fact.date.death') : t('registry.fact.validFrom')}
         
          rules={[{ required: true, message: t('registry.fact.validFromRequired') }]}
        >
          {datePicker()}
        </Form.Item>
        {rule?.date !== 'death' && (
          <Form.Item name="validTo" label={t('registry.fact.validTo')} extra={t('registry.fact.validToHelp')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="document" label={t('registry.fact.document')} extra={t('registry.fact.documentHelp')}>
          <Input maxLength={200} />
        </Form.Item>
        {correcting && (
          <Form.Item
            name="reason"
            label={t('registry.fact.reason')}
            rules={[{ required: true, whitespace: true, message: t('registry.fact.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={pending}>
            {correcting ? t('registry.fact.saveCorrection') : t('registry.fact.save')}
          </Button>
          <Button onClick={onClose}>{t('registry.form.cancel')}</Button>
        </Flex>
      </Form>
    </Drawer>
  );
}
