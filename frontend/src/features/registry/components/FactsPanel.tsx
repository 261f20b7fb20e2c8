import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Skeleton, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/ErrorState';
import { usePersonFacts, type Fact, type FactKind } from '../api/get-person-facts';
import { describeFactValue, describePeriod, FACT_KIND_ORDER } from './fact-kinds';
import { FactFormDrawer, type FactDrawerMode } from './FactFormDrawer';

const byNewest = (a: Fact, b: Fact) => b.validFrom.localeCompare(a.validFrom) || b.recordedAt.localeCompare(a.recordedAt);

/**
 * Each kind of fact as a dated history, newest first: periods that ended, the one in force, and corrections
 * (the corrected row stays, struck through, beside the reason given).
 */
export function FactsPanel({ personId, canWrite }: { personId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const facts = usePersonFacts(personId);
  const [drawer, setDrawer] = useState<FactDrawerMode | null>(null);

  if (facts.isPending) return <Skeleton active />;
  if (facts.isError) return <ErrorState error={facts.error} onRetry={() => void facts.refetch()} />;

  const all = facts.data;
  const byId = new Map(all.map((f) => [f.id, f]));
  const kinds = FACT_KIND_ORDER.filter((kind) => all.some((f) => f.kind === kind));

  const item = (fact: Fact) => {
    const superseded = !!fact.supersededBy;
    const replacement = fact.supersededBy ? byId.get(fact.supersededBy) : undefined;
    return {
      key: fact.id,
      color: superseded ? 'gray' : fact.validTo ? 'blue' : 'green',
      content: (
        <Flex vertical gap={2}>
          <Flex gap={8} wrap align="baseline">
            <Typography.Text strong delete={superseded}>
              {describeFactValue(fact, t) || t(`registry.fact.kind.${fact.kind}`)}
            </Typography.Text>
            {superseded && <Tag>{t('registry.fact.supersededTag')}</Tag>}
            {!superseded && !fact.validTo && <Tag color="green">{t('registry.fact.currentTag')}</Tag>}
          </Flex>
          <Typography.Text delete={superseded}>{describePeriod(fact, t)}</Typography.Text>
          {fact.document && (
            <Typography.Text type="secondary">{t('registry.fact.documentShown', { document: fact.document })}</Typography.Text>
          )}
          {fact.correctionReason && (
            <Typography.Text type="warning">{t('registry.fact.correctionReason', { reason: fact.correctionReason })}</Typography.Text>
          )}
          {superseded && replacement?.correctionReason && (
            <Typography.Text type="secondary">{t('registry.fact.replacedBecause', { reason: replacement.correctionReason })}</Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('registry.fact.recordedBy', { actor: fact.recordedBy, at: dayjs(fact.recordedAt).format('DD/MM/YYYY HH:mm') })}
          </Typography.Text>
          {canWrite && !superseded && (
            <div>
              <Button size="small" onClick={() => setDrawer({ type: 'correct', fact })}>
                {t('registry.fact.correct')}
              </Button>
            </div>
          )}
        </Flex>
      ),
    };
  };

  const timelineOf = (kind: FactKind) => all.filter((f) => f.kind === kind).sort(byNewest);

  return (
    <Flex vertical gap={16}>
      {canWrite && (
        <div>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ type: 'record' })}>
            {t('registry.fact.record')}
          </Button>
        </div>
      )}
      {kinds.length === 0 ? (
        <Empty description={t('registry.fact.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          {kinds.map((kind) => (
            <Col xs={24} lg={12} key={kind}>
              <Card size="small" title={<h3 style={{ fontSize: 16, margin: 0 }}>{t(`registry.fact.kind.${kind}`)}</h3>}>
                <Timeline items={timelineOf(kind).map(item)} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {drawer && <FactFormDrawer personId={personId} mode={drawer} onClose={() => setDrawer(null)} />}
    </Flex>
  );
}
