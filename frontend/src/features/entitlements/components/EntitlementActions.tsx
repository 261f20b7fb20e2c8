import { App, Button, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showFieldErrors } from '@/lib/form-errors';
import { DATE_FORMAT, ISO_DATE } from '@/lib/format';
import type { ApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-message';
import type { Entitlement } from '../api/get-entitlements';
import { useResumeEntitlement } from '../api/resume-entitlement';
import { useSuspendEntitlement } from '../api/suspend-entitlement';
import { useTerminateEntitlement, type TerminationReason } from '../api/terminate-entitlement';
import { useTransferEntitlement } from '../api/transfer-entitlement';
import { toApiMonth } from './month-input';

type Action = 'suspension' | 'resumption' | 'termination' | 'transfer';

const TERMINATION_REASONS: readonly TerminationReason[] = [
  'DEATH',
  'MISSING',
  'LOSS_OF_ELIGIBILITY',
  'MOVED_AWAY',
  'REFUSAL',
  'PRISON',
  'FAILED_REASSESSMENT',
];
const SUSPENSION_REASONS = ['UNCOLLECTED_3_MONTHS', 'REASSESSMENT_REFUSED', 'DETENTION', 'OTHER'] as const;

interface FormValues {
  month?: Dayjs;
  reason?: string;
  monthsOwed?: boolean;
  eventDate?: Dayjs;
  toCommuneCode?: string;
  decisionNumber?: string;
  decisionDate?: Dayjs;
  signer?: string;
}

/** The approver's actions on an entitlement, each in a small form: suspend, resume (with or without arrears), terminate, transfer. */
export function EntitlementActions({ entitlement }: { entitlement: Entitlement }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [action, setAction] = useState<Action | null>(null);
  const [form] = Form.useForm<FormValues>();
  const suspend = useSuspendEntitlement();
  const resume = useResumeEntitlement();
  const terminate = useTerminateEntitlement();
  const transfer = useTransferEntitlement();
  const pending = suspend.isPending || resume.isPending || terminate.isPending || transfer.isPending;
  const base = { id: entitlement.id, version: entitlement.version };

  const open = (next: Action) => {
    form.resetFields();
    setAction(next);
  };
  const onError = (problem: ApiProblem) => {
    const unplaced = showFieldErrors(form, problem.errors, (path) =>
      path[0] === 'fromMonth' || path[0] === 'lastMonth' || path[0] === 'month' ? ['month'] : path,
    );
    if (unplaced.length > 0 || problem.errors.length === 0) void message.error(describeProblem(problem, t));
  };
  const done = (text: string) => {
    setAction(null);
    void message.success(text);
  };

  const submit = (values: FormValues) => {
    if (action === 'suspension' && values.month) {
      suspend.mutate(
        { ...base, body: { fromMonth: toApiMonth(values.month), reason: values.reason ?? 'OTHER' } },
        { onSuccess: () => done(t('entitlements.actions.suspended')), onError },
      );
    } else if (action === 'resumption' && values.month) {
      resume.mutate(
        { ...base, body: { month: toApiMonth(values.month), monthsOwed: values.monthsOwed ?? true } },
        { onSuccess: () => done(t('entitlements.actions.resumed')), onError },
      );
    } else if (action === 'termination' && values.eventDate && values.reason) {
      terminate.mutate(
        { ...base, body: { eventDate: values.eventDate.format(ISO_DATE), reason: values.reason as TerminationReason } },
        { onSuccess: () => done(t('entitlements.actions.terminated')), onError },
      );
    } else if (action === 'transfer' && values.month && values.decisionDate) {
      transfer.mutate(
        {
          ...base,
          body: {
            toCommuneCode: values.toCommuneCode ?? '',
            lastMonth: toApiMonth(values.month),
            decisionNumber: values.decisionNumber ?? '',
            decisionDate: values.decisionDate.format(ISO_DATE),
            signer: values.signer ?? '',
          },
        },
        {
          onSuccess: (moved) => {
            done(t('entitlements.actions.transferred'));
            void navigate(`/entitlements/${moved.id}`);
          },
          onError,
        },
      );
    }
  };

  const required = (text: string) => [{ required: true, message: text }];
  const monthField = (label: string) => (
    <Form.Item name="month" label={label} rules={required(t('entitlements.actions.monthRequired'))}>
      <DatePicker picker="month" format="MM/YYYY" style={{ width: '100%' }} />
    </Form.Item>
  );
  const status = entitlement.status;

  return (
    <>
      {status === 'ACTIVE' && <Button onClick={() => open('suspension')}>{t('entitlements.actions.suspend')}</Button>}
      {status === 'SUSPENDED' && <Button onClick={() => open('resumption')}>{t('entitlements.actions.resume')}</Button>}
      {status === 'ACTIVE' && <Button onClick={() => open('transfer')}>{t('entitlements.actions.transfer')}</Button>}
      {status !== 'TERMINATED' && (
        <Button danger onClick={() => open('termination')}>
          {t('entitlements.actions.terminate')}
        </Button>
      )}
      <Modal
        open={action !== null}
        title={action ? t(`entitlements.actions.${action}Title`) : ''}
        okText={t('entitlements.actions.confirm')}
        cancelText={t('common.close')}
        confirmLoading={pending}
        onOk={() => form.submit()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ month: dayjs().startOf('month'), monthsOwed: true }}>
          {action === 'suspension' && (
            <>
              {monthField(t('entitlements.actions.fromMonth'))}
              <Form.Item name="reason" label={t('entitlements.actions.reason')} rules={required(t('entitlements.actions.reasonRequired'))}>
                <Select options={SUSPENSION_REASONS.map((r) => ({ value: r, label: t(`entitlements.suspensionReason.${r}`) }))} />
              </Form.Item>
            </>
          )}
          {action === 'resumption' && (
            <>
              {monthField(t('entitlements.actions.resumeMonth'))}
              <Form.Item name="monthsOwed" label={t('entitlements.actions.monthsOwed')}>
                <Radio.Group
                  options={[
                    { value: true, label: t('entitlements.actions.owedYes') },
                    { value: false, label: t('entitlements.actions.owedNo') },
                  ]}
                />
              </Form.Item>
            </>
          )}
          {action === 'termination' && (
            <>
              <Form.Item name="reason" label={t('entitlements.actions.reason')} rules={required(t('entitlements.actions.reasonRequired'))}>
                <Select options={TERMINATION_REASONS.map((r) => ({ value: r, label: t(`entitlements.terminationReason.${r}`) }))} />
              </Form.Item>
              <Form.Item
                name="eventDate"
                label={t('entitlements.actions.eventDate')}
                extra={t('entitlements.actions.eventDateHelp')}
                rules={required(t('entitlements.actions.dateRequired'))}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {action === 'transfer' && (
            <>
              <Form.Item
                name="toCommuneCode"
                label={t('entitlements.actions.toCommune')}
                extra={t('entitlements.actions.toCommuneHelp')}
                rules={[{ required: true, pattern: /^\d{5}$/, message: t('entitlements.actions.communeCodeInvalid') }]}
              >
                <Input inputMode="numeric" maxLength={5} />
              </Form.Item>
              {monthField(t('entitlements.actions.lastMonth'))}
              <Form.Item name="decisionNumber" label={t('entitlements.decision.number')} rules={required(t('entitlements.actions.decisionRequired'))}>
                <Input />
              </Form.Item>
              <Form.Item name="decisionDate" label={t('entitlements.decision.date')} rules={required(t('entitlements.actions.dateRequired'))}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="signer" label={t('entitlements.decision.signer')} rules={required(t('entitlements.actions.signerRequired'))}>
                <Input />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
