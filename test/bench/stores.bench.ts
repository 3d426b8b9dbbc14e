/**
 * The API on its three stores, in one run, each server a process of its own as it runs in production:
 * the in-memory store (support/memory-api.ts), embedded PGlite (ASSIST_DATA_DIR in a temp folder) and
 * a PostgreSQL server (DATABASE_URL; a fresh database, dropped afterwards; the PostgreSQL rows are
 * "not available" without it).
 * - Throughput and latency of GET article, search, order (10 concurrent clients) and POST chat message
 *   (50 shoppers chatting at once, each in a chat of its own, a message a second each; then the same
 *   shoppers sending as fast as they are answered, for the most the server takes). Target: POST chat
 *   message on PostgreSQL with the 50 shoppers p95 ≤ 20 ms.
 * - Cross-instance chat delivery: three instances on one PostgreSQL database, the shopper's stream on
 *   one, the agent's reply posted to another; from sending the reply to the event arriving. Target:
 *   p95 ≤ 100 ms.
 * - Memory per 1,000 open event streams: the server's resident memory with 1,000 streams open on 100
 *   chats, less before (PostgreSQL, or PGlite without it).
 * The load generator shares the machine's cores with the servers: compare figures of one run.
 * Run: node --import tsx test/bench/run.ts stores   (ASSIST_BENCH_DURATION seconds per route and store, default 5)
 */
import { readFileSync } from 'node:fs';
import { ChatStream, DATABASE_URL, Processes, call, createDatabase, expectStatus, login, until, type ApiServer } from '../cluster/support.js';
import { envNumber, progress, runDirect, type BenchResult, type Row } from './support/report.js';
import { int, ms, percentiles, type Percentiles } from './support/stats.js';

const DURATION = envNumber('ASSIST_BENCH_DURATION', 5);
const GET_CLIENTS = 10;
const SHOPPERS = 50;
const DELIVERIES = envNumber('ASSIST_BENCH_DELIVERIES', 200);
const STREAMS = 1000;
const SHOPPER_PACE_MS = 1000;
const PACED_CHAT = 'POST chat message';
const TOKEN_SECRET = 'bench-stores-token-secret-0123456789abcdef';
const AGENT_TOKEN = 'demo-agent-token';
const CHAT_BODY = { locale: 'en', market: 'SE', topic: 'payments', recordingConsent: false };

interface Load {
  requestsPerSecond: number;
  latency: Percentiles;
  failed: number;
}

interface StoreFigures {
  store: string;
  routes: { name: string; load: Load }[];
}

export interface StoresData {
  durationSeconds: number;
  stores: StoreFigures[];
  delivery: Percentiles | null;
  streamMemoryMb: number;
}

/**
 * `clients` loops making `request(client, n)` for `seconds`; latency of every answer, failures counted.
 * `paceMs`: each client starts a request at most every `paceMs` (a shopper typing), else at once after the last.
 */
async function measure(clients: number, seconds: number, request: (client: number, n: number) => Promise<boolean>, paceMs = 0): Promise<Load> {
  const latencies: number[] = [];
  let failed = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      // Paced clients start spread over the first interval.
      if (paceMs > 0) await new Promise((resolve) => setTimeout(resolve, (paceMs * client) / clients));
      for (let n = 0; performance.now() < end; n++) {
        const t0 = performance.now();
        const ok = await request(client, n).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) failed++;
        const wait = paceMs - (performance.now() - t0);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }),
  );
  return { requestsPerSecond: latencies.length / ((performance.now() - started) / 1000), latency: percentiles(latencies), failed };
}

async function get(url: string, headers: Record<string, string> = {}): Promise<boolean> {
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  return response.status === 200;
}

