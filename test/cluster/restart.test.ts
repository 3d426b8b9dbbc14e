import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, describe, it } from 'node:test';
import { ChatStream, DATABASE_URL, NO_POSTGRES, Processes, call, createDatabase, expectStatus, login, until, type ApiServer, type ServerEnv } from './support.js';

/**
 * A server process is stopped and started again on the same database (embedded PGlite in a folder, and
 * a PostgreSQL server): a return, a problem, a chat with its messages, a callback, a due-date extension
 * and the webhook settings with a delivery waiting for its retry are all still there, and requests
 * sent again with an Idempotency-Key from before the restart replay their first answer.
 */

const TOKEN_SECRET = 'cluster-restart-token-secret-0123456789';

/** A merchant endpoint that is down: every delivery fails, so the next attempt waits in the store. */
async function brokenReceiver(): Promise<{ url: string; received: { id: string; type: string; attempt: string }[]; close: () => Promise<void> }> {
  const received: { id: string; type: string; attempt: string }[] = [];
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received.push({
        id: String(request.headers['assist-event-id']),
        type: String(request.headers['assist-event-type']),
        attempt: String(request.headers['assist-delivery-attempt']),
      });
      response.writeHead(500).end('down for maintenance');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The next weekday (from tomorrow) at 13:00-13:30 UTC: within Swedish phone hours. Holidays are skipped by the caller. */
function windows(): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  const day = new Date();
  while (out.length < 4) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    const date = day.toISOString().slice(0, 10);
    out.push({ start: `${date}T13:00:00.000Z`, end: `${date}T13:30:00.000Z` });
  }
  return out;
}

