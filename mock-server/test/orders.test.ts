import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ORDER_NOTICES, Order, OrdersResponse, PAYMENT_METHODS, PaymentPlan } from '@assist/contract';
import { idempotencyScope } from '../src/http/define.js';
import { assertError, key, setup } from './support.js';

describe('orders', () => {
  it('needs a shopper token', async () => {
    const { call } = setup();
    assertError(await call('GET', '/v1/orders'), 401, 'unauthorized');
    assertError(await call('GET', '/v1/orders', { token: 'v1.forged.token' }), 401, 'unauthorized');
    assertError(await call('GET', '/v1/orders', { headers: { authorization: 'Basic abc' } }), 401, 'unauthorized');
  });

  it("lists only the shopper's own orders, newest first, with the next payment", async () => {
    const { call, login } = setup();
    const answer = await call('GET', '/v1/orders', { token: await login('astrid') });
    const { orders } = OrdersResponse.parse(answer.body);
    assert.deepEqual(
      orders.map((o) => o.reference),
      ['SE-PART1AL9', 'SE-4K7M2QXP', 'SE-BAL4NC31', 'SE-RET8DNR2'],
    );
    const outdoor = orders.find((o) => o.id === 'ord_se_outdoor')!;
    assert.deepEqual(outdoor.nextPayment, { dueDate: '2026-11-23', amount: { amount: 43_700, currency: 'SEK' } });
  });

  it("answers another shopper's order exactly like a missing one", async () => {
    const { call, login } = setup();
    const token = await login('astrid');
    const foreign = await call('GET', '/v1/orders/ord_us_financing', { token });
    const missing = await call('GET', '/v1/orders/ord_does_not_exist', { token });
    assertError(foreign, 404, 'not_found');
    assertError(missing, 404, 'not_found');
    assert.equal(foreign.body.error.message, missing.body.error.message);
    assert.equal(JSON.stringify(foreign.body).includes('Big Screen'), false);
    assertError(await call('GET', '/v1/orders/ord_us_financing/payment-plan', { token }), 404, 'not_found');
    assertError(await call('GET', '/v1/orders/not-an-id', { token }), 400, 'validation_failed');
  });

  it('checks path parameters on every request: an id answered before does not let a malformed or card-number one through', async () => {
    const { call, login } = setup();
    const token = await login('astrid');
    for (let i = 0; i < 3; i++) {
      assert.equal((await call('GET', '/v1/orders/ord_se_outdoor', { token })).status, 200);
      assertError(await call('GET', '/v1/orders/not-an-id', { token }), 400, 'validation_failed');
      const card = await call('GET', '/v1/orders/4111111111111111', { token });
      assertError(card, 400, 'validation_failed');
      assert.equal(JSON.stringify(card.body).includes('4111111111111111'), false);
    }
    // Another shopper's token with an id already checked: the id is parsed, the order is still not theirs.
    const other = await login('mason');
    assertError(await call('GET', '/v1/orders/ord_se_outdoor', { token: other }), 404, 'not_found');
  });

  it('covers every payment method and every known support case across the demo shoppers', async () => {
    const { call, login } = setup();
    const all: Order[] = [];
    for (const shopper of ['astrid', 'jonas', 'olivia', 'mason'] as const) {
      const token = await login(shopper);
      for (const summary of (await call('GET', '/v1/orders', { token })).body.orders) {
        all.push(Order.parse((await call('GET', `/v1/orders/${summary.id}`, { token })).body));
      }
    }
    assert.ok(all.length >= 12, `${all.length} orders`);
    assert.deepEqual(new Set(all.map((o) => o.paymentMethod)), new Set(PAYMENT_METHODS));
    assert.deepEqual(new Set(all.flatMap((o) => o.notices)), new Set(ORDER_NOTICES));
    assert.deepEqual(new Set(all.map((o) => o.market)), new Set(['SE', 'DE', 'GB', 'US']));
  });

  it('models the domain scenarios in the data', async () => {
    const { call, login } = setup();
    const olivia = await login('olivia');
    const hold = Order.parse((await call('GET', '/v1/orders/ord_gb_hold', { token: olivia })).body);
    assert.deepEqual(hold.holds[0]!.amount, { amount: 5_000, currency: 'GBP' });
    assert.equal(hold.holds[0]!.status, 'pending');
    assert.ok(Date.parse('2026-11-18T10:00:00Z') - Date.parse(hold.holds[0]!.placedAt) >= 30 * 86_400_000);

    const jonas = await login('jonas');
    const twice = Order.parse((await call('GET', '/v1/orders/ord_de_twice', { token: jonas })).body);
    const charges = twice.transactions.filter((t) => t.type === 'charge');
    assert.equal(charges.length, 2);
    assert.equal(charges[0]!.amount.amount, charges[1]!.amount.amount);

    const collection = PaymentPlan.parse((await call('GET', '/v1/orders/ord_de_collection/payment-plan', { token: jonas })).body);
    assert.equal(collection.status, 'in_collection');
    assert.ok(collection.collection);

    const astrid = await login('astrid');
    const partial = PaymentPlan.parse((await call('GET', '/v1/orders/ord_se_partial/payment-plan', { token: astrid })).body);
    // Confirmed: the duvet cover (899.00) and one of two pillowcase packs (199.00).
    assert.equal(partial.total.amount, 89_900 + 19_900);
    assert.equal(
      partial.instalments.reduce((s, i) => s + i.amount.amount, 0),
      partial.total.amount,
    );
    const returned = PaymentPlan.parse((await call('GET', '/v1/orders/ord_se_return_dnr/payment-plan', { token: astrid })).body);
    assert.equal(returned.status, 'paused');
    assert.equal(returned.instalments[0]!.status, 'paused');

    const late = PaymentPlan.parse((await call('GET', '/v1/orders/ord_gb_latefee/payment-plan', { token: olivia })).body);
    assert.deepEqual(late.instalments[1]!.lateFee, { amount: 500, currency: 'GBP' });
    assert.equal(late.remaining.amount, late.total.amount - late.paid.amount + 500);
  });

  it('splits pay in 4 into four instalments two weeks apart, the first taking the rounding remainder', async () => {
    const { call, login } = setup();
    const plan = PaymentPlan.parse((await call('GET', '/v1/orders/ord_se_outdoor/payment-plan', { token: await login('astrid') })).body);
    assert.deepEqual(
      plan.instalments.map((i) => i.amount.amount),
      [43_700, 43_700, 43_700, 43_700],
    );
    assert.deepEqual(
      plan.instalments.map((i) => i.status),
      ['paid', 'due', 'scheduled', 'scheduled'],
    );
    assert.deepEqual(
      plan.instalments.map((i) => i.dueDate),
      ['2026-11-09', '2026-11-23', '2026-12-07', '2026-12-21'],
    );
    const tent = PaymentPlan.parse((await call('GET', '/v1/orders/ord_us_extended/payment-plan', { token: await login('mason') })).body);
    assert.deepEqual(
      tent.instalments.map((i) => i.amount.amount),
      [5_999, 5_999, 5_999, 5_999],
    );
  });
});

