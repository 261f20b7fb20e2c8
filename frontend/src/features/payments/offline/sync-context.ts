import { createContext, useContext } from 'react';
import type { QueuedConfirmation } from './agent-db';
import type { ConfirmationQueue, SyncReport } from './confirmation-queue';

export interface ConfirmationSyncState<P> {
  queue: ConfirmationQueue<P>;
  /** confirmations of this agent still waiting to be sent */
  pending: number;
  /** the device says it has a network */
  online: boolean;
  /** …and the last send did not fail for lack of one (a reloaded page may say "online" without reaching the server) */
  reachable: boolean;
  syncing: boolean;
  lastReport: SyncReport | undefined;
  /** when a run last reached the server */
  lastSyncAt: Date | undefined;
  /** stores a confirmation (resolves once it is on disk) and tries to send it */
  confirm: (input: { payrollId: string; lineId: string; payload: P }) => Promise<QueuedConfirmation<P>>;
  syncNow: () => void;
}

export const ConfirmationSyncContext = createContext<ConfirmationSyncState<never> | null>(null);

export function useConfirmationSync<P>(): ConfirmationSyncState<P> {
  const state = useContext(ConfirmationSyncContext);
  if (!state) throw new Error('useConfirmationSync() outside ConfirmationSyncProvider');
  return state as unknown as ConfirmationSyncState<P>;
}
