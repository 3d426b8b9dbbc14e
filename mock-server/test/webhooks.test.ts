import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { Problem, Return } from '@assist/contract';
import { ManualClock, type Clock } from '../src/clock.js';
import { verifyWebhook } from '../src/app.js';
import { signWebhook } from '../src/webhooks/verify.js';
import { ManualScheduler } from '../src/jobs/scheduler.js';
import type { WebhookEvent } from '../src/webhooks/events.js';
import { WEDNESDAY_MORNING, assertError, key, setup } from './support.js';

const SECRET = 'shop-webhook-secret';
const URL = 'https://merchant.example/assist/hooks';

interface Received {
  attempt: string | null;
  eventId: string | null;
  signature: string | null;
  body: string;
  verdict: string;
}

/**
 * A merchant's webhook endpoint, as a merchant would write it: verify the signature on the raw body
 * against its own clock, reject what fails, deduplicate by event id. `failures` are statuses to
 * answer (after verifying) before accepting, to exercise retries.
 */
function merchantReceiver(secret: string, clock: Clock, failures: number[] = []) {
  const received: Received[] = [];
  const accepted = new Map<string, WebhookEvent<{ return?: Return; problem?: Problem }>>();
  const app = new Hono();
  app.post('/assist/hooks', async (c) => {
    const body = await c.req.text();
    const check = await verifyWebhook(secret, c.req.header('assist-signature'), body, clock.now(), 300);
    received.push({
      attempt: c.req.header('assist-delivery-attempt') ?? null,
      eventId: c.req.header('assist-event-id') ?? null,
      signature: c.req.header('assist-signature') ?? null,
      body,
      verdict: check.valid ? 'valid' : check.reason,
    });
    if (!check.valid) return c.json({ error: check.reason }, 400);
    const fail = failures.shift();
    if (fail) return c.body(null, fail as 500);
    const event = JSON.parse(body) as WebhookEvent<{ return?: Return; problem?: Problem }>;
    accepted.set(event.id, event);
    return c.body(null, 204);
  });
  return { fetch: (request: Request) => Promise.resolve(app.fetch(request)), received, accepted };
}

function world(options: { failures?: number[]; maxAttempts?: number; url?: string | null; fetch?: (r: Request) => Promise<Response> } = {}) {
  const clock = new ManualClock(WEDNESDAY_MORNING);
  const scheduler = new ManualScheduler(clock);
  const receiver = merchantReceiver(SECRET, clock, options.failures);
  const s = setup({
    clock,
    merchantSecret: SECRET,
    webhooks: {
      url: options.url === undefined ? URL : options.url,
      fetch: options.fetch ?? receiver.fetch,
      scheduler,
      baseDelayMs: 1_000,
      maxAttempts: options.maxAttempts ?? 5,
    },
  });
  return { ...s, clock, scheduler, receiver };
}

const socks = { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'wrong_size', method: 'drop_off' };

async function reportSocks(w: ReturnType<typeof world>): Promise<Return> {
  const answer = await w.call('POST', '/v1/returns', { token: await w.login('astrid'), body: socks, headers: { 'idempotency-key': key(1) } });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body as Return;
}