async function routesOf(store: string, server: ApiServer): Promise<StoreFigures> {
  const base = server.url;
  const token = await login(base, 'astrid');
  const articles = (await expectStatus(200, base, 'GET', '/v1/help/articles?locale=en')).articles as { slug: string }[];
  const slug = articles.find((a) => a.slug === 'how-to-return')?.slug ?? articles[0]!.slug;
  const queries = ['return parcel', 'refund', 'extend due date', 'pay later', 'charged twice', 'retrun', 'late fee', 'cancel order'];
  const chats: { id: string; token: string }[] = [];
  for (let i = 0; i < SHOPPERS; i++) {
    const started = await expectStatus(201, base, 'POST', '/v1/chat/sessions', { token, key: `bench-${store}-chat-${i}`, body: CHAT_BODY });
    chats.push({ id: started.session.id as string, token: started.chatToken as string });
  }
  const routes: StoreFigures['routes'] = [];
  const run = async (name: string, clients: number, request: (client: number, n: number) => Promise<boolean>, paceMs = 0) => {
    progress(`stores: ${store}, ${name}, ${DURATION} s`);
    await measure(clients, 1, request, paceMs);
    routes.push({ name, load: await measure(clients, DURATION, request, paceMs) });
  };
  await run('GET article', GET_CLIENTS, () => get(`${base}/v1/help/articles/${slug}?locale=en`));
  await run('GET search', GET_CLIENTS, (_, n) => get(`${base}/v1/help/search?locale=en&q=${encodeURIComponent(queries[n % queries.length]!)}`));
  await run('GET order', GET_CLIENTS, () => get(`${base}/v1/orders/ord_se_outdoor`, { authorization: `Bearer ${token}` }));
  let sent = 0;
  const say = async (client: number) => {
    const chat = chats[client]!;
    const answer = await call(base, 'POST', `/v1/chat/sessions/${chat.id}/messages`, { token: chat.token, body: { id: `bench-${store}-${++sent}`, text: 'Where is my refund?' } });
    return answer.status === 201;
  };
  // The target: 50 shoppers chatting at once, each sending a message every SHOPPER_PACE_MS.
  await run(`${PACED_CHAT} (${SHOPPERS} shoppers, one message each per ${SHOPPER_PACE_MS / 1000} s)`, SHOPPERS, say, SHOPPER_PACE_MS);
  // The most it takes: the same shoppers sending as fast as they are answered.
  await run(`POST chat message, saturated (${SHOPPERS} shoppers)`, SHOPPERS, say);
  return { store, routes };
}

/** Resident memory of a process, from /proc. */
function rssMb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

async function crossInstance(servers: ApiServer[]): Promise<Percentiles> {
  const [a, b] = servers as [ApiServer, ApiServer];
  const started = await expectStatus(201, a.url, 'POST', '/v1/chat/sessions', { token: await login(a.url, 'astrid'), key: 'bench-delivery-chat', body: CHAT_BODY });
  const chat = { id: started.session.id as string, token: started.chatToken as string };
  for (const server of servers) await expectStatus(200, server.url, 'POST', '/__admin/chat/agent', { body: { behaviour: 'none' } });
  await expectStatus(200, b.url, 'POST', `/v1/chat/sessions/${chat.id}/escalate`, { token: chat.token, body: {} });
  await expectStatus(200, b.url, 'POST', `/v1/agent/sessions/${chat.id}/claim`, { token: AGENT_TOKEN, body: {} });
  const samples: number[] = [];
  let last: string | null = null;
  for (let i = 0; i < DELIVERIES; i++) {
    // The stream on one instance, the reply through another, in turn over the three.
    const streamOn = servers[i % servers.length]!;
    const postTo = servers[(i + 1) % servers.length]!;
    const stream: ChatStream = new ChatStream(streamOn.url, chat, last);
    await stream.opened;
    await until(() => stream.events.some((e) => e.type === 'session'), 'the session event', 10_000, 1);
    const id = `bench-delivery-${String(i).padStart(4, '0')}`;
    const t0 = performance.now();
    await expectStatus(201, postTo.url, 'POST', `/v1/agent/sessions/${chat.id}/messages`, { token: AGENT_TOKEN, body: { id, text: `Reply ${i}` } });
    await until(() => stream.events.some((e) => e.type === 'message' && e.message?.id === id), `delivery ${i}`, 10_000, 1);
    samples.push(performance.now() - t0);
    await stream.drop();
    last = stream.lastEventId;
  }
  return percentiles(samples);
}

async function streamMemory(server: ApiServer): Promise<number> {
  const chats: { id: string; token: string }[] = [];
  const token = await login(server.url, 'astrid');
  for (let i = 0; i < STREAMS / 10; i++) {
    const started = await expectStatus(201, server.url, 'POST', '/v1/chat/sessions', { token, key: `bench-memory-chat-${i}`, body: CHAT_BODY });
    chats.push({ id: started.session.id as string, token: started.chatToken as string });
  }
  const pid = server.child.pid!;
  const before = rssMb(pid);
  const streams: ChatStream[] = [];
  for (let i = 0; i < STREAMS; i++) streams.push(new ChatStream(server.url, chats[i % chats.length]!, null));
  await Promise.all(streams.map((s) => s.opened));
  await until(() => streams.every((s) => s.events.some((e) => e.type === 'session')), 'every stream has its session', 60_000, 50);
  const during = rssMb(pid);
  await Promise.all(streams.map((s) => s.drop()));
  return during - before;
}

