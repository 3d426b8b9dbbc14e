import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentActionResponse } from '@assist/contract';
import { assertError } from './support.js';
import { chatSetup } from './chat-support.js';

describe('agent actions', () => {
  let n = 0;
  const act = (t: ReturnType<typeof chatSetup>, body: unknown) => t.agent('POST', '/v1/agent/actions', body, { 'idempotency-key': `agent-action-${String(++n).padStart(4, '0')}` });

  it('refund part of an order off the remaining instalments equally', async () => {
    const t = chatSetup();
    const answer = await act(t, { kind: 'refund', orderId: 'ord_se_outdoor', amount: { amount: 30_000, currency: 'SEK' }, reason: 'Socks never arrived' });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.ok(AgentActionResponse.safeParse(answer.body).success);
    assert.deepEqual(
      answer.body.plan.instalments.map((i: { amount: { amount: number } }) => i.amount.amount),
      [43_700, 33_700, 33_700, 33_700],
    );
    assert.equal(answer.body.plan.remaining.amount, 101_100);
    const token = await t.login('astrid');
    const order = (await t.call('GET', '/v1/orders/ord_se_outdoor', { token })).body;
    const refund = order.transactions.find((x: { type: string }) => x.type === 'refund');
    assert.deepEqual(refund.amount, { amount: 30_000, currency: 'SEK' });
    assert.equal(refund.status, 'settled');
    assert.equal(order.status, 'delivered');
  });

  it('refuse a refund in another currency (400), above what is left (409) or on a cancelled order (409)', async () => {
    const t = chatSetup();
    assertError(await act(t, { kind: 'refund', orderId: 'ord_se_outdoor', amount: { amount: 100, currency: 'EUR' }, reason: 'x' }), 400, 'validation_failed');
    assertError(await act(t, { kind: 'refund', orderId: 'ord_se_outdoor', amount: { amount: 0, currency: 'SEK' }, reason: 'x' }), 400, 'validation_failed');
    assertError(await act(t, { kind: 'refund', orderId: 'ord_se_outdoor', amount: { amount: 174_801, currency: 'SEK' }, reason: 'x' }), 409, 'conflict');
    assertError(await act(t, { kind: 'refund', orderId: 'ord_gb_hold', amount: { amount: 100, currency: 'GBP' }, reason: 'x' }), 409, 'conflict');
    const full = await act(t, { kind: 'refund', orderId: 'ord_se_outdoor', amount: { amount: 174_800, currency: 'SEK' }, reason: 'Whole order returned' });
    assert.equal(full.status, 200);
    assert.equal(full.body.plan.remaining.amount, 0);
    assertError(await act(t, { kind: 'refund', orderId: 'ord_se_outdoor', amount: { amount: 1, currency: 'SEK' }, reason: 'x' }), 409, 'conflict');
  });

  it('release an authorization hold once', async () => {
    const t = chatSetup();
    const released = await act(t, { kind: 'release_hold', orderId: 'ord_gb_hold' });
    assert.equal(released.status, 200, JSON.stringify(released.body));
    assert.match(released.body.summary, /Released the authorization hold of 50\.00 GBP on GB-H0LD3011/);
    const token = await t.login('olivia');
    const order = (await t.call('GET', '/v1/orders/ord_gb_hold', { token })).body;
    assert.equal(order.holds[0].status, 'released');
    assert.ok(!order.notices.includes('authorization_hold_overdue'));
    assert.ok(order.transactions.some((x: { type: string }) => x.type === 'hold_release'));
    assertError(await act(t, { kind: 'release_hold', orderId: 'ord_gb_hold' }), 409, 'conflict');
  });

  it('extend a due date once per instalment', async () => {
    const t = chatSetup();
    const first = await act(t, { kind: 'extend_due_date', orderId: 'ord_gb_due', instalmentId: 'ins_gb_due_1', days: 14 });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.plan.instalments[0].originalDueDate, '2026-11-19');
    assert.equal(first.body.plan.instalments[0].dueDate, '2026-12-03');
    assertError(await act(t, { kind: 'extend_due_date', orderId: 'ord_gb_due', instalmentId: 'ins_gb_due_1', days: 7 }), 409, 'conflict');
    assertError(await act(t, { kind: 'extend_due_date', orderId: 'ord_gb_due', instalmentId: 'ins_se_outdoor_2', days: 7 }), 400, 'validation_failed');
  });

  it("answer 404 for an unknown order, 400 for an order of another shopper than the chat's, and need a key", async () => {
    const t = chatSetup();
    assertError(await act(t, { kind: 'release_hold', orderId: 'ord_missing' }), 404, 'not_found');
    const token = await t.login('astrid');
    const chat = await t.startChat({ token });
    const wrong = await act(t, { kind: 'release_hold', orderId: 'ord_gb_hold', sessionId: chat.id });
    assertError(wrong, 400, 'validation_failed');
    assert.equal(wrong.body.error.issues[0].path, 'body.orderId');
    assertError(await t.agent('POST', '/v1/agent/actions', { kind: 'release_hold', orderId: 'ord_gb_hold' }), 400, 'validation_failed');
  });
});
