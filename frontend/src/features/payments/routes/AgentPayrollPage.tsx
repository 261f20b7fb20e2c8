import { Alert, Flex, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { useCurrentUser } from '@/lib/current-user';
import { formatVnd } from '@/lib/format';
import { useAgentPayroll } from '../api/get-agent-lines';
import { useCommuneName } from '../api/get-commune-name';
import { AcknowledgeCard } from '../components/AcknowledgeCard';
import { toAgentLine } from '../components/to-agent-line';
import { AgentLinesView } from '../components/AgentLinesView';
import { formatMonth } from '../components/months';
import { PageHeading } from '@/components/ui/PageHeading';
import { PayrollStatusTag } from '../components/PayrollStatusTag';

/** /agent/payrolls/:id — one payroll in the agent's hands: acknowledge it, then confirm each payment, also offline. */
export function AgentPayrollPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const copy = useAgentPayroll(user.username, id);
  const communeName = useCommuneName(copy.data?.data.payroll.communeCode);
  const lines = useMemo(() => (copy.data?.data.lines ?? []).map((l) => toAgentLine(l)), [copy.data]);

  if (copy.isPending) return <Skeleton active />;
  if (copy.isError) return <ErrorState error={copy.error} title={t('payments.agent.noCopy')} onRetry={() => void copy.refetch()} />;
  const { payroll } = copy.data.data;
  const status = payroll.status;
  return (
    <Flex vertical gap={16}>
      <PageHeading
        back={{ to: '/agent', label: t('payments.agent.back') }}
        title={`${communeName} — ${t('payments.monthLabel', { month: formatMonth(payroll.month) })}`}
        subtitle={<>{formatVnd(payroll.payableTotalVnd)} · <PayrollStatusTag status={status} /></>}
      />
      {copy.data.fromDevice && (
        <Alert type="warning" showIcon title={t('payments.agent.offlineCopy', { at: dayjs(copy.data.savedAt).format('HH:mm DD/MM/YYYY') })} />
      )}
      {status === 'SENT' && (
        // the control totals counted on the list as downloaded: every line, adjustments included
        <AcknowledgeCard payroll={payroll} lineCount={lines.length} totalVnd={lines.reduce((sum, l) => sum + l.amountVnd, 0)} />
      )}
      <AgentLinesView payrollId={payroll.id} lines={lines} canConfirm={status === 'ACKNOWLEDGED'} />
    </Flex>
  );
}
