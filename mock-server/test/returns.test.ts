import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Order, PaymentPlan, Return, ReturnPreview, applyReturnToPlan, heldByOpenReturns, instalmentsOfPlan, returnAmountOf } from '@assist/contract';
import { ManualClock } from '../src/clock.js';
import { MemoryStore } from '../src/store/memory.js';
import { WEDNESDAY_MORNING, assertError, key, setup } from './support.js';

class SlowStore extends MemoryStore {
  override async returnsOfOrder(orderId: string) {
    const returns = await super.returnsOfOrder(orderId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return returns;
  }
}

const DAY = 86_400_000;
type Setup = ReturnType<typeof setup>;

const socks = { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'wrong_size', method: 'drop_off' } as const;
const boots = { ...socks, items: [{ itemId: 'itm_se_outdoor_1', quantity: 1 }] };

async function report(s: Setup, token: string, body: unknown, idempotencyKey: string) {
  return s.call('POST', '/v1/returns', { token, body, headers: { 'idempotency-key': idempotencyKey } });
}

async function reported(s: Setup, token: string, body: unknown, idempotencyKey: string): Promise<Return> {
  const answer = await report(s, token, body, idempotencyKey);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return Return.parse(answer.body);
}

const admin = (s: Setup, path: string, body: unknown = {}) => s.call('POST', `/__admin/${path}`, { body });
const plan = async (s: Setup, token: string, orderId: string) => PaymentPlan.parse((await s.call('GET', `/v1/orders/${orderId}/payment-plan`, { token })).body);

describe('reporting a return', () => {
  it('pauses the plan for the returned amount, shown per instalment', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const ret = await reported(s, token, socks, key(1));
    assert.equal(ret.status, 'reported');
    assert.match(ret.reference, /^R-[A-Z2-9]{6}$/);
    assert.deepEqual(ret.amount, { amount: 24_900, currency: 'SEK' });
    assert.deepEqual(ret.pausedInstalments, ['ins_se_outdoor_2', 'ins_se_outdoor_3', 'ins_se_outdoor_4']);
    assert.deepEqual(
      ret.plan!.instalments.map((i) => i.paused.amount),
      [0, 8_300, 8_300, 8_300],
    );
    assert.deepEqual(
      ret.plan!.instalments.map((i) => i.newAmount.amount),
      [43_700, 35_400, 35_400, 35_400],
    );
    assert.deepEqual(
      ret.timeline.map((t) => [t.status, t.at]),
      [['reported', '2026-11-18T10:00:00.000Z']],
    );
    assert.equal(ret.timeline[0]!.code, 'return_payments_paused', 'the paused-payments note has a code pages can localize');
    assert.equal(ret.investigationOpensAt, '2026-12-09T10:00:00.000Z');
    assert.deepEqual(ret.editableFields, ['items', 'method', 'carrier', 'trackingNumber']);
    assert.equal(ret.cancellable, true);

    const paused = await plan(s, token, 'ord_se_outdoor');
    assert.equal(paused.status, 'paused');
    assert.equal(paused.pausedReason, 'return_reported');
    assert.equal(paused.instalments[1]!.status, 'paused', 'no late fee can fall due while paused');
    const order = Order.parse((await s.call('GET', '/v1/orders/ord_se_outdoor', { token })).body);
    assert.deepEqual(
      order.items.map((i) => i.returnableQuantity),
      [1, 0],
    );
    const listed = (await s.call('GET', '/v1/orders/ord_se_outdoor/returns', { token })).body.returns;
    assert.deepEqual(
      listed.map((r: Return) => r.id),
      [ret.id],
    );
    assert.deepEqual((await s.call('GET', `/v1/returns/${ret.id}`, { token })).body, ret);
  });

  it('answers quantities above what is still returnable with 400 naming the field path', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const tooMany = await report(
      s,
      token,
      {
        ...socks,
        items: [
          { itemId: 'itm_se_outdoor_1', quantity: 1 },
          { itemId: 'itm_se_outdoor_2', quantity: 2 },
        ],
      },
      key(1),
    );
    assertError(tooMany, 400, 'validation_failed');
    assert.deepEqual(tooMany.body.error.issues, [{ path: 'body.items.1.quantity', message: 'must be at most 1: only 1 of this item can still be returned' }]);

    // Earlier returns count, unless cancelled.
    const first = await reported(s, token, socks, key(2));
    const again = await report(s, token, socks, key(3));
    assertError(again, 400, 'validation_failed');
    assert.equal(again.body.error.issues[0].path, 'body.items.0.quantity');
    assert.equal((await s.call('POST', `/v1/returns/${first.id}/cancel`, { token, body: {} })).status, 200);
    assert.equal((await report(s, token, socks, key(3))).status, 201);

    const unknownItem = await report(s, token, { ...socks, items: [{ itemId: 'itm_us_card_1', quantity: 1 }] }, key(4));
    assertError(unknownItem, 400, 'validation_failed');
    assert.equal(unknownItem.body.error.issues[0].path, 'body.items.0.itemId');
    const twice = await report(
      s,
      token,
      {
        ...boots,
        items: [
          { itemId: 'itm_se_outdoor_1', quantity: 1 },
          { itemId: 'itm_se_outdoor_1', quantity: 1 },
        ],
      },
      key(5),
    );
    assert.equal(twice.body.error.issues[0].path, 'body.items.1.itemId');
  });

