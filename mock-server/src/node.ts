import { serve } from '@hono/node-server';
import { createApp, DEMO_AGENT_TOKEN, DEMO_MERCHANT_SECRET } from './app.js';

/**
 * The reference API as a real server: `pnpm serve:api` (127.0.0.1:8787).
 * Environment: PORT, HOST, ASSIST_CORS_ORIGINS (comma-separated), ASSIST_MERCHANT_SECRET,
 * ASSIST_AGENT_TOKEN, ASSIST_TOKEN_SECRET, ASSIST_ADMIN=0 to leave out the QA admin routes,
 * ASSIST_VALIDATE_RESPONSES=1 to check every response against the contract (off here, as in
 * production: the tests, the browser mock and `createApp()` keep it on).
 */
const env = process.env;
const port = Number(env.PORT ?? 8787);
const hostname = env.HOST ?? '127.0.0.1';

const { app } = createApp({
  merchantSecret: env.ASSIST_MERCHANT_SECRET ?? DEMO_MERCHANT_SECRET,
  agentTokens: new Set([env.ASSIST_AGENT_TOKEN ?? DEMO_AGENT_TOKEN]),
  ...(env.ASSIST_TOKEN_SECRET ? { tokenSecret: env.ASSIST_TOKEN_SECRET } : {}),
  ...(env.ASSIST_CORS_ORIGINS ? { corsOrigins: env.ASSIST_CORS_ORIGINS.split(',').map((o) => o.trim()) } : {}),
  admin: env.ASSIST_ADMIN !== '0',
  validateResponses: env.ASSIST_VALIDATE_RESPONSES === '1',
});

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Assist API listening on http://${info.address}:${info.port} (OpenAPI: /openapi.json)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
