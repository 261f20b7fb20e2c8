import { App, Button, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/current-user';
import { showFieldErrors } from '@/lib/form-errors';
import { DATE_FORMAT, ISO_DATE } from '@/lib/format';
import type { ApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-message';
import { useAddObjection } from '../api/add-objection';
import { useApproveCase } from '../api/approve-case';
import type { CaseView } from '../api/get-case';
import { usePostCase } from '../api/post-case';
import { useProposeCase } from '../api/propose-case';
import { useRejectCase } from '../api/reject-case';
import { useStartReview } from '../api/start-review';
import { useSubmitCase } from '../api/submit-case';
import { useWithdrawCase } from '../api/withdraw-case';
import { canDecide, canWork } from './permissions';

type Action = 'submit' | 'post' | 'objection' | 'approve' | 'reject' | 'withdraw';

interface FormValues {
  submitterKind?: 'PERSON' | 'RELATIVE' | 'ORGANISATION';
  submitterName?: string;
  submitterRelation?: string;
  date?: Dayjs;
  end?: Dayjs;
  objector?: string;
  content?: string;
  decisionNumber?: string;
  signer?: string;
  reason?: string;
}

const OPEN: readonly CaseView['status'][] = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'POSTED', 'PROPOSED'];

/** What may be done to the application now, by whom: each state's next steps for the worker, the decision for the approver. */
export function CaseActions({ case: c }: { case: CaseView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [action, setAction] = useState<Action | null>(null);
  const [form] = Form.useForm<FormValues>();
  const submitterKind = Form.useWatch('submitterKind', form);
  const submit = useSubmitCase();
  const review = useStartReview();
  const post = usePostCase();
  const propose = useProposeCase();
  const approve = useApproveCase();
  const reject = useRejectCase();
  const withdraw = useWithdrawCase();
  const objection = useAddObjection();
  const pending = [submit, review, post, propose, approve, reject, withdraw, objection].some((m) => m.isPending);
  const base = { id: c.id, version: c.version };
  const worker = canWork(user.role);
  const approver = canDecide(user.role);

  const onError = (problem: ApiProblem) => {
    const unplaced = showFieldErrors(form, problem.errors, (path) =>
      path[0] === 'submittedOn' || path[0] === 'start' || path[0] === 'decisionDate' || path[0] === 'receivedOn' ? ['date'] : path,
    );
    if (unplaced.length > 0 || problem.errors.length === 0) void message.error(describeProblem(problem, t));
  };
  const done = (key: string) => () => {
    setAction(null);
    void message.success(t(`casefile.actions.done.${key}`));
  };
  const open = (next: Action) => {
    form.resetFields();
    setAction(next);
  };
  const iso = (d?: Dayjs) => (d ? d.format(ISO_DATE) : undefined);

  const onFinish = (v: FormValues) => {
    switch (action) {
      case 'submit':
        submit.mutate(
          {
            ...base,
            body: { submitterKind: v.submitterKind ?? 'PERSON', submitterName: v.submitterName, submitterRelation: v.submitterRelation, submittedOn: iso(v.date) },
          },
          { onSuccess: done('submitted'), onError },
        );
        break;
      case 'post':
        post.mutate({ ...base, body: { start: iso(v.date), end: iso(v.end) } }, { onSuccess: done('posted'), onError });
        break;
      case 'objection':
        objection.mutate(
          { caseId: c.id, body: { receivedOn: iso(v.date), objector: v.objector, content: v.content ?? '' } },
          { onSuccess: done('objection'), onError },
        );
        break;
      case 'approve':
        approve.mutate(
          { ...base, body: { decisionNumber: v.decisionNumber ?? '', decisionDate: iso(v.date) ?? '', signer: v.signer ?? '' } },
          { onSuccess: done('approved'), onError },
        );
        break;
      case 'reject':
        reject.mutate(
          { ...base, body: { reason: v.reason ?? '', decisionNumber: v.decisionNumber, decisionDate: iso(v.date), signer: v.signer } },
          { onSuccess: done('rejected'), onError },
        );
        break;
      case 'withdraw':
        withdraw.mutate({ ...base, body: { reason: v.reason } }, { onSuccess: done('withdrawn'), onError });
        break;
      default:
        break;
    }
  };

  const required = (key: string) => [{ required: true, whitespace: true, message: t(key) }];
  const buttons = [];
  if (worker && c.status === 'DRAFT')
    buttons.push(
      <Button key="submit" type="primary" onClick={() => open('submit')}>
        {t('casefile.actions.submit')}
      </Button>,
    );
  if (worker && c.status === 'SUBMITTED')
    buttons.push(
      <Button key="review" type="primary" loading={review.isPending} onClick={() => review.mutate(base, { onSuccess: done('review'), onError })}>
        {t('casefile.actions.review')}
      </Button>,
    );
  if (worker && c.status === 'UNDER_REVIEW')
    buttons.push(
      <Button key="post" type="primary" onClick={() => open('post')}>
        {t('casefile.actions.post')}
      </Button>,
    );
  if (worker && c.status === 'POSTED') {
    buttons.push(
      <Button key="propose" type="primary" loading={propose.isPending} onClick={() => propose.mutate(base, { onSuccess: done('proposed'), onError })}>
        {t('casefile.actions.propose')}
      </Button>,
      <Button key="objection" onClick={() => open('objection')}>
        {t('casefile.actions.objection')}
      </Button>,
    );
  }
  if (approver && c.status === 'PROPOSED')
    buttons.push(
      <Button key="approve" type="primary" onClick={() => open('approve')}>
        {t('casefile.actions.approve')}
      </Button>,
      <Button key="reject" danger onClick={() => open('reject')}>
        {t('casefile.actions.reject')}
      </Button>,
    );
  if (worker && OPEN.includes(c.status))
    buttons.push(
      <Button key="withdraw" onClick={() => open('withdraw')}>
        {t('casefile.actions.withdraw')}
      </Button>,
    );

  return (
    <>
      {buttons}
      <Modal
        open={action !== null}
        title={action ? t(`casefile.actions.title.${action}`) : ''}
        okText={action ? t(`casefile.actions.ok.${action}`) : ''}
        okButtonProps={{ danger: action === 'reject' || action === 'withdraw' }}
        cancelText={t('common.close')}
        confirmLoading={pending}
        onOk={() => form.submit()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form<FormValues>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ submitterKind: 'PERSON', date: action === 'post' || action === 'submit' || action === 'approve' || action === 'reject' ? dayjs() : undefined }}
        >
          {action === 'submit' && (
            <>
              <Form.Item name="submitterKind" label={t('casefile.submitter.kind')}>
                <Radio.Group
                  options={(['PERSON', 'RELATIVE', 'ORGANISATION'] as const).map((k) => ({ value: k, label: t(`casefile.submitter.${k}`) }))}
                />
              </Form.Item>
              {submitterKind && submitterKind !== 'PERSON' && (
                <>
                  <Form.Item name="submitterName" label={t('casefile.submitter.name')} rules={required('casefile.submitter.nameRequired')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="submitterRelation" label={t('casefile.submitter.relation')}>
                    <Input placeholder={t('casefile.submitter.relationPlaceholder')} />
                  </Form.Item>
                </>
              )}
              <Form.Item name="date" label={t('casefile.submitter.receivedOn')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {action === 'post' && (
            <>
              <Form.Item name="date" label={t('casefile.posting.start')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="end" label={t('casefile.posting.end')} extra={t('casefile.posting.endHelp')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {action === 'objection' && (
            <>
              <Form.Item name="date" label={t('casefile.objections.receivedOn')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="objector" label={t('casefile.objections.objector')}>
                <Input />
              </Form.Item>
              <Form.Item name="content" label={t('casefile.objections.content')} rules={required('casefile.objections.contentRequired')}>
                <Input.TextArea rows={3} />
              </Form.Item>
            </>
          )}
          {(action === 'approve' || action === 'reject') && (
            <>
              {action === 'reject' && (
                <Form.Item name="reason" label={t('casefile.decision.reason')} rules={required('casefile.decision.reasonRequired')}>
                  <Input.TextArea rows={3} />
                </Form.Item>
              )}
              <Form.Item
                name="decisionNumber"
                label={t('casefile.decision.number')}
                rules={action === 'approve' ? required('casefile.decision.numberRequired') : undefined}
              >
                <Input placeholder="15/QĐ-UBND" />
              </Form.Item>
              <Form.Item
                name="date"
                label={t('casefile.decision.date')}
                rules={action === 'approve' ? [{ required: true, message: t('casefile.decision.dateRequired') }] : undefined}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="signer" label={t('casefile.decision.signer')} rules={action === 'approve' ? required('casefile.decision.signerRequired') : undefined}>
                <Input />
              </Form.Item>
            </>
          )}
          {action === 'withdraw' && (
            <Form.Item name="reason" label={t('casefile.actions.withdrawReason')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
