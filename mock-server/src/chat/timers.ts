import type { Cancel, Scheduler } from '../jobs/scheduler.js';

/**
 * The simulated agent's scheduled work, per chat, so a person taking the chat over or the chat
 * ending cancels all of it; and the one follow-up a chat may have planned at a time.
 */
export class ChatTimers {
  readonly #scheduler: Scheduler;
  readonly #timers = new Map<string, Set<Cancel>>();
  readonly #followUps = new Set<string>();

  constructor(scheduler: Scheduler) {
    this.#scheduler = scheduler;
  }

  schedule(sessionId: string, delayMs: number, task: () => Promise<unknown>): void {
    let timers = this.#timers.get(sessionId);
    if (!timers) this.#timers.set(sessionId, (timers = new Set()));
    const set = timers;
    const cancel = this.#scheduler.schedule(Math.max(0, delayMs), async () => {
      set.delete(cancel);
      await task();
    });
    set.add(cancel);
  }

  /** Plans a chat's follow-up; false when one is already planned. */
  planFollowUp(sessionId: string): boolean {
    if (this.#followUps.has(sessionId)) return false;
    this.#followUps.add(sessionId);
    return true;
  }

  followUpDone(sessionId: string): void {
    this.#followUps.delete(sessionId);
  }

  /** Cancels everything planned for a chat. */
  cancel(sessionId: string): void {
    for (const cancel of this.#timers.get(sessionId) ?? []) cancel();
    this.#timers.delete(sessionId);
    this.#followUps.delete(sessionId);
  }

  /** Cancels everything planned for every chat. */
  reset(): void {
    for (const timers of this.#timers.values()) for (const cancel of timers) cancel();
    this.#timers.clear();
    this.#followUps.clear();
  }
}
