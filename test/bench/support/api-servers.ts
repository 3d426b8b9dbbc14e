/**
 * Started by throughput.bench.ts in a process of its own, so the load generator does not share its
 * event loop: the reference API on @hono/node-server (as src/node.ts serves it) and a bare node:http
 * server answering the same JSON bytes for the same paths, both on 127.0.0.1. Prints one JSON line
 * with the ports and the requests to make, then serves until killed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../../mock-server/src/app.js';

const { app } = createApp({ corsOrigins: [] });

const verify = await app.request('/v1/auth/verify', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' }),
});
if (verify.status !== 200) throw new Error(`verification answered ${verify.status}: ${await verify.text()}`);
const { token } = (await verify.json()) as { token: string };
const list = (await (await app.request('/v1/help/articles?locale=en')).json()) as { articles: { slug: string }[] };
const slug = list.articles.find((a) => a.slug === 'how-to-return')?.slug ?? list.articles[0]!.slug;

export interface Target {
  name: string;
  path: string;
  headers: Record<string, string>;
}

const targets: Target[] = [
  { name: 'GET /v1/help/articles/:slug', path: `/v1/help/articles/${slug}?locale=en`, headers: {} },
  { name: 'GET /v1/help/search', path: `/v1/help/search?q=${encodeURIComponent('retrun parcel')}&locale=en`, headers: {} },
  { name: 'GET /v1/orders/:id (shopper token)', path: '/v1/orders/ord_se_outdoor', headers: { authorization: `Bearer ${token}` } },
];

// The bare server's answers: exactly what the API answers to each request.
const answers = new Map<string, Buffer>();
for (const target of targets) {
  const response = await app.request(target.path, { headers: target.headers });
  if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}: ${await response.text()}`);
  answers.set(target.path, Buffer.from(await response.arrayBuffer()));
}

const bare = createServer((req, res) => {
  const body = answers.get(req.url ?? '');
  if (!body) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"not_found","message":"not found"}}');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));

const hono = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => hono.once('listening', resolve));

console.log(
  JSON.stringify({
    hono: (hono.address() as AddressInfo).port,
    bare: (bare.address() as AddressInfo).port,
    targets: targets.map((t) => ({ ...t, bytes: answers.get(t.path)!.length })),
  }),
);
