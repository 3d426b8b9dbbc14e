import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import type { JobRecord, Store } from '../store/types.js';
import type { Cancel, Scheduler } from './scheduler.js';

export type JobHandler = (payload: unknown, job: JobRecord) => Promise<void>;

/** Retries of a job whose handler failed: 1 s, 2 s, 4 s ... up to 5 minutes, then it is dropped (and logged). */
const MAX_JOB_ATTEMPTS = 10;
export const jobRetryDelay = (attempts: number): number | null => (attempts >= MAX_JOB_ATTEMPTS ? null : Math.min(1000 * 2 ** (attempts - 1), 300_000));

/**
 * Work planned for a time: the simulated agent's steps, webhook deliveries and their retries, return
 * and problem deadlines, purges. A job is a row in the store, so it survives a restart, and exactly one
 * instance runs it (the store hands a due job to one caller and removes it in the same transaction as
 * the handler's effects). Each instance wakes itself through its scheduler when a job it planned is due
 * and, in a server, also polls (`start`) for jobs other instances planned or a stopped one left behind.
 * Tests use a ManualScheduler: time passes, and jobs run, only when they move it.
 */
export class JobRunner {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #scheduler: Scheduler;
  readonly #handlers = new Map<string, JobHandler>();
  /** Wake-ups this instance armed, by job id, with the job's group so a cancel disarms them too. */
  readonly #wakes = new Map<string, { cancel: Cancel; group: string | null }>();
  #poll: ReturnType<typeof setInterval> | undefined;
  #running: Promise<number> | null = null;
  #again = false;

  constructor(store: Store, clock: Clock, scheduler: Scheduler) {
    this.#store = store;
    this.#clock = clock;
    this.#scheduler = scheduler;
  }

  /** Registers what runs a kind of job. */
  handle(kind: string, handler: JobHandler): this {
    this.#handlers.set(kind, handler);
    return this;
  }

  get kinds(): string[] {
    return [...this.#handlers.keys()];
  }

  /** Plans a job `delayMs` from now. A `key` replaces the waiting job with the same key; a `group` is cancelled together. */
  async schedule(kind: string, delayMs: number, payload: unknown, options: { key?: string; group?: string } = {}): Promise<void> {
    if (!this.#handlers.has(kind)) throw new Error(`No handler for jobs of kind ${kind}`);
    const job: JobRecord = {
      id: newId('job'),
      kind,
      key: options.key ?? null,
      group: options.group ?? null,
      runAt: this.#clock.now().getTime() + Math.max(0, delayMs),
      payload,
      attempts: 0,
    };
    await this.#store.addJob(job);
    this.#store.afterCommit(() => this.#arm(job));
  }

  /** Cancels every waiting job of a group. */
  async cancel(group: string): Promise<void> {
    await this.#store.cancelJobs(group);
    for (const [id, wake] of this.#wakes) {
      if (wake.group !== group) continue;
      wake.cancel();
      this.#wakes.delete(id);
    }
  }

  /** The waiting jobs of a group. */
  planned(group: string): Promise<JobRecord[]> {
    return this.#store.jobsOf(group);
  }

  /** Runs what is due and arms a wake-up for the earliest job left (at start, and after the store was reset or the clock moved). */
  async resume(): Promise<void> {
    await this.runDue();
    const next = await this.#store.nextJobAt();
    if (next !== null) this.#arm({ id: `next:${next}`, runAt: next, group: null });
  }

  /** Forgets this instance's wake-ups (the store was reset). */
  disarm(): void {
    for (const wake of this.#wakes.values()) wake.cancel();
    this.#wakes.clear();
  }

  #arm(job: Pick<JobRecord, 'id' | 'runAt' | 'group'>): void {
    if (this.#wakes.has(job.id)) return;
    const cancel = this.#scheduler.schedule(job.runAt - this.#clock.now().getTime(), async () => {
      this.#wakes.delete(job.id);
      await this.runDue();
    });
    this.#wakes.set(job.id, { cancel, group: job.group });
  }

  /**
   * Runs every job due now, one at a time, until none is left. A handler that throws is logged and its
   * job tried again later. Answers how many ran. Calls while a run is under way join it (and make it look
   * again once done).
   */
  runDue(): Promise<number> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    const run = async () => {
      let ran = 0;
      do {
        this.#again = false;
        ran += await this.#drain();
      } while (this.#again);
      return ran;
    };
    this.#running = run().finally(() => (this.#running = null));
    return this.#running;
  }

  async #drain(): Promise<number> {
    let ran = 0;
    for (;;) {
      try {
        const found = await this.#store.runDueJob(this.#clock.now().getTime(), this.kinds, (job) => this.#run(job), jobRetryDelay);
        if (!found) return ran;
        ran++;
      } catch (error) {
        console.error('[assist-api] job failed (it is tried again later):', error);
        ran++;
      }
    }
  }

  async #run(job: JobRecord): Promise<void> {
    const handler = this.#handlers.get(job.kind);
    if (!handler) throw new Error(`No handler for jobs of kind ${job.kind}`);
    await handler(job.payload, job);
  }

  /** Polls for due jobs every `intervalMs` (a server: other instances plan jobs too), starting now. */
  start(intervalMs = 1000): void {
    if (this.#poll) return;
    void this.resume();
    this.#poll = setInterval(() => void this.runDue(), intervalMs);
    (this.#poll as { unref?: () => void }).unref?.();
  }

  /** Stops polling and waits for a run under way. */
  async stop(): Promise<void> {
    if (this.#poll) clearInterval(this.#poll);
    this.#poll = undefined;
    this.disarm();
    await this.#running;
  }
}
