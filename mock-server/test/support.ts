import { ApiError } from '@assist/contract';
import assert from 'node:assert/strict';
import { ManualClock } from '../src/clock.js';
import { ManualScheduler } from '../src/jobs/scheduler.js';
import { createApp, type AppOptions } from '../src/app.js';

/** Wednesday 18 November 2026, 11:00 in Stockholm: every market's chat is open. */
export const WEDNESDAY_MORNING = '2026-11-18T10:00:00.000Z';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** The admin token of the apps made by setup() and chatSetup(); `call` sends it to /__admin routes. */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

type RequestTarget = { request(path: string, init: RequestInit): Response | Promise<Response> };

/** `call` (one request, JSON in and out) and `login` (a demo shopper's token) against an app. */
export function requester(app: RequestTarget, adminToken: string | null = TEST_ADMIN_TOKEN) {
  async function call<T = any>(method: string, path: string, init: { body?: unknown; raw?: string; token?: string; headers?: Record<string, string> } = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...init.headers };
    if (adminToken !== null && path.startsWith('/__admin')) headers['assist-admin-token'] ??= adminToken;
    if (init.body !== undefined || init.raw !== undefined) headers['content-type'] ??= 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    const response = await app.request(path, {
      method,
      headers,
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body: body as T, headers: response.headers };
  }

  /** A shopper token for one of the demo shoppers, through the real verification route. */
  async function login(shopper: 'astrid' | 'jonas' | 'olivia' | 'mason' = 'astrid'): Promise<string> {
    const details = {
      astrid: { orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' },
      jonas: { orderReference: 'DE-TW1CE7K4', phone: '+49 151 12345678' },
      olivia: { orderReference: 'GB-DU3T0M0R', email: 'olivia.hughes@example.co.uk' },
      mason: { orderReference: 'US-F1N4NC12', email: 'mason.carter@example.com' },
    }[shopper];
    const answer = await call('POST', '/v1/auth/verify', { body: details });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return answer.body.token as string;
  }

  return { call, login };
}

/** An app on a manual clock: time passes, and jobs that come due run, only when a test moves the scheduler. */
export function setup(options: AppOptions = {}) {
  const clock = new ManualClock(WEDNESDAY_MORNING);
  const scheduler = new ManualScheduler(clock);
  const { app, deps } = createApp({ clock, scheduler, tokenSecret: 'test-token-secret', random: () => 0, demo: true, admin: { token: TEST_ADMIN_TOKEN }, ...options });
  const { call, login } = requester(app);
  return { app, deps, clock, scheduler, call, login };
}

/** Asserts the answer is an error in the API's one shape, with this status and code. */
export function assertError(answer: Answer, status: number, code: string): void {
  assert.equal(answer.status, status, `expected ${status} ${code}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  const parsed = ApiError.safeParse(answer.body);
  assert.ok(parsed.success, `not the error shape: ${JSON.stringify(answer.body)}`);
  assert.equal(parsed.data.error.code, code);
  assert.ok(parsed.data.error.message.length > 0);
}

/** An Idempotency-Key as the client makes them: long enough to be an anonymous caller's secret. */
export const key = (n: number | string) => `test-key-${String(n).padStart(24, '0')}`;
