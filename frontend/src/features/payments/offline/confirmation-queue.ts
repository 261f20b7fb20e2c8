/**
 * The offline confirmation queue. Rules that keep a payment from being lost or paid twice:
 * - a confirmation is written to IndexedDB (transaction committed) before the screen says "saved";
 * - its Idempotency-Key is made once, stored with it, and reused on every resend;
 * - a line holds at most one confirmation that is waiting or accepted (a second is refused on the device);
 * - the batch endpoint answers per item: an accepted item is marked synced, a refused one is kept with the
 *   API's reason, and one without a final answer (network, 5xx, 429, missing from the answer) stays pending;
 * - one sync runs at a time in this tab (and, where the browser has Web Locks, across tabs).
 */
import { agentDb, type AgentDb, type QueuedConfirmation } from './agent-db';
import { newIdempotencyKey } from './idempotency-key';

/** What goes over the wire for one item. */
export interface OutgoingConfirmation<P> {
  idempotencyKey: string;
  deviceTime: string;
  lineId: string;
  payload: P;
}

/** The API's answer for one item of a batch, by its key. */
export interface ItemAnswer {
  idempotencyKey: string;
  /** HTTP status the item would have had on its own */
  status: number;
  /** problem code for an error answer */
  code?: string;
  message?: string;
  body?: unknown;
}

/** Sends one batch. Throws when the batch as a whole got no usable answer (offline, 401, 5xx…). */
export type BatchSender<P> = (items: OutgoingConfirmation<P>[]) => Promise<ItemAnswer[]>;

export type ItemOutcome = 'accepted' | 'rejected' | 'retry';

/** Codes of 409 answers that mean "the same key is still being worked on": try again later with the same key. */
const RETRYABLE_CODES = new Set(['idempotency.in-progress', 'idempotency.in-flight', 'service-busy']);

/** 2xx: accepted (a replay answers like the first). 408/425/429/5xx, or a busy key: try again. Other 4xx: final refusal. */
export function classify(answer: Pick<ItemAnswer, 'status' | 'code'>): ItemOutcome {
  const { status, code } = answer;
  if (status >= 200 && status < 300) return 'accepted';
  if (code && RETRYABLE_CODES.has(code)) return 'retry';
  if (status === 408 || status === 425 || status === 429 || status >= 500 || status === 0) return 'retry';
  return 'rejected';
}

export class AlreadyConfirmedError extends Error {
  readonly existing: QueuedConfirmation;
  constructor(existing: QueuedConfirmation) {
    super(`line ${existing.lineId} already has confirmation ${existing.idempotencyKey} (${existing.status})`);
    this.name = 'AlreadyConfirmedError';
    this.existing = existing;
  }
}

export interface EnqueueInput<P> {
  username: string;
  payrollId: string;
  lineId: string;
  payload: P;
}

export interface SyncReport {
  /** items sent (counting each send) */
  sent: number;
  accepted: number;
  rejected: number;
  /** items still waiting after this run */
  pending: number;
  /** the error that stopped the run, when a batch got no answer */
  error?: unknown;
}

export interface QueueOptions {
  newKey?: () => string;
  now?: () => Date;
  batchSize?: number;
}

export class ConfirmationQueue<P> {
  readonly db: AgentDb;
  private readonly newKey: () => string;
  private readonly now: () => Date;
  private readonly batchSize: number;
  private running: Promise<SyncReport> | null = null;

  constructor(db: AgentDb, options: QueueOptions = {}) {
    this.db = db;
    this.newKey = options.newKey ?? newIdempotencyKey;
    this.now = options.now ?? (() => new Date());
    this.batchSize = options.batchSize ?? 50;
  }

  /**
   * Stores a new confirmation for a line and resolves once IndexedDB has committed it.
   * Refuses (AlreadyConfirmedError) when the line already has one waiting or accepted.
   */
  async enqueue(input: EnqueueInput<P>): Promise<QueuedConfirmation<P>> {
    const at = this.now();
    const item: QueuedConfirmation<P> = {
      idempotencyKey: this.newKey(),
      username: input.username,
      payrollId: input.payrollId,
      lineId: input.lineId,
      payload: input.payload,
      deviceTime: at.toISOString(),
      status: 'pending',
      attempts: 0,
      createdAt: at.getTime(),
    };
    await this.db.transaction('rw', this.db.confirmations, async () => {
      const existing = await this.db.confirmations.where('lineId').equals(input.lineId).toArray();
      const live = existing.find((c) => c.status !== 'rejected');
      if (live) throw new AlreadyConfirmedError(live);
      await this.db.confirmations.add(item);
    });
    return item;
  }

  /** Confirmations still to send, oldest first (for one user, or everyone's). */
  async pending(username?: string): Promise<QueuedConfirmation<P>[]> {
    const items = (await this.db.confirmations.where('status').equals('pending').sortBy('createdAt')) as QueuedConfirmation<P>[];
    return username === undefined ? items : items.filter((c) => c.username === username);
  }

  async pendingCount(username?: string): Promise<number> {
    return (await this.pending(username)).length;
  }

  /** Every confirmation kept for a payroll (waiting, accepted, refused). */
  async forPayroll(payrollId: string): Promise<QueuedConfirmation<P>[]> {
    return (await this.db.confirmations.where('payrollId').equals(payrollId).sortBy('createdAt')) as QueuedConfirmation<P>[];
  }

