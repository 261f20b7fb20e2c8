import { App, Descriptions, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '@/lib/format';
import { showFieldErrors } from '@/lib/form-errors';
import { describeProblem } from '@/lib/problem-message';
import { useAddPayrollAdjustment } from '../api/add-payroll-adjustment';
import type { PaymentLine } from '../api/get-payroll-lines';
import { ADJUSTMENT_REASON_MAX_LENGTH } from './adjustments';
import { formatMonthRange } from './months';

interface AdjustmentValues {
  amountVnd?: number | null;
  reason?: string;
}

/** 250000 → "250.000", -250000 → "-250.000": thousands grouped with dots, as Vietnamese write amounts. */
const groupThousands = (value: number | string | undefined) => `${value ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** What the person typed back to a whole number: only digits and the sign count (dots, spaces, "₫" are dropped). */
const ungroup = (text: string | undefined) => (text ?? '').replace(/[^\d-]/g, '') as unknown as number;

/**
 * Corrects one line of an approved payroll: shows the line (person, months, amount) and asks for the signed amount and the
 * reason. The API adds a new ADJUSTMENT line; the corrected line stays as approved.
 */
export function AdjustmentModal({ payrollId, line, onClose }: { payrollId: string; line: PaymentLine | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AdjustmentValues>();
  const add = useAddPayrollAdjustment();

  const submit = (values: AdjustmentValues) => {
    if (!line) return;
    const amountVnd = Number(values.amountVnd);
    add.mutate(
      { payrollId, body: { lineId: line.id, amountVnd, reason: (values.reason ?? '').trim() } },
      {
        onSuccess: () => {
          onClose();
          void message.success(t('payments.adjustment.added', { amount: formatVnd(amountVnd), name: line.fullName }));
        },
        onError: (problem) => {
          const unplaced = showFieldErrors(form, problem.errors);
          if (problem.errors.length === 0 || unplaced.length > 0) void message.error(describeProblem(problem, t));
        },
      },
    );
  };

  return (
    <Modal
      open={line !== null}
      title={t('payments.adjustment.title')}
      okText={t('payments.adjustment.submit')}
      cancelText={t('common.close')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {line && (
        <>
          <Typography.Paragraph type="secondary">{t('payments.adjustment.help')}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            style={{ marginBottom: 16 }}
            items={[
              { key: 'person', label: t('payments.adjustment.person'), children: `${line.fullName} · ${line.nationalId}` },
              {
                key: 'months',
                label: t('payments.payroll.columns.months'),
                children: `${formatMonthRange(line.firstMonth, line.lastMonth, line.month)} · ${t(`payments.lineKind.${line.kind}`)}`,
              },
              { key: 'amount', label: t('payments.adjustment.currentAmount'), children: formatVnd(line.amountVnd) },
            ]}
          />
          {/* preserve={false}: the next line corrected starts from an empty form */}
          <Form<AdjustmentValues> form={form} layout="vertical" onFinish={submit} preserve={false}>
            <Form.Item
              name="amountVnd"
              label={t('payments.adjustment.amount')}
              extra={t('payments.adjustment.amountHelp')}
              rules={[
                { required: true, message: t('payments.adjustment.amountRequired') },
                {
                  validator: (_, value: number | null | undefined) =>
                    value !== null && value !== undefined && Number(value) === 0
                      ? Promise.reject(new Error(t('payments.adjustment.amountZero')))
                      : Promise.resolve(),
                },
              ]}
            >
              <InputNumber<number>
                precision={0}
                controls={false}
                formatter={groupThousands}
                parser={ungroup}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('payments.adjustment.reason')}
              rules={[{ required: true, whitespace: true, message: t('payments.adjustment.reasonRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={ADJUSTMENT_REASON_MAX_LENGTH} showCount placeholder={t('payments.adjustment.reasonPlaceholder')} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
