import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api';

const COLORS: Record<Schemas['Payroll']['status'], string> = {
  DRAFT: 'default',
  APPROVED: 'blue',
  SENT: 'geekblue',
  ACKNOWLEDGED: 'purple',
  CLOSED: 'green',
};

/** Draft → approved → sent → acknowledged → closed: each its own word and colour. */
export function PayrollStatusTag({ status }: { status: Schemas['Payroll']['status'] }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`payments.status.${status}`)}</Tag>;
}
