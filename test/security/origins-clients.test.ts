import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp, type AppOptions } from '../../mock-server/src/app.js';
import { ClientRegistry, originProblem } from '../../mock-server/src/http/origins.js';
import { ShiftableClock } from '../../mock-server/src/clock.js';
import { MemoryStore } from '../../mock-server/src/store/memory.js';

/**
 * Merchant client ids with allowed origins: the API answers a browser call only when its
 * Assist-Client-Id names a client that allows its Origin, and CORS names exactly that origin.
 */

const SHOPS: AppOptions = {
  clients: [
    { id: 'shop-a', origins: ['https://shop-a.example', 'https://www.shop-a.example'] },
    { id: 'shop-b', origins: ['https://shop-b.example'] },
  ],
};

/** The API with these options, holding the demo shoppers (outside demo mode a deployment brings its own data). */
function api(options: AppOptions = SHOPS) {
  const { app } = createApp({ store: new MemoryStore(new ShiftableClock()), ...options });
  return async (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) => {
    const response = await app.request(path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as { error?: { code: string; message: string } }) : undefined };
  };
}

const preflight = (origin: string) => ({ origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, assist-client-id, idempotency-key' });

describe('browser calls and merchant client ids', () => {
  it('give a chat’s event stream the same CORS, request id and no-store headers as every other answer', async () => {
    const { app } = createApp({ store: new MemoryStore(new ShiftableClock()), ...SHOPS });
    const browser = { origin: 'https://shop-a.example', 'assist-client-id': 'shop-a' };
    const verified = await app.request('/v1/auth/verify', {
      method: 'POST',
      headers: { ...browser, 'content-type': 'application/json' },
      body: JSON.stringify({ orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' }),
    });
    const { token } = (await verified.json()) as { token: string };
    const started = await app.request('/v1/chat/sessions', {
      method: 'POST',
      headers: { ...browser, 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': 'origins-stream-chat-1' },
      body: JSON.stringify({ locale: 'en', market: 'SE', recordingConsent: false }),
    });
    assert.equal(started.status, 201);
    const { session, chatToken } = (await started.json()) as { session: { id: string }; chatToken: string };
    const stop = new AbortController();
    const stream = await app.request(`/v1/chat/sessions/${session.id}/events`, { headers: { ...browser, authorization: `Bearer ${chatToken}` }, signal: stop.signal });
    assert.equal(stream.status, 200);
    assert.match(stream.headers.get('content-type') ?? '', /^text\/event-stream/);
    assert.equal(stream.headers.get('access-control-allow-origin'), 'https://shop-a.example', 'a page on another origin may read the stream');
    assert.ok(stream.headers.get('x-request-id'));
    assert.match(stream.headers.get('cache-control') ?? '', /no-store/);
    assert.equal(stream.headers.get('x-content-type-options'), 'nosniff');
    stop.abort();
    await stream.body?.cancel().catch(() => undefined);
  });

  it('answers a preflight for an origin some client allows, naming that origin and the client id header', async () => {
    const call = api();
    const answer = await call('OPTIONS', '/v1/auth/verify', preflight('https://www.shop-a.example'));
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get('access-control-allow-origin'), 'https://www.shop-a.example');
    assert.match(answer.headers.get('access-control-allow-headers') ?? '', /Assist-Client-Id/);
    assert.equal(answer.headers.get('access-control-allow-credentials'), null);
    assert.match(answer.headers.get('vary') ?? '', /Origin/);
  });

  it('refuses a preflight from any other origin, null included, without CORS headers', async () => {
    const call = api();
    for (const origin of ['https://evil.example', 'null', 'https://shop-a.example.evil.example', 'http://shop-a.example', 'https://shop-a.example:8443']) {
      const answer = await call('OPTIONS', '/v1/auth/verify', preflight(origin));
      assert.equal(answer.status, 403, origin);
      assert.equal(answer.headers.get('access-control-allow-origin'), null, origin);
    }
  });

  it('answers the call itself only when its client id allows its origin', async () => {
    const call = api();
    const ok = await call('GET', '/v1/help/categories?locale=en', { origin: 'https://shop-a.example', 'assist-client-id': 'shop-a' });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://shop-a.example');
    for (const [headers, why] of [
      [{ origin: 'https://shop-a.example' }, 'no client id'],
      [{ origin: 'https://shop-a.example', 'assist-client-id': 'shop-b' }, "another merchant's id"],
      [{ origin: 'https://shop-a.example', 'assist-client-id': 'nobody' }, 'an unknown id'],
      [{ origin: 'https://evil.example', 'assist-client-id': 'shop-a' }, 'an origin the client does not allow'],
      [{ origin: 'null', 'assist-client-id': 'shop-a' }, 'an opaque origin'],
    ] as const) {
      const answer = await call('POST', '/v1/auth/verify', headers, { orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' });
      assert.equal(answer.status, 403, why);
      assert.equal(answer.body?.error?.code, 'forbidden', why);
      assert.ok(answer.body?.error?.message, why);
    }
  });

  it('lets the page read why it was refused only when some client allows its origin; never answers with * or null', async () => {
    const call = api();
    const readable = await call('GET', '/v1/help/categories', { origin: 'https://shop-b.example' });
    assert.equal(readable.headers.get('access-control-allow-origin'), 'https://shop-b.example');
    assert.match(readable.body?.error?.message ?? '', /Assist-Client-Id/);
    const foreign = await call('GET', '/v1/help/categories', { origin: 'https://evil.example', 'assist-client-id': 'shop-a' });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    const opaque = await call('GET', '/v1/help/categories', { origin: 'null', 'assist-client-id': 'shop-a' });
    assert.equal(opaque.headers.get('access-control-allow-origin'), null);
  });

  it('treats calls without Origin as server to server, and pages of its own origin as not cross-origin', async () => {
    const call = api();
    const server = await call('POST', '/v1/auth/verify', {}, { orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' });
    assert.equal(server.status, 200);
    assert.equal(server.headers.get('access-control-allow-origin'), null);
    assert.match(server.headers.get('vary') ?? '', /Origin/);
    assert.equal((await call('GET', '/v1/help/categories', { origin: 'http://localhost' })).status, 200);
  });

  it('has the demo client id for pages on this machine in demo mode only', async () => {
    const demo = api({ demo: true });
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:41234', 'http://[::1]:8080']) {
      const answer = await demo('GET', '/v1/help/categories', { origin, 'assist-client-id': 'demo' });
      assert.equal(answer.status, 200, origin);
      assert.equal(answer.headers.get('access-control-allow-origin'), origin);
    }
    assert.equal((await demo('GET', '/v1/help/categories', { origin: 'https://demo.example', 'assist-client-id': 'demo' })).status, 403);
    assert.equal((await api()('GET', '/v1/help/categories', { origin: 'http://localhost:5173', 'assist-client-id': 'demo' })).status, 403);
  });
});

describe('allowed origins', () => {
  it('are exact origins: no wildcard, null, path or plain http outside this machine', () => {
    for (const bad of [
      '*',
      'null',
      'https://*.shop.example',
      'https://shop.example/',
      'https://shop.example/checkout',
      'http://shop.example',
      'https://shop.example:*',
      'shop.example',
      'https://shop.example:99999',
    ]) {
      assert.ok(originProblem(bad), bad);
    }
    for (const good of ['https://shop.example', 'https://www.shop.example:8443', 'http://localhost:3000', 'http://127.0.0.1:*']) assert.equal(originProblem(good), null, good);
    assert.throws(() => new ClientRegistry([{ id: 'shop', origins: ['*'] }]), /not an origin/);
    assert.throws(
      () =>
        new ClientRegistry([
          { id: 'shop', origins: ['https://a.example'] },
          { id: 'shop', origins: ['https://b.example'] },
        ]),
      /twice/,
    );
  });
});
