import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EligibilityExplanation } from '@/components/ui/EligibilityExplanation';
import { ErrorState } from '@/components/ui/ErrorState';
import { EventTimeline, type TimelineEvent } from '@/components/ui/EventTimeline';
import { PageHeading } from '@/components/ui/PageHeading';
import { useCurrentUser } from '@/lib/current-user';
import { formatDate } from '@/lib/format';
import { isApiProblem } from '@/lib/problem';
import { useCase, type CaseView } from '../api/get-case';
import { CaseActions } from '../components/CaseActions';
import { CaseStatusTag } from '../components/CaseStatusTag';
import { DeadlinesCard } from '../components/DeadlinesCard';
import { DocumentsCard } from '../components/DocumentsCard';
import { ObjectionsCard } from '../components/ObjectionsCard';
import { canDecide, canWork } from '../components/permissions';

const CLOSED: readonly CaseView['status'][] = ['APPROVED', 'REJECTED', 'WITHDRAWN'];

function timelineOf(c: CaseView, t: (key: string, options?: Record<string, unknown>) => string): TimelineEvent[] {
  return c.timeline.map((entry, i) => ({
    key: `${i}-${entry.occurredAt}`,
    at: entry.occurredAt,
    title: t(`casefile.timeline.${entry.action}`, { defaultValue: entry.action }),
    actor: `${entry.actor} (${t(`roles.${entry.actorRole}`, { defaultValue: entry.actorRole })})`,
    detail: entry.note ?? undefined,
    color: entry.toStatus === 'REJECTED' || entry.toStatus === 'WITHDRAWN' ? 'red' : entry.toStatus === 'APPROVED' ? 'green' : 'blue',
  }));
}

function h2(text: string) {
  return <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;
}

/** /cases/:id — one application: where it stands, its deadlines, papers, posting and objections, the eligibility snapshot, and what to do next. */
export function CasePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const user = useCurrentUser();
  const query = useCase(id);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.isError) {
    return isApiProblem(query.error) && query.error.status === 404 ? (
      <Result status="404" title={t('casefile.case.notFound')} extra={<Link to="/cases">{t('casefile.case.back')}</Link>} />
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const c = query.data;
  const writer = canWork(user.role) || canDecide(user.role);
  const submitter = c.submitter
    ? [t(`casefile.submitter.${c.submitter.kind}`), c.submitter.name, c.submitter.relation].filter(Boolean).join(' · ')
    : '—';

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1200 }}>
      <PageHeading
        title={t('casefile.case.title', { name: c.personName ?? '' })}
        back={{ to: '/cases', label: t('casefile.case.back') }}
        subtitle={
          <>
            <CaseStatusTag status={c.status} /> {c.groupName ?? c.groupCode}
          </>
        }
        extra={
          <>
            <CaseActions case={c} />
            {c.status === 'APPROVED' && (
              <Button icon={<FilePdfOutlined />} href={`/api/v1/cases/${c.id}/decision`} target="_blank">
                {t('casefile.case.printDecision')}
              </Button>
            )}
          </>
        }
      />
      {c.deadlines.overdue && !CLOSED.includes(c.status) && <Alert type="error" showIcon title={t('casefile.case.overdue')} />}
      {c.status === 'APPROVED' && c.entitlementId && (
        <Alert
          type="success"
          showIcon
          title={t('casefile.case.approved', { number: c.decisionNumber ?? '', date: formatDate(c.decisionDate) })}
          action={<Link to={`/entitlements/${c.entitlementId}`}>{t('casefile.case.openEntitlement')}</Link>}
        />
      )}
      {c.status === 'REJECTED' && <Alert type="warning" showIcon title={t('casefile.case.rejected', { reason: c.rejectionReason ?? '' })} />}
      {c.status === 'WITHDRAWN' && <Alert type="info" showIcon title={t('casefile.case.withdrawn', { reason: c.withdrawalReason ?? '' })} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <Card title={h2(t('casefile.case.details'))}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'person', label: t('casefile.case.person'), children: <Link to={`/people/${c.personId}`}>{c.personName ?? c.personId}</Link> },
                  { key: 'group', label: t('casefile.case.group'), children: `${c.groupName ?? c.groupCode}` },
                  { key: 'programme', label: t('casefile.case.programme'), children: c.programmeCode },
                  { key: 'submitter', label: t('casefile.case.submitter'), children: submitter },
                  { key: 'submitted', label: t('casefile.case.submittedOn'), children: formatDate(c.submittedOn) || '—' },
                  {
                    key: 'posting',
                    label: t('casefile.case.posting'),
                    children: c.postingStart ? t('casefile.case.postingFromTo', { from: formatDate(c.postingStart), to: formatDate(c.postingEnd) }) : '—',
                  },
                  ...(c.decisionNumber
                    ? [
                        {
                          key: 'decision',
                          label: t('casefile.case.decision'),
                          children: t('casefile.case.decisionText', { number: c.decisionNumber, date: formatDate(c.decisionDate), signer: c.signer ?? '' }),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
            <Card title={h2(t('casefile.deadlines.title'))}>
              <DeadlinesCard deadlines={c.deadlines} />
            </Card>
            <Card title={h2(t('casefile.documents.title'))}>
              <DocumentsCard caseId={c.id} documents={c.documents} canAdd={canWork(user.role) && !CLOSED.includes(c.status)} />
            </Card>
            {(c.status === 'POSTED' || c.objections.length > 0) && (
              <Card title={h2(t('casefile.objections.title'))}>
                <ObjectionsCard caseId={c.id} objections={c.objections} canAnswer={writer} />
              </Card>
            )}
            <Card title={h2(t('casefile.eligibility.title'))}>
              {c.eligibility ? (
                <Flex vertical gap={8}>
                  <Typography.Text type="secondary">{t('casefile.eligibility.snapshot', { date: formatDate(c.reviewStartedOn) })}</Typography.Text>
                  <EligibilityExplanation result={c.eligibility} onlyEligible />
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('casefile.eligibility.none')}</Typography.Text>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={h2(t('casefile.timeline.title'))}>
            <EventTimeline events={timelineOf(c, t)} label={t('casefile.timeline.title')} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
