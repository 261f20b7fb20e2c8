import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Entitlement } from '../api/get-entitlements';

const COLORS: Record<Entitlement['status'], string> = { ACTIVE: 'green', SUSPENDED: 'orange', TERMINATED: 'default' };

export function EntitlementStatusTag({ status }: { status: Entitlement['status'] }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`entitlements.status.${status}`)}</Tag>;
}
