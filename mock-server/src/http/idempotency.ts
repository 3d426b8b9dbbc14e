import type { Store } from '../store/types.js';
import { ApiFailure } from './failure.js';
import type { AppContext } from './define.js';

export const REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * Makes creating requests safe to retry: the first successful response to a key is kept (24 h) and
 * replayed for the same request; the same key for a different request answers 422. Concurrent
 * requests with one key wait for the first instead of running twice. Failures are not kept, so a
 * corrected or retried request with the same key goes through.
 */
export class IdempotencyGuard {
  readonly #inFlight = new Map<string, Promise<void>>();
  readonly #store: Store;
  constructor(store: Store) {
    this.#store = store;
  }

  async run(scope: string, print: string, c: AppContext, execute: () => Promise<Response>): Promise<Response> {
    while (this.#inFlight.has(scope)) await this.#inFlight.get(scope);

    // Claim the key before the first await: with a store that answers asynchronously, a duplicate
    // arriving while the lookup below is pending must wait for this request, not run beside it.
    let release!: () => void;
    this.#inFlight.set(scope, new Promise<void>((resolve) => (release = resolve)));
    try {
      const kept = await this.#store.idempotency(scope);
      if (kept) {
        if (kept.fingerprint !== print) {
          throw new ApiFailure('idempotency_mismatch', 'This Idempotency-Key was already used for a different request: use a new key for a new request');
        }
        return c.body(kept.body, kept.status as 200, { 'content-type': 'application/json', [REPLAYED_HEADER]: 'true' });
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
    } finally {
      this.#inFlight.delete(scope);
      release();
    }
  }
}
