import { CheckOutlined, FileExcelOutlined, FilePdfOutlined, LockOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Skeleton, Tabs, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { useCurrentUser } from '@/lib/current-user';
import { formatNumber, formatVnd } from '@/lib/format';
import { describeProblem } from '@/lib/problem-message';
import { useApprovePayroll } from '../api/approve-payroll';
import { useClosePayroll } from '../api/close-payroll';
import { payrollExportHref, reconciliationExportHref } from '../api/export-links';
import { usePayroll } from '../api/get-payroll';
import type { PaymentLine } from '../api/get-payroll-lines';
import { useProvinceCommunes } from '../api/get-province-communes';
import { useReconciliation } from '../api/get-reconciliation';
import { useSendPayroll } from '../api/send-payroll';
import { AdjustmentModal } from '../components/AdjustmentModal';
import { takesAdjustments } from '../components/adjustments';
import { formatMonth } from '../components/months';
import { PageHeading } from '@/components/ui/PageHeading';
import { PayrollLinesTable } from '../components/PayrollLinesTable';
import { PayrollStatusTag } from '../components/PayrollStatusTag';
import { PayrollTotals } from '../components/PayrollTotals';
import { ReconciliationPanel } from '../components/ReconciliationPanel';

const APPROVERS = new Set(['APPROVER', 'PROVINCE_OFFICER', 'ADMIN']);
// sending, closing and adjusting are the commune worker's and the province's (the API's roles for each step)
const SENDERS = new Set(['SOCIAL_WORKER', 'PROVINCE_OFFICER', 'ADMIN']);
const CLOSERS = SENDERS;
const ADJUSTERS = SENDERS;
const at = (instant: string | null | undefined) => (instant ? dayjs(instant).format('HH:mm DD/MM/YYYY') : '');

/**
 * /payrolls/:id — review the lines and totals, approve (another user than the generator), send, correct lines with adjustment
 * lines, follow the reconciliation, close it, download.
 */
export function PayrollPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const user = useCurrentUser();
  const payroll = usePayroll(id);
  const approve = useApprovePayroll();
  const send = useSendPayroll();
  const close = useClosePayroll();
  const [adjusting, setAdjusting] = useState<PaymentLine | null>(null);
  const tab = search.get('tab') === 'reconciliation' ? 'reconciliation' : 'lines';
  const mayClose = payroll.data?.status === 'ACKNOWLEDGED' && CLOSERS.has(user.role);
  // the closing confirmation says how many lines are still pending
  const reconciliation = useReconciliation(id, tab === 'reconciliation' || mayClose);
  const communes = useProvinceCommunes(payroll.data?.provinceCode);

  if (payroll.isPending) return <Skeleton active />;
  if (payroll.isError) return <ErrorState error={payroll.error} onRetry={() => void payroll.refetch()} />;
  const p = payroll.data;
  const commune =
    communes.data?.find((c) => c.code === p.communeCode)?.fullName ?? (user.scope.code === p.communeCode ? user.scope.name : null) ?? p.communeCode;
  const sameUser = p.generatedBy === user.username;
  const fail = (problem: unknown) => void message.error(describeProblem(problem, t));
  const pending = reconciliation.data?.pending;
  const closeWarning = !pending
    ? t('payments.payroll.closeConfirmUnknown')
    : pending.count > 0
      ? t('payments.payroll.closeConfirmPending', { count: pending.count, formatted: formatNumber(pending.count), amount: formatVnd(pending.amountVnd) })
      : t('payments.payroll.closeConfirmNonePending');

  const actions = (
    <>
      {p.status === 'DRAFT' && APPROVERS.has(user.role) && (
        <Tooltip title={sameUser ? t('payments.payroll.sameUser') : undefined}>
          <Popconfirm
            title={t('payments.payroll.approve')}
            description={<div style={{ maxWidth: 320 }}>{t('payments.payroll.approveConfirm')}</div>}
            okText={t('payments.payroll.approve')}
            disabled={sameUser}
            onConfirm={() => approve.mutate(p.id, { onSuccess: () => void message.success(t('payments.payroll.approved')), onError: fail })}
          >
            <Button type="primary" icon={<CheckOutlined />} loading={approve.isPending} disabled={sameUser}>
              {t('payments.payroll.approve')}
            </Button>
          </Popconfirm>
        </Tooltip>
      )}
      {p.status === 'APPROVED' && SENDERS.has(user.role) && (
        <Popconfirm
          title={t('payments.payroll.send')}
          description={t('payments.payroll.sendConfirm')}
          okText={t('payments.payroll.send')}
          onConfirm={() => send.mutate(p.id, { onSuccess: () => void message.success(t('payments.payroll.sent')), onError: fail })}
        >
          <Button type="primary" icon={<SendOutlined />} loading={send.isPending}>
            {t('payments.payroll.send')}
          </Button>
        </Popconfirm>
      )}
      {mayClose && (
        <Popconfirm
          title={t('payments.payroll.close')}
          description={
            <div style={{ maxWidth: 360 }}>
              <p style={{ margin: 0 }}>{closeWarning}</p>
              <p style={{ margin: '8px 0 0' }}>{t('payments.payroll.closeConfirmFinal')}</p>
            </div>
          }
          okText={t('payments.payroll.close')}
          onOpenChange={(open) => {
            // agents may have confirmed payments since the page loaded
            if (open) void reconciliation.refetch();
          }}
          onConfirm={() => close.mutate(p.id, { onSuccess: () => void message.success(t('payments.payroll.closed')), onError: fail })}
        >
          <Button type="primary" icon={<LockOutlined />} loading={close.isPending}>
            {t('payments.payroll.close')}
          </Button>
        </Popconfirm>
      )}
      <Button icon={<FileExcelOutlined />} href={payrollExportHref(p.id, 'xlsx')} download>
        {t('payments.payroll.exportXlsx')}
      </Button>
      <Button icon={<FilePdfOutlined />} href={payrollExportHref(p.id, 'pdf')} download>
        {t('payments.payroll.exportPdf')}
      </Button>
    </>
  );

  return (
    <Flex vertical gap={16}>
      <PageHeading
        back={{ to: '/payrolls', label: t('payments.payroll.back') }}
        title={t('payments.payroll.title', { commune, month: formatMonth(p.month) })}
        subtitle={
          <Flex gap={8} wrap align="center" component="span">
            <PayrollStatusTag status={p.status} />
            <span>{t('payments.payroll.generatedBy', { name: p.generatedBy, at: at(p.generatedAt) })}</span>
            {p.approvedBy && <span>· {t('payments.payroll.approvedBy', { name: p.approvedBy, at: at(p.approvedAt) })}</span>}
            {p.sentBy && <span>· {t('payments.payroll.sentBy', { name: p.sentBy, at: at(p.sentAt) })}</span>}
            {p.acknowledgedBy && <span>· {t('payments.payroll.acknowledgedBy', { name: p.acknowledgedBy, at: at(p.acknowledgedAt) })}</span>}
            {p.closedBy && <span>· {t('payments.payroll.closedBy', { name: p.closedBy, at: at(p.closedAt) })}</span>}
          </Flex>
        }
        extra={actions}
      />
      {p.status === 'DRAFT' && sameUser && APPROVERS.has(user.role) && <Alert type="info" showIcon title={t('payments.payroll.sameUser')} />}
      <Card>
        <PayrollTotals payroll={p} />
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          const next = new URLSearchParams(search);
          if (key === 'lines') next.delete('tab');
          else next.set('tab', key);
          setSearch(next, { replace: true });
        }}
        items={[
          {
            key: 'lines',
            label: t('payments.payroll.tabs.lines'),
            children: <PayrollLinesTable payroll={p} onAdjust={takesAdjustments(p.status) && ADJUSTERS.has(user.role) ? setAdjusting : undefined} />,
          },
          {
            key: 'reconciliation',
            label: t('payments.payroll.tabs.reconciliation'),
            children: (
              <Flex vertical gap={12}>
                {reconciliation.isPending && <Skeleton active />}
                {reconciliation.isError && <ErrorState error={reconciliation.error} onRetry={() => void reconciliation.refetch()} />}
                {reconciliation.data && <ReconciliationPanel reconciliation={reconciliation.data} />}
                <div>
                  <Button icon={<FileExcelOutlined />} href={reconciliationExportHref(p.id)} download>
                    {t('payments.payroll.exportReconciliation')}
                  </Button>
                </div>
                <Typography.Text type="secondary">{t('payments.payroll.reconciliationHelp')}</Typography.Text>
              </Flex>
            ),
          },
        ]}
      />
      <AdjustmentModal payrollId={p.id} line={adjusting} onClose={() => setAdjusting(null)} />
    </Flex>
  );
}
