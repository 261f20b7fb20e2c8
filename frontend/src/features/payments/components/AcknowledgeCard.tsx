import { App, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatVnd } from '@/lib/format';
import { describeProblem } from '@/lib/problem-message';
import { useAcknowledgePayroll } from '../api/acknowledge-payroll';
import type { Payroll } from '../api/get-payrolls';

/**
 * Before paying, the agent acknowledges the payroll it received with the control totals counted on the
 * downloaded list; the API checks them against the approved totals (409 `payment.control-totals` if they differ).
 */
export function AcknowledgeCard({ payroll, lineCount, totalVnd }: { payroll: Payroll; lineCount: number; totalVnd: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const acknowledge = useAcknowledgePayroll();
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('payments.agent.ack.title')}</h2>}>
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('payments.agent.ack.help')}</Typography.Paragraph>
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'lines', label: t('payments.agent.ack.lines'), children: formatNumber(lineCount) },
            { key: 'total', label: t('payments.agent.ack.total'), children: formatVnd(totalVnd) },
          ]}
        />
        <Button
          type="primary"
          size="large"
          block
          loading={acknowledge.isPending}
          style={{ height: 52, fontSize: 17 }}
          onClick={() =>
            acknowledge.mutate(
              { id: payroll.id, body: { lineCount, totalVnd } },
              {
                onSuccess: () => void message.success(t('payments.agent.ack.done')),
                onError: (problem) => void message.error(describeProblem(problem, t)),
              },
            )
          }
        >
          {t('payments.agent.ack.submit')}
        </Button>
      </Flex>
    </Card>
  );
}
