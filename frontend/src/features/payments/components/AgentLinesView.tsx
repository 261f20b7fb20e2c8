import { SearchOutlined } from '@ant-design/icons';
import { App, Empty, Flex, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlreadyConfirmedError } from '../offline/confirmation-queue';
import { useConfirmationSync } from '../offline/sync-context';
import { useLiveQuery } from '../offline/use-live-query';
import { showLines, villageCounts, type AgentLine, type ShownLine } from './agent-line';
import { ConfirmDrawer } from './ConfirmDrawer';
import type { ConfirmationDraft } from './confirmation-draft';
import { LineCard } from './LineCard';
import { indexByName, searchByName } from './name-search';
import { VillagePicker } from './VillagePicker';

/**
 * The agent's working list for one payroll: villages with what is left, a search by name without
 * diacritics, and one card per person with large buttons. Confirmations go to the device queue first.
 */
export function AgentLinesView({
  payrollId,
  lines,
  canConfirm = true,
}: {
  payrollId: string;
  lines: readonly AgentLine[];
  /** false until the agent has acknowledged the payroll, and after it is closed */
  canConfirm?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sync = useConfirmationSync<ConfirmationDraft>();
  const queued = useLiveQuery(() => sync.queue.forPayroll(payrollId), [sync.queue, payrollId]);
  const [village, setVillage] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState<{ line: ShownLine; outcome: 'PAID' | 'NOT_PAID' } | null>(null);

  const shown = useMemo(
    () => showLines(lines, queued ?? []).map((line) => (canConfirm ? line : { ...line, confirmable: false })),
    [lines, queued, canConfirm],
  );
  const villages = useMemo(() => villageCounts(shown), [shown]);
  const index = useMemo(() => indexByName(shown, (l) => l.fullName, (l) => l.idNumber), [shown]);
  const visible = useMemo(() => {
    const found = searchByName(index, query);
    // while searching, look in every village: the person may live elsewhere than the agent thinks
    const inVillage = query.trim() || village === null ? found : found.filter((l) => l.village === village);
    // people still to confirm first, then by name
    const collator = new Intl.Collator('vi');
    return [...inVillage].sort((a, b) => Number(b.confirmable) - Number(a.confirmable) || collator.compare(a.fullName, b.fullName));
  }, [index, query, village]);

  const save = async (draft: ConfirmationDraft) => {
    if (!confirming) return;
    try {
      await sync.confirm({ payrollId, lineId: confirming.line.id, payload: draft });
      // said only now: the confirmation is in IndexedDB
      void message.success(sync.reachable ? t('payments.agent.form.saved') : t('payments.agent.form.savedOffline'));
      setConfirming(null);
    } catch (error) {
      if (error instanceof AlreadyConfirmedError) {
        void message.warning(t('payments.agent.form.alreadyConfirmed'));
        setConfirming(null);
      } else {
        void message.error(t('payments.agent.form.saveFailed', { error: error instanceof Error ? error.message : String(error) }));
      }
    }
  };

  return (
    <Flex vertical gap={16}>
      <VillagePicker villages={villages} value={village} onChange={setVillage} />
      <Input
        size="large"
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        placeholder={t('payments.agent.search')}
        aria-label={t('payments.agent.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ fontSize: 17 }}
      />
      <Typography.Text type="secondary">{t('payments.payroll.shown', { shown: visible.length, total: shown.length })}</Typography.Text>
      {visible.length === 0 ? (
        <Empty description={t('payments.agent.noMatch')} />
      ) : (
        <Flex vertical gap={10}>
          {visible.map((line) => (
            <LineCard
              key={line.id}
              line={line}
              onPaid={() => setConfirming({ line, outcome: 'PAID' })}
              onNotPaid={() => setConfirming({ line, outcome: 'NOT_PAID' })}
            />
          ))}
        </Flex>
      )}
      <ConfirmDrawer line={confirming?.line ?? null} outcome={confirming?.outcome ?? 'PAID'} onClose={() => setConfirming(null)} onSave={save} />
    </Flex>
  );
}
