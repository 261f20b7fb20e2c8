import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Grid, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '@/lib/form-errors';
import { DATE_FORMAT, ISO_DATE } from '@/lib/format';
import { CLIENT_CODES, toApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-message';
import { useRecordPovertyStatus } from '../api/record-poverty-status';
import { POVERTY_STATUSES, type PovertyStatus } from './household-form-values';

interface Values {
  status?: PovertyStatus;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  decisionNumber?: string;
}

/** Records the household's poverty status under the commune's decision; the API closes the open one the day before. */
export function PovertyStatusDrawer({ householdId, onClose }: { householdId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const record = useRecordPovertyStatus();
  const [formError, setFormError] = useState<string | null>(null);

  const onFinish = (values: Values) => {
    setFormError(null);
    record.mutate(
      {
        householdId,
        status: {
          status: values.status as PovertyStatus,
          validFrom: values.validFrom?.format(ISO_DATE) ?? '',
          ...(values.validTo ? { validTo: values.validTo.format(ISO_DATE) } : {}),
          decisionNumber: values.decisionNumber?.trim() ?? '',
        },
      },
      {
        onSuccess: () => {
          void message.success(t('registry.poverty.recorded'));
          onClose();
        },
        onError: (error) => {
          const problem = toApiProblem(error);
          if (problem.code === CLIENT_CODES.network || problem.status === 0 || problem.status >= 500) {
            void message.error(describeProblem(problem, t));
            return;
          }
          const unplaced = showFieldErrors(form, problem.errors);
          if (unplaced.length > 0 || problem.errors.length === 0) {
            setFormError([problem.apiMessage ?? t('errors.unexpected'), ...unplaced.map((e) => e.message)].join(' '));
          }
        },
      },
    );
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('registry.poverty.recordTitle')}
      size={screens.md ? 480 : '100%'}
      closable={{ 'aria-label': t('common.close') }}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} name="poverty" layout="vertical" onFinish={onFinish} disabled={record.isPending}>
        <Form.Item name="status" label={t('registry.household.povertyStatus')} rules={[{ required: true, message: t('registry.poverty.statusRequired') }]}>
          <Select options={POVERTY_STATUSES.map((s) => ({ value: s, label: t(`registry.poverty.${s}`) }))} />
        </Form.Item>
        <Form.Item name="validFrom" label={t('registry.poverty.validFrom')} rules={[{ required: true, message: t('registry.poverty.validFromRequired') }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="validTo" label={t('registry.poverty.validTo')} extra={t('registry.fact.validToHelp')}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="decisionNumber"
          label={t('registry.poverty.decisionNumber')}
          rules={[{ required: true, whitespace: true, message: t('registry.poverty.decisionRequired') }]}
        >
          <Input maxLength={50} placeholder={t('registry.poverty.decisionPlaceholder')} />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {t('registry.poverty.save')}
          </Button>
          <Button onClick={onClose}>{t('registry.form.cancel')}</Button>
        </Flex>
      </Form>
    </Drawer>
  );
}
