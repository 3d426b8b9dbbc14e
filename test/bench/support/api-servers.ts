/**
 * Started by throughput.bench.ts in a process of its own, so the load generator does not share its
 * event loop. Three servers on 127.0.0.1 answer the same JSON for the same requests:
 * - `api`: the reference API on @hono/node-server, configured as src/node.ts serves it;
 * - `trivial`: one Hono route per path on the same adapter, answering `c.json()` of the same value:
 *   what any Hono app costs, so the gap to it is what the reference API adds;
 * - `bare`: node:http writing the same bytes.
 * Prints one JSON line with the ports and the requests to make, then serves until killed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../../mock-server/src/app.js';

// As src/node.ts: no response validation (the tests keep it on).
const { app } = createApp({ demo: true, validateResponses: false });

const verify = await app.request('/v1/auth/verify', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' }),
});
if (verify.status !== 200) throw new Error(`verification answered ${verify.status}: ${await verify.text()}`);
const { token } = (await verify.json()) as { token: string };
const list = (await (await app.request('/v1/help/articles?locale=en')).json()) as { articles: { slug: string }[] };
const slug = list.articles.find((a) => a.slug === 'how-to-return')?.slug ?? list.articles[0]!.slug;

/**
 * Search queries: every pair of these words, in both orders, some misspelt, so a run goes through
 * hundreds of different queries and a cache of recent answers cannot serve them all.
 */
const WORDS = [
  'return',
  'retrun',
  'parcel',
  'refund',
  'payment',
  'due',
  'date',
  'extend',
  'card',
  'charged',
  'twice',
  'delivery',
  'cancel',
  'order',
  'instalment',
  'late',
  'fee',
  'email',
  'address',
  'invoice',
  'damaged',
  'missing',
  'plan',
  'pause',
];
const queries = WORDS.flatMap((a) => WORDS.filter((b) => b !== a).map((b) => `${a} ${b}`));
const searchPath = (q: string) => `/v1/help/search?q=${encodeURIComponent(q)}&locale=en`;

export interface Target {
  name: string;
  /** The request; with `paths`, the first of the requests made in turn. */
  path: string;
  /** Requests made in turn, one after the other, when the route is measured over many. */
  paths?: string[];
  headers: Record<string, string>;
}

const targets: Target[] = [
  { name: 'GET /v1/help/articles/:slug', path: `/v1/help/articles/${slug}?locale=en`, headers: {} },
  { name: `GET /v1/help/search (${queries.length} queries in turn)`, path: searchPath(queries[0]!), paths: queries.map(searchPath), headers: {} },
  { name: 'GET /v1/orders/:id (shopper token)', path: '/v1/orders/ord_se_outdoor', headers: { authorization: `Bearer ${token}` } },
];

// What the API answers to each request: the bare server writes these bytes, the trivial Hono route
// answers c.json() of the parsed value (the same bytes again).
const answers = new Map<string, Buffer>();
for (const target of targets) {
  for (const path of target.paths ?? [target.path]) {
    const response = await app.request(path, { headers: target.headers });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    answers.set(path, Buffer.from(await response.arrayBuffer()));
  }
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

// The very Hono class (and version) the API is built with; the test package does not depend on hono.
const trivial = new (app.constructor as new () => typeof app)();
const values = new Map([...answers].map(([path, body]) => [path, JSON.parse(body.toString('utf8')) as object]));
for (const target of targets) {
  const pathname = new URL(target.path, 'http://localhost').pathname;
  if (target.paths) {
    // One value per query: looked up by the query text, as a search route would read it.
    const byQuery = new Map(target.paths.map((p) => [new URL(p, 'http://localhost').searchParams.get('q')!, values.get(p)!]));
    trivial.get(pathname, (c) => c.json(byQuery.get(c.req.query('q') ?? '') ?? {}));
  } else {
    const value = values.get(target.path)!;
    trivial.get(pathname, (c) => c.json(value));
  }
}

const listening = (server: ReturnType<typeof serve>) => new Promise((resolve) => server.once('listening', resolve));
const hono = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
const plain = serve({ fetch: trivial.fetch, port: 0, hostname: '127.0.0.1' });
await Promise.all([listening(hono), listening(plain)]);

const bytes = (target: Target) => {
  const paths = target.paths ?? [target.path];
  return Math.round(paths.reduce((sum, p) => sum + answers.get(p)!.length, 0) / paths.length);
};

console.log(
  JSON.stringify({
    api: (hono.address() as AddressInfo).port,
    trivial: (plain.address() as AddressInfo).port,
    bare: (bare.address() as AddressInfo).port,
    targets: targets.map((t) => ({ ...t, bytes: bytes(t) })),
  }),
);
