import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../mock-server/src/clock.js';
import { createApp, type AppOptions } from '../../mock-server/src/app.js';
import { requestFrom, startApi, type ApiProcess } from '../support/api-process.js';

/** Calls without a token need keys long enough to be a secret (32 characters or more). */
const anonymousKey = (name: string) => name.padEnd(40, '0');

/**
 * Verification throttling that cannot lock the owner out: limits per client address, a global
 * limit, and a progressive delay on an order reference for the address guessing it. Anonymous
 * creation (chat sessions, callbacks) is limited per address. A 429 always carries Retry-After.
 */

const OWNER = { orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' };
const guess = (i: number) => ({ orderReference: 'SE-4K7M2QXP', email: `guess-${i}@example.se` });

describe('verification on a real server', () => {
  let api: ApiProcess;
  before(async () => {
    api = await startApi({ ASSIST_DEMO: '1' });
  });
  after(() => api?.stop());

  it('20 wrong guesses from one address are held back, and the owner, from another address, verifies at once', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const answer = await requestFrom('127.0.0.2', `${api.url}/v1/auth/verify`, { body: guess(i) });
      statuses.push(answer.status);
      if (answer.status === 429) {
        assert.match(String(answer.headers['retry-after']), /^\d+$/);
        assert.equal(answer.body.error.code, 'rate_limited');
      }
    }
    assert.deepEqual(statuses.slice(0, 2), [401, 401], 'the first mistakes are answered');
    // Then the delay on the reference holds them back (a guess only gets through once it has passed),
    // and the cap per address ends them whatever the timing.
    assert.ok(statuses.filter((s) => s === 401).length <= 10 && statuses.slice(2).every((s) => s === 429 || s === 401), `then held back: ${statuses.join(' ')}`);
    assert.equal(statuses.at(-1), 429);
    const owner = await requestFrom('127.0.0.3', `${api.url}/v1/auth/verify`, { body: OWNER });
    assert.equal(owner.status, 200, JSON.stringify(owner.body));
  });

  it('does not take X-Forwarded-For from the client unless told the server is behind a proxy', async () => {
    // Another order, so the delay of the test above does not apply; the address is still 127.0.0.4 whatever it claims.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const answer = await requestFrom('127.0.0.4', `${api.url}/v1/auth/verify`, {
        body: { orderReference: 'GB-DU3T0M0R', email: `guess-${i}@example.co.uk` },
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
      });
      statuses.push(answer.status);
    }
    assert.deepEqual(statuses, [401, 401, 429, 429]);
  });
});

describe('verification behind a load balancer (ASSIST_TRUST_PROXY=1)', () => {
  let api: ApiProcess;
  before(async () => {
    api = await startApi({ ASSIST_DEMO: '1', ASSIST_TRUST_PROXY: '1' });
  });
  after(() => api?.stop());

  it('tells clients apart by the address the load balancer appended to X-Forwarded-For', async () => {
    const from = (address: string, body: unknown) => requestFrom('127.0.0.1', `${api.url}/v1/auth/verify`, { body, headers: { 'x-forwarded-for': `10.0.0.1, ${address}` } });
    assert.equal((await from('203.0.113.10', guess(1))).status, 401);
    assert.equal((await from('203.0.113.10', guess(2))).status, 401);
    assert.equal((await from('203.0.113.10', guess(3))).status, 429);
    assert.equal((await from('203.0.113.11', OWNER)).status, 200, 'another client, the owner, verifies at once');
  });
});

/** The app in-process, its requests coming from the socket address the test names. */
function appFrom(options: AppOptions = {}) {
  const clock = new ManualClock('2026-11-18T10:00:00.000Z');
  const { app } = createApp({ demo: true, clock, ...options });
  const call = async (address: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await app.request(
      path,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) },
      { incoming: { socket: { remoteAddress: address } } },
    );
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { error?: { code: string } } };
  };
  return { call, clock };
}

