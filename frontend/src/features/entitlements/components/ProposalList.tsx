import { App, Button, Empty, Flex, Input, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { describeProblem } from '@/lib/problem-message';
import { useAnswerProposal } from '../api/answer-proposal';
import type { EntitlementProposal } from '../api/get-entitlement-proposals';

const STATUS_COLORS: Record<string, string> = { OPEN: 'blue', ACCEPTED: 'green', REJECTED: 'default' };

/** Proposed changes of entitlements; the approver accepts one, or rejects it with the answer in words. */
export function ProposalList({ proposals, canAnswer, showPerson }: { proposals: readonly EntitlementProposal[]; canAnswer: boolean; showPerson?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const answer = useAnswerProposal();
  const [rejecting, setRejecting] = useState<EntitlementProposal | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  if (proposals.length === 0) return <Empty description={t('entitlements.proposals.none')} />;

  const accept = (p: EntitlementProposal) =>
    answer.mutate(
      { id: p.id, answer: { accept: true } },
      { onSuccess: () => void message.success(t('entitlements.proposals.accepted')), onError: (e) => void message.error(describeProblem(e, t)) },
    );
  const reject = () => {
    if (!rejecting) return;
    if (!reason.trim()) {
      setReasonError(t('entitlements.proposals.answerRequired'));
      return;
    }
    answer.mutate(
      { id: rejecting.id, answer: { accept: false, answer: reason.trim() } },
      {
        onSuccess: () => {
          setRejecting(null);
          void message.success(t('entitlements.proposals.rejected'));
        },
        onError: (e) => setReasonError(e.fieldMessages().answer ?? describeProblem(e, t)),
      },
    );
  };

  return (
    <>
      <List
        dataSource={proposals as EntitlementProposal[]}
        renderItem={(p) => (
          <List.Item
            actions={
              canAnswer && p.status === 'OPEN'
                ? [
                    <Button key="accept" type="primary" size="small" loading={answer.isPending} onClick={() => accept(p)}>
                      {t('entitlements.proposals.accept')}
                    </Button>,
                    <Button
                      key="reject"
                      size="small"
                      onClick={() => {
                        setReason('');
                        setReasonError(null);
                        setRejecting(p);
                      }}
                    >
                      {t('entitlements.proposals.reject')}
                    </Button>,
                  ]
                : undefined
            }
          >
            <List.Item.Meta
              title={
                <Flex gap={8} wrap>
                  {showPerson && <Link to={`/entitlements/${p.entitlementId}`}>{p.personName ?? p.personId}</Link>}
                  <span>{t(`entitlements.proposals.kind.${p.kind}`, { defaultValue: p.kind })}</span>
                  <Tag color={STATUS_COLORS[p.status] ?? 'default'}>{t(`entitlements.proposals.status.${p.status}`, { defaultValue: p.status })}</Tag>
                </Flex>
              }
              description={
                <>
                  {t('entitlements.proposals.reasonOn', {
                    reason: t(`entitlements.proposals.reason.${p.reason}`, { defaultValue: p.reason }),
                    date: formatDate(p.eventDate),
                  })}
                  {p.detail && <> · {p.detail}</>}
                  {p.answer && (
                    <div>
                      <Typography.Text type="secondary">{t('entitlements.proposals.answered', { answer: p.answer, by: p.decidedBy ?? '' })}</Typography.Text>
                    </div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={rejecting !== null}
        title={t('entitlements.proposals.rejectTitle')}
        okText={t('entitlements.proposals.reject')}
        cancelText={t('common.close')}
        confirmLoading={answer.isPending}
        onOk={reject}
        onCancel={() => setRejecting(null)}
      >
        <label htmlFor="proposal-answer">{t('entitlements.proposals.answer')}</label>
        <Input.TextArea
          id="proposal-answer"
          rows={3}
          value={reason}
          status={reasonError ? 'error' : undefined}
          aria-describedby={reasonError ? 'proposal-answer-error' : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {reasonError && (
          <Typography.Text type="danger" id="proposal-answer-error">
            {reasonError}
          </Typography.Text>
        )}
      </Modal>
    </>
  );
}
