import { serve } from '@hono/node-server';
import { ShiftableClock } from './clock.js';
import { createApp, DEMO_AGENT_TOKEN, DEMO_MERCHANT_SECRET } from './app.js';
import { closeAllStreams } from './chat/stream.js';
import { planPurge } from './jobs/purge.js';
import { describeDatabase, openStore } from './store/open.js';
import type { SqlStore } from './store/sql/store.js';

/**
 * The reference API as a real server: `pnpm serve:api` (127.0.0.1:8787), or `node mock-server/dist/node.js`
 * once built. Environment: PORT, HOST, DATABASE_URL (a PostgreSQL server; embedded PGlite under
 * ASSIST_DATA_DIR, default .assist-data/, without it), ASSIST_CORS_ORIGINS (comma-separated),
 * ASSIST_MERCHANT_SECRET, ASSIST_AGENT_TOKEN, ASSIST_TOKEN_SECRET, ASSIST_ADMIN=0 to leave out the QA
 * admin routes, ASSIST_VALIDATE_RESPONSES=1 to check every response against the contract (off here, as
 * in production: the tests, the browser mock and `createApp()` keep it on), ASSIST_SHUTDOWN_MS (how
 * long SIGTERM waits for requests in flight, default 10000).
 */
const env = process.env;
const port = Number(env.PORT ?? 8787);
const hostname = env.HOST ?? '127.0.0.1';
const clock = new ShiftableClock();

let store: SqlStore;
try {
  store = await openStore(env, clock, 'default');
} catch (error) {
  console.error(`Assist API cannot start. ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const assist = createApp({
  clock,
  store,
  merchantSecret: env.ASSIST_MERCHANT_SECRET ?? DEMO_MERCHANT_SECRET,
  agentTokens: new Set([env.ASSIST_AGENT_TOKEN ?? DEMO_AGENT_TOKEN]),
  ...(env.ASSIST_TOKEN_SECRET ? { tokenSecret: env.ASSIST_TOKEN_SECRET } : {}),
  ...(env.ASSIST_CORS_ORIGINS ? { corsOrigins: env.ASSIST_CORS_ORIGINS.split(',').map((o) => o.trim()) } : {}),
  admin: env.ASSIST_ADMIN !== '0',
  validateResponses: env.ASSIST_VALIDATE_RESPONSES === '1',
});
assist.startJobs();
await planPurge(assist.deps);

const server = serve({ fetch: assist.app.fetch, port, hostname }, (info) => {
  console.log(`Assist API listening on http://${info.address}:${info.port} (OpenAPI: /openapi.json), data in ${describeDatabase(env)}`);
});

/**
 * Stops gracefully: no new connections, open event streams end (their clients reconnect, to another
 * instance behind a load balancer, from their last event id), requests in flight finish, jobs under
 * way finish, then the database closes. A second signal, or the deadline, stops at once.
 */
let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) process.exit(1);
  stopping = true;
  const deadline = setTimeout(
    () => {
      console.error(`Assist API: requests still running after ${signal}; stopping anyway`);
      process.exit(1);
    },
    Number(env.ASSIST_SHUTDOWN_MS ?? 10_000),
  );
  deadline.unref();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const streams = closeAllStreams();
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  await closed;
  await assist.stopJobs();
  await assist.chat.hub.close();
  await store.close();
  console.log(`Assist API stopped (${signal}; ${streams} event stream${streams === 1 ? '' : 's'} closed)`);
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));
