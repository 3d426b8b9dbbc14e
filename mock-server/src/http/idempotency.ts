import type { Store } from '../store/types.js';
import { ApiFailure } from './failure.js';
import type { AppContext } from './define.js';
import { answer } from './answer.js';

export const REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * Makes creating requests safe to retry: the first successful response to a key is kept (24 h) and
 * replayed for the same request; the same key for a different request answers 422. The claim, the
 * effect and the kept response are one unit of the store (`atomically`, on PostgreSQL one transaction
 * under an advisory lock on the key): concurrent requests with one key, on any instance, wait for the
 * first and then replay it. A failure rolls its effect back and is not kept, so a corrected or retried
 * request with the same key goes through.
 */
export class IdempotencyGuard {
  readonly #store: Store;
  constructor(store: Store) {
    this.#store = store;
  }

  /** `replay` answers a kept response anew (fresh signed urls, with the replayed header); by default it is answered as kept. */
  run(scope: string, print: string, c: AppContext, execute: () => Promise<Response>, replay?: (kept: { status: number; body: string }) => Promise<Response>): Promise<Response> {
    return this.#store.atomically(`idempotency:${scope}`, async () => {
      const kept = await this.#store.idempotency(scope);
      if (kept) {
        if (kept.fingerprint !== print) {
          throw new ApiFailure('idempotency_mismatch', 'This Idempotency-Key was already used for a different request: use a new key for a new request');
        }
        if (replay) return replay(kept);
        return answer(c, kept.body, kept.status, { 'content-type': 'application/json', [REPLAYED_HEADER]: 'true' });
      }
      const response = await execute();
      if (response.status >= 200 && response.status < 300) {
        const body = await response.clone().text();
        await this.#store.saveIdempotency(scope, {
          fingerprint: print,
          status: response.status,
          body,
          createdAt: this.#store.clock.now().getTime(),
        });
      }
      return response;
    });
  }
}
