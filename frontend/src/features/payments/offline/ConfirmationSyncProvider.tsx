import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CLIENT_CODES, isApiProblem } from '@/lib/problem';
import { agentDb, askForPersistentStorage, type AgentDb } from './agent-db';
import { ConfirmationQueue, type BatchSender, type SyncReport } from './confirmation-queue';
import { ConfirmationSyncContext, type ConfirmationSyncState } from './sync-context';
import { SyncScheduler } from './sync-scheduler';
import { useLiveQuery } from './use-live-query';
import { useOnline } from './use-online';

interface Props<P> {
  username: string;
  send: BatchSender<P>;
  /** after a run in which the API accepted or refused something: refresh what the screen shows */
  onAnswered?: (report: SyncReport) => void;
  db?: AgentDb;
  children: ReactNode;
}

/**
 * Owns the agent's queue: sends it when the screen opens, right after each confirmation, when the network
 * comes back ("online" event), and with back-off while anything is left waiting.
 */
export function ConfirmationSyncProvider<P>({ username, send, onAnswered, db, children }: Props<P>) {
  const store = db ?? agentDb();
  const queue = useMemo(() => new ConfirmationQueue<P>(store), [store]);
  const online = useOnline();
  const [syncing, setSyncing] = useState(false);
  const [lastReport, setLastReport] = useState<SyncReport>();
  const [lastSyncAt, setLastSyncAt] = useState<Date>();
  const latest = useRef({ send, onAnswered });
  useEffect(() => {
    latest.current = { send, onAnswered };
  });

  const scheduler = useMemo(
    () =>
      new SyncScheduler(async () => {
        setSyncing(true);
        try {
          const report = await queue.sync(username, (items) => latest.current.send(items));
          setLastReport(report);
          if (report.error === undefined) setLastSyncAt(new Date());
          if (report.accepted > 0 || report.rejected > 0) latest.current.onAnswered?.(report);
          return { ok: report.error === undefined, pending: report.pending };
        } finally {
          setSyncing(false);
        }
      }),
    [queue, username],
  );

  useEffect(() => {
    void askForPersistentStorage();
    void queue.prune().catch(() => undefined);
    scheduler.start();
    void scheduler.trigger(true);
    const onOnline = () => void scheduler.trigger(true);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('online', onOnline);
      scheduler.stop();
    };
  }, [queue, scheduler]);

  const pending = useLiveQuery(() => queue.pendingCount(username), [queue, username]) ?? 0;

  const confirm = useCallback<ConfirmationSyncState<P>['confirm']>(
    async (input) => {
      const item = await queue.enqueue({ ...input, username });
      void scheduler.trigger();
      return item;
    },
    [queue, scheduler, username],
  );
  const syncNow = useCallback(() => void scheduler.trigger(true), [scheduler]);

  const reachable = online && !(isApiProblem(lastReport?.error) && lastReport.error.code === CLIENT_CODES.network);
  const value: ConfirmationSyncState<P> = { queue, pending, online, reachable, syncing, lastReport, lastSyncAt, confirm, syncNow };
  return <ConfirmationSyncContext value={value as unknown as ConfirmationSyncState<never>}>{children}</ConfirmationSyncContext>;
}