describe('extending a due date', () => {
  const extend = (orderId: string, body: unknown, idempotencyKey?: string) => {
    const headers: Record<string, string> = idempotencyKey ? { 'idempotency-key': idempotencyKey } : {};
    return ['POST', `/v1/orders/${orderId}/payment-plan/extend`, { body, headers }] as const;
  };

  it('moves the due date once and keeps the original date', async () => {
    const { call, login } = setup();
    const token = await login('astrid');
    const [method, path, init] = extend('ord_se_outdoor', { instalmentId: 'ins_se_outdoor_2', days: 14 }, key(1));
    const answer = await call(method, path, { ...init, token });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.instalment.dueDate, '2026-12-07');
    assert.equal(answer.body.instalment.originalDueDate, '2026-11-23');
    assert.equal(answer.body.instalment.extendable, false);
    const [m2, p2, i2] = extend('ord_se_outdoor', { instalmentId: 'ins_se_outdoor_2', days: 7 }, key(2));
    assertError(await call(m2, p2, { ...i2, token }), 409, 'conflict');
  });

  it('refuses paid, overdue, paused and already extended instalments with a reason', async () => {
    const { call, login } = setup();
    const cases: [string, string, string, string][] = [
      ['astrid', 'ord_se_outdoor', 'ins_se_outdoor_1', 'already paid'],
      ['astrid', 'ord_se_return_dnr', 'ins_se_return_dnr_1', 'paused'],
      ['jonas', 'ord_de_collection', 'ins_de_collection_1', 'overdue'],
      ['mason', 'ord_us_extended', 'ins_us_extended_2', 'already extended'],
    ];
    let n = 10;
    for (const [shopper, order, instalment, reason] of cases) {
      const [m, p, i] = extend(order, { instalmentId: instalment, days: 7 }, key(n++));
      const answer = await call(m, p, { ...i, token: await login(shopper as 'astrid') });
      assertError(answer, 409, 'conflict');
      assert.match(answer.body.error.message, new RegExp(reason));
    }
  });

  it('validates the request: key required, allowed days, instalment of this order', async () => {
    const { call, login } = setup();
    const token = await login('astrid');
    const [method, path, init] = extend('ord_se_outdoor', { instalmentId: 'ins_se_outdoor_2', days: 14 });
    const noKey = await call(method, path, { ...init, token });
    assertError(noKey, 400, 'validation_failed');
    assert.equal(noKey.body.error.issues[0].path, 'header.Idempotency-Key');
    for (const body of [{ instalmentId: 'ins_se_outdoor_2', days: 10 }, { instalmentId: 'ins_se_outdoor_2', days: '14' }, { instalmentId: 'ins_us_extended_3', days: 7 }, {}]) {
      const [m, p, i] = extend('ord_se_outdoor', body, key(20));
      assertError(await call(m, p, { ...i, token }), 400, 'validation_failed');
    }
  });

  it('replays a retry with the same key instead of extending twice; another body with that key is 422', async () => {
    const { call, login } = setup();
    const token = await login('olivia');
    const [m, p, i] = extend('ord_gb_due', { instalmentId: 'ins_gb_due_1', days: 7 }, key(30));
    const first = await call(m, p, { ...i, token });
    const retry = await call(m, p, { ...i, token });
    assert.equal(first.status, 200);
    assert.deepEqual(retry.body, first.body);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    const [m2, p2, i2] = extend('ord_gb_due', { instalmentId: 'ins_gb_due_1', days: 30 }, key(30));
    assertError(await call(m2, p2, { ...i2, token }), 422, 'idempotency_mismatch');
  });

  it('runs concurrent duplicates once: 25 parallel requests with one key extend once and answer alike', async () => {
    const { call, login } = setup();
    const token = await login('mason');
    const [m, p, i] = extend('ord_us_extended', { instalmentId: 'ins_us_extended_3', days: 7 }, key(40));
    const answers = await Promise.all(Array.from({ length: 25 }, () => call(m, p, { ...i, token })));
    assert.ok(
      answers.every((a) => a.status === 200),
      JSON.stringify(answers.map((a) => a.status)),
    );
    assert.equal(new Set(answers.map((a) => JSON.stringify(a.body))).size, 1);
    const plan = (await call('GET', '/v1/orders/ord_us_extended/payment-plan', { token })).body;
    const third = plan.instalments.find((x: { id: string }) => x.id === 'ins_us_extended_3');
    const days = (Date.parse(third.dueDate) - Date.parse(third.originalDueDate)) / 86_400_000;
    assert.equal(days, 7);
  });

  it('keeps keys per shopper: the same key from two shoppers is two requests', async () => {
    const { call, login } = setup();
    const [m1, p1, i1] = extend('ord_gb_due', { instalmentId: 'ins_gb_due_1', days: 7 }, key(50));
    const [m2, p2, i2] = extend('ord_se_outdoor', { instalmentId: 'ins_se_outdoor_3', days: 7 }, key(50));
    assert.equal((await call(m1, p1, { ...i1, token: await login('olivia') })).status, 200);
    assert.equal((await call(m2, p2, { ...i2, token: await login('astrid') })).status, 200);
  });

  it('forgets a key after 24 hours', async () => {
    const { call, login, clock, deps } = setup();
    const token = await login('olivia');
    const [m, p, i] = extend('ord_gb_due', { instalmentId: 'ins_gb_due_1', days: 7 }, key(60));
    assert.equal((await call(m, p, { ...i, token })).status, 200);
    const scope = await idempotencyScope({ claims: null, agent: false, caller: 'shopper:cus_olivia' }, key(60));
    assert.ok(await deps.store.idempotency(scope));
    clock.advance(24 * 3_600_000 + 1);
    assert.equal(await deps.store.idempotency(scope), undefined);
  });
});
