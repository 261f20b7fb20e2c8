import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../api/get-cases';

const COLORS: Record<CaseStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  UNDER_REVIEW: 'geekblue',
  POSTED: 'purple',
  PROPOSED: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'default',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`casefile.status.${status}`)}</Tag>;
}
