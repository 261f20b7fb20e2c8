/**
 * The agent's device store (IndexedDB through Dexie). It holds the confirmations the agent made
 * (with the Idempotency-Key each got when it was made) until the API has answered them, and a copy
 * of the payrolls and lines the agent last downloaded, so the agent screen works without a network.
 */
import Dexie, { type EntityTable } from 'dexie';

export type QueueStatus = 'pending' | 'synced' | 'rejected';

/** One confirmation as the device keeps it. `payload` is the body sent for this item, minus key and device time. */
export interface QueuedConfirmation<P = unknown> {
  /** UUID made once when the agent confirmed; every (re)send of this confirmation carries it */
  idempotencyKey: string;
  /** who confirmed: only their session sends it */
  username: string;
  payrollId: string;
  lineId: string;
  payload: P;
  /** when the agent confirmed, on the device's clock (ISO instant) */
  deviceTime: string;
  status: QueueStatus;
  /** sends tried so far */
  attempts: number;
  /** ms since epoch, for the sending order */
  createdAt: number;
  lastAttemptAt?: number;
  /** why the last send did not get an answer for this item (network, server busy…) */
  lastError?: string;
  /** the API's answer for this item, once it came */
  resultStatus?: number;
  resultCode?: string;
  resultMessage?: string;
  resultBody?: unknown;
}

/** A downloaded copy of something the API answered (a payroll, its lines), for offline reading. */
export interface CachedRecord<T = unknown> {
  id: string;
  /** the payroll a line belongs to; the payroll's own id for a payroll */
  payrollId: string;
  username: string;
  data: T;
  savedAt: number;
}

export class AgentDb extends Dexie {
  confirmations!: EntityTable<QueuedConfirmation, 'idempotencyKey'>;
  payrolls!: EntityTable<CachedRecord, 'id'>;
  lines!: EntityTable<CachedRecord, 'id'>;

  constructor(name = 'ansinh-agent') {
    super(name);
    this.version(1).stores({
      confirmations: 'idempotencyKey, status, lineId, payrollId, username, createdAt',
      payrolls: 'id, username',
      lines: 'id, payrollId, username',
    });
  }
}

let shared: AgentDb | undefined;

/** The one store of this browser profile. */
export function agentDb(): AgentDb {
  shared ??= new AgentDb();
  return shared;
}

/** Asks the browser not to evict the store under storage pressure (best effort; some browsers ask the user). */
export async function askForPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