describe('verification limits', () => {
  it('cap failures per client address across every order reference', async () => {
    const { call } = appFrom();
    const references = ['SE-4K7M2QXP', 'DE-TW1CE7K4', 'GB-DU3T0M0R', 'US-F1N4NC12', 'SE-00000001', 'SE-00000002'];
    let refused = 0;
    for (let i = 0; i < 12; i++) {
      const answer = await call('203.0.113.20', '/v1/auth/verify', { orderReference: references[i % references.length], email: `guess-${i}@example.se` });
      if (answer.status === 429) {
        refused++;
        assert.equal(answer.retryAfter, '900');
      } else assert.equal(answer.status, 401);
    }
    assert.equal(refused, 2, 'the 11th and 12th failure in 15 minutes');
    // Even the right details wait from this address; from another one they go through.
    assert.equal((await call('203.0.113.20', '/v1/auth/verify', OWNER)).status, 429);
    assert.equal((await call('203.0.113.21', '/v1/auth/verify', OWNER)).status, 200);
  });

  it('have a global cap for guessing spread over many addresses', async () => {
    const { call, clock } = appFrom({ throttle: { verifyGlobal: { max: 5, windowMs: 60_000 } } });
    for (let i = 0; i < 5; i++) assert.equal((await call(`203.0.113.${30 + i}`, '/v1/auth/verify', guess(i))).status, 401);
    const held = await call('203.0.113.99', '/v1/auth/verify', OWNER);
    assert.equal(held.status, 429);
    assert.equal(held.retryAfter, '60');
    clock.advance(60_000);
    assert.equal((await call('203.0.113.99', '/v1/auth/verify', OWNER)).status, 200);
  });

  it('make the delay on a reference grow with each failure and end after the window', async () => {
    const { call, clock } = appFrom();
    const waits: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      assert.equal((await call('203.0.113.40', '/v1/auth/verify', guess(i))).status, 401);
      // Right after a failure, even the right details wait their turn from this address.
      const next = await call('203.0.113.40', '/v1/auth/verify', OWNER);
      waits.push(next.status === 429 ? next.retryAfter : null);
      if (next.status === 429) clock.advance(Number(next.retryAfter) * 1000);
    }
    assert.deepEqual(waits, [null, '2', '4', '8', '16', '32']);
    assert.equal((await call('203.0.113.40', '/v1/auth/verify', guess(6))).status, 401);
    clock.advance(15 * 60_000);
    assert.equal((await call('203.0.113.40', '/v1/auth/verify', guess(7))).status, 401, 'the window has passed: no wait');
    assert.equal((await call('203.0.113.40', '/v1/auth/verify', OWNER)).status, 200);
  });
});

describe('anonymous creation', () => {
  const chat = { locale: 'en-GB', market: 'SE', recordingConsent: true };

  it('starts at most 20 chat sessions without a token per address in 10 minutes', async () => {
    const { call, clock } = appFrom();
    for (let i = 0; i < 20; i++) assert.equal((await call('203.0.113.50', '/v1/chat/sessions', chat, { 'idempotency-key': anonymousKey(`chat-key-${i}-abc`) })).status, 201);
    const held = await call('203.0.113.50', '/v1/chat/sessions', chat, { 'idempotency-key': anonymousKey('chat-key-20-abc') });
    assert.equal(held.status, 429);
    assert.equal(held.body.error?.code, 'rate_limited');
    assert.equal(held.retryAfter, '600');
    assert.equal((await call('203.0.113.51', '/v1/chat/sessions', chat, { 'idempotency-key': anonymousKey('chat-key-other') })).status, 201, 'another address');
    clock.advance(10 * 60_000);
    assert.equal((await call('203.0.113.50', '/v1/chat/sessions', chat, { 'idempotency-key': anonymousKey('chat-key-21-abc') })).status, 201);
  });

  it('does not count a replayed creation (a retry with the same key)', async () => {
    const { call } = appFrom({ throttle: { anonymousChats: { max: 2, windowMs: 60_000 } } });
    for (let i = 0; i < 5; i++) assert.equal((await call('203.0.113.60', '/v1/chat/sessions', chat, { 'idempotency-key': anonymousKey('chat-key-same') })).status, 201);
    assert.equal((await call('203.0.113.60', '/v1/chat/sessions', chat, { 'idempotency-key': anonymousKey('chat-key-next') })).status, 201);
    assert.equal((await call('203.0.113.60', '/v1/chat/sessions', chat, { 'idempotency-key': anonymousKey('chat-key-more') })).status, 429);
  });

  it('requests at most 10 callbacks without a token per address in an hour', async () => {
    const { call } = appFrom();
    const callback = (i: number) => ({
      phone: `+46 70 123 45 ${String(i).padStart(2, '0')}`,
      market: 'SE',
      topic: 'payments',
      window: { start: '2026-11-18T13:00:00.000Z', end: '2026-11-18T14:00:00.000Z' },
    });
    const first = await call('203.0.113.70', '/v1/callbacks', callback(0), { 'idempotency-key': anonymousKey('callback-key-0') });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    for (let i = 1; i < 10; i++) assert.equal((await call('203.0.113.70', '/v1/callbacks', callback(i), { 'idempotency-key': anonymousKey(`callback-key-${i}`) })).status, 201);
    const held = await call('203.0.113.70', '/v1/callbacks', callback(10), { 'idempotency-key': anonymousKey('callback-key-10') });
    assert.equal(held.status, 429);
    assert.equal(held.retryAfter, '3600');
  });
});
