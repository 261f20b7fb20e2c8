import { Alert, App, Button, Card, Descriptions, Flex, Modal, Popconfirm, Result, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '@/components/ui/ErrorState';
import { PageHeading } from '@/components/ui/PageHeading';
import { useCurrentUser } from '@/lib/current-user';
import { formatCoefficient, formatDate } from '@/lib/format';
import { isApiProblem, type ApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-message';
import { useActivateGroupVersion } from '../api/activate-group-version';
import { useDeleteGroupVersion } from '../api/delete-group-version';
import { usePolicyGroup, type PolicyGroupVersion } from '../api/get-policy-group';
import { canAdministerPolicies } from '../components/permissions';
import { VersionForm } from '../components/VersionForm';

function criterionText(c: Record<string, unknown>): string {
  const { kind, legalBasis: _basis, ...params } = c;
  const rest = Object.entries(params).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  return rest.length > 0 ? `${String(kind)} (${rest.join('; ')})` : String(kind);
}

/** /policies/groups/:code — a group's versions as a timeline; province officers add a draft and activate it. */
export function PolicyGroupPage() {
  const { t, i18n } = useTranslation();
  const { code } = useParams();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const group = usePolicyGroup(code);
  const activate = useActivateGroupVersion();
  const remove = useDeleteGroupVersion();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [editing, setEditing] = useState<PolicyGroupVersion | null>(null);
  const admin = canAdministerPolicies(user.role);

  if (group.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (group.isError) {
    return isApiProblem(group.error) && group.error.status === 404 ? (
      <Result status="404" title={t('policies.group.notFound')} extra={<Link to="/policies">{t('policies.catalogue.back')}</Link>} />
    ) : (
      <ErrorState error={group.error} onRetry={() => void group.refetch()} />
    );
  }
  const g = group.data;
  const en = i18n.language === 'en';
  const latest: PolicyGroupVersion | undefined = g.versions[g.versions.length - 1];
  const onError = (p: ApiProblem) => setProblem(p);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <PageHeading title={en ? g.nameEn : g.nameVi} back={{ to: '/policies', label: t('policies.catalogue.back') }} subtitle={`${g.code} · ${g.legalBasis}`} />
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'programme', label: t('policies.group.programme'), children: g.programmeCode },
            { key: 'scope', label: t('policies.group.scope'), children: g.provinceCode ? t('policies.province', { code: g.provinceCode }) : t('policies.national') },
            { key: 'start', label: t('policies.group.startRule'), children: t(`policies.startRule.${g.startRule}`, { age: g.startAge ?? '' }) },
            { key: 'combination', label: t('policies.group.combination'), children: t(`policies.combination.${g.combination}`) },
          ]}
        />
      </Card>
      {problem && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setProblem(null) }}
          title={problem.code === 'policy.version-used' ? t('policies.version.usedTitle') : problem.title ?? t('errors.unexpected')}
          description={describeProblem(problem, t)}
        />
      )}
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('policies.version.timeline')}</h2>}>
        <Timeline
          items={g.versions.map((v) => ({
            key: v.id,
            color: v.status === 'DRAFT' ? 'gray' : v.effectiveTo ? 'blue' : 'green',
            content: (
              <section aria-label={t('policies.version.label', { from: formatDate(v.effectiveFrom) })}>
                <Space wrap size={4}>
                  <Typography.Text strong>
                    {v.effectiveTo
                      ? t('policies.period', { from: formatDate(v.effectiveFrom), to: formatDate(v.effectiveTo) })
                      : t('policies.periodOpen', { from: formatDate(v.effectiveFrom) })}
                  </Typography.Text>
                  <Tag color={v.status === 'ACTIVE' ? 'green' : 'default'}>{t(`policies.status.${v.status}`)}</Tag>
                  {v.used && <Tag color="orange">{t('policies.version.used')}</Tag>}
                  {v.provinceCode && <Tag>{t('policies.province', { code: v.provinceCode })}</Tag>}
                </Space>
                <div>{t('policies.version.coefficientIs', { value: formatCoefficient(v.coefficient) })}</div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {v.legalBasis} · {t('policies.version.criteriaList', { list: v.criteria.map(criterionText).join(' · ') })}
                </Typography.Text>
                {admin && v.status === 'ACTIVE' && (
                  <div style={{ marginTop: 6 }}>
                    <Button size="small" onClick={() => setEditing(v)}>
                      {t('policies.version.edit')}
                    </Button>
                  </div>
                )}
                {admin && v.status === 'DRAFT' && (
                  <div style={{ marginTop: 6 }}>
                    <Space>
                      <Button
                        size="small"
                        type="primary"
                        loading={activate.isPending}
                        onClick={() =>
                          activate.mutate(
                            { id: v.id, version: v.version },
                            { onSuccess: () => void message.success(t('policies.version.activated')), onError },
                          )
                        }
                      >
                        {t('policies.version.activate')}
                      </Button>
                      <Popconfirm
                        title={t('policies.version.deleteConfirm')}
                        okText={t('policies.version.delete')}
                        cancelText={t('common.close')}
                        onConfirm={() => remove.mutate(v.id, { onSuccess: () => void message.success(t('policies.version.deleted')), onError })}
                      >
                        <Button size="small" danger>
                          {t('policies.version.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  </div>
                )}
              </section>
            ),
          }))}
        />
      </Card>
      <Modal open={editing !== null} title={t('policies.version.editTitle')} footer={null} onCancel={() => setEditing(null)} destroyOnHidden width={720}>
        {editing && (
          <VersionForm
            groupCode={g.code}
            editing={editing}
            onDone={() => {
              setEditing(null);
              void message.success(t('policies.version.changed'));
            }}
          />
        )}
      </Modal>
      {admin && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('policies.version.addTitle')}</h2>}>
          <VersionForm groupCode={g.code} latest={latest} onDone={() => void message.success(t('policies.version.added'))} />
        </Card>
      )}
    </Flex>
  );
}