  it('counts only what the store confirmed on a partially confirmed order', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const answer = await report(
      s,
      token,
      {
        orderId: 'ord_se_partial',
        items: [
          { itemId: 'itm_se_partial_2', quantity: 2 },
          { itemId: 'itm_se_partial_3', quantity: 1 },
        ],
        reason: 'other',
        method: 'pickup',
      },
      key(1),
    );
    assertError(answer, 400, 'validation_failed');
    assert.deepEqual(
      answer.body.error.issues.map((i: { path: string }) => i.path),
      ['body.items.0.quantity', 'body.items.1.quantity'],
    );
  });

  it("answers another shopper's order or return exactly like a missing one: 404", async () => {
    const s = setup();
    const astrid = await s.login('astrid');
    const foreign = await report(s, astrid, { ...socks, orderId: 'ord_us_financing', items: [{ itemId: 'itm_us_financing_1', quantity: 1 }] }, key(1));
    const missing = await report(s, astrid, { ...socks, orderId: 'ord_nope' }, key(2));
    assertError(foreign, 404, 'not_found');
    assertError(missing, 404, 'not_found');
    assert.equal(foreign.body.error.message, missing.body.error.message);
    assertError(
      await s.call('POST', '/v1/returns/preview', { token: astrid, body: { ...socks, orderId: 'ord_us_financing', items: [{ itemId: 'itm_us_financing_1', quantity: 1 }] } }),
      404,
      'not_found',
    );
    // Mason's return in transit (demo data), seen by Astrid.
    assertError(await s.call('GET', '/v1/returns/ret_us_card', { token: astrid }), 404, 'not_found');
    assertError(await s.call('PATCH', '/v1/returns/ret_us_card', { token: astrid, body: { trackingNumber: 'ABC123456' } }), 404, 'not_found');
    assertError(await s.call('POST', '/v1/returns/ret_us_card/cancel', { token: astrid, body: {} }), 404, 'not_found');
    assertError(await s.call('GET', '/v1/orders/ord_us_card/returns', { token: astrid }), 404, 'not_found');
    assert.equal((await s.call('GET', '/v1/returns/ret_us_card', { token: await s.login('mason') })).status, 200);
  });

  it('needs an Idempotency-Key, and creates exactly one return for 50 concurrent retries with one key', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const noKey = await s.call('POST', '/v1/returns', { token, body: socks });
    assertError(noKey, 400, 'validation_failed');
    assert.equal(noKey.body.error.issues[0].path, 'header.Idempotency-Key');

    const answers = await Promise.all(Array.from({ length: 50 }, () => report(s, token, socks, key(7))));
    assert.ok(
      answers.every((a) => a.status === 201),
      JSON.stringify(answers.map((a) => a.status)),
    );
    assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
    assert.equal(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true').length, 49);
    const listed = (await s.call('GET', '/v1/orders/ord_se_outdoor/returns', { token })).body.returns;
    assert.equal(listed.length, 1);
    assertError(await report(s, token, boots, key(7)), 422, 'idempotency_mismatch');
  });

  it('never lets concurrent reports with different keys return the same item twice', async () => {
    // A store as slow as a database: without the per-order lock, every request would read "nothing returned yet".
    const clock = new ManualClock(WEDNESDAY_MORNING);
    const s = setup({ clock, store: new SlowStore(clock) });
    const token = await s.login('astrid');
    const answers = await Promise.all(Array.from({ length: 10 }, (_, n) => report(s, token, socks, key(100 + n))));
    assert.equal(answers.filter((a) => a.status === 201).length, 1);
    assert.equal(answers.filter((a) => a.status === 400).length, 9);
  });

  it('validates the body with field paths', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const answer = await report(
      s,
      token,
      { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 0 }], reason: 'meh', method: 'drone', trackingNumber: 'x' },
      key(1),
    );
    assertError(answer, 400, 'validation_failed');
    assert.deepEqual(answer.body.error.issues.map((i: { path: string }) => i.path).sort(), ['body.items.0.quantity', 'body.method', 'body.reason', 'body.trackingNumber']);
  });
});

