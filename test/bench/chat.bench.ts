/**
 * Chat round trip: a shopper message sent, stored (the POST answered) and streamed back on the chat's
 * event stream (GET /v1/chat/sessions/:id/events), one message at a time, p50/p95 over MESSAGES
 * messages after 10 warm-up ones; against the real server (@hono/node-server on 127.0.0.1) and against
 * the MSW twin in headless Chromium. Written against the contract (packages/contract/src/chat.ts):
 * while the API does not serve the chat routes, it reports "not available".
 * Run: node --import tsx test/bench/chat.bench.ts   (ASSIST_BENCH_MESSAGES=500)
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../mock-server/src/app.js';
import { launchChromium, NO_CHROMIUM, withNameShim } from './support/browser.js';
import { bundlePage, mswWorkerScript } from './support/bundle.js';
import { chatRoundTrips, type RoundTrips } from './support/chat-roundtrip.js';
import { root } from './support/dist.js';
import { envNumber, progress, runDirect, type BenchResult, type Row } from './support/report.js';
import { serveSite } from '../support/serve.js';
import { percentiles, type Percentiles } from './support/stats.js';

const MESSAGES = envNumber('ASSIST_BENCH_MESSAGES', 500);

export interface ChatFigures {
  available: boolean;
  reason?: string;
  stored?: Percentiles;
  streamed?: Percentiles;
}

async function realServer(): Promise<RoundTrips> {
  const { app } = createApp({ demo: true });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    return await chatRoundTrips(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, MESSAGES);
  } finally {
    (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    server.close();
  }
}

async function mswTwin(): Promise<RoundTrips> {
  const browser = await launchChromium();
  if (!browser) return { available: false, reason: NO_CHROMIUM };
  const files = new Map<string, string>([
    ['/index.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chat</title></head><body><script type="module" src="/entry.js"></script></body></html>'],
    ['/mockServiceWorker.js', mswWorkerScript()],
    ...(await bundlePage(join(root, 'test', 'bench', 'pages', 'chat.entry.ts'))),
  ]);
  const site = await serveSite({ files });
  try {
    const page = await withNameShim(await browser.newPage());
    await page.goto(site.url);
    await page.waitForFunction(() => 'benchChat' in window, undefined, { timeout: 60_000 });
    return await page.evaluate((count) => (window as unknown as { benchChat: (n: number) => Promise<RoundTrips> }).benchChat(count), MESSAGES);
  } finally {
    await browser.close();
    await site.close();
  }
}

const figures = (result: RoundTrips): ChatFigures =>
  result.available ? { available: true, stored: percentiles(result.stored), streamed: percentiles(result.streamed) } : { available: false, reason: result.reason };

export async function run(): Promise<BenchResult<{ messages: number; real: ChatFigures; msw: ChatFigures }>> {
  progress(`chat: ${MESSAGES} round trips on the real server`);
  const real = figures(await realServer());
  progress(real.available ? `chat: ${MESSAGES} round trips through the MSW twin in Chromium` : `chat: not available (${real.reason})`);
  const msw = real.available ? figures(await mswTwin()) : { available: false, reason: real.reason! };
  const row = (name: string, f: ChatFigures): Row =>
    f.available
      ? {
          section: 'chat round trip',
          name: `${name}, ${f.streamed!.count} messages`,
          value: `p50 ${f.streamed!.p50.toFixed(1)} · p95 ${f.streamed!.p95.toFixed(1)} ms`,
          reference: `stored (POST answered) p50 ${f.stored!.p50.toFixed(1)} · p95 ${f.stored!.p95.toFixed(1)} ms`,
          status: 'info',
        }
      : { section: 'chat round trip', name, value: 'not available', reference: f.reason ?? '', status: 'not available' };
  return {
    name: 'chat',
    rows: [row('sent → stored → streamed back, real server', real), row('sent → stored → streamed back, MSW twin in Chromium', msw)],
    data: { messages: MESSAGES, real, msw },
  };
}

await runDirect(import.meta.url, run);
