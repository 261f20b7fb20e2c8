import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Modal, Skeleton, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueDate } from '@/components/ui/DueDate';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { DATE_FORMAT, formatDate, ISO_DATE } from '@/lib/format';
import { describeProblem } from '@/lib/problem-message';
import { useDecideCases, type BulkDecisionResult } from '../api/decide-cases';
import { useCases, type CaseSummary } from '../api/get-cases';

interface Values {
  decisionNumber?: string;
  decisionDate?: Dayjs;
  signer?: string;
  reason?: string;
}

/**
 * /approvals — the approver's screen: applications proposed for a decision, approved or rejected one by
 * one or in bulk. Each decision carries its number, date and signer; a rejection needs a reason.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const proposed = useCases({ status: 'PROPOSED', page: 0, size: 200 });
  const decide = useDecideCases();
  const [selected, setSelected] = useState<string[]>([]);
  // the applications the open decision is about: one row's, or the selection
  const [targets, setTargets] = useState<string[]>([]);
  const [mode, setMode] = useState<'APPROVE' | 'REJECT' | null>(null);
  const [results, setResults] = useState<BulkDecisionResult['items'] | null>(null);
  const [form] = Form.useForm<Values>();

  const items = proposed.data?.items ?? [];
  const byId = new Map(items.map((c) => [c.id, c]));
  const start = (next: 'APPROVE' | 'REJECT', ids: string[]) => {
    setTargets(ids);
    form.resetFields();
    setMode(next);
  };

  const onFinish = (v: Values) => {
    if (!mode) return;
    decide.mutate(
      {
        items: targets.map((caseId) => ({
          caseId,
          decision: mode,
          decisionNumber: v.decisionNumber?.trim() || undefined,
          decisionDate: v.decisionDate?.format(ISO_DATE),
          signer: v.signer?.trim() || undefined,
          reason: mode === 'REJECT' ? v.reason?.trim() : undefined,
        })),
      },
      {
        onSuccess: (answer) => {
          setMode(null);
          setSelected((current) => current.filter((id) => !targets.includes(id)));
          setResults(answer.items);
          const ok = answer.items.filter((i) => i.status < 300).length;
          void message.success(t('casefile.approvals.done', { ok, total: answer.items.length }));
        },
        onError: (p) => void message.error(describeProblem(p, t)),
      },
    );
  };

  const columns: TableColumnsType<CaseSummary> = [
    { key: 'person', title: t('casefile.case.person'), render: (_: unknown, c) => <Link to={`/cases/${c.id}`}>{c.personName ?? c.personId}</Link> },
    { key: 'group', title: t('casefile.case.group'), dataIndex: 'groupCode' },
    { key: 'submitted', title: t('casefile.case.submittedOn'), responsive: ['md'], render: (_: unknown, c) => formatDate(c.submittedOn) || '—' },
    { key: 'due', title: t('casefile.approvals.due'), render: (_: unknown, c) => <DueDate due={c.nextDueOn} overdue={c.overdue} /> },
    {
      key: 'actions',
      title: t('casefile.approvals.decide'),
      render: (_: unknown, c) => (
        <Flex gap={8}>
          <Button size="small" type="primary" onClick={() => start('APPROVE', [c.id])} aria-label={t('casefile.approvals.approveOne', { name: c.personName ?? '' })}>
            {t('casefile.actions.approve')}
          </Button>
          <Button size="small" danger onClick={() => start('REJECT', [c.id])} aria-label={t('casefile.approvals.rejectOne', { name: c.personName ?? '' })}>
            {t('casefile.actions.reject')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('casefile.approvals.title')} subtitle={t('casefile.approvals.intro')} />
      {results && results.some((r) => r.status >= 300) && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setResults(null) }}
          title={t('casefile.approvals.someFailed')}
          description={
            <ul style={{ margin: 0 }}>
              {results
                .filter((r) => r.status >= 300)
                .map((r) => (
                  <li key={r.caseId}>
                    {byId.get(r.caseId)?.personName ?? r.caseId}: {t(`casefile.approvals.codes.${r.code ?? ''}`, { defaultValue: r.code ?? String(r.status) })}
                  </li>
                ))}
            </ul>
          }
        />
      )}
      <Card>
        {proposed.isPending ? (
          <Skeleton active />
        ) : proposed.isError ? (
          <ErrorState error={proposed.error} onRetry={() => void proposed.refetch()} />
        ) : (
          <Flex vertical gap={12}>
            <Flex gap={8} wrap align="center">
              <Typography.Text>{t('casefile.approvals.selected', { count: selected.length })}</Typography.Text>
              <Button type="primary" disabled={selected.length === 0} onClick={() => start('APPROVE', selected)}>
                {t('casefile.approvals.approveSelected')}
              </Button>
              <Button danger disabled={selected.length === 0} onClick={() => start('REJECT', selected)}>
                {t('casefile.approvals.rejectSelected')}
              </Button>
            </Flex>
            <Table<CaseSummary>
              rowKey="id"
              dataSource={items}
              columns={columns}
              pagination={false}
              locale={{ emptyText: t('casefile.approvals.none') }}
              rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
            />
          </Flex>
        )}
      </Card>
      <Modal
        open={mode !== null}
        title={mode === 'REJECT' ? t('casefile.approvals.rejectTitle', { count: targets.length }) : t('casefile.approvals.approveTitle', { count: targets.length })}
        okText={mode === 'REJECT' ? t('casefile.actions.reject') : t('casefile.actions.approve')}
        okButtonProps={{ danger: mode === 'REJECT' }}
        cancelText={t('common.close')}
        confirmLoading={decide.isPending}
        onOk={() => form.submit()}
        onCancel={() => setMode(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          {targets.map((id) => byId.get(id)?.personName ?? id).join(', ')}
        </Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ decisionDate: dayjs() }}>
          {mode === 'REJECT' && (
            <Form.Item name="reason" label={t('casefile.decision.reason')} rules={[{ required: true, whitespace: true, message: t('casefile.decision.reasonRequired') }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          <Form.Item
            name="decisionNumber"
            label={t('casefile.decision.number')}
            extra={targets.length > 1 ? t('casefile.approvals.numberHelp') : undefined}
            rules={mode === 'APPROVE' ? [{ required: true, whitespace: true, message: t('casefile.decision.numberRequired') }] : undefined}
          >
            <Input placeholder="15/QĐ-UBND" />
          </Form.Item>
          <Form.Item
            name="decisionDate"
            label={t('casefile.decision.date')}
            rules={mode === 'APPROVE' ? [{ required: true, message: t('casefile.decision.dateRequired') }] : undefined}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="signer"
            label={t('casefile.decision.signer')}
            rules={mode === 'APPROVE' ? [{ required: true, whitespace: true, message: t('casefile.decision.signerRequired') }] : undefined}
          >
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
