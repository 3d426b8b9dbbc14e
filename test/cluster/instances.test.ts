import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import {
  AGENT_TOKEN,
  ChatStream,
  DATABASE_URL,
  HAPROXY_MISSING,
  NO_POSTGRES,
  Processes,
  call,
  createDatabase,
  expectStatus,
  login,
  until,
  type ApiServer,
  type Balancer,
} from './support.js';

/**
 * Three server processes on one PostgreSQL database behind HAProxy (round-robin): any instance serves
 * any chat, a stream resumes on another instance from its Last-Event-ID, an instance killed with
 * SIGKILL loses nothing, concurrent duplicates of one Idempotency-Key spread over the instances make
 * one effect, and each deadline that comes due is applied (and sent to the merchant) once.
 */

const skip = DATABASE_URL ? HAPROXY_MISSING : NO_POSTGRES;
const TOKEN_SECRET = 'cluster-instances-token-secret-0123456789';

interface Chat {
  id: string;
  token: string;
}

interface Message {
  id: string;
  sequence: number;
  author: string;
}

describe('three instances behind a load balancer', { skip }, () => {
  const processes = new Processes();
  let servers: ApiServer[] = [];
  let lb: Balancer;
  let dropDatabase: (() => Promise<void>) | undefined;
  let n = 0;
  const webhooks: { id: string; type: string; body: { data: Record<string, { id: string }> } }[] = [];

  before(async () => {
    const database = await createDatabase(DATABASE_URL!);
    dropDatabase = database.drop;
    const receiver = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        webhooks.push({ id: String(request.headers['assist-event-id']), type: String(request.headers['assist-event-type']), body: JSON.parse(text) });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    processes.onClose(() => new Promise((resolve) => receiver.close(() => resolve())));

    const env = { DATABASE_URL: database.url, ASSIST_TOKEN_SECRET: TOKEN_SECRET };
    // All three start together on the empty database: one of them seeds it.
    servers = await Promise.all(['api-a', 'api-b', 'api-c'].map((name) => processes.server(env, { name })));
    // Agents answer through the agent routes, not the simulated agent (a setting of each process).
    for (const server of servers) await expectStatus(200, server.url, 'POST', '/__admin/chat/agent', { body: { behaviour: 'none' } });
    lb = await processes.balancer(servers);
    await expectStatus(200, lb.url, 'POST', '/__admin/webhooks', { body: { url: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks` } });
  });

  after(async () => {
    await processes.close();
    await dropDatabase?.();
  });

  const key = (what: string) => `cluster-${what}-${String(++n).padStart(4, '0')}`;
  // A fresh token each time: a test further down moves every instance's clock past a token's life.
  const shopper = () => login(lb.url, 'astrid');

  // Chats are started by a verified shopper: anonymous starts are limited per address, and every
  // request here comes from the balancer's one address.
  async function startChat(): Promise<Chat> {
    const started = await expectStatus(201, lb.url, 'POST', '/v1/chat/sessions', {
      token: await shopper(),
      key: key('chat'),
      body: { locale: 'en', market: 'SE', topic: 'payments', recordingConsent: false },
    });
    const chat = { id: started.session.id as string, token: started.chatToken as string };
    await expectStatus(200, lb.url, 'POST', `/v1/chat/sessions/${chat.id}/escalate`, { token: chat.token, body: { reason: 'shopper_request' } });
    await expectStatus(200, lb.url, 'POST', `/v1/agent/sessions/${chat.id}/claim`, { token: AGENT_TOKEN, body: { agentName: 'Alex' } });
    return chat;
  }

  /** An agent's reply through the balancer: answers the message and the instance that stored it. */
  async function agentSays(chat: Chat, text: string): Promise<{ id: string; servedBy: string }> {
    const answer = await call(lb.url, 'POST', `/v1/agent/sessions/${chat.id}/messages`, { token: AGENT_TOKEN, body: { id: key('agent'), text } });
    assert.equal(answer.status, 201, answer.text);
    return { id: answer.body.id as string, servedBy: answer.headers.get('assist-served-by') ?? '' };
  }

  async function shopperSays(chat: Chat, text: string): Promise<{ id: string; servedBy: string }> {
    const answer = await call(lb.url, 'POST', `/v1/chat/sessions/${chat.id}/messages`, { token: chat.token, body: { id: key('shopper'), text } });
    assert.equal(answer.status, 201, answer.text);
    return { id: answer.body.id as string, servedBy: answer.headers.get('assist-served-by') ?? '' };
  }

  async function transcript(chat: Chat): Promise<Message[]> {
    return (await expectStatus(200, lb.url, 'GET', `/v1/chat/sessions/${chat.id}/transcript`, { token: chat.token })).messages as Message[];
  }

  /** Every message received over all the streams, in arrival order, is the stored conversation: none lost, none twice, in order. */
  function assertDelivered(received: Message[], stored: Message[]): void {
    const seen = new Set<string>();
    const twice = received.filter((m) => seen.has(m.id) || !seen.add(m.id));
    assert.deepEqual(
      twice.map((m) => `${m.sequence}:${m.id}`),
      [],
      'messages delivered twice',
    );
    assert.deepEqual(
      received.map((m) => `${m.sequence}:${m.id}`),
      stored.map((m) => `${m.sequence}:${m.id}`),
      'the messages received over the streams are the stored conversation, in order',
    );
    assert.deepEqual(
      stored.map((m) => m.sequence),
      stored.map((_, i) => i + 1),
      'stored sequences have no gaps',
    );
  }

  it('loses nothing and delivers nothing twice over 100 stream drops, with reconnects and replies on any instance', async (t) => {
    const chat = await startChat();
    const received: Message[] = [];
    const streamedBy = new Map<string, number>();
    let crossInstance = 0;
    let lastEventId: string | null = null;
    const waitFor = (stream: ChatStream, id: string) =>
      until(
        () => stream.messages().some((m) => m.id === id),
        () => `message ${id} did not arrive on the stream (served by ${stream.servedBy})`,
      );

    for (let drop = 0; drop < 100; drop++) {
      const stream: ChatStream = new ChatStream(lb.url, chat, lastEventId);
      await stream.opened;
      streamedBy.set(stream.servedBy, (streamedBy.get(stream.servedBy) ?? 0) + 1);
      const pending: string[] = [];
      // A varying number of requests per round, so round-robin puts the next stream on another instance.
      if (drop % 3 !== 2) {
        const reply = await agentSays(chat, `Reply ${drop}`);
        if (reply.servedBy !== stream.servedBy) crossInstance++;
        await waitFor(stream, reply.id);
        if (drop % 3 === 1) await waitFor(stream, (await shopperSays(chat, `Thanks ${drop}`)).id);
      }
      await stream.drop();
      received.push(...stream.messages());
      lastEventId = stream.lastEventId ?? lastEventId;
      // While the shopper is offline, the agent goes on writing: the next stream brings it.
      if (drop % 3 === 2) pending.push((await agentSays(chat, `Sent while offline ${drop}`)).id);
      if (pending.length > 0) {
        const next: ChatStream = new ChatStream(lb.url, chat, lastEventId);
        await next.opened;
        for (const id of pending) await waitFor(next, id);
        await next.drop();
        received.push(...next.messages());
        lastEventId = next.lastEventId ?? lastEventId;
      }
    }
    const stored = await transcript(chat);
    t.diagnostic(
      `streams per instance: ${JSON.stringify(Object.fromEntries(streamedBy))}; ${crossInstance} replies stored on another instance than the stream's; ${stored.length} messages`,
    );
    assertDelivered(received, stored);
    assert.deepEqual([...streamedBy.keys()].sort(), servers.map((s) => s.name).sort(), 'every instance served streams');
    assert.ok(crossInstance >= 20, `replies went through other instances than the stream's (${crossInstance})`);
  });

  it('answers 60 shoppers writing at once, more than the instances have database connections', async () => {
    const token = await shopper();
    const chats = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const started = await expectStatus(201, lb.url, 'POST', '/v1/chat/sessions', {
          token,
          key: `cluster-crowd-${i}`,
          body: { locale: 'en', market: 'SE', topic: 'payments', recordingConsent: false },
        });
        return { id: started.session.id as string, token: started.chatToken as string };
      }),
    );
    const started = performance.now();
    const answers = await Promise.all(
      chats.map((chat) => call(lb.url, 'POST', `/v1/chat/sessions/${chat.id}/messages`, { token: chat.token, body: { id: key('crowd'), text: 'Where is my refund?' } })),
    );
    assert.deepEqual(
      answers.filter((a) => a.status !== 201).map((a) => `${a.status} ${a.text}`),
      [],
      'every message is taken',
    );
    // Each message is answered by the assistant within the request; none waits for a connection that never comes.
    assert.ok(performance.now() - started < 8_000, `60 messages took ${Math.round(performance.now() - started)} ms`);
  });

  it('makes one effect from 200 concurrent duplicates of one Idempotency-Key spread over the instances', async () => {
    const token = await login(lb.url, 'astrid');
    const body = { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'wrong_size', method: 'drop_off' };
    const before = (await expectStatus(200, lb.url, 'GET', '/v1/orders/ord_se_outdoor/returns', { token })).returns as { id: string }[];
    const answers = await Promise.all(Array.from({ length: 200 }, () => call(lb.url, 'POST', '/v1/returns', { token, key: 'cluster-duplicates-0001', body })));
    const statuses = new Map<number, number>();
    for (const answer of answers) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(statuses), { 201: 200 }, answers.find((a) => a.status !== 201)?.text);
    const ids = new Set(answers.map((a) => a.body.id as string));
    assert.equal(ids.size, 1, 'every answer is the same return');
    const servedBy = new Set(answers.map((a) => a.headers.get('assist-served-by')));
    assert.equal(servedBy.size, 3, 'the duplicates went to every instance');
    assert.equal(answers.filter((a) => a.headers.get('idempotent-replayed') !== 'true').length, 1, 'one first answer, 199 replays');
    const afterwards = (await expectStatus(200, lb.url, 'GET', '/v1/orders/ord_se_outdoor/returns', { token })).returns as { id: string }[];
    assert.equal(afterwards.length, before.length + 1, 'one return more');
    const [id] = ids;
    await until(() => webhooks.some((w) => w.type === 'return.reported' && w.body.data.return?.id === id), 'the return.reported webhook');
    const log = await expectStatus(200, lb.url, 'GET', '/__admin/webhooks?limit=200');
    assert.equal(
      webhooks.filter((w) => w.type === 'return.reported' && w.body.data.return?.id === id).length,
      1,
      `one return.reported event: ${JSON.stringify(log.deliveries.filter((d: { type: string }) => d.type === 'return.reported'))}`,
    );
  });

  it('applies each deadline that comes due once, on one instance, and sends its webhook once', async () => {
    // Returns that nobody registers become investigations after 21 days: the seeded one, the one of the
    // test before, and one more on another order of the same shopper's.
    const token = await login(lb.url, 'astrid');
    const boots = { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_1', quantity: 1 }], reason: 'damaged', method: 'drop_off' };
    await expectStatus(201, lb.url, 'POST', '/v1/returns', { token, key: key('due'), body: boots });
    const returns = (await expectStatus(200, lb.url, 'GET', '/__admin/returns?limit=200')).returns as { id: string; status: string }[];
    const open = returns.filter((r) => ['reported', 'in_transit', 'received'].includes(r.status)).map((r) => r.id);
    assert.ok(open.length >= 3, `returns waiting for their deadline: ${JSON.stringify(returns.map((r) => [r.id, r.status]))}`);
    const sent = webhooks.length;

    // 22 days later on every instance: each one's job poll finds the same due jobs.
    const later = new Date(Date.now() + 22 * 86_400_000).toISOString();
    await Promise.all(servers.map((server) => expectStatus(200, server.url, 'POST', '/__admin/clock', { body: { now: later } })));
    await until(
      () => open.every((id) => webhooks.some((w) => w.type === 'return.investigation_opened' && w.body.data.return?.id === id)),
      () => `investigations opened: ${JSON.stringify(webhooks.slice(sent).map((w) => [w.type, Object.values(w.body.data)[0]?.id]))}`,
      30_000,
    );
    // Nothing is left to apply: a tick on every instance changes nothing.
    for (const server of servers) {
      const { returns: changedReturns, problems: changedProblems } = await expectStatus(200, server.url, 'POST', '/__admin/tick', { body: {} });
      assert.deepEqual({ changedReturns, changedProblems }, { changedReturns: 0, changedProblems: 0 }, `nothing left to apply on ${server.name}`);
    }
    await until(async () => {
      const log = await expectStatus(200, lb.url, 'GET', '/__admin/webhooks?limit=200');
      return log.deliveries.every((d: { state: string }) => d.state !== 'pending');
    }, 'every delivery made');
    const due = webhooks.slice(sent);
    const events = due.map((w) => `${w.type} ${Object.values(w.body.data)[0]?.id}`);
    const twice = events.filter((e, i) => events.indexOf(e) !== i);
    assert.deepEqual(twice, [], `transitions applied more than once: ${JSON.stringify(events)}`);
    const ids = due.map((w) => w.id);
    assert.equal(new Set(ids).size, ids.length, 'no event was delivered twice');
    const after = (await expectStatus(200, lb.url, 'GET', '/__admin/returns?limit=200')).returns as { id: string; status: string }[];
    for (const id of open) assert.equal(after.find((r) => r.id === id)?.status, 'investigation', `return ${id}`);
  });

  it('goes on after kill -9 of the instance serving the chat: the stream resumes elsewhere, nothing lost', async () => {
    const chat = await startChat();
    const received: Message[] = [];
    let stream = new ChatStream(lb.url, chat, null);
    await stream.opened;
    const first = await agentSays(chat, 'Let me look at your order');
    await until(() => stream.messages().some((m) => m.id === first.id), 'the first reply');
    const victim = servers.find((s) => s.name === stream.servedBy);
    assert.ok(victim, `the stream names its instance: ${stream.servedBy}`);
    await victim.kill();
    // The stream breaks with the process; the shopper reconnects from the last event through the balancer.
    await until(() => stream.closed, 'the stream of the killed instance ends');
    received.push(...stream.messages());
    const shopper = await shopperSays(chat, 'Are you still there?');
    assert.notEqual(shopper.servedBy, victim.name);
    stream = new ChatStream(lb.url, chat, stream.lastEventId);
    await stream.opened;
    assert.notEqual(stream.servedBy, victim.name, 'the stream resumes on a live instance');
    const replies: { id: string; servedBy: string }[] = [];
    for (let i = 0; i < 6; i++) replies.push(await agentSays(chat, `Still here ${i}`));
    await until(() => [shopper, ...replies].every((r) => stream.messages().some((m) => m.id === r.id)), 'the chat goes on');
    await stream.drop();
    received.push(...stream.messages());
    assertDelivered(received, await transcript(chat));
    assert.ok(replies.every((r) => r.servedBy !== victim.name));
  });
});
