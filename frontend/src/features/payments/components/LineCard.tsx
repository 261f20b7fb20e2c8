import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '@/lib/format';
import type { ShownLine } from './agent-line';
import { LineStatusTag } from './LineStatusTag';

/** One person to pay: who, where, how much, and two large buttons while it is still to confirm. */
export function LineCard({ line, onPaid, onNotPaid }: { line: ShownLine; onPaid: () => void; onNotPaid: () => void }) {
  const { t } = useTranslation();
  const headingId = `line-${line.id}`;
  return (
    <Card size="small" role="article" aria-labelledby={headingId} styles={{ body: { padding: 14 } }}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={3} id={headingId} style={{ fontSize: 18, margin: 0 }}>
              {line.fullName}
            </Typography.Title>
            <Typography.Text type="secondary">
              {line.village}
              {line.idNumber ? ` · ${line.idNumber}` : ''}
            </Typography.Text>
          </div>
          <LineStatusTag status={line.shown} />
        </Flex>
        <Flex justify="space-between" align="baseline" gap={8} wrap>
          <Typography.Text style={{ fontSize: 22, fontWeight: 600 }}>{formatVnd(line.amountVnd)}</Typography.Text>
          <Typography.Text type="secondary">
            {t('payments.agent.months', { months: line.months })}
            {line.kind !== 'REGULAR' && ` · ${t(`payments.lineKind.${line.kind}`, { defaultValue: line.kind })}`}
          </Typography.Text>
        </Flex>
        {line.group && <Typography.Text type="secondary">{line.group}</Typography.Text>}
        {line.shown === 'REFUSED' && line.local?.resultMessage && <Alert type="warning" showIcon title={line.local.resultMessage} />}
        {line.confirmable && (
          <Flex gap={8}>
            <Button
              type="primary"
              size="large"
              icon={<CheckOutlined />}
              onClick={onPaid}
              style={{ flex: 1, height: 52, fontSize: 17, background: '#237804' }}
              aria-label={`${t('payments.agent.confirmPaid')}: ${line.fullName}`}
            >
              {t('payments.agent.confirmPaid')}
            </Button>
            <Button
              danger
              size="large"
              icon={<CloseOutlined />}
              onClick={onNotPaid}
              style={{ flex: 1, height: 52, fontSize: 17 }}
              aria-label={`${t('payments.agent.confirmNotPaid')}: ${line.fullName}`}
            >
              {t('payments.agent.confirmNotPaid')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
