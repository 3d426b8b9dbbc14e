import type { ManualClock } from '../clock.js';

/** Cancels a scheduled task (a no-op once it ran). */
export type Cancel = () => void;
export type Task = () => void | Promise<void>;

/**
 * Runs work later: the simulated agent's replies and the event stream's heartbeats. The app uses
 * real timers; tests use `ManualScheduler` and move time themselves, so nothing waits for real.
 */
export interface Scheduler {
  schedule(delayMs: number, task: Task): Cancel;
}

/** setTimeout's limit; longer delays are chained. */
const MAX_TIMER_MS = 2_147_483_647;

/** Real timers. They do not keep a Node process alive on their own. */
export const timerScheduler: Scheduler = {
  schedule(delayMs, task) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const arm = (remaining: number) => {
      timer = setTimeout(
        () => {
          if (cancelled) return;
          if (remaining > MAX_TIMER_MS) arm(remaining - MAX_TIMER_MS);
          else void Promise.resolve().then(task).catch((error: unknown) => console.error('[assist-api] scheduled task failed:', error));
        },
        Math.min(Math.max(0, remaining), MAX_TIMER_MS),
      );
      (timer as { unref?: () => void }).unref?.();
    };
    arm(delayMs);
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  },
};

interface Pending {
  due: number;
  order: number;
  task: Task;
}

/**
 * A scheduler driven by a manual clock: `advance(ms)` moves the clock and runs every task that
 * falls due, in time order, waiting for each to finish.
 */
export class ManualScheduler implements Scheduler {
  readonly #clock: ManualClock;
  #pending: Pending[] = [];
  #order = 0;

  constructor(clock: ManualClock) {
    this.#clock = clock;
  }

  schedule(delayMs: number, task: Task): Cancel {
    const entry: Pending = { due: this.#clock.now().getTime() + Math.max(0, delayMs), order: this.#order++, task };
    this.#pending.push(entry);
    return () => {
      this.#pending = this.#pending.filter((p) => p !== entry);
    };
  }

  /** How many tasks are waiting. */
  get size(): number {
    return this.#pending.length;
  }

  /** Moves the clock by `ms`, running what falls due on the way. */
  async advance(ms: number): Promise<void> {
    const target = this.#clock.now().getTime() + ms;
    for (;;) {
      const next = [...this.#pending].sort((a, b) => a.due - b.due || a.order - b.order)[0];
      if (!next || next.due > target) break;
      this.#pending = this.#pending.filter((p) => p !== next);
      if (next.due > this.#clock.now().getTime()) this.#clock.set(new Date(next.due));
      await next.task();
      await settle();
    }
    this.#clock.set(new Date(target));
    await settle();
  }
}

/** Lets pending promise callbacks and stream reads run. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
