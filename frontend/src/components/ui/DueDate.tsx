import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';

/**
 * A legal deadline: the due date, and a flag when it has passed (red) or is today/tomorrow (orange).
 * `overdue` comes from the API, which counts working days; the component never recomputes it.
 */
export function DueDate({
  due,
  overdue,
  done,
  daysLeft,
}: {
  due: string | null | undefined;
  overdue: boolean;
  done?: boolean;
  /** working days left, when the API gives them */
  daysLeft?: number | null;
}) {
  const { t } = useTranslation();
  if (!due) return <Typography.Text type="secondary">{t('common.dash')}</Typography.Text>;
  return (
    <span>
      {formatDate(due)}{' '}
      {done ? (
        <Tag color="green">{t('deadlines.done')}</Tag>
      ) : overdue ? (
        <Tag color="red">{t('deadlines.overdue')}</Tag>
      ) : daysLeft != null && daysLeft <= 1 ? (
        <Tag color="orange">{daysLeft <= 0 ? t('deadlines.dueToday') : t('deadlines.dueTomorrow')}</Tag>
      ) : daysLeft != null ? (
        <Typography.Text type="secondary">{t('deadlines.daysLeft', { count: daysLeft })}</Typography.Text>
      ) : null}
    </span>
  );
}
