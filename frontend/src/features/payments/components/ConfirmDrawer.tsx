import { Button, Drawer, Flex, Form, Input, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '@/lib/format';
import type { ShownLine } from './agent-line';
import { NOT_PAID_REASONS, PAYMENT_METHODS, type ConfirmationDraft, type NotPaidReason, type PaymentMethod } from './confirmation-draft';

interface FormValues {
  recipient: 'BENEFICIARY' | 'AUTHORISED';
  authorisedName?: string;
  authorisedId?: string;
  method: PaymentMethod;
  reason?: NotPaidReason;
}

/** The answer for one line: paid (to whom, how) or not paid (why). Resolves `onSave` only once the device has stored it. */
export function ConfirmDrawer({
  line,
  outcome,
  onClose,
  onSave,
}: {
  line: ShownLine | null;
  outcome: 'PAID' | 'NOT_PAID';
  onClose: () => void;
  onSave: (draft: ConfirmationDraft) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const recipient = Form.useWatch('recipient', form);

  useEffect(() => {
    if (line) form.resetFields();
  }, [line, outcome, form]);

  const submit = async (values: FormValues) => {
    const draft: ConfirmationDraft =
      outcome === 'PAID'
        ? {
            outcome,
            method: values.method,
            authorised:
              values.recipient === 'AUTHORISED' ? { fullName: (values.authorisedName ?? '').trim(), idNumber: (values.authorisedId ?? '').trim() } : null,
          }
        : { outcome, reason: values.reason as NotPaidReason };
    setSaving(true);
    try {
      await onSave(draft);
    } finally {
      setSaving(false);
    }
  };

  const title = outcome === 'PAID' ? t('payments.agent.form.paidTitle') : t('payments.agent.form.notPaidTitle');
  const required = [{ required: true, message: t('payments.agent.form.required') }];
  return (
    <Drawer open={!!line} onClose={onClose} placement="bottom" size="auto" title={title} destroyOnHidden styles={{ body: { paddingTop: 8 } }}>
      {line && (
        <Form<FormValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ recipient: 'BENEFICIARY', method: 'CASH' }}
          onFinish={(values) => void submit(values)}
          style={{ maxWidth: 560, margin: '0 auto' }}
        >
          <Flex vertical gap={4} style={{ marginBottom: 16 }}>
            <Typography.Text strong style={{ fontSize: 18 }}>
              {line.fullName}
            </Typography.Text>
            <Typography.Text>
              {line.village} · {formatVnd(line.amountVnd)}
            </Typography.Text>
          </Flex>
          {outcome === 'PAID' ? (
            <>
              <Form.Item name="recipient" label={t('payments.agent.form.recipient')} rules={required}>
                <Radio.Group size="large" optionType="button" buttonStyle="solid">
                  <Radio.Button value="BENEFICIARY">{t('payments.recipient.BENEFICIARY')}</Radio.Button>
                  <Radio.Button value="AUTHORISED">{t('payments.recipient.AUTHORISED')}</Radio.Button>
                </Radio.Group>
              </Form.Item>
              {recipient === 'AUTHORISED' && (
                <>
                  <Form.Item name="authorisedName" label={t('payments.agent.form.authorisedName')} rules={[...required, { whitespace: true, message: t('payments.agent.form.required') }]}>
                    <Input size="large" autoComplete="off" />
                  </Form.Item>
                  <Form.Item name="authorisedId" label={t('payments.agent.form.authorisedId')} rules={[...required, { whitespace: true, message: t('payments.agent.form.required') }]}>
                    <Input size="large" inputMode="numeric" autoComplete="off" />
                  </Form.Item>
                </>
              )}
              <Form.Item name="method" label={t('payments.agent.form.method')} rules={required}>
                <Radio.Group size="large" optionType="button" buttonStyle="solid">
                  {PAYMENT_METHODS.map((m) => (
                    <Radio.Button key={m} value={m}>
                      {t(`payments.method.${m}`)}
                    </Radio.Button>
                  ))}
                </Radio.Group>
              </Form.Item>
            </>
          ) : (
            <Form.Item name="reason" label={t('payments.agent.form.reason')} rules={required}>
              <Radio.Group size="large">
                <Flex vertical gap={10}>
                  {NOT_PAID_REASONS.map((r) => (
                    <Radio key={r} value={r} style={{ fontSize: 16 }}>
                      {t(`payments.reason.${r}`)}
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" size="large" block loading={saving} style={{ height: 52, fontSize: 17 }}>
            {t('payments.agent.form.save')}
          </Button>
        </Form>
      )}
    </Drawer>
  );
}
