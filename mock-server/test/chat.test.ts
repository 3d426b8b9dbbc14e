import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChatEvent, ChatMessage, ChatSession, Transcript } from '@assist/contract';
import { ENDED_CHAT_TOKEN_GRACE_S } from '../src/http/define.js';
import { assertError, key } from './support.js';
import { chatSetup, readStream, settle } from './chat-support.js';

describe('chat sessions', () => {
  it('start with a visible ticket id, an SLA, a chat token and the assistant greeting', async () => {
    const t = chatSetup();
    const chat = await t.startChat({ locale: 'de-DE', market: 'DE' });
    assert.ok(ChatSession.safeParse(chat.session).success);
    assert.match(chat.session.ticketId, /^T-[A-Z0-9]{6}$/);
    assert.equal(chat.session.status, 'assistant');
    assert.equal(chat.session.verified, false);
    assert.equal(chat.session.sla.level, 'assistant');
    assert.equal(chat.session.sla.expectedResolutionBy, '2026-11-18T10:10:00.000Z');
    assert.equal(chat.session.lastSequence, 1);
    const greeting = await t.last(chat, 'assistant');
    assert.match(greeting.text, /^Hallo!/);
    assert.ok(greeting.actions[0].choices.some((c: { id: string }) => c.id === 'agent'));
  });

  it('are verified with a shopper token, greet the shopper by first name and keep the order', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, locale: 'sv-SE', orderId: 'ord_se_outdoor' });
    assert.equal(chat.session.verified, true);
    assert.match((await t.last(chat, 'assistant')).text, /^Hej Astrid!/);
  });

  it("refuse an order that is not the shopper's (404) and an order without verification (401)", async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const other = await t.call('POST', '/v1/chat/sessions', {
      body: { locale: 'en', market: 'SE', recordingConsent: true, orderId: 'ord_de_twice' },
      token,
      headers: { 'idempotency-key': key(1) },
    });
    assertError(other, 404, 'not_found');
    const anonymous = await t.call('POST', '/v1/chat/sessions', {
      body: { locale: 'en', market: 'SE', recordingConsent: true, orderId: 'ord_se_outdoor' },
      headers: { 'idempotency-key': key(2) },
    });
    assertError(anonymous, 401, 'unauthorized');
  });

  it('need an Idempotency-Key to start, and a replay answers the same chat', async () => {
    const t = chatSetup();
    const body = { locale: 'en', market: 'GB', recordingConsent: false };
    assertError(await t.call('POST', '/v1/chat/sessions', { body }), 400, 'validation_failed');
    const first = await t.call('POST', '/v1/chat/sessions', { body, headers: { 'idempotency-key': key(7) } });
    const again = await t.call('POST', '/v1/chat/sessions', { body, headers: { 'idempotency-key': key(7) } });
    assert.equal(first.status, 201);
    assert.equal(again.body.session.id, first.body.session.id);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
  });

  it("are only visible with their own chat token or their shopper's token", async () => {
    const t = chatSetup();
    const astrid = await t.login('astrid');
    const mine = await t.startChat({ token: astrid });
    const theirs = await t.startChat();
    assert.equal((await t.call('GET', `/v1/chat/sessions/${mine.id}`, { token: mine.token })).status, 200);
    assert.equal((await t.call('GET', `/v1/chat/sessions/${mine.id}`, { token: astrid })).status, 200);
    assertError(await t.call('GET', `/v1/chat/sessions/${mine.id}`, { token: theirs.token }), 404, 'not_found');
    assertError(await t.call('GET', `/v1/chat/sessions/${theirs.id}`, { token: astrid }), 404, 'not_found');
    assertError(await t.call('GET', `/v1/chat/sessions/${mine.id}`), 401, 'unauthorized');
    assertError(await t.call('GET', '/v1/chat/sessions/cht_doesnotexist', { token: mine.token }), 404, 'not_found');
  });
});

