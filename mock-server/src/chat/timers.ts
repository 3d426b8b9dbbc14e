import type { JobRunner } from '../jobs/runner.js';

/** The simulated agent's jobs: take a queued chat, resolve it, acknowledge the shopper's later messages. */
export const CHAT_JOBS = { pickup: 'chat.pickup', resolve: 'chat.resolve', followUp: 'chat.follow-up' } as const;
export type ChatJob = (typeof CHAT_JOBS)[keyof typeof CHAT_JOBS];

const group = (sessionId: string) => `chat:${sessionId}`;

/**
 * The simulated agent's planned work, per chat, as jobs (kept in the store, run by one instance): a
 * person taking the chat over or the chat ending cancels all of it, and a chat has at most one
 * follow-up planned at a time.
 */
export class ChatTimers {
  readonly #jobs: JobRunner;

  constructor(jobs: JobRunner) {
    this.#jobs = jobs;
  }

  schedule(sessionId: string, kind: ChatJob, delayMs: number): Promise<void> {
    return this.#jobs.schedule(kind, delayMs, { sessionId }, { group: group(sessionId) });
  }

  /** Plans a chat's follow-up; false when one is already planned. */
  async planFollowUp(sessionId: string, delayMs: number): Promise<boolean> {
    if ((await this.#jobs.planned(group(sessionId))).some((job) => job.kind === CHAT_JOBS.followUp)) return false;
    await this.#jobs.schedule(CHAT_JOBS.followUp, delayMs, { sessionId }, { group: group(sessionId), key: `${CHAT_JOBS.followUp}:${sessionId}` });
    return true;
  }

  /** What is planned for a chat. */
  planned(sessionId: string) {
    return this.#jobs.planned(group(sessionId));
  }

  /** Cancels everything planned for a chat. */
  cancel(sessionId: string): Promise<void> {
    return this.#jobs.cancel(group(sessionId));
  }
}
