import { RightOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { useCurrentUser } from '@/lib/current-user';
import { formatNumber, formatVnd } from '@/lib/format';
import { useAgentPayrolls } from '../api/get-agent-payrolls';
import { CommuneName } from '../components/CommuneName';
import { formatMonth } from '../components/months';
import { PayrollStatusTag } from '../components/PayrollStatusTag';

/** /agent — the payrolls assigned to the signed-in payment agent (kept on the device for offline use). */
export function AgentHomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const payrolls = useAgentPayrolls(user.username);

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('payments.agent.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('payments.agent.intro')}
        </Typography.Paragraph>
      </div>
      {payrolls.isPending && <Skeleton active />}
      {payrolls.isError && <ErrorState error={payrolls.error} onRetry={() => void payrolls.refetch()} />}
      {payrolls.data?.fromDevice && (
        <Alert type="warning" showIcon title={t('payments.agent.offlineCopy', { at: dayjs(payrolls.data.savedAt).format('HH:mm DD/MM/YYYY') })} />
      )}
      {payrolls.data && (
        <section aria-labelledby="agent-payrolls">
          <Typography.Title level={2} id="agent-payrolls" style={{ fontSize: 18 }}>
            {t('payments.agent.payrolls')}
          </Typography.Title>
          {payrolls.data.data.length === 0 ? (
            <Empty description={t('payments.agent.none')} />
          ) : (
            <Flex vertical gap={10}>
              {payrolls.data.data.map((p) => (
                <Link key={p.id} to={`/agent/payrolls/${p.id}`} aria-label={`${t('payments.agent.open')}: ${t('payments.monthLabel', { month: formatMonth(p.month) })}`}>
                  <Card hoverable size="small">
                    <Flex justify="space-between" align="center" gap={8}>
                      <Flex vertical gap={4}>
                        <Typography.Text strong style={{ fontSize: 17 }}>
                          <CommuneName code={p.communeCode} /> — {t('payments.monthLabel', { month: formatMonth(p.month) })}
                        </Typography.Text>
                        <Typography.Text type="secondary">
                          {formatNumber(p.payableLineCount)} {t('payments.payrolls.lines').toLowerCase()} · {formatVnd(p.payableTotalVnd)}
                        </Typography.Text>
                        <span>
                          <PayrollStatusTag status={p.status} />
                        </span>
                      </Flex>
                      <RightOutlined aria-hidden />
                    </Flex>
                  </Card>
                </Link>
              ))}
            </Flex>
          )}
        </section>
      )}
    </Flex>
  );
}
