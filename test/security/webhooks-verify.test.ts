import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { ManualClock } from '../../mock-server/src/clock.js';
import { ManualScheduler } from '../../mock-server/src/jobs/scheduler.js';
import { deliveryHeaders } from '../../mock-server/src/webhooks/headers.js';
import { MemoryReplayCache, createWebhookVerifier, standardWebhookSecret, type WebhookCheck } from '@assist/mock-server/webhooks';
import { WEDNESDAY_MORNING, key, setup } from '../../mock-server/test/support.js';

/**
 * Merchant webhooks: every delivery carries an id and a timestamp, signed together with the body in
 * the Standard Webhooks format, and the verifier shipped to merchants refuses tampered, stale and
 * replayed deliveries while letting the sender's retries through.
 */

const SECRET = 'merchant-webhook-secret-of-32-characters';
const HOOK = 'https://merchant.example/assist/hooks';

/** Sends deliveries through the real app to a receiver that keeps every request it got. */
function world() {
  const clock = new ManualClock(WEDNESDAY_MORNING);
  const scheduler = new ManualScheduler(clock);
  const requests: { headers: Headers; body: string }[] = [];
  let failNext = 0;
  const s = setup({
    clock,
    merchantSecret: SECRET,
    webhooks: {
      url: HOOK,
      scheduler,
      baseDelayMs: 1_000,
      fetch: async (request) => {
        requests.push({ headers: request.headers, body: await request.text() });
        if (failNext > 0) {
          failNext--;
          return new Response(null, { status: 500 });
        }
        return new Response(null, { status: 204 });
      },
    },
  });
  const reportReturn = async () => {
    const answer = await s.call('POST', '/v1/returns', {
      token: await s.login('astrid'),
      headers: { 'idempotency-key': key(1) },
      body: { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'wrong_size', method: 'drop_off' },
    });
    assert.equal(answer.status, 201);
  };
  return { ...s, clock, scheduler, requests, reportReturn, failNextAttempts: (n: number) => (failNext = n) };
}