describe('previewing the plan after a return', () => {
  it('answers what reporting would do, with the same math the browser runs offline, and changes nothing', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const body = { ...socks, orderId: 'ord_se_partial', items: [{ itemId: 'itm_se_partial_2', quantity: 1 }] };
    const answer = await s.call('POST', '/v1/returns/preview', { token, body });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const preview = ReturnPreview.parse(answer.body);
    assert.deepEqual(
      preview.plan!.instalments.map((i) => i.reduction.amount),
      [0, 6_634, 6_633, 6_633],
    );

    // Offline: the plan and the order the component already fetched, and the contract's plan math.
    const before = await plan(s, token, 'ord_se_partial');
    const order = Order.parse((await s.call('GET', '/v1/orders/ord_se_partial', { token })).body);
    const offline = applyReturnToPlan(instalmentsOfPlan(before), returnAmountOf(body.items, order.items));
    assert.deepEqual(
      preview.plan!.instalments.map((i) => i.newAmount.amount),
      offline.instalments.map((i) => i.newAmount),
    );

    assert.equal(before.status, 'active', 'a preview pauses nothing');
    assert.equal((await s.call('GET', '/v1/orders/ord_se_partial/returns', { token })).body.returns.length, 0);
    const created = await reported(s, token, body, key(1));
    assert.deepEqual(created.plan, preview.plan);

    const tooMany = await s.call('POST', '/v1/returns/preview', { token, body });
    assertError(tooMany, 400, 'validation_failed');
    assert.equal(tooMany.body.error.issues[0].path, 'body.items.0.quantity');
  });

  it('takes what other open returns hold back into account', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const first = await reported(s, token, boots, key(1));
    const preview = ReturnPreview.parse((await s.call('POST', '/v1/returns/preview', { token, body: socks })).body);
    // The boots (1 499.00) already hold back every open instalment in full: the socks are paid back.
    assert.deepEqual(preview.pausedInstalments, []);
    assert.equal(preview.plan!.toShopper.amount, 24_900);
    const offline = applyReturnToPlan(instalmentsOfPlan(await plan(s, token, 'ord_se_outdoor')), 24_900, {
      held: heldByOpenReturns([{ instalments: first.plan!.instalments.map((i) => ({ instalmentId: i.instalmentId, paused: i.paused.amount })) }]),
    });
    assert.equal(offline.toShopper, 24_900);
  });
});