async function survivesARestart(env: ServerEnv, processes: Processes): Promise<void> {
  const receiver = await brokenReceiver();
  processes.onClose(receiver.close);
  const settings = { ...env, ASSIST_TOKEN_SECRET: TOKEN_SECRET };
  let server: ApiServer = await processes.server(settings, { name: 'before' });
  const api = () => server.url;

  await expectStatus(200, api(), 'POST', '/__admin/webhooks', { body: { url: receiver.url, secret: 'restart-webhook-secret' } });
  await expectStatus(200, api(), 'POST', '/__admin/chat/agent', { body: { behaviour: 'none' } });

  const astrid = await login(api(), 'astrid');
  const jonas = await login(api(), 'jonas');
  // Before the return: a return in progress holds the instalments back.
  const extendBody = { instalmentId: 'ins_se_outdoor_2', days: 7 };
  const extended = await expectStatus(200, api(), 'POST', '/v1/orders/ord_se_outdoor/payment-plan/extend', { token: astrid, key: 'restart-extend-1', body: extendBody });
  const movedTo = extended.instalment.dueDate as string;
  const returnBody = { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'wrong_size', method: 'drop_off' };
  const created = await expectStatus(201, api(), 'POST', '/v1/returns', { token: astrid, key: 'restart-return-1', body: returnBody });
  const problemBody = {
    orderId: 'ord_de_twice',
    type: 'charged_twice',
    description: 'I was charged twice for the headphones: two charges of 129.99 on my card.',
  };
  const problem = await expectStatus(201, api(), 'POST', '/v1/problems', { token: jonas, key: 'restart-problem-1', body: problemBody });

  const chatBody = { locale: 'en', market: 'SE', topic: 'returns', recordingConsent: false };
  const started = await expectStatus(201, api(), 'POST', '/v1/chat/sessions', { token: astrid, key: 'restart-chat-1', body: chatBody });
  const chat = { id: started.session.id as string, token: started.chatToken as string };
  for (const [n, text] of ['Hi!', 'Where is my refund?'].entries()) {
    await expectStatus(201, api(), 'POST', `/v1/chat/sessions/${chat.id}/messages`, { token: chat.token, body: { id: `restart-msg-${n}`, text } });
  }
  let callback: { reference: string; window: unknown } | undefined;
  let callbackBody: unknown;
  const refusals: string[] = [];
  for (const window of windows()) {
    callbackBody = { phone: '+46 70 174 06 05', market: 'SE', topic: 'returns', window, chatSessionId: chat.id };
    const answer = await call(api(), 'POST', '/v1/callbacks', { token: chat.token, key: `restart-callback-${window.start.slice(0, 10)}`, body: callbackBody });
    if (answer.status === 201) {
      callback = { ...answer.body, key: `restart-callback-${window.start.slice(0, 10)}` };
      break;
    }
    assert.equal(answer.status, 400, answer.text);
    assert.equal(answer.body.error.issues[0].path, 'body.window', answer.text);
    refusals.push(answer.text);
  }
  assert.ok(callback, `a callback is booked on one of the next weekdays: ${refusals.join('; ')}`);
  const callbackKey = (callback as unknown as { key: string }).key;
  const before = await expectStatus(200, api(), 'GET', `/v1/chat/sessions/${chat.id}/transcript`, { token: chat.token });
  assert.ok(before.messages.length >= 4, `the chat has the shopper's messages and the answers: ${JSON.stringify(before.messages)}`);
  assert.ok(
    before.messages.some((m: { text: string }) => m.text.includes(callback.reference)),
    'the chat tells the shopper about the callback',
  );

  // The merchant's endpoint failed the first attempts: their retries wait in the store.
  await until(() => receiver.received.some((r) => r.type === 'problem.reported') && receiver.received.some((r) => r.type === 'return.reported'), 'the first delivery attempts');
  const pending = await until(async () => {
    const log = await expectStatus(200, api(), 'GET', '/__admin/webhooks');
    const waiting = log.deliveries.filter((d: { state: string; attempts: unknown[] }) => d.state === 'pending' && d.attempts.length === 1);
    return waiting.length >= 2 ? waiting : null;
  }, 'deliveries pending a retry after one failed attempt');

  const returnsBefore = await expectStatus(200, api(), 'GET', '/v1/orders/ord_se_outdoor/returns', { token: astrid });
  const stopped = await server.stop();
  assert.equal(stopped.code, 0, `a stop on SIGTERM exits 0:\n${server.log}`);
  server = await processes.server(settings, { name: 'after' });

  // Everything is still there.
  const again = await expectStatus(200, api(), 'GET', `/v1/returns/${created.id}`, { token: astrid });
  assert.equal(again.id, created.id);
  assert.equal(again.status, created.status);
  assert.deepEqual(again.items, created.items);
  const problemAgain = await expectStatus(200, api(), 'GET', `/v1/problems/${problem.id}`, { token: jonas });
  assert.equal(problemAgain.status, problem.status);
  const plan = await expectStatus(200, api(), 'GET', '/v1/orders/ord_se_outdoor/payment-plan', { token: astrid });
  const instalment = plan.instalments.find((i: { id: string }) => i.id === 'ins_se_outdoor_2');
  assert.equal(instalment.dueDate, movedTo, 'the extended due date');
  assert.ok(instalment.originalDueDate, 'the original due date is kept');
  const after = await expectStatus(200, api(), 'GET', `/v1/chat/sessions/${chat.id}/transcript`, { token: chat.token });
  assert.deepEqual(
    after.messages.map((m: { id: string; sequence: number; text: string }) => `${m.sequence}:${m.id}:${m.text}`),
    before.messages.map((m: { id: string; sequence: number; text: string }) => `${m.sequence}:${m.id}:${m.text}`),
    'the chat, message for message',
  );
  const settingsAfter = await expectStatus(200, api(), 'GET', '/__admin/webhooks');
  assert.equal(settingsAfter.url, receiver.url, 'the webhook endpoint');
  for (const waiting of pending) {
    const found = settingsAfter.deliveries.find((d: { eventId: string }) => d.eventId === waiting.eventId);
    assert.ok(found, `delivery ${waiting.eventId} is still logged`);
    assert.ok(found.state === 'pending' || found.attempts.length > 1, `delivery ${waiting.eventId} still waits for its retry: ${JSON.stringify(found)}`);
    assert.ok(found.nextAttemptAt === null || found.nextAttemptAt === waiting.nextAttemptAt || found.attempts.length > 1, 'the planned retry time is kept');
  }

  // A stream resumes from an event id given before the restart.
  const stream = new ChatStream(api(), chat, String(before.messages.at(-2).sequence));
  await until(() => stream.messages().length >= 1, 'the stream resumes after the last event seen');
  assert.deepEqual(
    stream.messages().map((m) => m.id),
    [before.messages.at(-1).id],
  );
  await stream.drop();

  // Keys from before the restart replay the first answers and change nothing.
  const replays = [
    await call(api(), 'POST', '/v1/returns', { token: astrid, key: 'restart-return-1', body: returnBody }),
    await call(api(), 'POST', '/v1/problems', { token: jonas, key: 'restart-problem-1', body: problemBody }),
    await call(api(), 'POST', '/v1/orders/ord_se_outdoor/payment-plan/extend', { token: astrid, key: 'restart-extend-1', body: extendBody }),
    await call(api(), 'POST', '/v1/chat/sessions', { token: astrid, key: 'restart-chat-1', body: chatBody }),
    await call(api(), 'POST', '/v1/callbacks', { token: chat.token, key: callbackKey, body: callbackBody }),
  ];
  for (const replay of replays) assert.equal(replay.headers.get('idempotent-replayed'), 'true', `a replay: ${replay.status} ${replay.text}`);
  assert.equal(replays[0]!.body.id, created.id);
  assert.equal(replays[1]!.body.id, problem.id);
  assert.equal(replays[3]!.body.session.id, chat.id);
  assert.equal(replays[4]!.body.reference, callback.reference);
  const returns = await expectStatus(200, api(), 'GET', '/v1/orders/ord_se_outdoor/returns', { token: astrid });
  assert.deepEqual(
    returns.returns.map((r: { id: string }) => r.id),
    returnsBefore.returns.map((r: { id: string }) => r.id),
    'no return was added by the replay',
  );
  const stoppedAgain = await server.stop();
  assert.equal(stoppedAgain.code, 0, server.log);
}

describe('a restart keeps every record', () => {
  const processes = new Processes();
  const dropped: (() => Promise<void>)[] = [];
  after(async () => {
    await processes.close();
    for (const drop of dropped) await drop();
  });

  it('on embedded PGlite (ASSIST_DATA_DIR)', async () => {
    await survivesARestart({ ASSIST_DATA_DIR: processes.tempDir() }, processes);
  });

  it('on PostgreSQL (DATABASE_URL)', { skip: DATABASE_URL ? false : NO_POSTGRES }, async () => {
    const database = await createDatabase(DATABASE_URL!);
    dropped.push(database.drop);
    await survivesARestart({ DATABASE_URL: database.url }, processes);
  });
});
