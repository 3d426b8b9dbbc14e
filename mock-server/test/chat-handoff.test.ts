import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentQueueResponse } from '@assist/contract';
import { assertError } from './support.js';
import { chatSetup, readStream, settle } from './chat-support.js';

const AGENT_DELAY = 45_000;

describe('handoff to a person', () => {
  it('queues the chat with its context packet and tells the shopper their place and wait', async () => {
    const t = chatSetup({ simulatedAgent: { replyDelayMs: AGENT_DELAY } });
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, orderId: 'ord_se_outdoor' });
    await t.say(chat, 'When is my next payment?');
    await t.say(chat, 'I want to talk to a person');
    const queued = await t.last(chat, 'system');
    assert.match(queued.text, /You're number 1 in the queue; the expected wait is about 1 min\. Your ticket is T-/);
    const session = (await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body;
    assert.equal(session.status, 'queued');
    assert.deepEqual(session.queue, { position: 1, estimatedWaitSeconds: 45 });
    assert.equal(session.sla.level, 'level_1');

    // A second shopper in the same market waits behind.
    const other = await t.startChat({ locale: 'sv-SE' });
    await t.call('POST', `/v1/chat/sessions/${other.id}/escalate`, { body: {}, token: other.token });
    assert.match((await t.last(other, 'system')).text, /^Du är nummer 2 i kön/);
    assert.deepEqual((await t.call('GET', `/v1/chat/sessions/${other.id}`, { token: other.token })).body.queue, { position: 2, estimatedWaitSeconds: 90 });

    const queue = await t.agent('GET', '/v1/agent/queue');
    assert.equal(queue.status, 200);
    assert.ok(AgentQueueResponse.safeParse(queue.body).success);
    assert.deepEqual(
      queue.body.items.map((i: { session: { id: string } }) => i.session.id),
      [chat.id, other.id],
    );
    const context = queue.body.items[0].context;
    assert.equal(context.customerId, 'cus_astrid');
    assert.equal(context.orderId, 'ord_se_outdoor');
    assert.equal(context.merchantReference, 'NO-100482');
    assert.equal(context.lastTransactions.length, 3);
    const times = context.lastTransactions.map((x: { at: string }) => x.at);
    assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
    assert.deepEqual(
      context.conversation.filter((m: { author: string }) => m.author === 'shopper').map((m: { text: string }) => m.text),
      ['When is my next payment?', 'I want to talk to a person'],
    );
    assert.equal(queue.body.items[1].context.customerId, null);
  });

  it('lets the simulated agent answer after its delay, on the injected scheduler, and moves the queue up', async () => {
    const t = chatSetup({ simulatedAgent: { replyDelayMs: AGENT_DELAY, followUpDelayMs: 5_000 } });
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, orderId: 'ord_se_outdoor' });
    const second = await t.startChat();
    const response = await t.app.request(`/v1/chat/sessions/${second.id}/events`, { headers: { authorization: `Bearer ${second.token}` } });
    const stream = readStream(response.body!);
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    await t.call('POST', `/v1/chat/sessions/${second.id}/escalate`, { body: {}, token: second.token });

    await t.scheduler.advance(AGENT_DELAY - 1);
    assert.equal(await t.last(chat, 'agent'), undefined, 'not before its delay');
    await t.scheduler.advance(1);
    const joined = await t.last(chat, 'agent');
    assert.equal(
      joined.text,
      "Hi Astrid, this is Sam. I can see our conversation and your order SE-4K7M2QXP, so there's no need to repeat anything. Give me a moment to look into it.",
    );
    assert.equal(joined.createdAt, new Date(Date.parse('2026-11-18T10:00:00.000Z') + AGENT_DELAY).toISOString());
    assert.equal((await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body.status, 'agent');

    await settle();
    const positions = stream.events.flatMap((e) => (e.type === 'session' && e.session.queue ? [e.session.queue.position] : []));
    assert.deepEqual(positions.slice(-2), [2, 1], 'the second chat hears it moved up');

    await t.say(chat, 'Thanks, I will wait');
    await t.scheduler.advance(4_999);
    assert.equal((await t.last(chat, 'agent')).id, joined.id);
    await t.scheduler.advance(1);
    assert.match((await t.last(chat, 'agent')).text, /I've noted that/);

    await t.scheduler.advance(AGENT_DELAY);
    assert.match((await t.last(second, 'agent')).text, /^Hi, this is Sam\./);
    await stream.cancel();
  });

  it('resolves the chat itself when configured to, through the admin API', async () => {
    const t = chatSetup();
    const set = await t.call('POST', '/__admin/chat/agent', { body: { behaviour: 'resolve', replyDelayMs: 1_000, resolveDelayMs: 60_000, name: 'Robin' } });
    assert.equal(set.status, 200);
    assert.equal(set.body.name, 'Robin');
    assertError(await t.call('POST', '/__admin/chat/agent', { body: { behaviour: 'sleep' } }), 400, 'validation_failed');
    const chat = await t.startChat();
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    await t.scheduler.advance(1_000);
    assert.match((await t.last(chat, 'agent')).text, /this is Robin/);
    await t.scheduler.advance(60_000);
    const session = (await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body;
    assert.equal(session.status, 'ended');
    assert.match((await t.last(chat, 'system')).text, new RegExp(`Your case ${session.ticketId} is resolved`));

    // A reset restores the defaults.
    await t.call('POST', '/__admin/reset', { body: {} });
    assert.equal((await t.call('GET', '/__admin/chat/agent')).body.name, 'Sam');
  });

  it('takes every queued chat at once when QA asks it to', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    const taken = await t.call('POST', '/__admin/chat/agent/pickup', { body: {} });
    assert.deepEqual(taken.body, { taken: 1 });
    assert.match((await t.last(chat, 'agent')).text, /this is Sam/);
    assert.equal(t.scheduler.size, 0, 'the planned pickup is cancelled');
  });

  it('leaves the queue to the agent console when the simulated agent is off', async () => {
    const t = chatSetup({ simulatedAgent: { behaviour: 'none' } });
    const chat = await t.startChat();
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    assert.equal(t.scheduler.size, 0, 'nothing is scheduled');
    await t.scheduler.advance(12 * 3_600_000);
    // Seen from the agent console: the shopper's chat token lasts 30 minutes.
    const [item] = (await t.agent('GET', '/v1/agent/queue')).body.items;
    assert.equal(item.session.id, chat.id);
    assert.equal(item.session.status, 'queued');
    assert.deepEqual(
      item.context.conversation.filter((m: { author: string }) => m.author === 'agent'),
      [],
    );
  });

  it('outside agent hours, says when agents are back and offers a callback', async () => {
    const t = chatSetup({ simulatedAgent: { replyDelayMs: AGENT_DELAY } });
    const scenario = await t.call('POST', '/__admin/scenario', { body: { name: 'outside-hours' } });
    assert.equal(scenario.body.now, '2026-11-22T01:00:00.000Z', 'Sunday 02:00 in Stockholm');
    const chat = await t.startChat();
    await t.say(chat, 'Can I speak to a human?');
    const offline = await t.last(chat, 'system');
    assert.match(offline.text, /Our agents are offline right now and back Monday 23 November (at )?08:00 CET/);
    assert.deepEqual(offline.cards, [{ kind: 'agents_offline', market: 'SE', nextOpening: '2026-11-23T07:00:00.000Z' }]);
    assert.equal(offline.actions[0].kind, 'request_callback');
    const session = (await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body;
    assert.equal(session.status, 'queued');
    assert.equal(session.queue.estimatedWaitSeconds, (Date.parse('2026-11-23T07:00:00.000Z') - Date.parse('2026-11-22T01:00:00.000Z')) / 1000 + 45);

    // Agents are back on Monday: the simulated agent takes the chat then (seen from the agent console,
    // as the shopper's chat token has expired by then).
    const agentMessages = async () => (await t.agent('GET', '/v1/agent/queue')).body.items[0].context.conversation.filter((m: { author: string }) => m.author === 'agent');
    await t.scheduler.advance(Date.parse('2026-11-23T07:00:00.000Z') - Date.parse('2026-11-22T01:00:00.000Z'));
    assert.deepEqual(await agentMessages(), []);
    await t.scheduler.advance(AGENT_DELAY);
    assert.equal((await agentMessages()).length, 1);
  });

  it("on a public holiday, gives the next working day in the shopper's language", async () => {
    const t = chatSetup();
    await t.call('POST', '/__admin/scenario', { body: { name: 'holiday' } });
    const chat = await t.startChat({ locale: 'de-DE', market: 'DE' });
    await t.say(chat, 'Ich möchte mit einem Mitarbeiter sprechen');
    const offline = await t.last(chat, 'system');
    // Christmas Day is a Friday in 2026 and 26 December a holiday too: back on Monday the 28th.
    assert.match(offline.text, /ab Montag, 28\. Dezember(,| um)? 08:00 MEZ wieder da/);
    assert.equal(offline.cards[0].nextOpening, '2026-12-28T07:00:00.000Z');
    assert.match(offline.actions[0].choices[0].label, /Rückruf/);
  });

  it('keeps a handed-over chat where it is when the shopper asks again', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    const again = await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: { reason: 'legal' }, token: chat.token });
    assert.equal(again.status, 200);
    assert.equal(again.body.sla.level, 'level_1');
    assert.equal((await t.agent('GET', '/v1/agent/queue')).body.items.length, 1);
  });
});