/** The Standard Webhooks signature as the specification computes it: HMAC-SHA256 with the base64-decoded `whsec_` secret. */
function specSignature(secret: string, id: string, timestamp: string, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

describe('webhook deliveries', () => {
  it('carry an id and a timestamp, signed with the body as Standard Webhooks specifies', async () => {
    const w = world();
    await w.reportReturn();
    await w.scheduler.runDue();
    const [delivery] = w.requests;
    const id = delivery!.headers.get('webhook-id')!;
    const timestamp = delivery!.headers.get('webhook-timestamp')!;
    assert.equal(id, (JSON.parse(delivery!.body) as { id: string }).id);
    assert.match(id, /^evt_[a-z0-9]{12}$/);
    assert.equal(timestamp, String(Date.parse(WEDNESDAY_MORNING) / 1000));
    assert.equal(delivery!.headers.get('webhook-signature'), specSignature(standardWebhookSecret(SECRET), id, timestamp, delivery!.body));
    assert.equal(delivery!.headers.get('assist-event-type'), 'return.reported');
    assert.match(delivery!.headers.get('assist-signature') ?? '', /^t=\d+,v1=[0-9a-f]{64}$/, 'the older header is still there');
  });

  it('are signed per attempt: a retry keeps the id and body and has its own timestamp', async () => {
    const w = world();
    w.failNextAttempts(1);
    await w.reportReturn();
    await w.scheduler.runDue();
    w.clock.advance(1_000);
    await w.scheduler.runDue();
    const [first, retry] = w.requests;
    assert.equal(retry!.headers.get('webhook-id'), first!.headers.get('webhook-id'));
    assert.equal(retry!.body, first!.body);
    assert.equal(Number(retry!.headers.get('webhook-timestamp')) - Number(first!.headers.get('webhook-timestamp')), 1);
    assert.equal(retry!.headers.get('assist-delivery-attempt'), '2');
    assert.notEqual(retry!.headers.get('webhook-signature'), first!.headers.get('webhook-signature'));
  });

  it('come from one function that makes every header', async () => {
    const headers = await deliveryHeaders(SECRET, { eventId: 'evt_abcdefabcdef', type: 'problem.solved', attempt: 3, timestamp: 1_800_000_000, body: '{"id":"evt_abcdefabcdef"}' });
    assert.deepEqual(Object.keys(headers).sort(), [
      'Assist-Delivery-Attempt',
      'Assist-Event-Id',
      'Assist-Event-Type',
      'Assist-Signature',
      'content-type',
      'webhook-id',
      'webhook-signature',
      'webhook-timestamp',
    ]);
    assert.equal(headers['webhook-signature'], specSignature(standardWebhookSecret(SECRET), 'evt_abcdefabcdef', '1800000000', '{"id":"evt_abcdefabcdef"}'));
  });
});

describe('the webhook verifier for merchants', () => {
  async function delivered() {
    const w = world();
    await w.reportReturn();
    await w.scheduler.runDue();
    return { w, delivery: w.requests[0]! };
  }

  it('accepts a genuine delivery once and refuses the same delivery replayed inside the window', async () => {
    const { w, delivery } = await delivered();
    const verify = createWebhookVerifier<{ type: string }>({ secret: SECRET, now: () => w.clock.now() });
    const check = await verify(delivery.headers, delivery.body);
    assert.equal(check.valid, true);
    assert.equal(check.valid && check.event.type, 'return.reported');
    assert.equal(check.valid && check.id, delivery.headers.get('webhook-id'));
    w.clock.advance(60_000);
    assert.deepEqual(await verify(delivery.headers, delivery.body), { valid: false, reason: 'replayed' });
    w.clock.advance(300_000);
    assert.deepEqual(await verify(delivery.headers, delivery.body), { valid: false, reason: 'stale' }, 'and after the window, as stale');
  });

  it('lets retries through: each attempt is a new delivery of the same event id', async () => {
    const w = world();
    w.failNextAttempts(2);
    await w.reportReturn();
    for (const wait of [0, 1_000, 2_000]) {
      w.clock.advance(wait);
      await w.scheduler.runDue();
    }
    const verify = createWebhookVerifier({ secret: SECRET, now: () => w.clock.now() });
    const checks: WebhookCheck[] = [];
    for (const r of w.requests) checks.push(await verify(r.headers, r.body));
    assert.deepEqual(
      checks.map((c) => c.valid),
      [true, true, true],
    );
    assert.equal(new Set(checks.map((c) => (c.valid ? c.id : ''))).size, 1, 'one event id to deduplicate by');
  });

  it('refuses tampered bodies, swapped ids, other secrets, stale or future timestamps and malformed headers', async () => {
    const { w, delivery } = await delivered();
    const now = () => w.clock.now();
    const verify = () => createWebhookVerifier({ secret: SECRET, now });
    const headers = (change: Record<string, string | null>) => {
      const h = new Headers(delivery.headers);
      for (const [name, value] of Object.entries(change)) {
        if (value === null) h.delete(name);
        else h.set(name, value);
      }
      return h;
    };
    const id = delivery.headers.get('webhook-id')!;
    const t = Number(delivery.headers.get('webhook-timestamp'));
    const resign = async (change: { id?: string; timestamp?: number; body?: string }) => {
      const sent = { id: change.id ?? id, timestamp: change.timestamp ?? t, body: change.body ?? delivery.body };
      const made = await deliveryHeaders(SECRET, { eventId: sent.id, type: 'return.reported', attempt: 1, timestamp: sent.timestamp, body: sent.body });
      return { headers: new Headers(made), body: sent.body };
    };
    const cases: [string, Headers, string, string][] = [
      ['tampered body', delivery.headers, delivery.body.replace('wrong_size', 'damaged'), 'signature'],
      ['id of another event', headers({ 'webhook-id': 'evt_000000000000' }), delivery.body, 'signature'],
      ['timestamp moved', headers({ 'webhook-timestamp': String(t + 1) }), delivery.body, 'signature'],
      ['no signature', headers({ 'webhook-signature': null }), delivery.body, 'malformed'],
      ['no id', headers({ 'webhook-id': null }), delivery.body, 'malformed'],
      ['no timestamp', headers({ 'webhook-timestamp': null }), delivery.body, 'malformed'],
      ['an unknown signature version only', headers({ 'webhook-signature': 'v2,abc=' }), delivery.body, 'malformed'],
      ['a timestamp that is not a number', headers({ 'webhook-timestamp': 'soon' }), delivery.body, 'malformed'],
    ];
    const stale = await resign({ timestamp: t - 301 });
    const future = await resign({ timestamp: t + 301 });
    const otherId = await resign({ id: 'evt_000000000000' });
    cases.push(
      ['timestamp 301 s old', stale.headers, stale.body, 'stale'],
      ['timestamp 301 s ahead', future.headers, future.body, 'stale'],
      ['header id not the body id', otherId.headers, otherId.body, 'malformed'],
    );
    for (const [name, h, body, reason] of cases) assert.deepEqual(await verify()(h, body), { valid: false, reason }, name);
    assert.deepEqual(await createWebhookVerifier({ secret: 'another-secret', now })(delivery.headers, delivery.body), { valid: false, reason: 'signature' });
    assert.equal((await verify()(delivery.headers, delivery.body)).valid, true, 'the genuine delivery, for contrast');
  });

  it('takes Node headers and several secrets during a rotation, and a shared replay cache', async () => {
    const { w, delivery } = await delivered();
    const nodeHeaders = Object.fromEntries(delivery.headers.entries());
    const shared = new MemoryReplayCache(() => w.clock.now().getTime());
    const one = createWebhookVerifier({ secret: ['the-new-secret-nobody-signs-with-yet', SECRET], now: () => w.clock.now(), replayCache: shared });
    const two = createWebhookVerifier({ secret: standardWebhookSecret(SECRET), now: () => w.clock.now(), replayCache: shared });
    assert.equal((await one(nodeHeaders, delivery.body)).valid, true);
    assert.deepEqual(await two(nodeHeaders, delivery.body), { valid: false, reason: 'replayed' }, 'another process with the same cache sees the replay');
    w.clock.advance(302_000);
    shared.claimOnce('later', w.clock.now().getTime() + 1_000);
    assert.equal(shared.size, 1, 'expired entries are forgotten');
  });

  it('guards a merchant endpoint written as its documentation shows', async () => {
    const { w, delivery } = await delivered();
    const verify = createWebhookVerifier<{ id: string }>({ secret: SECRET, now: () => w.clock.now() });
    const handled: string[] = [];
    // A fetch handler, as in any runtime with Request and Response.
    const endpoint = async (request: Request): Promise<Response> => {
      const check = await verify(request.headers, await request.text());
      if (!check.valid) return Response.json({ error: check.reason }, { status: 400 });
      handled.push(check.event.id);
      return new Response(null, { status: 204 });
    };
    const send = () => endpoint(new Request(HOOK, { method: 'POST', headers: delivery.headers, body: delivery.body }));
    assert.equal((await send()).status, 204);
    assert.equal((await send()).status, 400, 'a captured delivery sent again');
    assert.equal(handled.length, 1);
  });
});
