import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { ManualClock } from '../../mock-server/src/clock.js';
import { DEMO_MERCHANT_SECRET } from '../../mock-server/src/app.js';
import { ENDED_CHAT_TOKEN_GRACE_S } from '../../mock-server/src/http/define.js';
import { signMerchantToken } from '../../mock-server/src/routes/auth.js';
import { MemoryStore } from '../../mock-server/src/store/memory.js';
import { WEDNESDAY_MORNING, assertError, setup } from '../../mock-server/test/support.js';
import { chatSetup } from '../../mock-server/test/chat-support.js';

/**
 * Bearer tokens are standard HS256 JWTs with exp, iat and jti, accepted only as written; chat tokens
 * last 30 minutes and stop working once their chat is over; a merchant session token works once.
 */

const SECRET = 'test-token-secret';
const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const decode = (segment: string) => JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;
/** Signs header and payload segments as any JWT library would, with the test server's secret. */
const forge = (header: string, payload: string) => `${header}.${payload}.${createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url')}`;
const NOW = Date.parse(WEDNESDAY_MORNING) / 1000;

describe('shopper and chat tokens', () => {
  it('are HS256 JWTs any library can check, with exp, iat and a unique jti', async () => {
    const { login } = setup();
    const tokens = [await login('astrid'), await login('astrid')];
    for (const token of tokens) {
      const [header, payload, signature] = token.split('.');
      assert.deepEqual(decode(header!), { alg: 'HS256', typ: 'JWT' });
      assert.equal(createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url'), signature, 'an independent HMAC-SHA256 agrees');
      const claims = decode(payload!);
      assert.equal(claims.sub, 'cus_astrid');
      assert.equal(claims.iat, NOW);
      assert.equal(claims.exp, NOW + 30 * 60);
      assert.match(String(claims.jti), /^[A-Za-z0-9_-]{22}$/);
    }
    assert.notEqual(decode(tokens[0]!.split('.')[1]!).jti, decode(tokens[1]!.split('.')[1]!).jti);
  });

  it('are refused in any encoding but the canonical one, even correctly signed', async () => {
    const { call, login } = setup();
    const token = await login('astrid');
    assert.equal((await call('GET', '/v1/orders', { token })).status, 200);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = decode(payload);
    const json = JSON.stringify(claims);
    const variants: Record<string, string> = {
      'padded signature': `${token}=`,
      'padded payload': `${header}.${payload}${'='.repeat(4 - (payload.length % 4))}.${signature}`,
      'stray bits in the signature': `${header}.${payload}.${signature.slice(0, -1)}${String.fromCharCode(signature.charCodeAt(42) + 1)}`,
      'another header key order': forge(b64url('{"typ":"JWT","alg":"HS256"}'), payload),
      'alg none': `${b64url('{"alg":"none","typ":"JWT"}')}.${payload}.`,
      'header with a kid': forge(b64url('{"alg":"HS256","typ":"JWT","kid":"1"}'), payload),
      'payload with spaces': forge(header, b64url(JSON.stringify(claims, null, 1))),
      'payload with a duplicate key': forge(header, b64url(json.replace('{', '{"sub":"cus_jonas",'))),
      'payload with an unknown claim': forge(header, b64url(JSON.stringify({ ...claims, admin: true }))),
      'payload without jti': forge(header, b64url(JSON.stringify({ ...claims, jti: undefined }))),
      'payload with a fractional exp': forge(header, b64url(JSON.stringify({ ...claims, exp: Number(claims.exp) + 0.5 }))),
    };
    // The control: the same forging, canonical, is accepted; so each refusal below is the encoding's.
    assert.equal((await call('GET', '/v1/orders', { token: forge(header, b64url(json)) })).status, 200);
    for (const [name, variant] of Object.entries(variants)) {
      assert.notEqual(variant, token, name);
      assertError(await call('GET', '/v1/orders', { token: variant }), 401, 'unauthorized');
    }
  });

  it('refuse a token issued in the future or expired, by the app clock', async () => {
    const { call, login, clock } = setup();
    const token = await login('astrid');
    const [header, payload] = token.split('.') as [string, string];
    const claims = decode(payload);
    const future = forge(header, b64url(JSON.stringify({ ...claims, iat: NOW + 120, exp: NOW + 1800 })));
    assertError(await call('GET', '/v1/orders', { token: future }), 401, 'unauthorized');
    clock.advance(30 * 60 * 1000);
    assertError(await call('GET', '/v1/orders', { token }), 401, 'unauthorized');
  });

  it('last 30 minutes for a chat too (decision 0002)', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const claims = decode(chat.token.split('.')[1]!);
    assert.equal(Number(claims.exp) - Number(claims.iat), 30 * 60);
    assert.equal(claims.chat, chat.id);
    t.clock.advance(30 * 60 * 1000 - 1000);
    assert.equal((await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).status, 200);
    t.clock.advance(1000);
    assertError(await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token }), 401, 'unauthorized');
  });

  it('of a chat are revoked once the chat has ended, after time to rate it and read the transcript', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const other = await t.startChat();
    assert.equal((await t.call('POST', `/v1/chat/sessions/${chat.id}/csat`, { token: chat.token, body: { rating: 5 } })).status, 201);
    t.clock.advance(ENDED_CHAT_TOKEN_GRACE_S * 1000);
    assert.equal((await t.call('GET', `/v1/chat/sessions/${chat.id}/transcript`, { token: chat.token })).status, 200);
    t.clock.advance(1000);
    for (const path of ['', '/transcript', '/events']) {
      const answer = await t.call('GET', `/v1/chat/sessions/${chat.id}${path}`, { token: chat.token });
      assertError(answer, 401, 'unauthorized');
      assert.match(answer.body.error.message, /ended/);
    }
    assertError(await t.say(chat, 'hello?'), 401, 'unauthorized');
    assert.equal((await t.call('GET', `/v1/chat/sessions/${other.id}`, { token: other.token })).status, 200, 'a chat still open keeps its token');
  });
});

