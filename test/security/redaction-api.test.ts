import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../mock-server/src/clock.js';
import { MemoryStore } from '../../mock-server/src/store/memory.js';
import type { Store } from '../../mock-server/src/store/types.js';
import { WEDNESDAY_MORNING, assertError, key, type Answer } from '../../mock-server/test/support.js';
import { chatSetup } from '../../mock-server/test/chat-support.js';

/**
 * Card numbers sent to the API in every free-text field a shopper, an agent or QA can fill: none is
 * ever written to the store, answered back, sent in a webhook or listed on the admin surface.
 */

const CARDS = ['4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005', '6011000990139424'];
const digitsOf = (text: string) => text.replace(/[^0-9]/g, '');
/** Which of the cards appear in a text, written as sent or as one run of digits. */
const cardsIn = (text: string) => CARDS.filter((card) => text.includes(card) || text.replace(/[ -]/g, '').includes(digitsOf(card)));
const say = (n: number) => `my card ${CARDS[n % CARDS.length]} was charged`;

/** A MemoryStore that records every value written to it. */
function recordingStore(clock: ManualClock): { store: Store; written: string[] } {
  const inner = new MemoryStore(clock);
  const written: string[] = [];
  const store = new Proxy(inner, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (/^(save|add|record|claim)/.test(String(name))) written.push(`${String(name)} ${JSON.stringify(args)}`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, written };
}

describe('card numbers in requests', () => {
  it('are never stored, answered, sent in webhooks or listed for QA, whichever field they come in', async () => {
    const clock = new ManualClock(WEDNESDAY_MORNING);
    const { store, written } = recordingStore(clock);
    const webhookBodies: string[] = [];
    const t = chatSetup({
      clock,
      store,
      webhooks: {
        url: 'https://merchant.example/hooks',
        fetch: async (request) => {
          webhookBodies.push(await request.text());
          return new Response(null, { status: 204 });
        },
      },
    });
    const answers: Answer[] = [];
    const call = async (method: string, path: string, init: Parameters<typeof t.call>[2] = {}) => {
      const answer = await t.call(method, path, init);
      answers.push(answer);
      assert.ok(answer.status < 300, `${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer;
    };
    const astrid = await t.login('astrid');
    const jonas = await t.login('jonas');

    // Returns: comment and carrier when reporting, the reason when cancelling.
    const ret = await call('POST', '/v1/returns', {
      token: astrid,
      headers: { 'idempotency-key': key(1) },
      body: { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'other', method: 'drop_off', comment: say(0), carrier: say(1) },
    });
    await call('POST', `/v1/returns/${ret.body.id}/cancel`, { token: astrid, body: { reason: say(2) } });
    // Problems: the description; the store's answer and the resolution QA enters.
    const problem = await call('POST', '/v1/problems', {
      token: jonas,
      headers: { 'idempotency-key': key(2) },
      body: { orderId: 'ord_de_twice', type: 'charged_twice', description: `Charged twice on ${CARDS[3]}` },
    });
    await call('POST', `/__admin/problems/${problem.body.id}/store-response`, { body: { message: say(1) } });
    await call('POST', `/__admin/problems/${problem.body.id}/resolve`, { body: { outcome: 'refunded', note: say(2) } });
    // Callbacks, help feedback and search.
    await call('POST', '/v1/callbacks', {
      headers: { 'idempotency-key': key(3) },
      body: { phone: '+46 70 174 06 05', market: 'SE', topic: 'card', window: { start: '2026-11-18T13:00:00.000Z', end: '2026-11-18T13:30:00.000Z' }, note: say(3) },
    });
    await call('POST', '/v1/help/articles/art_how_to_return/feedback', { body: { helpful: false, comment: say(0) } });
    await call('GET', `/v1/help/search?q=${encodeURIComponent(CARDS[0]!)}`);
    // Chat: a message, the escalation note, the agent's reply, a refund reason, the summary, the rating.
    const chat = await t.startChat({ token: astrid });
    answers.push(await t.say(chat, say(1)));
    await call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { token: chat.token, body: { note: say(2) } });
    answers.push(await t.agent('POST', `/v1/agent/sessions/${chat.id}/claim`, { agentName: 'Robin' }));
    answers.push(await t.agent('POST', `/v1/agent/sessions/${chat.id}/messages`, { id: 'agent-msg-0001', text: say(3) }));
    answers.push(
      await t.agent(
        'POST',
        '/v1/agent/actions',
        { kind: 'refund', orderId: 'ord_se_outdoor', amount: { amount: 100, currency: 'SEK' }, reason: say(0), sessionId: chat.id },
        { 'idempotency-key': key(4) },
      ),
    );
    answers.push(await t.agent('POST', `/v1/agent/sessions/${chat.id}/resolve`, { summary: say(1) }));
    await call('POST', `/v1/chat/sessions/${chat.id}/csat`, { token: chat.token, body: { rating: 2, comment: say(2) } });
    for (const answer of answers.slice(-5, -1)) assert.ok(answer.status < 300, JSON.stringify(answer.body));
    await t.scheduler.runDue();

    // What QA and agents read back.
    const listings = await Promise.all(
      ['/__admin/returns', '/__admin/problems', '/__admin/webhooks']
        .map((path) => call('GET', path))
        .concat(t.agent('GET', '/v1/agent/queue'), call('GET', `/v1/chat/sessions/${chat.id}/transcript`, { token: chat.token })),
    );

    assert.ok(written.length > 20, 'the store saw the writes');
    for (const entry of written) assert.deepEqual(cardsIn(entry), [], `written to the store: ${entry.slice(0, 300)}`);
    assert.ok(webhookBodies.length >= 4, `webhooks sent: ${webhookBodies.length}`);
    for (const body of webhookBodies) assert.deepEqual(cardsIn(body), [], `sent in a webhook: ${body.slice(0, 300)}`);
    for (const answer of [...answers, ...listings]) assert.deepEqual(cardsIn(JSON.stringify(answer.body)), [], JSON.stringify(answer.body).slice(0, 300));

    // What was kept is the last four digits, where the shopper wrote the number.
    const kept = (await t.call('GET', `/v1/returns/${ret.body.id}`, { token: astrid })).body;
    assert.equal(kept.comment, 'my card •••• 1111 was charged');
    assert.equal(kept.carrier, 'my card •••• 4444 was charged');
    const message = (await t.transcript(chat)).messages.find((m) => m.author === 'shopper' && m.text.includes('••••'));
    assert.equal(message.text, 'my card •••• 4444 was charged');
    assert.equal(message.redacted, true, 'the message says it was redacted');
  });

  it('refuse a field that only fitted as a card number, saying why', async () => {
    const t = chatSetup();
    const answer = await t.call('POST', '/v1/returns', {
      token: await t.login('astrid'),
      headers: { 'idempotency-key': key(5) },
      body: { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'other', method: 'drop_off', trackingNumber: '4111111111111111' },
    });
    assertError(answer, 400, 'validation_failed');
    assert.deepEqual(
      answer.body.error.issues.map((i: { path: string }) => i.path),
      ['body.trackingNumber'],
    );
    assert.match(answer.body.error.issues[0].message, /card number/);
    assert.deepEqual(cardsIn(JSON.stringify(answer.body)), []);
  });

  it('fingerprint the redacted body: a retry with the same key and the same card written another way replays', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const body = (card: string) => ({
      orderId: 'ord_se_outdoor',
      items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }],
      reason: 'other',
      method: 'drop_off',
      comment: `card ${card}`,
    });
    const first = await t.call('POST', '/v1/returns', { token, headers: { 'idempotency-key': key(6) }, body: body('4111 1111 1111 1111') });
    assert.equal(first.status, 201);
    const again = await t.call('POST', '/v1/returns', { token, headers: { 'idempotency-key': key(6) }, body: body('4111111111111111') });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.id, first.body.id);
  });
});
