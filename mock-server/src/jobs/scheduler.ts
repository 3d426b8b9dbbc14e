import type { Clock } from '../clock.js';

/** Cancels a scheduled task (a no-op once it ran). */
export type Cancel = () => void;
export type Task = () => void | Promise<void>;

/**
 * Runs work later: the simulated chat agent, event-stream heartbeats, webhook deliveries and their
 * retries. The app uses real timers; tests use `ManualScheduler` and decide when time passes, so
 * nothing waits for real.
 */
export interface Scheduler {
  schedule(delayMs: number, task: Task): Cancel;
}

/** setTimeout's limit; longer delays are chained. */
const MAX_TIMER_MS = 2_147_483_647;

/** Real timers. They never keep a Node process alive on their own (a pending retry never blocks shutdown). */
export const timerScheduler: Scheduler = {
  schedule(delayMs, task) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const arm = (remaining: number) => {
      timer = setTimeout(
        () => {
          if (cancelled) return;
          if (remaining > MAX_TIMER_MS) arm(remaining - MAX_TIMER_MS);
          else
            void Promise.resolve()
              .then(task)
              .catch((error: unknown) => console.error('[assist-api] scheduled task failed:', error));
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

/** A clock a test moves; `ManualScheduler.advance` moves it to each task's time. */
export interface SettableClock extends Clock {
  set(time: Date | string): void;
}

interface Pending {
  due: number;
  order: number;
  task: Task;
}

/**
 * Runs tasks only when a test asks, against the clock the test moves: `runDue()` runs what is due
 * now, `advance(ms)` moves the clock and runs what falls due on the way. Tasks due at the same time
 * run in the order they were scheduled, one after the other.
 */
export class ManualScheduler implements Scheduler {
  readonly #clock: SettableClock;
  #pending: Pending[] = [];
  #order = 0;

  constructor(clock: SettableClock) {
    this.#clock = clock;
  }

  schedule(delayMs: number, task: Task): Cancel {
    const entry: Pending = { due: this.#clock.now().getTime() + Math.max(0, delayMs), order: this.#order++, task };
    this.#pending.push(entry);
    return () => {
      this.#pending = this.#pending.filter((p) => p !== entry);
    };
  }

  /** How many tasks wait. */
  get size(): number {
    return this.#pending.length;
  }

  /** When the next task is due, or null. */
  nextAt(): Date | null {
    const next = this.#next();
    return next ? new Date(next.due) : null;
  }

  /** Runs every task due by the clock's now, oldest first, including tasks they schedule that are due too. Answers how many ran. */
  async runDue(): Promise<number> {
    let ran = 0;
    while (await this.#runNext(this.#clock.now().getTime())) ran++;
    return ran;
  }

  /** Moves the clock by `ms`, running what falls due on the way (each at its own time) and letting what it started settle. */
  async advance(ms: number): Promise<void> {
    const target = this.#clock.now().getTime() + ms;
    while (await this.#runNext(target)) await settle();
    this.#clock.set(new Date(target));
    await settle();
  }

  #next(): Pending | undefined {
    return this.#pending.reduce<Pending | undefined>((min, p) => (!min || p.due < min.due || (p.due === min.due && p.order < min.order) ? p : min), undefined);
  }

  /** Runs the next task if it is due by `until`, first moving the clock to its time. False when none is. */
  async #runNext(until: number): Promise<boolean> {
    const next = this.#next();
    if (!next || next.due > until) return false;
    this.#pending = this.#pending.filter((p) => p !== next);
    if (next.due > this.#clock.now().getTime()) this.#clock.set(new Date(next.due));
    await next.task();
    return true;
  }
}

/** Lets pending promise callbacks and stream reads run. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
