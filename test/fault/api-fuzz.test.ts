import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, routes, type AnyRoute } from '@assist/contract';
import { DEMO_AGENT_TOKEN, prng, testApp, type Answer } from './support.js';

/**
 * Generated malformed requests against every route of the contract's route table, through the app as
 * both runtimes serve it: bodies made from each route's own schema and then broken (wrong types,
 * missing and unknown fields, huge strings, unicode tricks, negative and absurd numbers, bad JSON),
 * odd path and query values, every kind of token and none, wrong methods, content types and
 * idempotency keys. No answer may be 5xx, and every error must be in the one error shape.
 * Seeded: the same requests on every run.
 */

const SEED = 20261122;
const PER_ROUTE = 64;

type Random = () => number;
type Schema = { _zod: { def: Record<string, any> } };

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (random: Random, p: number) => random() < p;

const UNICODE = [
  '\u202egnp.exe',
  'zero\u200bwidth\u200djoin',
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  'nul\u0000byte',
  '\ud800 lone surrogate',
  'ＳＥ－４Ｋ７Ｍ２ＱＸＰ',
  'İstanbul ǅ ß ﬁ',
  'مرحبا بالعالم',
  '\u0301\u0301\u0301combining',
  '%00%2e%2e%2f',
  '<script>alert(1)</script>',
  "'; DROP TABLE orders; --",
  '{{7*7}}${7*7}',
  '\r\nX-Injected: yes',
];
const NUMBERS = [-1, -0, 0, 0.5, -999999, 1e21, -1e21, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 1e308];
const HUGE = (random: Random) => 'x'.repeat(pick(random, [1_001, 4_097, 20_000, 70_000]));

/** Real ids of the demo data, so generated requests reach past "not found" into the handlers. */
interface Known {
  orders: string[];
  items: string[];
  instalments: string[];
  chat: string;
  returnId: string;
  problemId: string;
  articleId: string;
  slug: string;
}

/** A plausible value for a schema: a valid one most of the time, which the mutations then break. */
function sample(schema: Schema, random: Random, known: Known, name = '', depth = 0): unknown {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(def.shape as Record<string, Schema>)) {
        const optional = value._zod.def.type === 'optional';
        if (optional && chance(random, 0.4)) continue;
        out[key] = sample(value, random, known, key, depth + 1);
      }
      return out;
    }
    case 'optional':
    case 'default':
    case 'readonly':
    case 'nonoptional':
      return sample(def.innerType, random, known, name, depth);
    case 'nullable':
      return chance(random, 0.1) ? null : sample(def.innerType, random, known, name, depth);
    case 'pipe':
      return sample(def.in, random, known, name, depth);
    case 'array':
      return Array.from({ length: 1 + Math.floor(random() * 3) }, () => sample(def.element, random, known, name, depth + 1));
    case 'tuple':
      return (def.items as Schema[]).map((s) => sample(s, random, known, name, depth + 1));
    case 'enum':
      return pick(random, Object.values(def.entries as Record<string, string>));
    case 'literal':
      return pick(random, def.values as unknown[]);
    case 'union':
      return sample(pick(random, def.options as Schema[]), random, known, name, depth);
    case 'boolean':
      return chance(random, 0.5);
    case 'number':
    case 'int':
    case 'bigint':
      return pick(random, [1, 2, 7, 14, 30, 100, 499, 1000]);
    case 'string':
      return sampleString(def, random, known, name);
    default:
      return null;
  }
}

