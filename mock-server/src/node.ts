import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { ConfigError, readConfig, type ServerConfig } from './config.js';

/**
 * The reference API as a real server: `pnpm serve:api` (127.0.0.1:8787).
 * Environment (see config.ts and the README): PORT, HOST, ASSIST_MERCHANT_SECRET, ASSIST_AGENT_TOKEN
 * and ASSIST_TOKEN_SECRET (required, at least 32 characters each, unless ASSIST_DEMO=1), ASSIST_DEMO=1,
 * ASSIST_ADMIN=1 with ASSIST_ADMIN_TOKEN, ASSIST_CLIENTS, ASSIST_TRUST_PROXY=1 and
 * ASSIST_VALIDATE_RESPONSES=1 to check every response against the contract (off here, as in
 * production: the tests and the browser mock keep it on).
 */
const env = process.env;
const port = Number(env.PORT ?? 8787);
const hostname = env.HOST ?? '127.0.0.1';

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

const { app } = createApp(config.app);

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Assist API listening on http://${info.address}:${info.port} (OpenAPI: /openapi.json)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