describe('agent console', () => {
  it('pages through the queue, oldest handoff first, with context packets for the page only', async () => {
    const t = chatSetup({ simulatedAgent: { behaviour: 'none' } });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const chat = await t.startChat();
      await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
      ids.push(chat.id);
      await t.scheduler.advance(1000);
    }
    const first = (await t.agent('GET', '/v1/agent/queue?limit=2')).body;
    assert.deepEqual(
      first.items.map((i: { session: { id: string } }) => i.session.id),
      ids.slice(0, 2),
    );
    const second = (await t.agent('GET', `/v1/agent/queue?limit=2&after=${first.next}`)).body;
    const third = (await t.agent('GET', `/v1/agent/queue?limit=2&after=${second.next}`)).body;
    assert.deepEqual(
      [...second.items, ...third.items].map((i: { session: { id: string } }) => i.session.id),
      ids.slice(2),
    );
    assert.equal(third.next, null);
    assert.equal((await t.agent('GET', '/v1/agent/queue')).body.items.length, 5, '50 unless asked');
    assertError(await t.agent('GET', '/v1/agent/queue?limit=101'), 400, 'validation_failed');
  });

  it('needs the agent token', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    assertError(await t.call('GET', '/v1/agent/queue'), 401, 'unauthorized');
    assertError(await t.call('GET', '/v1/agent/queue', { token }), 401, 'unauthorized');
    assertError(await t.call('GET', '/v1/metrics', { token }), 401, 'unauthorized');
  });

  it('claims a chat, answers it (deduplicated by id), notes an action in it and resolves it', async () => {
    const t = chatSetup({ simulatedAgent: { replyDelayMs: AGENT_DELAY } });
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, orderId: 'ord_se_outdoor' });
    assertError(await t.agent('POST', `/v1/agent/sessions/${chat.id}/claim`, {}), 409, 'conflict');
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });

    const claimed = await t.agent('POST', `/v1/agent/sessions/${chat.id}/claim`, { agentName: 'Kim' });
    assert.equal(claimed.status, 200);
    assert.equal(claimed.body.session.status, 'agent');
    assert.equal(claimed.body.session.queue, null);
    assert.equal(claimed.body.context.customerId, 'cus_astrid');
    await t.scheduler.advance(AGENT_DELAY * 2);
    assert.equal(await t.last(chat, 'agent'), undefined, 'the simulated agent stays out of a claimed chat');

    const reply = { id: 'agent-msg-0001', text: 'Hi Astrid, I can move your payment for you.' };
    const first = await t.agent('POST', `/v1/agent/sessions/${chat.id}/messages`, reply);
    const again = await t.agent('POST', `/v1/agent/sessions/${chat.id}/messages`, reply);
    assert.equal(first.status, 201);
    assert.equal(again.status, 200);
    assert.equal(again.body.sequence, first.body.sequence);
    assert.equal((await t.transcript(chat)).messages.filter((m) => m.author === 'agent').length, 1);

    const action = await t.agent(
      'POST',
      '/v1/agent/actions',
      { kind: 'extend_due_date', orderId: 'ord_se_outdoor', instalmentId: 'ins_se_outdoor_2', days: 7, sessionId: chat.id },
      { 'idempotency-key': 'agent-action-01' },
    );
    assert.equal(action.status, 200, JSON.stringify(action.body));
    assert.equal(action.body.plan.instalments[1].dueDate, '2026-11-30');
    assert.match((await t.last(chat, 'system')).text, /The payment on SE-4K7M2QXP is now due on 30 November 2026/);

    const resolved = await t.agent('POST', `/v1/agent/sessions/${chat.id}/resolve`, { summary: 'Moved your payment to 30 November.' });
    assert.equal(resolved.status, 200);
    assert.equal(resolved.body.status, 'ended');
    assert.match((await t.last(chat, 'system')).text, /is resolved\. Moved your payment to 30 November\./);
    assertError(await t.agent('POST', `/v1/agent/sessions/${chat.id}/messages`, { id: 'agent-msg-0002', text: 'one more' }), 409, 'conflict');
    assert.equal((await t.agent('GET', '/v1/agent/queue')).body.items.length, 0);
    // The shopper may still rate it and read the transcript, but an ended chat's token is not renewed.
    assertError(await t.call('POST', `/v1/chat/sessions/${chat.id}/token`, { body: {}, token: chat.token }), 409, 'conflict');
  });

  it('answers straight from the queue, which takes the chat', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    const reply = await t.agent('POST', `/v1/agent/sessions/${chat.id}/messages`, { id: 'agent-msg-0003', text: 'Hello, I am here.' });
    assert.equal(reply.status, 201);
    assert.equal((await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body.status, 'agent');
    assertError(await t.agent('POST', '/v1/agent/sessions/cht_missing0/messages', { id: 'agent-msg-0004', text: 'x' }), 404, 'not_found');
  });

  it("tells the shopper's stream while the agent types, and stores nothing of it", async () => {
    const t = chatSetup({ simulatedAgent: { behaviour: 'none' } });
    const chat = await t.startChat();
    // Not handed over yet: the assistant answers, there is no agent to type.
    assertError(await t.agent('POST', `/v1/agent/sessions/${chat.id}/typing`, { typing: true }), 409, 'conflict');
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    await t.agent('POST', `/v1/agent/sessions/${chat.id}/claim`, { agentName: 'Kim' });
    const response = await t.app.request(`/v1/chat/sessions/${chat.id}/events`, { headers: { authorization: `Bearer ${chat.token}` } });
    const stream = readStream(response.body!);
    await settle();
    const before = (await t.call('GET', `/v1/chat/sessions/${chat.id}/transcript`, { token: chat.token })).body.messages.length;

    const started = await t.agent('POST', `/v1/agent/sessions/${chat.id}/typing`, { typing: true });
    assert.equal(started.status, 200);
    assert.deepEqual(started.body, { sessionId: chat.id, typing: true });
    await settle();
    assert.deepEqual(stream.events.at(-1), { type: 'typing', author: 'agent', typing: true });
    assert.deepEqual((await t.agent('POST', `/v1/agent/sessions/${chat.id}/typing`, { typing: false })).body, { sessionId: chat.id, typing: false });
    await settle();
    assert.deepEqual(stream.events.at(-1), { type: 'typing', author: 'agent', typing: false });

    const after = (await t.call('GET', `/v1/chat/sessions/${chat.id}/transcript`, { token: chat.token })).body.messages;
    assert.ok(
      after.every((m: { text: string }) => !/typing/i.test(m.text)),
      'typing is not a message',
    );
    assert.equal(after.length, before, 'no message was added');

    assertError(await t.agent('POST', `/v1/agent/sessions/${chat.id}/typing`, { typing: 'yes' }), 400, 'validation_failed');
    assertError(await t.agent('POST', `/v1/agent/sessions/${chat.id}/typing`, {}), 400, 'validation_failed');
    assertError(await t.agent('POST', '/v1/agent/sessions/cht_missing0/typing', { typing: true }), 404, 'not_found');
    assertError(await t.call('POST', `/v1/agent/sessions/${chat.id}/typing`, { body: { typing: true }, token: chat.token }), 401, 'unauthorized');
    await stream.cancel();
  });
});