export async function run(): Promise<BenchResult<StoresData>> {
  const processes = new Processes();
  const stores: StoreFigures[] = [];
  let delivery: Percentiles | null = null;
  let streamMemoryMb: number;
  let dropDatabase: (() => Promise<void>) | undefined;
  try {
    const memory = await processes.server(
      { ASSIST_TOKEN_SECRET: TOKEN_SECRET },
      { name: 'memory', command: [process.execPath, '--import', 'tsx', 'test/bench/support/memory-api.ts'] },
    );
    stores.push(await routesOf('memory', memory));
    await memory.stop();
    const pglite = await processes.server({ ASSIST_DATA_DIR: processes.tempDir(), ASSIST_TOKEN_SECRET: TOKEN_SECRET }, { name: 'pglite' });
    stores.push(await routesOf('PGlite', pglite));
    if (DATABASE_URL) {
      await pglite.stop();
      const database = await createDatabase(DATABASE_URL);
      dropDatabase = database.drop;
      const env = { DATABASE_URL: database.url, ASSIST_TOKEN_SECRET: TOKEN_SECRET };
      const first = await processes.server(env, { name: 'pg-a' });
      stores.push(await routesOf('PostgreSQL', first));
      const servers = [first, ...(await Promise.all([processes.server(env, { name: 'pg-b' }), processes.server(env, { name: 'pg-c' })]))];
      progress(`stores: cross-instance delivery, ${DELIVERIES} replies`);
      delivery = await crossInstance(servers);
      progress(`stores: memory of ${STREAMS} open streams`);
      await Promise.all(servers.map((server) => server.stop()));
      streamMemoryMb = await streamMemory(await processes.server(env, { name: 'pg-streams' }));
    } else {
      progress(`stores: memory of ${STREAMS} open streams (PGlite)`);
      const dir = processes.tempDir();
      await pglite.stop();
      streamMemoryMb = await streamMemory(await processes.server({ ASSIST_DATA_DIR: dir, ASSIST_TOKEN_SECRET: TOKEN_SECRET }, { name: 'pglite-streams' }));
    }
  } finally {
    await processes.close();
    await dropDatabase?.();
  }

  const section = `stores (${DURATION} s per route)`;
  const rows: Row[] = [];
  for (const { store, routes } of stores) {
    for (const { name, load } of routes) {
      const pgChat = store === 'PostgreSQL' && name.startsWith(`${PACED_CHAT} (`);
      rows.push({
        section,
        name: `${name} · ${store}`,
        value: `${int(load.requestsPerSecond)} req/s · p50 ${ms(load.latency.p50)} · p95 ${ms(load.latency.p95)}${load.failed ? ` · ${load.failed} failed` : ''}`,
        ...(pgChat
          ? { budget: 'p95 ≤ 20 ms', status: load.latency.p95 <= 20 && load.failed === 0 ? ('ok' as const) : ('over' as const) }
          : { status: load.failed ? ('over' as const) : ('info' as const) }),
      });
    }
  }
  if (!DATABASE_URL) rows.push({ section, name: 'PostgreSQL rows and cross-instance delivery', value: 'DATABASE_URL is not set', status: 'not available' });
  if (delivery) {
    rows.push({
      section,
      name: `cross-instance chat delivery (3 instances, ${DELIVERIES} replies)`,
      value: `p50 ${ms(delivery.p50)} · p95 ${ms(delivery.p95)}`,
      budget: 'p95 ≤ 100 ms',
      status: delivery.p95 <= 100 ? 'ok' : 'over',
    });
  }
  rows.push({
    section,
    name: `memory per ${int(STREAMS)} open event streams (${DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`,
    value: `${streamMemoryMb.toFixed(1)} MB resident`,
    status: 'info',
  });

  return { name: 'stores', rows, data: { durationSeconds: DURATION, stores, delivery, streamMemoryMb } };
}

await runDirect(import.meta.url, run);