describe('changing and cancelling a return', () => {
  it('changes items, method and tracking while reported, and records the change', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const ret = await reported(s, token, socks, key(1));
    s.clock.advance(600_000);
    const answer = await s.call('PATCH', `/v1/returns/${ret.id}`, {
      token,
      body: { items: [{ itemId: 'itm_se_outdoor_1', quantity: 1 }], method: 'pickup', carrier: 'PostNord', trackingNumber: ' pn00123456se ' },
    });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const changed = Return.parse(answer.body);
    assert.equal(changed.amount.amount, 149_900);
    assert.equal(changed.trackingNumber, 'PN00123456SE');
    assert.equal(changed.method, 'pickup');
    assert.deepEqual(
      changed.plan!.instalments.map((i) => i.paused.amount),
      [0, 43_700, 43_700, 43_700],
    );
    assert.deepEqual(changed.timeline.at(-1), {
      status: 'updated',
      at: '2026-11-18T10:10:00.000Z',
      note: 'Changed by the shopper: items, return method, carrier, tracking number',
    });
    const order = Order.parse((await s.call('GET', '/v1/orders/ord_se_outdoor', { token })).body);
    assert.deepEqual(
      order.items.map((i) => i.returnableQuantity),
      [0, 1],
      'the socks are returnable again',
    );
  });

  it('keeps only carrier and tracking editable once the parcel is on its way', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const ret = await reported(s, token, socks, key(1));
    assert.equal((await admin(s, `returns/${ret.id}/advance`, { to: 'in_transit', carrier: 'PostNord', trackingNumber: 'PN00999888SE' })).status, 200);
    const items = await s.call('PATCH', `/v1/returns/${ret.id}`, { token, body: { items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }] } });
    assertError(items, 409, 'return_not_editable');
    assert.match(items.body.error.message, /on its way/);
    assert.equal((await s.call('PATCH', `/v1/returns/${ret.id}`, { token, body: { trackingNumber: 'PN00999889SE' } })).status, 200);
    assertError(await s.call('POST', `/v1/returns/${ret.id}/cancel`, { token, body: {} }), 409, 'return_not_cancellable');
  });

  it('answers PATCH after the return is registered with 409 return_not_editable', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const ret = await reported(s, token, socks, key(1));
    const registered = await admin(s, `returns/${ret.id}/advance`, { to: 'registered' });
    assert.equal(registered.status, 200, JSON.stringify(registered.body));
    assert.equal(registered.body.editable, false);
    for (const body of [{ trackingNumber: 'PN00123456SE' }, { method: 'pickup' }, { items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }] }]) {
      const answer = await s.call('PATCH', `/v1/returns/${ret.id}`, { token, body });
      assertError(answer, 409, 'return_not_editable');
      assert.match(answer.body.error.message, /registered/);
    }
    assertError(await s.call('PATCH', `/v1/returns/${ret.id}`, { token, body: {} }), 400, 'validation_failed');
  });

  it('cancelling resumes the plan without penalty: late fees charged while paused go, overdue dates move', async () => {
    const s = setup();
    const token = await s.login('olivia');
    // Demo data: a return reported 8 days ago, and a late fee on the payment due 6 days ago anyway.
    const before = await plan(s, token, 'ord_gb_latefee');
    assert.equal(before.status, 'paused');
    assert.deepEqual(before.instalments[1]!.lateFee, { amount: 500, currency: 'GBP' });
    const answer = await s.call('POST', '/v1/returns/ret_gb_latefee/cancel', { token, body: { reason: 'I decided to keep the jacket' } });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.status, 'cancelled');
    assert.equal(answer.body.plan, null);
    assert.match(answer.body.timeline.at(-1).note, /late fees of 5\.00 GBP removed/);
    const after = await plan(s, token, 'ord_gb_latefee');
    assert.equal(after.status, 'active');
    assert.equal(after.pausedReason, null);
    assert.equal(after.instalments[1]!.lateFee, null);
    assert.equal(after.instalments[1]!.dueDate, '2026-12-02', 'two weeks from today instead of overdue');
    assert.equal(after.instalments[1]!.originalDueDate, before.instalments[1]!.dueDate);
    assert.equal(after.remaining.amount, before.remaining.amount - 500);
    const order = Order.parse((await s.call('GET', '/v1/orders/ord_gb_latefee', { token })).body);
    assert.equal(order.items[0]!.returnableQuantity, 1);
  });
});

