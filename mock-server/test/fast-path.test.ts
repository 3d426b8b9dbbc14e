import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REQUEST_ID_HEADER } from '@assist/contract';
import { TokenSigner } from '../src/http/tokens.js';
import { REPLAYED_HEADER } from '../src/http/idempotency.js';
import { assertError, key, setup } from './support.js';

const THIRTY_MINUTES = 30 * 60 * 1000;

/** The same token with one character of its payload or signature changed. */
function tamper(token: string, part: 1 | 2): string {
  const parts = token.split('.');
  const text = parts[part]!;
  const last = text.at(-2)!;
  parts[part] = `${text.slice(0, -2)}${last === 'A' ? 'B' : 'A'}${text.at(-1)}`;
  return parts.join('.');
}

describe('shopper tokens, once verified', () => {
  it('are still refused once expired, though they were accepted before', async () => {
    const { call, login, clock } = setup();
    const token = await login();
    assert.equal((await call('GET', '/v1/orders', { token })).status, 200);
    assert.equal((await call('GET', '/v1/orders', { token })).status, 200);
    clock.advance(THIRTY_MINUTES - 1000);
    assert.equal((await call('GET', '/v1/orders', { token })).status, 200);
    clock.advance(1000);
    assertError(await call('GET', '/v1/orders', { token }), 401, 'unauthorized');
  });

  it('do not make a changed payload or signature acceptable', async () => {
    const { call, login } = setup();
    const token = await login();
    assert.equal((await call('GET', '/v1/orders', { token })).status, 200);
    assertError(await call('GET', '/v1/orders', { token: tamper(token, 1) }), 401, 'unauthorized');
    assertError(await call('GET', '/v1/orders', { token: tamper(token, 2) }), 401, 'unauthorized');
  });

  it('refuse claims signed with another secret, verified or not', async () => {
    const ours = new TokenSigner('one secret');
    const theirs = new TokenSigner('another secret');
    const claims = { kind: 'shopper' as const, sub: 'cus_astrid', iat: 500, exp: 2_000 };
    const token = await theirs.sign(claims);
    const verified = await theirs.verify(token, 1_000);
    assert.deepEqual({ ...verified, jti: undefined }, { ...claims, jti: undefined });
    assert.equal(await ours.verify(token, 1_000), null);
    assert.equal(await theirs.verify(token, 2_000), null, 'expired at exp');
    assert.equal(await ours.verify(token, 1_000), null);
  });
});

describe('stored records', () => {
  it('cannot be changed through what a read returns', async () => {
    const { deps } = setup();
    const order = (await deps.store.order('ord_se_outdoor'))!;
    const status = order.status;
    assert.throws(() => Object.assign(order, { status: 'refunded' }), TypeError);
    assert.throws(() => (order.items as unknown[]).push({}), TypeError);
    assert.equal((await deps.store.order('ord_se_outdoor'))!.status, status);
    assert.equal((await deps.store.order('ord_se_outdoor'))!.items.length, order.items.length);
  });

  it('keep what was saved, not later changes to the saved object', async () => {
    const { deps } = setup();
    const order = structuredClone((await deps.store.order('ord_se_outdoor'))!);
    order.status = 'refunded';
    await deps.store.saveOrder(order);
    order.status = 'shipped';
    assert.equal((await deps.store.order('ord_se_outdoor'))!.status, 'refunded');
  });

  it('change through the API as before (a due date extended twice moves twice)', async () => {
    const { call, login, deps } = setup();
    const token = await login();
    const before = (await deps.store.plan('ord_se_outdoor'))!;
    const plan = await call('GET', '/v1/orders/ord_se_outdoor/payment-plan', { token });
    const extendable = (plan.body.instalments as { id: string; extendable: boolean }[]).find((i) => i.extendable);
    assert.ok(extendable, 'the demo order has an instalment that can be extended');
    const answer = await call('POST', '/v1/orders/ord_se_outdoor/payment-plan/extend', {
      token,
      body: { instalmentId: extendable.id, days: 14 },
      headers: { 'Idempotency-Key': key(1) },
    });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const after = (await deps.store.plan('ord_se_outdoor'))!;
    const was = before.instalments.find((i) => i.id === extendable.id)!;
    const now = after.instalments.find((i) => i.id === extendable.id)!;
    assert.notEqual(now.dueDate, was.dueDate);
    assert.equal(now.originalDueDate, was.dueDate);
    assert.ok(Object.isFrozen(now));
  });
});

