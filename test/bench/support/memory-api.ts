/**
 * The reference API on the in-memory store, served as src/node.ts serves the database-backed one (same
 * adapter, no response validation, jobs running): the memory row of stores.bench.ts. PORT and HOST as
 * for node.ts; prints the same "listening on" line.
 */
import { serve } from '@hono/node-server';
import { createApp } from '../../../mock-server/src/app.js';

const assist = createApp({ demo: true, validateResponses: false, ...(process.env.ASSIST_TOKEN_SECRET ? { tokenSecret: process.env.ASSIST_TOKEN_SECRET } : {}) });
assist.startJobs();
serve({ fetch: assist.app.fetch, port: Number(process.env.PORT ?? 0), hostname: process.env.HOST ?? '127.0.0.1' }, (info) => {
  console.log(`Assist API listening on http://${info.address}:${info.port} (in-memory store)`);
});
