import { Button, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/ErrorState';
import { formatNumber, formatVnd } from '@/lib/format';
import { useCommuneVillages } from '../api/get-commune-villages';
import { useGroupNames } from '../api/get-group-names';
import { usePayrollLines, type LineStatus, type PaymentLine } from '../api/get-payroll-lines';
import type { Payroll } from '../api/get-payrolls';
import { isAdjustable } from './adjustments';
import { formatMonthRange } from './months';

const PAGE_SIZE = 50;
const LINE_STATUSES: LineStatus[] = ['PENDING', 'PAID', 'NOT_PAID'];
const STATUS_COLORS: Record<LineStatus, string> = { PENDING: 'default', PAID: 'success', NOT_PAID: 'error' };

/**
 * The payroll's lines, paged by the API, filtered by name (diacritics optional) or ID number, village and payment status.
 * With `onAdjust`, the lines that may be corrected offer "Adjust".
 */
export function PayrollLinesTable({ payroll, onAdjust }: { payroll: Payroll; onAdjust?: (line: PaymentLine) => void }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const [village, setVillage] = useState<string | undefined>();
  const [status, setStatus] = useState<LineStatus | undefined>();
  const [page, setPage] = useState(1);
  const villages = useCommuneVillages(payroll.communeCode);
  const groupNames = useGroupNames(payroll.month);
  const groupName = (code: string) => {
    const name = groupNames.data?.get(code);
    return name ? (i18n.language === 'en' ? name.en : name.vi) : code;
  };
  const lines = usePayrollLines(payroll.id, { q: query || undefined, village, status, page: page - 1, size: PAGE_SIZE });

  const columns: TableColumnsType<PaymentLine> = [
    { title: t('payments.payroll.columns.name'), dataIndex: 'fullName', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    { title: t('payments.payroll.columns.idNumber'), dataIndex: 'nationalId', responsive: ['md'] },
    { title: t('payments.payroll.columns.village'), dataIndex: 'villageName' },
    {
      title: t('payments.payroll.columns.group'),
      key: 'group',
      responsive: ['lg'],
      render: (_, l) => (
        <span title={l.groupCode}>
          {groupName(l.groupCode)} · {t('payments.payroll.coefficient', { value: formatNumber(Number(l.coefficient)) })}
        </span>
      ),
    },
    { title: t('payments.payroll.columns.months'), key: 'months', render: (_, l) => formatMonthRange(l.firstMonth, l.lastMonth, l.month) },
    { title: t('payments.payroll.columns.kind'), dataIndex: 'kind', render: (k: string) => t(`payments.lineKind.${k}`, { defaultValue: k }) },
    { title: t('payments.payroll.columns.amount'), dataIndex: 'amountVnd', align: 'right', render: (n: number) => formatVnd(n) },
    {
      title: t('payments.payroll.columns.status'),
      dataIndex: 'status',
      render: (s: LineStatus, l) => (
        <Tag color={STATUS_COLORS[s]}>
          {t(`payments.lineStatus.${s}`)}
          {l.notPaidReason ? ` · ${t(`payments.reason.${l.notPaidReason}`)}` : ''}
        </Tag>
      ),
    },
    ...(onAdjust
      ? [
          {
            title: t('payments.payroll.columns.actions'),
            key: 'actions',
            render: (_: unknown, l: PaymentLine) =>
              isAdjustable(l) && (
                <Button size="small" onClick={() => onAdjust(l)} aria-label={t('payments.adjustment.adjustOne', { name: l.fullName })}>
                  {t('payments.adjustment.adjust')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  const reset = () => setPage(1);
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap>
        <Input.Search
          allowClear
          aria-label={t('payments.payroll.filters.search')}
          placeholder={t('payments.payroll.filters.search')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            reset();
          }}
          style={{ maxWidth: 360 }}
        />
        <Select
          allowClear
          aria-label={t('payments.payroll.filters.village')}
          placeholder={t('payments.payroll.filters.allVillages')}
          value={village}
          onChange={(v) => {
            setVillage(v);
            reset();
          }}
          options={(villages.data ?? []).map((v) => ({ value: v.name, label: v.name }))}
          style={{ minWidth: 200 }}
        />
        <Select
          allowClear
          aria-label={t('payments.payroll.filters.status')}
          placeholder={t('payments.payroll.filters.allStatuses')}
          value={status}
          onChange={(v) => {
            setStatus(v);
            reset();
          }}
          options={LINE_STATUSES.map((s) => ({ value: s, label: t(`payments.lineStatus.${s}`) }))}
          style={{ minWidth: 180 }}
        />
      </Flex>
      {lines.isError ? (
        <ErrorState error={lines.error} onRetry={() => void lines.refetch()} />
      ) : (
        <>
          <Typography.Text type="secondary">
            {t('payments.payroll.shown', { shown: formatNumber(lines.data?.totalItems ?? 0), total: formatNumber(payroll.payableLineCount) })}
          </Typography.Text>
          <Table<PaymentLine>
            rowKey="id"
            size="middle"
            loading={lines.isFetching}
            columns={columns}
            dataSource={lines.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: lines.data?.totalItems ?? 0, onChange: setPage, showSizeChanger: false }}
          />
        </>
      )}
    </Flex>
  );
}