describe('merchant session tokens', () => {
  it('start one session only: a copy of a used token is refused', async () => {
    const { call } = setup();
    const token = await signMerchantToken(DEMO_MERCHANT_SECRET, 'cus_mason', NOW - 10);
    assert.equal((await call('POST', '/v1/auth/session', { body: { token } })).status, 200);
    const replay = await call('POST', '/v1/auth/session', { body: { token } });
    assertError(replay, 401, 'unauthorized');
    assert.match(replay.body.error.message, /already used/);
    // A QA reset of the data does not make it new again.
    assert.equal((await call('POST', '/__admin/reset', { body: {} })).status, 200);
    assertError(await call('POST', '/v1/auth/session', { body: { token } }), 401, 'unauthorized');
    // A new token for the same shopper works.
    assert.equal((await call('POST', '/v1/auth/session', { body: { token: await signMerchantToken(DEMO_MERCHANT_SECRET, 'cus_mason', NOW - 5) } })).status, 200);
  });

  it('are claimed once under concurrency, and a bad token claims nothing', async () => {
    const { call } = setup();
    const token = await signMerchantToken(DEMO_MERCHANT_SECRET, 'cus_mason', NOW);
    const answers = await Promise.all(Array.from({ length: 10 }, () => call('POST', '/v1/auth/session', { body: { token } })));
    assert.deepEqual(answers.map((a) => a.status).sort(), [200, 401, 401, 401, 401, 401, 401, 401, 401, 401]);
    const unknown = await signMerchantToken(DEMO_MERCHANT_SECRET, 'cus_nobody', NOW);
    assertError(await call('POST', '/v1/auth/session', { body: { token: unknown } }), 401, 'unauthorized');
    assert.doesNotMatch((await call('POST', '/v1/auth/session', { body: { token: unknown } })).body.error.message, /already used/);
  });
});

describe('the store replay cache (claimOnce)', () => {
  it('answers true once per key until the claim expires, then forgets it', async () => {
    const clock = new ManualClock(WEDNESDAY_MORNING);
    const store = new MemoryStore(clock);
    const until = clock.now().getTime() + 60_000;
    assert.equal(await store.claimOnce('a', until), true);
    assert.equal(await store.claimOnce('a', until), false);
    assert.equal(await store.claimOnce('b', until), true);
    clock.advance(59_999);
    assert.equal(await store.claimOnce('a', until + 60_000), false);
    clock.advance(1);
    assert.equal(await store.claimOnce('a', until + 60_000), true, 'an expired claim is forgotten');
    assert.equal(await store.claimOnce('a', until + 60_000), false);
    const results = await Promise.all(Array.from({ length: 20 }, () => store.claimOnce('c', until + 60_000)));
    assert.equal(results.filter(Boolean).length, 1);
  });
});