function sampleString(def: Record<string, any>, random: Random, known: Known, name: string): string {
  const checks = ((def.checks ?? []) as Schema[]).map((c) => c._zod.def);
  const pattern = checks.find((c) => c.pattern)?.pattern as RegExp | undefined;
  const source = pattern?.source ?? '';
  if (checks.some((c) => c.format === 'email')) return pick(random, ['astrid.lindqvist@example.se', 'someone@example.com']);
  if (source.startsWith('^ord_')) return pick(random, known.orders);
  if (source.startsWith('^itm_')) return pick(random, known.items);
  if (source.startsWith('^ins_')) return pick(random, known.instalments.length ? known.instalments : ['ins_none']);
  if (source.startsWith('^cht_')) return known.chat;
  if (source.startsWith('^ret_')) return known.returnId;
  if (source.startsWith('^prb_')) return known.problemId;
  if (source.startsWith('^art_')) return known.articleId;
  if (source.startsWith('^\\+')) return pick(random, ['+46701234567', '+4915112345678']);
  if (source.includes('[A-Z]{3}')) return pick(random, ['SEK', 'EUR', 'GBP', 'USD']);
  if (source.startsWith('^[A-Za-z]{2,3}')) return pick(random, ['en', 'sv-SE', 'de', 'ar']);
  if (source.startsWith('^[A-Za-z0-9_-]{8,64}')) return `fuzz-${Math.floor(random() * 1e9).toString(36)}-id`;
  if (source.startsWith('^[A-Z0-9][A-Z0-9-]')) return pick(random, ['SE-4K7M2QXP', 'DE-TW1CE7K4', 'XX-00000000']);
  if (source.startsWith('^[A-Z0-9-]{6,40}')) return 'JJD000123456789';
  if (source.startsWith('^[a-z0-9]+(-[a-z0-9]+)*')) return known.slug;
  if (source.startsWith('^[0-9]')) return String(Math.floor(random() * 20));
  if (source.startsWith('^[^\\\\/')) return 'receipt.pdf';
  if (/time|at$|start|end|date/i.test(name)) return new Date(Date.parse('2026-11-19T09:00:00Z') + Math.floor(random() * 5) * 3_600_000).toISOString();
  const min = (checks.find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 1;
  const text = pick(random, ['Where is my refund?', 'The parcel never arrived, please help me with this order.', 'Hej! Jag vill returnera skorna.', 'ok']);
  return text.length >= min ? text : text.padEnd(min, '.');
}

/** Breaks a generated body in one or more ways. */
function mutate(body: unknown, random: Random): { raw: string; how: string } {
  const ways: string[] = [];
  const times = 1 + Math.floor(random() * 3);
  let value: unknown = structuredClone(body);
  for (let n = 0; n < times; n++) {
    const way = pick(random, ['type', 'missing', 'huge', 'unicode', 'number', 'extra', 'null', 'array', 'nested', 'valid']);
    ways.push(way);
    if (way === 'valid') continue;
    if (way === 'array') {
      value = pick(random, [[value], [], 'a string', 42, true, null]);
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const target = deepField(value as Record<string, unknown>, random);
    if (!target) continue;
    const [holder, key] = target;
    if (way === 'type') holder[key] = pick(random, [12, 'twelve', true, [], {}, null, -3.5]);
    else if (way === 'missing') delete holder[key];
    else if (way === 'huge') holder[key] = HUGE(random);
    else if (way === 'unicode') holder[key] = pick(random, UNICODE);
    else if (way === 'number') holder[key] = pick(random, NUMBERS);
    else if (way === 'extra') holder[`unexpected_${key}`] = pick(random, UNICODE);
    else if (way === 'null') holder[key] = null;
    else if (way === 'nested') holder[key] = JSON.parse('{"a":'.repeat(60) + '1' + '}'.repeat(60)) as unknown;
  }
  return { raw: JSON.stringify(value) ?? 'null', how: ways.join('+') };
}

/** A random field anywhere in a JSON value, as [holder, key]. */
function deepField(value: Record<string, unknown>, random: Random): [Record<string, unknown>, string] | null {
  let holder = value;
  for (let depth = 0; depth < 4; depth++) {
    const keys = Object.keys(holder);
    if (keys.length === 0) return null;
    const key = pick(random, keys);
    const next = holder[key];
    if (next && typeof next === 'object' && chance(random, 0.4)) {
      holder = (Array.isArray(next) ? (next[0] as Record<string, unknown>) : (next as Record<string, unknown>)) ?? holder;
      if (!holder || typeof holder !== 'object') return null;
      continue;
    }
    return [holder, key];
  }
  return null;
}

const RAW_BODIES = [
  'not json',
  '{"unterminated": ',
  '{"a":1,}',
  "{'single': 'quotes'}",
  '\ufeff{"bom": true}',
  'NaN',
  '[]',
  'null',
  '"a string"',
  '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}',
  '{"a":'.repeat(2_000) + '1' + '}'.repeat(2_000),
  `{"text": "${'y'.repeat(70_000)}"}`,
];

const PATH_VALUES = (known: Known) => [
  'x',
  '-1',
  '0',
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  'a'.repeat(300),
  '%F0%9F%92%A5',
  '%E2%80%AE',
  '%ZZ',
  'ord_' + 'A'.repeat(70),
  'ord_de_twice', // another shopper's order
  'cht_unknown_session',
  'ret_unknown',
  known.chat,
  known.returnId,
  ...known.orders,
];

const QUERY_VALUES = ['', '-5', '0', '1e9', 'abc', '%%%', 'x'.repeat(5_000), '%E2%80%AE', 'true', '[]', '..', 'SE', 'en'];

describe('API fuzz: generated malformed requests across the route table', () => {
  it('never answers 5xx, and every error is in the one error shape', async (t) => {
    const api = testApp();
    const random = prng(SEED);
    const astrid = await api.login('astrid');
    const jonas = await api.login('jonas');

    // Real ids, created through the API itself.
    const orders = (await api.call('GET', '/v1/orders', { token: astrid })).body.orders.map((o: { id: string }) => o.id) as string[];
    const order = (await api.call('GET', `/v1/orders/${orders[0]}`, { token: astrid })).body;
    const plan = await api.call('GET', `/v1/orders/${orders[0]}/payment-plan`, { token: astrid });
    const chat = await api.call('POST', '/v1/chat/sessions', {
      token: astrid,
      headers: { 'idempotency-key': 'fuzz-chat-session' },
      body: { locale: 'en', market: 'SE', recordingConsent: false },
    });
    const articles = (await api.call('GET', '/v1/help/articles?locale=en')).body.articles as { id: string; slug: string }[];
    const returned = await api.call('POST', '/v1/returns', {
      token: astrid,
      headers: { 'idempotency-key': 'fuzz-return-1' },
      body: { orderId: order.id, items: [{ itemId: order.items[0].id, quantity: 1 }], reason: 'wrong_size', method: 'drop_off' },
    });
    const problem = await api.call('POST', '/v1/problems', {
      token: astrid,
      headers: { 'idempotency-key': 'fuzz-problem-1' },
      body: { orderId: orders[1] ?? order.id, type: 'other', description: 'Something is not right with this order.' },
    });
    const known: Known = {
      orders,
      items: order.items.map((i: { id: string }) => i.id),
      instalments: plan.status === 200 ? (plan.body.instalments ?? []).map((i: { id: string }) => i.id) : [],
      chat: chat.status === 201 ? chat.body.session.id : 'cht_not_created',
      returnId: returned.status === 201 ? returned.body.id : 'ret_not_created',
      problemId: problem.status === 201 ? problem.body.id : 'prb_not_created',
      articleId: articles[0]!.id,
      slug: articles[0]!.slug,
    };
    const chatToken: string = chat.status === 201 ? chat.body.chatToken : 'no-chat-token';
    const tokens = [undefined, astrid, jonas, chatToken, DEMO_AGENT_TOKEN, 'garbage', `${astrid.slice(0, -3)}abc`, ''];

    const table = Object.values(routes) as AnyRoute[];
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let requests = 0;

    const check = (route: AnyRoute, method: string, path: string, how: string, answer: Answer) => {
      requests++;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const where = `${route.id}: ${method} ${path.slice(0, 120)} [${how}] → ${answer.status}`;
      if (answer.status >= 500) failures.push(`${where} ${answer.text.slice(0, 200)}`);
      else if (answer.status >= 400 && !ApiError.safeParse(answer.body).success) failures.push(`${where}: not the error shape: ${answer.text.slice(0, 200)}`);
    };

    for (const route of table) {
      for (let n = 0; n < PER_ROUTE; n++) {
        const hows: string[] = [];
        // Method: mostly the route's own, sometimes another.
        let method: string = route.method;
        if (chance(random, 0.12)) {
          method = pick(
            random,
            ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'].filter((m) => m !== route.method),
          );
          hows.push(`method ${method}`);
        }
        // Path parameters.
        let path = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
          if (chance(random, 0.5)) {
            const value = pick(random, PATH_VALUES(known));
            hows.push(`path ${name}`);
            return value;
          }
          const sampled = route.params ? (sample(route.params, random, known) as Record<string, unknown>)[name] : 'x';
          return encodeURIComponent(String(sampled));
        });
        // Query.
        if (route.query) {
          const query = sample(route.query, random, known) as Record<string, unknown>;
          const params = new URLSearchParams();
          // Whatever was sampled goes out in its plain string form, objects included: that is the fuzz input.
          // eslint-disable-next-line @typescript-eslint/no-base-to-string
          for (const [k, v] of Object.entries(query)) if (v !== undefined) params.append(k, String(v));
          if (chance(random, 0.6)) {
            const key = pick(random, [...Object.keys((route.query as unknown as Schema)._zod.def.shape ?? {}), 'unknown', 'q']);
            const kind = pick(random, ['set', 'repeat', 'drop']);
            if (kind === 'drop') params.delete(key);
            else if (kind === 'repeat') params.append(key, pick(random, QUERY_VALUES));
            else params.set(key, pick(random, QUERY_VALUES));
            hows.push(`query ${kind} ${key}`);
          }
          const text = params.toString();
          if (text) path += `?${text}`;
        } else if (chance(random, 0.2)) {
          path += `?${pick(random, ['q=', 'limit=-1', 'locale=%%%', 'a=1&a=2', 'x'.repeat(3_000) + '=1'])}`;
          hows.push('stray query');
        }
        // Body.
        let raw: string | undefined;
        if (route.body || method !== 'GET') {
          if (route.body && chance(random, 0.15)) {
            raw = JSON.stringify(sample(route.body, random, known));
            hows.push('body generated');
          } else if (route.body && chance(random, 0.8)) {
            const mutated = mutate(sample(route.body, random, known), random);
            raw = mutated.raw;
            hows.push(`body ${mutated.how}`);
          } else if (chance(random, 0.7)) {
            raw = pick(random, RAW_BODIES);
            hows.push('raw body');
          }
        }
        // Headers: token, content type, idempotency key.
        const headers: Record<string, string> = {};
        // The token the route wants most of the time, so requests get past authentication; any other otherwise.
        const fitting = { none: undefined, optional: astrid, shopper: astrid, chat: chatToken, agent: DEMO_AGENT_TOKEN, any: astrid, signed: undefined }[route.auth];
        const token = chance(random, 0.6) ? fitting : pick(random, tokens);
        if (token !== undefined)
          headers.authorization = chance(random, 0.1) ? pick(random, ['Basic abc', 'Bearer', `Bearer ${token} extra`, `bearer  ${token}`]) : `Bearer ${token}`;
        if (raw !== undefined) {
          headers['content-type'] = chance(random, 0.1)
            ? pick(random, [
                'text/plain',
                'application/x-www-form-urlencoded',
                'multipart/form-data; boundary=x',
                'application/json; charset=utf-16',
                'application/merge-patch+json',
              ])
            : 'application/json';
        }
        if (route.idempotency !== 'none' || chance(random, 0.1)) {
          const key = pick(random, [null, `fuzz-key-${n}-${route.id}`.slice(0, 64), 'fuzz-shared-key', 'short', 'k'.repeat(65), 'ключ-идемпотентности', 'has space in it']);
          // Header values are bytes: non-ASCII arrives as UTF-8 read as Latin-1, as from a raw HTTP client.
          if (key !== null) headers['idempotency-key'] = Buffer.from(key, 'utf8').toString('latin1');
          hows.push(`key ${key === null ? 'none' : key.slice(0, 12)}`);
        }
        let answer: Answer;
        try {
          answer = await api.call(method, path, { ...(raw === undefined ? {} : { raw }), headers });
        } catch (error) {
          failures.push(`${route.id}: ${method} ${path.slice(0, 120)} [${hows.join(', ')}] threw ${(error as Error).message}`);
          requests++;
          continue;
        }
        check(route, method, path, hows.join(', '), answer);
      }
      // Let scheduled work (assistant and simulated agent turns, heartbeats) run on what was sent.
      await api.scheduler.advance(60_000);
    }

    const summary = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, c]) => `${s}×${c}`)
      .join(' ');
    t.diagnostic(`${requests} requests over ${table.length} routes (seed ${SEED}): ${summary}`);
    assert.ok(requests >= 2000, `${requests} requests`);
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${requests} requests broke the rules`);
  });
});
