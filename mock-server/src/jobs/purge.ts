import type { Deps } from '../deps.js';
import type { PurgeResult } from '../store/types.js';

/** The job that forgets what is past keeping, planned again after each run. */
export const PURGE_JOB = 'store.purge';
/** How often the purge runs. */
export const PURGE_EVERY_MS = 60 * 60_000;
/** Anonymous chats are forgotten a day after they ended (or began, when they never ended). */
export const ANONYMOUS_CHAT_TTL_MS = 24 * 60 * 60_000;

/** Forgets idempotency records after 24 h, attempts after a day, expired claims and old anonymous chats; plans the next purge. */
export async function purge(deps: Pick<Deps, 'store' | 'jobs'>): Promise<PurgeResult> {
  const result = await deps.store.purge(deps.store.clock.now().getTime(), ANONYMOUS_CHAT_TTL_MS);
  await planPurge(deps);
  return result;
}

/** Plans the next purge (one for the whole deployment: the key replaces any other plan). */
export function planPurge(deps: Pick<Deps, 'jobs'>): Promise<void> {
  return deps.jobs.schedule(PURGE_JOB, PURGE_EVERY_MS, null, { key: PURGE_JOB });
}
