/**
 * When to send the queue: right away when asked (a new confirmation, the network coming back), and
 * again after a growing pause while anything is left waiting (2 s, 4 s, … up to a minute).
 */
export interface SyncOutcome {
  /** false when the run got no answer (offline, server down) */
  ok: boolean;
  /** confirmations still waiting after the run */
  pending: number;
}

export interface SchedulerOptions {
  baseDelayMs?: number;
  maxDelayMs?: number;
  isOnline?: () => boolean;
}

export class SyncScheduler {
  private readonly run: () => Promise<SyncOutcome>;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly isOnline: () => boolean;
  private delayMs: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(run: () => Promise<SyncOutcome>, options: SchedulerOptions = {}) {
    this.run = run;
    this.baseDelayMs = options.baseDelayMs ?? 2000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
    this.delayMs = this.baseDelayMs;
  }

  /** Sends now (or right after the run in progress); `fresh` (the network came back) forgets the back-off. */
  trigger(fresh = false): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (fresh) this.delayMs = this.baseDelayMs;
    this.clearTimer();
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.runOnce().finally(() => {
      this.inFlight = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.trigger();
      }
    });
    return this.inFlight;
  }

  /** (Re)starts after stop(), e.g. when a screen mounts again. */
  start(): void {
    this.stopped = false;
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  /** the pause before the next retry, for display and tests */
  get nextDelayMs(): number {
    return this.delayMs;
  }

  private async runOnce(): Promise<void> {
    if (!this.isOnline()) return; // the "online" event triggers us again
    let outcome: SyncOutcome;
    try {
      outcome = await this.run();
    } catch {
      outcome = { ok: false, pending: 1 };
    }
    if (this.stopped) return;
    if (outcome.ok && outcome.pending === 0) {
      this.delayMs = this.baseDelayMs;
      return;
    }
    const delay = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, this.maxDelayMs);
    this.timer = setTimeout(() => void this.trigger(), delay);
  }

  private clearTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
