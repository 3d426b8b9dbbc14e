import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../mock-server/src/clock.js';
import { MemoryStore } from '../../mock-server/src/store/memory.js';
import type { Store } from '../../mock-server/src/store/types.js';
import { DEMO_AGENT_TOKEN } from '../../mock-server/src/app.js';
import { WEDNESDAY_MORNING, assertError } from '../../mock-server/test/support.js';
import { chatSetup } from '../../mock-server/test/chat-support.js';

/**
 * Idempotency keys belong to their caller: the same key from someone else is someone else's request,
 * never a replay of the first caller's answer, and never their token.
 */

const CHAT = { locale: 'en-GB', market: 'SE', recordingConsent: true };
/** A key as the client makes them: 32 random hex digits. */
const randomKey = () => [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');

function keysKept(): { store: Store; scopes: string[] } {
  const store = new MemoryStore(new ManualClock(WEDNESDAY_MORNING));
  const scopes: string[] = [];
  const save = store.saveIdempotency.bind(store);
  store.saveIdempotency = (scope, record) => {
    scopes.push(scope);
    return save(scope, record);
  };
  return { store, scopes };
}

describe('idempotency keys', () => {
  it("never give someone else the first caller's chat or chat token", async () => {
    const t = chatSetup();
    const key = randomKey();
    const first = await t.call('POST', '/v1/chat/sessions', { body: CHAT, headers: { 'idempotency-key': key } });
    assert.equal(first.status, 201);
    const astrid = await t.login('astrid');
    const jonas = await t.login('jonas');
    const others = [
      await t.call('POST', '/v1/chat/sessions', { body: CHAT, token: astrid, headers: { 'idempotency-key': key } }),
      await t.call('POST', '/v1/chat/sessions', { body: CHAT, token: jonas, headers: { 'idempotency-key': key } }),
      await t.call('POST', '/v1/chat/sessions', { body: CHAT, token: first.body.chatToken, headers: { 'idempotency-key': key } }),
    ];
    const tokens = new Set([first.body.chatToken]);
    const chats = new Set([first.body.session.id]);
    for (const answer of others) {
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      assert.equal(answer.headers.get('idempotent-replayed'), null, 'a new request, not a replay');
      tokens.add(answer.body.chatToken);
      chats.add(answer.body.session.id);
    }
    assert.equal(tokens.size, 4, 'each caller got its own chat token');
    assert.equal(chats.size, 4, 'and its own chat');
    // The first caller retrying still gets its answer back.
    const retry = await t.call('POST', '/v1/chat/sessions', { body: CHAT, headers: { 'idempotency-key': key } });
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(retry.body.session.id, first.body.session.id);
  });

  it("keep one shopper's answers from another, and agents' from shoppers'", async () => {
    const t = chatSetup();
    const key = randomKey();
    const body = { phone: '+46 70 174 06 05', market: 'SE', topic: 'payments', window: { start: '2026-11-18T13:00:00.000Z', end: '2026-11-18T13:30:00.000Z' } };
    const astrid = await t.call('POST', '/v1/callbacks', { body, token: await t.login('astrid'), headers: { 'idempotency-key': key } });
    const olivia = await t.call('POST', '/v1/callbacks', { body, token: await t.login('olivia'), headers: { 'idempotency-key': key } });
    assert.equal(astrid.status, 201);
    assert.equal(olivia.status, 201);
    assert.notEqual(olivia.body.id, astrid.body.id);
    const refund = { kind: 'refund', orderId: 'ord_se_outdoor', amount: { amount: 100, currency: 'SEK' }, reason: 'Goodwill' };
    const agent = await t.agent('POST', '/v1/agent/actions', refund, { 'idempotency-key': key });
    assert.equal(agent.status, 200, "the key the shoppers used is not the agent's: no 422 mismatch");
    assert.equal(agent.headers.get('idempotent-replayed'), null);
  });

  it('must be long enough to be a secret when the call has no token', async () => {
    const t = chatSetup();
    for (const key of ['chat-0001', 'my-checkout-key', 'a'.repeat(31)]) {
      const answer = await t.call('POST', '/v1/chat/sessions', { body: CHAT, headers: { 'idempotency-key': key } });
      assertError(answer, 400, 'validation_failed');
      assert.equal(answer.body.error.issues[0].path, 'header.Idempotency-Key');
      assert.match(answer.body.error.issues[0].message, /at least 32/);
    }
    assert.equal((await t.call('POST', '/v1/chat/sessions', { body: CHAT, headers: { 'idempotency-key': 'a'.repeat(32) } })).status, 201);
    // With a token the caller is known: a short key is still scoped to it.
    assert.equal((await t.call('POST', '/v1/chat/sessions', { body: CHAT, token: await t.login('astrid'), headers: { 'idempotency-key': 'chat-0001' } })).status, 201);
  });

  it('are kept under a hash: the store holds neither the key nor the agent token', async () => {
    const { store, scopes } = keysKept();
    const t = chatSetup({ store });
    const key = randomKey();
    assert.equal((await t.call('POST', '/v1/chat/sessions', { body: CHAT, headers: { 'idempotency-key': key } })).status, 201);
    const agentKey = randomKey();
    const refund = { kind: 'refund', orderId: 'ord_se_outdoor', amount: { amount: 100, currency: 'SEK' }, reason: 'Goodwill' };
    assert.equal((await t.agent('POST', '/v1/agent/actions', refund, { 'idempotency-key': agentKey })).status, 200);
    assert.equal(scopes.length, 2);
    for (const scope of scopes) {
      assert.match(scope, /^[0-9a-f]{64}$/);
      for (const secret of [key, agentKey, DEMO_AGENT_TOKEN]) assert.ok(!scope.includes(secret));
    }
  });
});
