import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Store } from '../store/types.js';
import type { AppContext, AppEnv } from './define.js';
import { ApiFailure } from './failure.js';
import { REPLAYED_HEADER } from './idempotency.js';

export interface Limit {
  max: number;
  windowMs: number;
}

export interface ThrottleLimits {
  /** Failed verifications from one client address. */
  verifyPerAddress: Limit;
  /** Failed verifications from everywhere together. */
  verifyGlobal: Limit;
  /**
   * The progressive delay on one order reference, for the address guessing it: after `free` failures
   * within `windowMs`, the next attempt waits `baseMs`, then twice as long after each further failure,
   * up to `maxMs`. The owner, from another address, is never held up by someone else's guesses.
   */
  verifyDelay: { free: number; baseMs: number; maxMs: number; windowMs: number };
  /** Chat sessions started without a shopper token, per client address. */
  anonymousChats: Limit;
  /** Callbacks requested without a token, per client address. */
  anonymousCallbacks: Limit;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  verifyPerAddress: { max: 10, windowMs: 15 * 60_000 },
  verifyGlobal: { max: 600, windowMs: 60_000 },
  verifyDelay: { free: 2, baseMs: 2_000, maxMs: 5 * 60_000, windowMs: 15 * 60_000 },
  anonymousChats: { max: 20, windowMs: 10 * 60_000 },
  anonymousCallbacks: { max: 10, windowMs: 60 * 60_000 },
};

interface SocketBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The address of the client: the socket's peer (@hono/node-server), or with `trustProxy` the last
 * X-Forwarded-For entry, the one our own load balancer appended (earlier entries are whatever the
 * client sent). Null when the app is called in-process (tests, the browser mock): nobody to tell apart.
 */
export function clientAddress(c: AppContext, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').at(-1)?.trim();
    if (last) return last.slice(0, 64);
  }
  const env = c.env as (SocketBindings & { server?: SocketBindings }) | undefined;
  const bindings = env?.server ?? env;
  if (!bindings?.incoming?.socket) return null;
  return getConnInfo(c).remote.address ?? null;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Verification throttling over the store's attempt log, so every instance sees the same counts. */
export class VerifyThrottle {
  readonly #store: Store;
  readonly #limits: ThrottleLimits;
  constructor(store: Store, limits: ThrottleLimits) {
    this.#store = store;
    this.#limits = limits;
  }

  #referenceKey(reference: string, address: string | null): string {
    return `verify:ref:${reference}|${address ?? 'in-process'}`;
  }

  /** Throws a 429 (with Retry-After) when this attempt may not be checked now. */
  async check(address: string | null, reference: string): Promise<void> {
    const { verifyPerAddress: perAddress, verifyGlobal: global, verifyDelay: delay } = this.#limits;
    if ((await this.#store.recentAttempts('verify:all', global.windowMs)) >= global.max) {
      throw new ApiFailure('rate_limited', 'Too many verification attempts right now: try again in a minute', { retryAfter: seconds(global.windowMs) });
    }
    if (address !== null && (await this.#store.recentAttempts(`verify:address:${address}`, perAddress.windowMs)) >= perAddress.max) {
      throw new ApiFailure('rate_limited', 'Too many failed attempts from this connection: try again later, or contact us by phone', {
        retryAfter: seconds(perAddress.windowMs),
      });
    }
    const key = this.#referenceKey(reference, address);
    const failures = await this.#store.recentAttempts(key, delay.windowMs);
    if (failures < delay.free) return;
    const waitMs = Math.min(delay.baseMs * 2 ** (failures - delay.free), delay.maxMs);
    // A failure within the wait means it has not passed yet.
    if ((await this.#store.recentAttempts(key, waitMs)) > 0) {
      throw new ApiFailure('rate_limited', `Too many attempts for this order reference: try again in ${seconds(waitMs)} seconds`, { retryAfter: seconds(waitMs) });
    }
  }

  async failed(address: string | null, reference: string): Promise<void> {
    await this.#store.recordAttempt('verify:all');
    if (address !== null) await this.#store.recordAttempt(`verify:address:${address}`);
    await this.#store.recordAttempt(this.#referenceKey(reference, address));
  }
}

/**
 * Caps what one client address may create without a token (chat sessions, callbacks). Only created
 * records count: a refused request or a replayed answer does not.
 */
export function anonymousCreationLimit(name: string, store: Store, limit: Limit, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST' || c.req.header('authorization') !== undefined) return next();
    const address = clientAddress(c, trustProxy);
    if (address === null) return next();
    const key = `create:${name}:${address}`;
    if ((await store.recentAttempts(key, limit.windowMs)) >= limit.max) {
      throw new ApiFailure('rate_limited', `Too many ${name} from this connection: try again later`, { retryAfter: seconds(limit.windowMs) });
    }
    await next();
    if (c.res.status < 300 && !c.res.headers.has(REPLAYED_HEADER)) await store.recordAttempt(key);
  };
}
