import type { Clock } from '../clock.js';

/** Runs work later: webhook deliveries and their retries. Injectable so tests decide when time passes. */
export interface Scheduler {
  schedule(delayMs: number, task: () => Promise<void>): void;
}

/** Real timers. Timers do not keep a Node process alive (a pending retry never blocks shutdown). */
export const timerScheduler: Scheduler = {
  schedule(delayMs, task) {
    const timer = setTimeout(() => void task().catch(() => undefined), delayMs);
    if (typeof timer === 'object' && timer !== null && 'unref' in timer) (timer as { unref(): void }).unref();
  },
};

interface Pending {
  at: number;
  order: number;
  task: () => Promise<void>;
}

/** Runs tasks only when asked, against a clock the test moves: retries and backoff become deterministic. */
export class ManualScheduler implements Scheduler {
  readonly #clock: Clock;
  #pending: Pending[] = [];
  #order = 0;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  schedule(delayMs: number, task: () => Promise<void>): void {
    this.#pending.push({ at: this.#clock.now().getTime() + delayMs, order: this.#order++, task });
  }

  /** How many tasks wait. */
  get size(): number {
    return this.#pending.length;
  }

  /** When the next task is due, or null. */
  nextAt(): Date | null {
    const next = this.#pending.reduce<Pending | null>((min, p) => (!min || p.at < min.at ? p : min), null);
    return next ? new Date(next.at) : null;
  }

  /** Runs every task due by the clock's now, oldest first, including tasks they schedule that are due too. Answers how many ran. */
  async runDue(): Promise<number> {
    let ran = 0;
    for (;;) {
      const now = this.#clock.now().getTime();
      const due = this.#pending.filter((p) => p.at <= now).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) return ran;
      this.#pending = this.#pending.filter((p) => p !== due);
      await due.task();
      ran++;
    }
  }
}
