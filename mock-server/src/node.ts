import { serve } from '@hono/node-server';
import { ShiftableClock } from './clock.js';
import { createApp } from './app.js';
import { closeAllStreams } from './chat/stream.js';
import { ConfigError, readConfig, type ServerConfig } from './config.js';
import { planPurge } from './jobs/purge.js';
import { privateByDns } from './http/targets-dns.js';
import { describeDatabase, openStore } from './store/open.js';
import type { SqlStore } from './store/sql/store.js';

/**
 * The reference API as a real server: `pnpm serve:api` (127.0.0.1:8787), or `node mock-server/dist/node.js`
 * once built. Environment (see config.ts, the README and docs/operations.md): PORT, HOST, DATABASE_URL
 * (a PostgreSQL server; embedded PGlite under ASSIST_DATA_DIR, default .assist-data/, without it),
 * ASSIST_MERCHANT_SECRET, ASSIST_AGENT_TOKEN and ASSIST_TOKEN_SECRET (required, at least 32 characters
 * each, unless ASSIST_DEMO=1), ASSIST_DEMO=1 (demo secrets and data), ASSIST_ADMIN=1 with
 * ASSIST_ADMIN_TOKEN, ASSIST_CLIENTS, ASSIST_TRUST_PROXY=1, ASSIST_VALIDATE_RESPONSES=1 to check every
 * response against the contract (off here, as in production: the tests and the browser mock keep it
 * on), ASSIST_SHUTDOWN_MS (how long SIGTERM waits for requests in flight, default 10000).
 */
const env = process.env;
const port = Number(env.PORT ?? 8787);
const hostname = env.HOST ?? '127.0.0.1';
const clock = new ShiftableClock();

let config: ServerConfig;
try {
  config = readConfig(env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
for (const warning of config.warnings) console.warn(`WARNING: ${warning}`);
for (const notice of config.notices) console.log(notice);

let store: SqlStore;
try {
  // Demo data only in demo mode; a real deployment starts empty.
  store = await openStore(env, clock, config.app.demo ? 'default' : null);
} catch (error) {
  console.error(`Assist API cannot start. ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// Outside demo mode a webhook target is checked where it resolves before each delivery, not only by its name.
const assist = createApp({ ...config.app, clock, store, ...(config.app.demo ? {} : { webhooks: { ...config.app.webhooks, refuseTarget: privateByDns } }) });
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
