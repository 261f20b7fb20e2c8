import { App, Button, Empty, Flex, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DueDate } from '@/components/ui/DueDate';
import { formatDate } from '@/lib/format';
import { describeProblem } from '@/lib/problem-message';
import type { CaseObjection } from '../api/add-objection';
import { useAnswerObjection } from '../api/answer-objection';

function AnswerForm({ caseId, objection }: { caseId: string; objection: CaseObjection }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const answer = useAnswerObjection();
  const id = `objection-answer-${objection.id}`;
  return (
    <Flex vertical gap={4} style={{ marginTop: 8 }}>
      <label htmlFor={id}>{t('casefile.objections.answer')}</label>
      <Input.TextArea id={id} rows={2} value={text} status={error ? 'error' : undefined} onChange={(e) => setText(e.target.value)} />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <div>
        <Button
          size="small"
          loading={answer.isPending}
          onClick={() => {
            if (!text.trim()) return setError(t('casefile.objections.answerRequired'));
            answer.mutate(
              { caseId, objectionId: objection.id, body: { answer: text.trim() } },
              { onSuccess: () => void message.success(t('casefile.objections.answered')), onError: (p) => setError(p.fieldMessages().answer ?? describeProblem(p, t)) },
            );
          }}
        >
          {t('casefile.objections.sendAnswer')}
        </Button>
      </div>
    </Flex>
  );
}

/** Objections to the public posting, each with its answer or its due date (10 working days). */
export function ObjectionsCard({ caseId, objections, canAnswer }: { caseId: string; objections: readonly CaseObjection[]; canAnswer: boolean }) {
  const { t } = useTranslation();
  if (objections.length === 0) return <Empty description={t('casefile.objections.none')} />;
  return (
    <List
      dataSource={objections as CaseObjection[]}
      renderItem={(o) => (
        <List.Item>
          <div style={{ width: '100%' }}>
            <Typography.Text strong>{o.objector ?? t('casefile.objections.anonymous')}</Typography.Text>{' '}
            <Typography.Text type="secondary">{t('casefile.objections.received', { date: formatDate(o.receivedOn) })}</Typography.Text>
            <div>{o.content}</div>
            {o.answer ? (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t('casefile.objections.answeredBy', { answer: o.answer, by: o.answeredBy ?? '', date: formatDate(o.answeredOn) })}
              </Typography.Paragraph>
            ) : (
              <>
                <div>
                  {t('casefile.objections.answerDue')} <DueDate due={o.dueOn} overdue={o.overdue} />
                </div>
                {canAnswer && <AnswerForm caseId={caseId} objection={o} />}
              </>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
