import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PovertyStatus } from './household-form-values';

const COLORS: Record<PovertyStatus, string> = { POOR: 'red', NEAR_POOR: 'orange', NONE: 'default' };

export function PovertyTag({ status }: { status: PovertyStatus | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return <Tag>{t('registry.poverty.UNKNOWN')}</Tag>;
  return <Tag color={COLORS[status]}>{t(`registry.poverty.${status}`)}</Tag>;
}