describe('chat messages', () => {
  it('get a per-session sequence and are answered by the assistant in order', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const sent = await t.say(chat, 'How do I return my order?', { id: 'shopper-msg-0001' });
    assert.equal(sent.status, 201);
    assert.ok(ChatMessage.safeParse(sent.body).success);
    assert.equal(sent.body.sequence, 2);
    assert.equal(sent.body.author, 'shopper');
    const { messages, session } = await t.transcript(chat);
    assert.deepEqual(
      messages.map((m) => m.sequence),
      [1, 2, 3],
    );
    assert.deepEqual(
      messages.map((m) => m.author),
      ['assistant', 'shopper', 'assistant'],
    );
    assert.equal(session.lastSequence, 3);
  });

  it('are deduplicated by their client id: the same id answers the stored message and adds nothing', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const first = await t.say(chat, 'How do I return my order?', { id: 'dedupe-msg-0001' });
    const again = await t.say(chat, 'How do I return my order?', { id: 'dedupe-msg-0001' });
    assert.equal(first.status, 201);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, first.body);
    const { messages } = await t.transcript(chat);
    assert.equal(messages.filter((m) => m.id === 'dedupe-msg-0001').length, 1);
    assert.equal(messages.length, 3, 'one question, one answer');
    assertError(await t.say(chat, 'Something else entirely', { id: 'dedupe-msg-0001' }), 409, 'conflict');
  });

  it('with the same Idempotency-Key are replayed, not stored twice', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const send = () =>
      t.call('POST', `/v1/chat/sessions/${chat.id}/messages`, {
        body: { id: 'idem-msg-00001', text: 'hello' },
        token: chat.token,
        headers: { 'idempotency-key': 'idem-msg-00001' },
      });
    const [a, b] = await Promise.all([send(), send()]);
    assert.equal(a.body.sequence, b.body.sequence);
    assert.equal((await t.transcript(chat)).messages.filter((m) => m.author === 'shopper').length, 1);
  });

  it('have card numbers redacted to the last four before they are stored or echoed; phones, references and dates stay', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const text = 'My card 4111 1111 1111 1111 was charged for SE-4K7M2QXP on 2026-11-18, call +46 70 174 06 05';
    const sent = await t.say(chat, text);
    assert.equal(sent.body.text, 'My card •••• 1111 was charged for SE-4K7M2QXP on 2026-11-18, call +46 70 174 06 05');
    assert.equal(sent.body.redacted, true);
    const { messages } = await t.transcript(chat);
    assert.ok(messages.every((m) => !m.text.includes('4111 1111 1111 1111')));
    const plain = await t.say(chat, 'Invalid 4111 1111 1111 1112 stays');
    assert.equal(plain.body.text, 'Invalid 4111 1111 1111 1112 stays');
    assert.equal(plain.body.redacted, false);
  });

  it('answer 400 for bad input in the one error shape', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    assertError(await t.say(chat, '   '), 400, 'validation_failed');
    assertError(await t.say(chat, 'hi', { id: 'short' }), 400, 'validation_failed');
    assertError(await t.say(chat, 'hi', { action: { id: 'act_nope', choice: 'yes' } }), 400, 'validation_failed');
    const greeting = await t.last(chat, 'assistant');
    const bad = await t.say(chat, 'hi', { action: { id: greeting.actions[0].id, choice: 'nonsense' } });
    assertError(bad, 400, 'validation_failed');
    assert.equal(bad.body.error.issues[0].path, 'body.action.choice');
  });

  it('are refused once the chat has ended', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    assert.equal((await t.call('POST', `/v1/chat/sessions/${chat.id}/csat`, { body: { rating: 5 }, token: chat.token })).status, 201);
    assertError(await t.say(chat, 'one more thing'), 409, 'conflict');
  });

  it('keep their token for the grace period after the chat ends, then refuse it although it was verified and remembered', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const read = () => t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token });
    assert.equal((await read()).status, 200);
    assert.equal((await t.call('POST', `/v1/chat/sessions/${chat.id}/csat`, { body: { rating: 5 }, token: chat.token })).status, 201);
    t.clock.advance((ENDED_CHAT_TOKEN_GRACE_S - 60) * 1000);
    assert.equal((await read()).status, 200);
    t.clock.advance(2 * 60 * 1000);
    assertError(await read(), 401, 'unauthorized');
  });
});

