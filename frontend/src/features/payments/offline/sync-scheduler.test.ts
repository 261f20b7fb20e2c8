import { describe, expect, it, vi } from 'vitest';
import { SyncScheduler, type SyncOutcome } from './sync-scheduler';

describe('SyncScheduler', () => {
  it('retries after 2 s, then 4 s, while the network gives no answer, and stops once nothing waits', async () => {
    vi.useFakeTimers();
    const outcomes: SyncOutcome[] = [
      { ok: false, pending: 3 },
      { ok: false, pending: 3 },
      { ok: true, pending: 0 },
    ];
    const run = vi.fn(async () => outcomes.shift() ?? { ok: true, pending: 0 });
    const scheduler = new SyncScheduler(run, { isOnline: () => true });

    await scheduler.trigger();
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1999);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(4000);
    expect(run).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(run).toHaveBeenCalledTimes(3);
    scheduler.stop();
  });

  it('waits for the "online" event instead of trying while the device says it is offline', async () => {
    vi.useFakeTimers();
    let online = false;
    const run = vi.fn(async () => ({ ok: true, pending: 0 }));
    const scheduler = new SyncScheduler(run, { isOnline: () => online });
    await scheduler.trigger();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run).not.toHaveBeenCalled();
    online = true;
    await scheduler.trigger(true);
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.stop();
  });

  it('runs once more after the current run when asked meanwhile, never two at once', async () => {
    let release: () => void = () => {};
    let running = 0;
    let maxRunning = 0;
    const run = vi.fn(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise<void>((resolve) => (release = resolve));
      running--;
      return { ok: true, pending: 0 };
    });
    const scheduler = new SyncScheduler(run, { isOnline: () => true });
    const first = scheduler.trigger();
    void scheduler.trigger();
    void scheduler.trigger();
    release();
    await first;
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(2));
    release();
    expect(maxRunning).toBe(1);
    scheduler.stop();
  });

  it('starts over from 2 s when the network comes back', async () => {
    vi.useFakeTimers();
    const run = vi.fn(async () => ({ ok: false, pending: 1 }));
    const scheduler = new SyncScheduler(run, { isOnline: () => true });
    await scheduler.trigger();
    await vi.advanceTimersByTimeAsync(2000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(scheduler.nextDelayMs).toBe(16_000);
    await scheduler.trigger(true);
    expect(scheduler.nextDelayMs).toBe(4000);
    scheduler.stop();
  });
});
