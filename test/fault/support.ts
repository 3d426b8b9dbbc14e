/** Helpers of the fault suites: an app on a manual clock and scheduler, requests through app.fetch, demo shoppers. */
import assert from 'node:assert/strict';
import { ManualClock } from '../../mock-server/src/clock.js';
import { createApp, DEMO_AGENT_TOKEN, type AppOptions } from '../../mock-server/src/app.js';
import { ManualScheduler } from '../../mock-server/src/jobs/scheduler.js';
import type { Store } from '../../mock-server/src/store/types.js';

export { prng } from '../bench/support/stats.js';
export { DEMO_AGENT_TOKEN };

/** Wednesday 18 November 2026, 11:00 in Stockholm: every market is open. */
export const WEDNESDAY_MORNING = '2026-11-18T10:00:00.000Z';

export const SHOPPERS = {
  astrid: { orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' },
  jonas: { orderReference: 'DE-TW1CE7K4', phone: '+49 151 12345678' },
  olivia: { orderReference: 'GB-DU3T0M0R', email: 'olivia.hughes@example.co.uk' },
  mason: { orderReference: 'US-F1N4NC12', email: 'mason.carter@example.com' },
} as const;
export type Shopper = keyof typeof SHOPPERS;

export interface Answer<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface CallInit {
  body?: unknown;
  raw?: string;
  token?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The reference API on a manual clock and scheduler; `store` makes the store from that clock. */
export function testApp(options: AppOptions = {}, store?: (clock: ManualClock) => Store) {
  const clock = new ManualClock(WEDNESDAY_MORNING);
  const scheduler = new ManualScheduler(clock);
  const built = createApp({ clock, scheduler, tokenSecret: 'fault-token-secret', demo: true, ...(store ? { store: store(clock) } : {}), ...options });
  const { app } = built;

  /** One request through app.fetch; streams are cancelled after the headers, other bodies read whole. */
  async function call<T = any>(method: string, path: string, init: CallInit = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...init.headers };
    if ((init.body !== undefined || init.raw !== undefined) && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['content-type'] = 'application/json';
    }
    if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
    if (built.adminToken !== null && path.startsWith('/__admin') && !Object.keys(headers).some((h) => h.toLowerCase() === 'assist-admin-token')) {
      headers['assist-admin-token'] = built.adminToken;
    }
    const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    const controller = new AbortController();
    init.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    const response = await app.fetch(
      new Request(`http://assist.test${path}`, {
        method,
        headers,
        body: method === 'GET' || method === 'HEAD' ? undefined : body,
        signal: controller.signal,
      }),
    );
    if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
      controller.abort();
      await response.body?.cancel().catch(() => undefined);
      return { status: response.status, body: undefined as T, text: '', headers: response.headers };
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body: parsed as T, text, headers: response.headers };
  }

  /** A shopper token through the real verification route. */
  async function login(shopper: Shopper): Promise<string> {
    const answer = await call('POST', '/v1/auth/verify', { body: SHOPPERS[shopper] });
    assert.equal(answer.status, 200, `verify ${shopper}: ${answer.text}`);
    return answer.body.token as string;
  }

  return { ...built, clock, scheduler, call, login };
}

export type TestApp = ReturnType<typeof testApp>;