describe('response validation', () => {
  it('is on by default: a stored order that breaks the contract answers 500', async () => {
    const { call, login, deps } = setup();
    const token = await login();
    await deps.store.saveOrder({ ...(await deps.store.order('ord_se_outdoor'))!, status: 'lost' as never });
    const original = console.error;
    console.error = () => {};
    try {
      assertError(await call('GET', '/v1/orders/ord_se_outdoor', { token }), 500, 'internal');
    } finally {
      console.error = original;
    }
  });

  it('is skipped when turned off, as the Node server does', async () => {
    const { call, login, deps } = setup({ validateResponses: false });
    const token = await login();
    await deps.store.saveOrder({ ...(await deps.store.order('ord_se_outdoor'))!, status: 'lost' as never });
    const answer = await call('GET', '/v1/orders/ord_se_outdoor', { token });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.status, 'lost');
  });
});

describe('headers on every answer', () => {
  it('carry a request id, also on answers a handler built itself (a replay)', async () => {
    const { call, login } = setup();
    const token = await login();
    const article = await call('GET', '/v1/help/articles/how-to-return?locale=en');
    assert.match(article.headers.get(REQUEST_ID_HEADER) ?? '', /^[0-9a-f-]{36}$/);
    const chat = await call('POST', '/v1/chat/sessions', { token, body: { locale: 'en-GB', market: 'SE', recordingConsent: true }, headers: { 'Idempotency-Key': key(3) } });
    const again = await call('POST', '/v1/chat/sessions', { token, body: { locale: 'en-GB', market: 'SE', recordingConsent: true }, headers: { 'Idempotency-Key': key(3) } });
    assert.equal(again.headers.get(REPLAYED_HEADER), 'true');
    assert.match(again.headers.get(REQUEST_ID_HEADER) ?? '', /^[0-9a-f-]{36}$/);
    assert.notEqual(again.headers.get(REQUEST_ID_HEADER), chat.headers.get(REQUEST_ID_HEADER));
  });

  it('have CORS headers only when the request has an Origin, and always vary by Origin', async () => {
    const { call } = setup({ clients: [{ id: 'shop', origins: ['https://shop.example'] }] });
    const plain = await call('GET', '/v1/help/categories?locale=en');
    assert.equal(plain.headers.get('access-control-allow-origin'), null);
    assert.equal(plain.headers.get('access-control-expose-headers'), null);
    assert.match(plain.headers.get('vary') ?? '', /Origin/);
    const browser = await call('GET', '/v1/help/categories?locale=en', { headers: { origin: 'https://shop.example', 'assist-client-id': 'shop' } });
    assert.equal(browser.headers.get('access-control-allow-origin'), 'https://shop.example');
    assert.match(browser.headers.get('access-control-expose-headers') ?? '', new RegExp(REQUEST_ID_HEADER, 'i'));
    assert.match(browser.headers.get('vary') ?? '', /Origin/);
  });
});

describe('help articles', () => {
  it('answer the same JSON each time, from one frozen article per locale', async () => {
    const { call, deps } = setup();
    const first = await call('GET', '/v1/help/articles/how-to-return?locale=en');
    const second = await call('GET', '/v1/help/articles/how-to-return?locale=en');
    const german = await call('GET', '/v1/help/articles/how-to-return?locale=de');
    assert.deepEqual(second.body, first.body);
    assert.equal(german.body.locale, 'de');
    assert.notEqual(german.body.title, first.body.title);
    const article = deps.help.article('how-to-return', 'en')!;
    assert.equal(deps.help.article('how-to-return', 'en'), article);
    assert.ok(Object.isFrozen(article) && Object.isFrozen(article.blocks) && Object.isFrozen(article.related[0]));
  });
});
