import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownStatus } from './agent-line';

const LOOK: Record<ShownStatus, { color: string; icon: ReactNode; key: string }> = {
  PENDING: { color: 'default', icon: <MinusCircleOutlined />, key: 'PENDING' },
  PAID: { color: 'success', icon: <CheckCircleOutlined />, key: 'PAID' },
  NOT_PAID: { color: 'error', icon: <CloseCircleOutlined />, key: 'NOT_PAID' },
  QUEUED_PAID: { color: 'processing', icon: <ClockCircleOutlined />, key: 'PAID' },
  QUEUED_NOT_PAID: { color: 'processing', icon: <ClockCircleOutlined />, key: 'NOT_PAID' },
  REFUSED: { color: 'warning', icon: <ExclamationCircleOutlined />, key: 'REFUSED' },
};

/** Paid / not paid / to pay, and whether it is only on this device so far ("waiting to send"). */
export function LineStatusTag({ status }: { status: ShownStatus }) {
  const { t } = useTranslation();
  const look = LOOK[status];
  const queued = status === 'QUEUED_PAID' || status === 'QUEUED_NOT_PAID';
  return (
    <Tag color={look.color} icon={look.icon} style={{ fontSize: 14, padding: '2px 8px' }}>
      {t(`payments.lineStatus.${look.key}`)}
      {queued && ` · ${t('payments.lineStatus.QUEUED')}`}
    </Tag>
  );
}
