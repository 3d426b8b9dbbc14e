import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TokenResponse } from '@assist/contract';
import { signMerchantToken } from '../src/routes/auth.js';
import { DEMO_MERCHANT_SECRET } from '../src/app.js';
import { assertError, setup } from './support.js';

const verify = (body: unknown) => ['POST', '/v1/auth/verify', { body }] as const;

describe('verification by order reference', () => {
  it('gives a shopper token for reference + email, ignoring case and spaces', async () => {
    const { call } = setup();
    const answer = await call(...verify({ orderReference: ' se-4k7m2qxp ', email: ' Astrid.Lindqvist@Example.SE' }));
    assert.equal(answer.status, 200);
    const token = TokenResponse.parse(answer.body);
    assert.equal(token.shopper.id, 'cus_astrid');
    assert.equal(token.shopper.firstName, 'Astrid');
    assert.equal(Date.parse(token.expiresAt) - Date.parse('2026-11-18T10:00:00Z'), 30 * 60 * 1000);
    // Their own email and checkout phone, for the forms to start with; nothing more (no last name).
    assert.deepEqual(Object.keys(answer.body.shopper).sort(), ['email', 'firstName', 'id', 'market', 'phone', 'preferredLocale']);
    assert.equal(token.shopper.phone, '+46701740605');
    assert.equal(token.shopper.email, 'astrid.lindqvist@example.se');
  });

  it('gives a token for reference + phone written with spaces', async () => {
    const { call } = setup();
    const answer = await call(...verify({ orderReference: 'DE-TW1CE7K4', phone: '+49 151 1234 5678' }));
    assert.equal(answer.status, 200);
    assert.equal(answer.body.shopper.id, 'cus_jonas');
    assert.equal(answer.body.shopper.email, 'jonas.becker@example.de');
  });

  it('answers the same 401 for a wrong email and an unknown reference', async () => {
    const { call } = setup();
    const wrongEmail = await call(...verify({ orderReference: 'SE-4K7M2QXP', email: 'someone@example.se' }));
    const unknownOrder = await call(...verify({ orderReference: 'SE-00000000', email: 'astrid.lindqvist@example.se' }));
    const otherShoppersEmail = await call(...verify({ orderReference: 'SE-4K7M2QXP', email: 'jonas.becker@example.de' }));
    for (const answer of [wrongEmail, unknownOrder, otherShoppersEmail]) assertError(answer, 401, 'verification_failed');
    assert.equal(wrongEmail.body.error.message, unknownOrder.body.error.message);
  });

  it('asks for exactly one of email and phone', async () => {
    const { call } = setup();
    assertError(await call(...verify({ orderReference: 'SE-4K7M2QXP' })), 400, 'validation_failed');
    assertError(await call(...verify({ orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se', phone: '+46701740605' })), 400, 'validation_failed');
    const bad = await call(...verify({ orderReference: 'SE 4K7M/2QXP', phone: '0701740605' }));
    assertError(bad, 400, 'validation_failed');
    assert.deepEqual(bad.body.error.issues.map((i: { path: string }) => i.path).sort(), ['body.orderReference', 'body.phone']);
  });

  it('slows repeated failures on a reference down, without ever locking out the right details from elsewhere', async () => {
    const { app, clock } = setup();
    const from = (address: string) => (body: unknown) =>
      app.request(
        '/v1/auth/verify',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
        { incoming: { socket: { remoteAddress: address } } },
      );
    const guesser = from('203.0.113.7');
    const guess = (i: number) => guesser({ orderReference: 'SE-4K7M2QXP', email: `guess${i}@example.se` });
    assert.equal((await guess(0)).status, 401);
    assert.equal((await guess(1)).status, 401);
    // From the third failure on, the guessing address waits, twice as long after each failure.
    const held = await guess(2);
    assert.equal(held.status, 429);
    assert.equal(held.headers.get('retry-after'), '2');
    clock.advance(2_000);
    assert.equal((await guess(3)).status, 401);
    assert.equal((await guess(4)).headers.get('retry-after'), '4');
    // The owner, from another address, is not held up; nor are other orders from the guessing address.
    assert.equal((await from('198.51.100.20')({ orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' })).status, 200);
    assert.equal((await guesser({ orderReference: 'GB-DU3T0M0R', email: 'olivia.hughes@example.co.uk' })).status, 200);
    clock.advance(4_000);
    assert.equal((await guesser({ orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' })).status, 200);
  });
});

describe('merchant-signed sessions', () => {
  const now = Math.floor(Date.parse('2026-11-18T10:00:00Z') / 1000);

  it('exchanges a valid merchant token for a shopper token', async () => {
    const { call } = setup();
    const token = await signMerchantToken(DEMO_MERCHANT_SECRET, 'cus_mason', now - 10);
    const answer = await call('POST', '/v1/auth/session', { body: { token } });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.shopper.id, 'cus_mason');
  });

  it('rejects a wrong signature, another secret, a stale or future token and an unknown shopper', async () => {
    const { call } = setup();
    const good = await signMerchantToken(DEMO_MERCHANT_SECRET, 'cus_mason', now);
    const tampered = good.replace('cus_mason', 'cus_astrid');
    const otherSecret = await signMerchantToken('another-secret', 'cus_mason', now);
    const stale = await signMerchantToken(DEMO_MERCHANT_SECRET, 'cus_mason', now - 301);
    const future = await signMerchantToken(DEMO_MERCHANT_SECRET, 'cus_mason', now + 120);
    const nobody = await signMerchantToken(DEMO_MERCHANT_SECRET, 'cus_nobody', now);
    for (const token of [tampered, otherSecret, stale, future, nobody]) {
      assertError(await call('POST', '/v1/auth/session', { body: { token } }), 401, 'unauthorized');
    }
    assertError(await call('POST', '/v1/auth/session', { body: { token: 'cus_mason.123.abc' } }), 400, 'validation_failed');
  });

  it('lets a shopper token expire after 30 minutes', async () => {
    const { call, login, clock } = setup();
    const token = await login('astrid');
    assert.equal((await call('GET', '/v1/orders', { token })).status, 200);
    clock.advance(30 * 60 * 1000);
    assertError(await call('GET', '/v1/orders', { token }), 401, 'unauthorized');
  });

  it('refuses a token it has verified and remembered once it expires, and a changed copy of it at any time', async () => {
    const { call, login, clock } = setup();
    const token = await login('astrid');
    for (let i = 0; i < 3; i++) assert.equal((await call('GET', '/v1/orders/ord_se_outdoor', { token })).status, 200);
    const [header, payload, signature] = token.split('.');
    const changed = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BA' : 'AA'}`;
    assertError(await call('GET', '/v1/orders/ord_se_outdoor', { token: changed }), 401, 'unauthorized');
    clock.advance(30 * 60 * 1000 - 1000);
    assert.equal((await call('GET', '/v1/orders/ord_se_outdoor', { token })).status, 200);
    clock.advance(1000);
    assertError(await call('GET', '/v1/orders/ord_se_outdoor', { token }), 401, 'unauthorized');
    assertError(await call('GET', '/v1/orders/ord_se_outdoor', { token }), 401, 'unauthorized');
  });

  it('does not accept a token signed by another server', async () => {
    const one = setup({ tokenSecret: 'secret-one' });
    const two = setup({ tokenSecret: 'secret-two' });
    const token = await one.login('astrid');
    assertError(await two.call('GET', '/v1/orders', { token }), 401, 'unauthorized');
  });
});