  /**
   * Forgets, on this device, what no longer needs to be there: answered confirmations (sent or refused) and
   * downloaded payroll copies older than `keepDays` (a payroll is paid and reconciled within its month).
   * A confirmation still waiting is never removed, however old. Resolves to how many records went.
   */
  async prune(keepDays = 60): Promise<number> {
    const cutoff = this.now().getTime() - keepDays * 24 * 60 * 60 * 1000;
    return this.db.transaction('rw', [this.db.confirmations, this.db.payrolls, this.db.lines], async () => {
      const answered = await this.db.confirmations
        .where('status')
        .anyOf('synced', 'rejected')
        .filter((c) => (c.lastAttemptAt ?? c.createdAt) < cutoff)
        .primaryKeys();
      await this.db.confirmations.bulkDelete(answered);
      const payrolls = await this.db.payrolls.filter((r) => r.savedAt < cutoff).primaryKeys();
      await this.db.payrolls.bulkDelete(payrolls);
      const lines = await this.db.lines.filter((r) => r.savedAt < cutoff).primaryKeys();
      await this.db.lines.bulkDelete(lines);
      return answered.length + payrolls.length + lines.length;
    });
  }

  /** A refused confirmation is kept for the record; the agent may make a new one for the line. */
  async byKey(key: string): Promise<QueuedConfirmation<P> | undefined> {
    return (await this.db.confirmations.get(key)) as QueuedConfirmation<P> | undefined;
  }

  /**
   * Sends the user's waiting confirmations in batches and applies the per-item answers. Concurrent calls
   * share the run in progress. Never throws: a batch without an answer ends the run with `error` set.
   */
  sync(username: string, send: BatchSender<P>): Promise<SyncReport> {
    if (this.running) return this.running;
    const run = withCrossTabLock(() => this.runSync(username, send)).finally(() => {
      this.running = null;
    });
    this.running = run;
    return run;
  }

  private async runSync(username: string, send: BatchSender<P>): Promise<SyncReport> {
    const report: SyncReport = { sent: 0, accepted: 0, rejected: 0, pending: 0 };
    const tried = new Set<string>();
    for (;;) {
      // items answered "try again" in this run wait for the next run
      const batch = (await this.pending(username)).filter((c) => !tried.has(c.idempotencyKey)).slice(0, this.batchSize);
      if (batch.length === 0) break;
      batch.forEach((c) => tried.add(c.idempotencyKey));
      const attemptAt = this.now().getTime();
      let answers: ItemAnswer[];
      try {
        answers = await send(
          batch.map((c) => ({ idempotencyKey: c.idempotencyKey, deviceTime: c.deviceTime, lineId: c.lineId, payload: c.payload })),
        );
      } catch (error) {
        await this.markAttempt(batch, attemptAt, describe(error));
        report.sent += batch.length;
        report.error = error;
        break;
      }
      report.sent += batch.length;
      const byKey = new Map(answers.map((a) => [a.idempotencyKey, a]));
      await this.db.transaction('rw', this.db.confirmations, async () => {
        for (const item of batch) {
          const answer = byKey.get(item.idempotencyKey);
          const current = await this.db.confirmations.get(item.idempotencyKey);
          if (!current || current.status !== 'pending') continue;
          const base = { attempts: current.attempts + 1, lastAttemptAt: attemptAt };
          if (!answer) {
            await this.db.confirmations.update(item.idempotencyKey, { ...base, lastError: 'no answer for this item' });
            continue;
          }
          const outcome = classify(answer);
          const result = {
            resultStatus: answer.status,
            resultCode: answer.code,
            resultMessage: answer.message,
            resultBody: answer.body,
          };
          if (outcome === 'accepted') {
            await this.db.confirmations.update(item.idempotencyKey, { ...base, ...result, status: 'synced', lastError: undefined });
            report.accepted++;
          } else if (outcome === 'rejected') {
            await this.db.confirmations.update(item.idempotencyKey, { ...base, ...result, status: 'rejected', lastError: undefined });
            report.rejected++;
          } else {
            await this.db.confirmations.update(item.idempotencyKey, { ...base, lastError: answer.code ?? `HTTP ${answer.status}` });
          }
        }
      });
    }
    report.pending = await this.pendingCount(username);
    return report;
  }

  private async markAttempt(batch: QueuedConfirmation<P>[], at: number, error: string) {
    await this.db.transaction('rw', this.db.confirmations, async () => {
      for (const item of batch) {
        const current = await this.db.confirmations.get(item.idempotencyKey);
        if (current?.status === 'pending') {
          await this.db.confirmations.update(item.idempotencyKey, { attempts: current.attempts + 1, lastAttemptAt: at, lastError: error });
        }
      }
    });
  }
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** Runs `work` holding a Web Lock shared by this origin's tabs, where the browser has Web Locks. */
function withCrossTabLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.request) return work();
  return locks.request('ansinh-confirmation-sync', work) as Promise<T>;
}

/**
 * How many confirmations of this user wait on this device to be sent (0 when the store cannot be read):
 * signing out keeps them, but only this device, signed in again as the same user, sends them.
 */
export async function pendingOnDevice(username: string, db: AgentDb = agentDb()): Promise<number> {
  try {
    return await new ConfirmationQueue(db).pendingCount(username);
  } catch {
    return 0;
  }
}