describe('chat event stream', () => {
  async function open(t: ReturnType<typeof chatSetup>, chat: { id: string; token: string }, init: { after?: number; lastEventId?: string } = {}) {
    const controller = new AbortController();
    const response = await t.app.request(`/v1/chat/sessions/${chat.id}/events${init.after !== undefined ? `?after=${init.after}` : ''}`, {
      headers: { authorization: `Bearer ${chat.token}`, ...(init.lastEventId !== undefined ? { 'last-event-id': init.lastEventId } : {}) },
      signal: controller.signal,
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    const stream = readStream(response.body!);
    await settle();
    return { stream, controller };
  }

  it('sends the session, replays every message, then streams live ones with their sequence as id', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    await t.say(chat, 'How do I return my order?');
    const { stream, controller } = await open(t, chat);
    assert.equal(stream.events[0]!.type, 'session');
    assert.deepEqual(
      stream.messages().map((m) => m.sequence),
      [1, 2, 3],
    );
    assert.deepEqual(stream.ids, ['1', '2', '3']);
    await t.say(chat, 'Why was I charged twice?');
    await settle();
    assert.deepEqual(
      stream.messages().map((m) => m.sequence),
      [1, 2, 3, 4, 5],
    );
    assert.ok(stream.events.some((e) => e.type === 'typing' && e.author === 'assistant'));
    for (const event of stream.events) assert.ok(ChatEvent.safeParse(event).success, JSON.stringify(event));
    controller.abort();
    await stream.finished;
  });

  it('resumes after Last-Event-ID on reconnect, without repeating or losing a message', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const first = await open(t, chat);
    await t.say(chat, 'How do I return my order?');
    await settle();
    const seen = first.stream.ids.at(-1)!;
    assert.equal(seen, '3');
    first.controller.abort();
    await first.stream.finished;
    // Written while the shopper was disconnected.
    await t.say(chat, 'Why was I charged twice?');
    const second = await open(t, chat, { lastEventId: seen, after: 0 });
    assert.deepEqual(
      second.stream.messages().map((m) => m.sequence),
      [4, 5],
    );
    const all = [...first.stream.messages(), ...second.stream.messages()].map((m) => m.sequence);
    assert.deepEqual(all, [1, 2, 3, 4, 5]);
    second.controller.abort();
    await second.stream.finished;
  });

  it('replays after the ?after= sequence, and rejects a Last-Event-ID that is not a sequence', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    await t.say(chat, 'How do I return my order?');
    const { stream, controller } = await open(t, chat, { after: 2 });
    assert.deepEqual(
      stream.messages().map((m) => m.sequence),
      [3],
    );
    controller.abort();
    await stream.finished;
    const bad = await t.call('GET', `/v1/chat/sessions/${chat.id}/events`, { token: chat.token, headers: { 'last-event-id': 'abc' } });
    assertError(bad, 400, 'validation_failed');
    assertError(await t.call('GET', `/v1/chat/sessions/${chat.id}/events?after=-1`, { token: chat.token }), 400, 'validation_failed');
  });

  it('sends heartbeat comments on the scheduler and stops everything when the client goes away', async () => {
    const t = chatSetup({ chatHeartbeatMs: 15_000 });
    const chat = await t.startChat();
    const { stream, controller } = await open(t, chat);
    assert.match(stream.raw, /^retry: \d+\n\n/);
    assert.equal(stream.comments.length, 0);
    await t.scheduler.advance(15_000);
    assert.equal(stream.comments.length, 1);
    await t.scheduler.advance(30_000);
    assert.equal(stream.comments.length, 3);
    assert.equal(t.chat.hub.listeners(chat.id), 1);
    controller.abort();
    await stream.finished;
    assert.equal(t.chat.hub.listeners(chat.id), 0);
    assert.equal(t.scheduler.size, 0, 'the heartbeat is cancelled');
  });

  it('closes when the reader cancels the body', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const { stream } = await open(t, chat);
    await stream.cancel();
    assert.equal(t.chat.hub.listeners(chat.id), 0);
    assert.equal(t.scheduler.size, 0);
  });
});

describe('chat transcript and CSAT', () => {
  it('gives the whole conversation with the session', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    await t.say(chat, 'How do I return my order?');
    const transcript = await t.transcript(chat);
    assert.ok(Transcript.safeParse(transcript).success);
    assert.equal(transcript.messages.length, 3);
    assert.equal(transcript.session.ticketId, chat.session.ticketId);
  });

  it('takes one rating from 1 to 5, ends the chat and rejects a second', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    assertError(await t.call('POST', `/v1/chat/sessions/${chat.id}/csat`, { body: { rating: 6 }, token: chat.token }), 400, 'validation_failed');
    const rated = await t.call('POST', `/v1/chat/sessions/${chat.id}/csat`, { body: { rating: 4, comment: 'quick' }, token: chat.token });
    assert.equal(rated.status, 201);
    assert.deepEqual(rated.body, { sessionId: chat.id, rating: 4, receivedAt: '2026-11-18T10:00:00.000Z' });
    assert.equal((await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body.status, 'ended');
    assertError(await t.call('POST', `/v1/chat/sessions/${chat.id}/csat`, { body: { rating: 1 }, token: chat.token }), 409, 'conflict');
  });
});
