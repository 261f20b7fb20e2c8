import { CheckCircleOutlined, CloudSyncOutlined, DisconnectOutlined, WifiOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiProblem } from '@/lib/problem';
import { useConfirmationSync } from '../offline/sync-context';

/** Network state, how many confirmations wait on this device, and a button to send them now. Always visible on the agent screen. */
export function SyncStatusBar() {
  const { t } = useTranslation();
  const { reachable, pending, syncing, lastReport, lastSyncAt, syncNow } = useConfirmationSync();
  const sessionOver = isApiProblem(lastReport?.error) && lastReport.error.status === 401;

  return (
    <Card size="small" styles={{ body: { padding: 12 } }} style={{ position: 'sticky', top: 64, zIndex: 5 }}>
      <Flex vertical gap={8}>
        <Flex align="center" justify="space-between" gap={8} wrap>
          <Flex align="center" gap={8} wrap>
            {reachable ? (
              <Tag icon={<WifiOutlined />} color="success">
                {t('payments.agent.sync.online')}
              </Tag>
            ) : (
              <Tag icon={<DisconnectOutlined />} color="warning">
                {t('payments.agent.sync.offline')}
              </Tag>
            )}
            <Typography.Text strong role="status" aria-live="polite" data-testid="pending-count" style={{ fontSize: 16 }}>
              {pending > 0 ? (
                t('payments.agent.sync.pending', { count: pending })
              ) : (
                <>
                  <CheckCircleOutlined style={{ color: '#389e0d' }} aria-hidden /> {t('payments.agent.sync.allSent')}
                </>
              )}
            </Typography.Text>
          </Flex>
          {pending > 0 && (
            <Button size="large" icon={<CloudSyncOutlined />} loading={syncing} onClick={syncNow}>
              {syncing ? t('payments.agent.sync.syncing') : t('payments.agent.sync.sendNow')}
            </Button>
          )}
        </Flex>
        {lastSyncAt && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('payments.agent.sync.lastSync', { at: dayjs(lastSyncAt).format('HH:mm:ss DD/MM/YYYY') })}
          </Typography.Text>
        )}
        {sessionOver && (
          <Alert type="error" showIcon title={t('payments.agent.sync.sessionExpired')} action={<Link to="/login">{t('auth.submit')}</Link>} />
        )}
      </Flex>
    </Card>
  );
}