describe('merchant webhooks', () => {
  it('signs each event and retries a failing receiver with exponential backoff until it accepts', async () => {
    const w = world({ failures: [500, 503, 500] });
    const ret = await reportSocks(w);
    assert.equal(w.receiver.received.length, 0, 'the API never waits for the merchant');

    assert.equal(await w.scheduler.runDue(), 1);
    let [delivery] = (await w.call('GET', '/__admin/webhooks')).body.deliveries;
    assert.equal(delivery.state, 'pending');
    assert.equal(delivery.nextAttemptAt, '2026-11-18T10:00:01.000Z');
    assert.equal(await w.scheduler.runDue(), 0, 'no retry before its time');
    w.clock.advance(999);
    assert.equal(await w.scheduler.runDue(), 0);
    w.clock.advance(1);
    assert.equal(await w.scheduler.runDue(), 1);
    w.clock.advance(1_999);
    assert.equal(await w.scheduler.runDue(), 0, 'the second retry waits twice as long');
    w.clock.advance(1);
    assert.equal(await w.scheduler.runDue(), 1);
    w.clock.advance(3_999);
    assert.equal(await w.scheduler.runDue(), 0, 'the third four times as long');
    w.clock.advance(1);
    assert.equal(await w.scheduler.runDue(), 1);

    [delivery] = (await w.call('GET', '/__admin/webhooks')).body.deliveries;
    assert.equal(delivery.state, 'delivered');
    assert.equal(delivery.url, URL);
    assert.deepEqual(
      delivery.attempts.map((a: { at: string; status: number }) => [a.at, a.status]),
      [
        ['2026-11-18T10:00:00.000Z', 500],
        ['2026-11-18T10:00:01.000Z', 503],
        ['2026-11-18T10:00:03.000Z', 500],
        ['2026-11-18T10:00:07.000Z', 204],
      ],
    );

    const { received, accepted } = w.receiver;
    assert.deepEqual(
      received.map((r) => [r.verdict, r.attempt]),
      [
        ['valid', '1'],
        ['valid', '2'],
        ['valid', '3'],
        ['valid', '4'],
      ],
    );
    assert.equal(new Set(received.map((r) => r.eventId)).size, 1, 'one event id across retries');
    assert.equal(new Set(received.map((r) => r.body)).size, 1, 'the same body across retries');
    assert.equal(new Set(received.map((r) => r.signature)).size, 4, 'each attempt signed with its own timestamp');
    const [event] = [...accepted.values()];
    assert.equal(event!.type, 'return.reported');
    assert.equal(event!.merchantId, 'mer_nordic_outdoor');
    assert.equal(event!.data.return!.id, ret.id);
    assert.deepEqual(event!.data.return!.pausedInstalments, ret.pausedInstalments);
  });

  it('gives up after the last attempt, and also retries when the receiver cannot be reached', async () => {
    let calls = 0;
    const w = world({
      maxAttempts: 3,
      fetch: () => {
        calls++;
        if (calls === 1) return Promise.reject(new TypeError('fetch failed: connection refused'));
        return Promise.resolve(new Response('nope', { status: 500 }));
      },
    });
    await reportSocks(w);
    for (const wait of [0, 1_000, 2_000, 4_000]) {
      w.clock.advance(wait);
      await w.scheduler.runDue();
    }
    const [delivery] = (await w.call('GET', '/__admin/webhooks')).body.deliveries;
    assert.equal(delivery.state, 'failed');
    assert.equal(delivery.nextAttemptAt, null);
    assert.deepEqual(
      delivery.attempts.map((a: { status: number | null }) => a.status),
      [null, 500, 500],
    );
    assert.match(delivery.attempts[0].error, /connection refused/);
    assert.equal(calls, 3);
    assert.equal(w.scheduler.size, 0);

    // QA can send it again once the endpoint works.
    const redelivered = await w.call('POST', `/__admin/webhooks/${delivery.eventId}/redeliver`, { body: {} });
    assert.equal(redelivered.status, 200);
    assert.equal(redelivered.body.deliveries[0].state, 'pending');
    assertError(await w.call('POST', '/__admin/webhooks/evt_unknown1/redeliver', { body: {} }), 404, 'not_found');
  });

  it('the receiver rejects tampered bodies, other secrets and old or future timestamps', async () => {
    const w = world();
    await reportSocks(w);
    await w.scheduler.runDue();
    const [genuine] = w.receiver.received;
    assert.equal(genuine!.verdict, 'valid');
    const { body, signature } = genuine!;
    const now = w.clock.now();
    const t = Math.floor(now.getTime() / 1000);

    assert.deepEqual(await verifyWebhook(SECRET, signature, body, now), { valid: true, timestamp: t });
    const tampered = body.replace('"amount":24900', '"amount":1');
    assert.notEqual(tampered, body);
    assert.deepEqual(await verifyWebhook(SECRET, signature, tampered, now), { valid: false, reason: 'signature' });
    assert.deepEqual(await verifyWebhook('another-secret', signature, body, now), { valid: false, reason: 'signature' });
    assert.deepEqual(await verifyWebhook(SECRET, signature, body, new Date(now.getTime() + 301_000)), { valid: false, reason: 'stale' });
    assert.deepEqual(await verifyWebhook(SECRET, signature, body, new Date(now.getTime() + 300_000)), { valid: true, timestamp: t });
    assert.deepEqual(await verifyWebhook(SECRET, await signWebhook(SECRET, body, t + 600), body, now), { valid: false, reason: 'stale' });
    for (const header of [null, '', 'v1=abc', `t=${t}`, `t=soon,v1=${'a'.repeat(64)}`, 'garbage', `t=${t},v1=${'A'.repeat(64)}`]) {
      assert.equal((await verifyWebhook(SECRET, header, body, now)).valid, false, String(header));
    }
    // A rotated secret: any one matching v1 is enough.
    const rotated = `${signature},v1=${'0'.repeat(64)}`;
    assert.equal((await verifyWebhook(SECRET, rotated, body, now)).valid, true);

    // Sent to the receiver itself: rejected with 400, never accepted.
    const replay = (b: string, sig: string) =>
      w.receiver.fetch(new Request(URL, { method: 'POST', headers: { 'content-type': 'application/json', 'assist-signature': sig }, body: b }));
    assert.equal((await replay(tampered, signature!)).status, 400);
    w.clock.advance(10 * 60_000);
    assert.equal((await replay(body, signature!)).status, 400, 'an old delivery replayed later');
    assert.deepEqual(
      w.receiver.received.slice(-2).map((r) => r.verdict),
      ['signature', 'stale'],
    );
    assert.equal(w.receiver.accepted.size, 1);
  });

  it('sends every return and problem event, each with a unique id', async () => {
    const w = world();
    const ret = await reportSocks(w);
    for (const to of ['in_transit', 'received', 'registered']) {
      assert.equal((await w.call('POST', `/__admin/returns/${ret.id}/advance`, { body: { to } })).status, 200);
    }
    const jonas = await w.login('jonas');
    const problem = await w.call('POST', '/v1/problems', {
      token: jonas,
      headers: { 'idempotency-key': key(2) },
      body: { orderId: 'ord_de_twice', type: 'charged_twice', description: 'Two charges for one order.' },
    });
    assert.equal(problem.status, 201);
    w.clock.advance(8 * 86_400_000);
    await w.call('POST', '/__admin/tick', { body: {} });
    await w.scheduler.runDue();
    const events = [...w.receiver.accepted.values()];
    assert.deepEqual(
      events.map((e) => e.type),
      [
        'return.reported',
        'return.in_transit',
        'return.received',
        'return.registered',
        'problem.reported',
        // Due by the time of the tick: the socks refund completed, and the store never answered Jonas.
        'return.refunded',
        'problem.escalated',
      ],
    );
    assert.ok(events.some((e) => e.type === 'problem.escalated' && e.data.problem!.id === problem.body.id));
    assert.equal(new Set(events.map((e) => e.id)).size, events.length);
    assert.ok(events.every((e) => /^evt_[a-z0-9]{12}$/.test(e.id)));
    assert.ok(w.receiver.received.every((r) => r.verdict === 'valid'));
  });

  it('is configured through the admin surface; without an endpoint events are only logged', async () => {
    const w = world({ url: null });
    const ret = await reportSocks(w);
    let log = (await w.call('GET', '/__admin/webhooks')).body;
    assert.equal(log.url, null);
    assert.equal(log.deliveries[0].state, 'skipped');
    assert.equal(w.scheduler.size, 0);

    assertError(await w.call('POST', '/__admin/webhooks', { body: { url: 'ftp://merchant.example' } }), 400, 'validation_failed');
    assert.equal((await w.call('POST', '/__admin/webhooks', { body: { url: URL } })).status, 200);
    const changed = await w.call('PATCH', `/v1/returns/${ret.id}`, { token: await w.login('astrid'), body: { trackingNumber: 'PN00123456SE' } });
    assert.equal(changed.status, 200);
    await w.scheduler.runDue();
    log = (await w.call('GET', '/__admin/webhooks')).body;
    assert.deepEqual(
      log.deliveries.map((d: { type: string; state: string }) => [d.type, d.state]),
      [
        ['return.updated', 'delivered'],
        ['return.reported', 'skipped'],
      ],
    );
  });
});