describe('registering and refunding', () => {
  it('takes the refund off the remaining instalments equally, exact in minor units', async () => {
    const s = setup();
    let token = await s.login('astrid');
    const ret = await reported(s, token, { ...socks, orderId: 'ord_se_partial', items: [{ itemId: 'itm_se_partial_2', quantity: 1 }] }, key(1));
    s.clock.advance(DAY);
    token = await s.login('astrid');
    const answer = await admin(s, `returns/${ret.id}/advance`, { to: 'registered' });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const registered = Return.parse(answer.body);
    assert.equal(registered.status, 'registered');
    assert.deepEqual(registered.pausedInstalments, []);
    assert.deepEqual(registered.refund!.fromInstalments, { amount: 19_900, currency: 'SEK' });
    assert.equal(registered.refund!.toShopper.amount, 0);
    const after = await plan(s, token, 'ord_se_partial');
    assert.deepEqual(
      after.instalments.map((i) => i.amount.amount),
      [27_450, 20_816, 20_817, 20_817],
    );
    assert.equal(after.total.amount, 109_800 - 19_900);
    assert.equal(after.status, 'active', 'the pause ends');
    const order = Order.parse((await s.call('GET', '/v1/orders/ord_se_partial', { token })).body);
    assert.ok(order.transactions.some((t) => t.type === 'adjustment' && t.amount.amount === 19_900 && t.description.includes(ret.reference)));
    // Nothing to pay back: the refund is complete at once (its deadline job is due now).
    assert.equal(await s.scheduler.runDue(), 1);
    assert.equal((await s.call('GET', `/v1/returns/${ret.id}`, { token })).body.status, 'refunded');
  });

  it('full return with a payment made: the rest of the plan goes to zero and the paid part is refunded', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const ret = await reported(
      s,
      token,
      {
        ...socks,
        items: [
          { itemId: 'itm_se_outdoor_1', quantity: 1 },
          { itemId: 'itm_se_outdoor_2', quantity: 1 },
        ],
      },
      key(1),
    );
    const registered = Return.parse((await admin(s, `returns/${ret.id}/advance`, { to: 'registered' })).body);
    assert.equal(registered.refund!.fromInstalments.amount, 131_100);
    assert.equal(registered.refund!.toShopper.amount, 43_700);
    const after = await plan(s, token, 'ord_se_outdoor');
    assert.deepEqual(
      after.instalments.map((i) => i.amount.amount),
      [43_700, 0, 0, 0],
    );
    assert.equal(after.status, 'completed');
  });

  it('fully paid plan: a refund date and a settlement estimate in business days of the market', async () => {
    const s = setup();
    let mason = await s.login('mason');
    // Demo data: the espresso machine (paid by card) is in transit.
    const answer = await admin(s, 'returns/ret_us_card/advance', { to: 'registered' });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const ret = Return.parse(answer.body);
    assert.equal(ret.plan!.fullyPaid, true);
    assert.deepEqual(ret.refund!.toShopper, { amount: 34_900, currency: 'USD' });
    assert.equal(ret.refund!.refundedOn, '2026-11-18');
    assert.equal(ret.refund!.settlementFrom, '2026-11-23');
    // 10 business days, Thanksgiving (26 November) not counted; end of that day in New York.
    assert.equal(ret.refund!.expectedBy, '2026-12-04T04:59:59.999Z');
    const order = Order.parse((await s.call('GET', '/v1/orders/ord_us_card', { token: mason })).body);
    const refund = order.transactions.find((t) => t.type === 'refund')!;
    assert.equal(refund.status, 'pending');

    // The seeded refund settles by its deadline job (armed from the store, as a starting server does).
    await s.deps.jobs.resume();
    await s.scheduler.advance(Date.parse('2026-12-04T04:59:59.998Z') - s.clock.now().getTime());
    mason = await s.login('mason');
    assert.equal((await s.call('GET', '/v1/returns/ret_us_card', { token: mason })).body.status, 'registered');
    await s.scheduler.advance(2);
    const settled = (await s.call('GET', '/v1/returns/ret_us_card', { token: mason })).body;
    assert.equal(settled.status, 'refunded');
    assert.equal(settled.timeline.at(-1).at, '2026-12-04T04:59:59.999Z');
    const refunded = Order.parse((await s.call('GET', '/v1/orders/ord_us_card', { token: mason })).body);
    assert.equal(refunded.transactions.find((t) => t.type === 'refund')!.status, 'settled');
    assert.equal(refunded.status, 'refunded');
  });

  it('records every step of the main path with its time', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const ret = await reported(s, token, { ...socks, carrier: 'PostNord', trackingNumber: 'PN00123456SE' }, key(1));
    const steps = ['in_transit', 'received', 'registered'];
    for (const to of steps) {
      s.clock.advance(DAY);
      assert.equal((await admin(s, `returns/${ret.id}/advance`, { to })).status, 200);
    }
    await s.scheduler.runDue();
    const done = Return.parse((await s.call('GET', `/v1/returns/${ret.id}`, { token: await s.login('astrid') })).body);
    assert.deepEqual(
      done.timeline.map((t) => [t.status, t.at]),
      [
        ['reported', '2026-11-18T10:00:00.000Z'],
        ['in_transit', '2026-11-19T10:00:00.000Z'],
        ['received', '2026-11-20T10:00:00.000Z'],
        ['registered', '2026-11-21T10:00:00.000Z'],
        ['refunded', '2026-11-21T10:00:00.000Z'],
      ],
    );
    assert.equal(done.investigationOpensAt, null);
    assertError(await admin(s, `returns/${ret.id}/advance`, { to: 'received' }), 409, 'conflict');
    assertError(await admin(s, 'returns/ret_nope/advance', { to: 'received' }), 404, 'not_found');
    assertError(await admin(s, `returns/${ret.id}/advance`, { to: 'lost' }), 400, 'validation_failed');
  });
});

describe('investigations', () => {
  it('opens an investigation when the return is not registered within 21 days, at the moment it became due', async () => {
    const s = setup();
    let token = await s.login('astrid');
    const ret = await reported(s, token, socks, key(1));
    await s.scheduler.advance(21 * DAY - 1);
    token = await s.login('astrid');
    assert.equal((await s.call('GET', `/v1/returns/${ret.id}`, { token })).body.status, 'reported');
    await s.scheduler.advance(1);
    token = await s.login('astrid');
    const late = Return.parse((await s.call('GET', `/v1/returns/${ret.id}`, { token })).body);
    assert.equal(late.status, 'investigation');
    assert.deepEqual(late.timeline.at(-1)!.at, '2026-12-09T10:00:00.000Z');
    assert.deepEqual(late.investigation, {
      openedAt: '2026-12-09T10:00:00.000Z',
      deadline: '2026-12-23T10:00:00.000Z',
      branch: null,
      outcome: null,
      closedReason: null,
    });
    assert.deepEqual(late.pausedInstalments, ['ins_se_outdoor_2', 'ins_se_outdoor_3', 'ins_se_outdoor_4'], 'payments stay paused');
    assert.equal(late.cancellable, false);

    // Closing it without registration, with a reason the shopper sees.
    const closed = await admin(s, `returns/${ret.id}/investigation/close`, { reason: 'The store has no record of the parcel and the tracking number is unknown' });
    assert.equal(closed.body.status, 'closed');
    assert.equal(closed.body.investigation.outcome, 'closed');
    assert.match(closed.body.investigation.closedReason, /no record/);
    assert.equal((await plan(s, token, 'ord_se_outdoor')).pausedReason, null);
  });

  it('is also opened by the admin tick for every return that is due', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const ret = await reported(s, token, socks, key(1));
    s.clock.advance(22 * DAY);
    const ticked = await admin(s, 'tick');
    const all = (await s.call('GET', '/__admin/returns')).body.returns as Return[];
    const status = (id: string) => all.find((r) => r.id === id)!.status;
    // This return and two demo returns were not registered within 21 days; a demo refund settled meanwhile.
    assert.equal(status(ret.id), 'investigation');
    assert.equal(status('ret_gb_latefee'), 'investigation');
    assert.equal(status('ret_us_card'), 'investigation');
    assert.equal(status('ret_se_balance'), 'refunded');
    assert.equal(ticked.body.returns, 4);
    assert.equal((await admin(s, 'tick')).body.returns, 0, 'nothing twice');
  });

  it('delivered but not received: the shopper can send the parcel again', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const dnr = Return.parse((await s.call('GET', '/v1/returns/ret_se_return_dnr', { token })).body);
    assert.equal(dnr.status, 'investigation');
    assert.equal(dnr.investigation!.branch, 'delivered_not_received');
    assert.deepEqual(dnr.editableFields, ['carrier', 'trackingNumber']);
    assert.equal(dnr.cancellable, true);
    const answer = await s.call('PATCH', '/v1/returns/ret_se_return_dnr', { token, body: { carrier: 'DHL', trackingNumber: 'JJD0001234' } });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.status, 'in_transit');
    assert.equal(answer.body.investigation.outcome, 'resend');
    assert.equal(answer.body.carrier, 'DHL');
    assert.equal(answer.body.timeline.at(-1).status, 'in_transit');
  });

  it('delivered but not received: or cancel the return without penalty', async () => {
    const s = setup();
    const token = await s.login('astrid');
    const answer = await s.call('POST', '/v1/returns/ret_se_return_dnr/cancel', { token, body: {} });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.status, 'cancelled');
    assert.equal(answer.body.investigation.outcome, 'cancelled_without_penalty');
    const after = await plan(s, token, 'ord_se_return_dnr');
    assert.equal(after.pausedReason, null);
    assert.equal(after.status, 'active');
    assert.equal(after.instalments[0]!.status, 'due', 'due again on its own date, which has not passed');
  });

  it('the admin can mark a parcel delivered but not received', async () => {
    const s = setup();
    const mason = await s.login('mason');
    const answer = await admin(s, 'returns/ret_us_card/delivered-not-received', {});
    assert.equal(answer.status, 200);
    assert.equal(answer.body.status, 'investigation');
    assert.equal(answer.body.investigation.branch, 'delivered_not_received');
    assertError(await admin(s, 'returns/ret_us_card/delivered-not-received', {}), 409, 'conflict');
    assert.equal((await admin(s, 'returns/ret_us_card/resend', { trackingNumber: '1Z999AA10123456785' })).body.status, 'in_transit');
    assert.equal((await s.call('GET', '/v1/returns/ret_us_card', { token: mason })).body.trackingNumber, '1Z999AA10123456785');
  });
});

describe('demo returns', () => {
  it('include a return in each state, on orders whose data agree with them', async () => {
    const s = setup();
    const all = (await s.call('GET', '/__admin/returns')).body.returns.map((r: unknown) => Return.parse(r));
    assert.deepEqual(new Set(all.map((r: Return) => r.status)), new Set(['reported', 'in_transit', 'investigation', 'registered', 'refunded']));
    const astrid = await s.login('astrid');
    const balance = Order.parse((await s.call('GET', '/v1/orders/ord_se_balance', { token: astrid })).body);
    assert.equal(balance.items[0]!.returnableQuantity, 0);
    assert.ok(balance.transactions.some((t) => t.type === 'refund' && t.status === 'pending'));
    const jonas = await s.login('jonas');
    const paid = Order.parse((await s.call('GET', '/v1/orders/ord_de_paid', { token: jonas })).body);
    assert.equal(paid.status, 'refunded');
    // The new-shopper data set has no returns.
    await admin(s, 'reset', { dataSet: 'new-shopper' });
    assert.deepEqual((await s.call('GET', '/__admin/returns')).body.returns, []);
    await admin(s, 'reset', {});
    assert.equal((await s.call('GET', '/__admin/returns')).body.returns.length, all.length);
  });
});
