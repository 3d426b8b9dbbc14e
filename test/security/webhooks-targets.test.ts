import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../mock-server/src/clock.js';
import { privateByDns, type Resolve } from '../../mock-server/src/http/targets-dns.js';
import { ManualScheduler } from '../../mock-server/src/jobs/scheduler.js';
import { MemoryStore } from '../../mock-server/src/store/memory.js';
import { WebhookDispatcher } from '../../mock-server/src/webhooks/dispatcher.js';

/** A name service of our own: which addresses each name has. */
const names =
  (table: Record<string, string[]>): Resolve =>
  (host) => {
    const addresses = table[host];
    if (!addresses) return Promise.reject(new Error(`getaddrinfo ENOTFOUND ${host}`));
    return Promise.resolve(addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  };

describe('webhook targets outside demo mode', () => {
  const dns = names({
    'hooks.shop.example': ['203.0.113.10'],
    'sneaky.shop.example': ['203.0.113.11', '10.0.0.5'],
    'metadata.shop.example': ['169.254.169.254'],
    'six.shop.example': ['::1'],
  });

  it('are refused when their public name resolves to a private address, any of them', async () => {
    assert.equal(await privateByDns('https://hooks.shop.example/assist', dns), null);
    assert.match((await privateByDns('https://sneaky.shop.example/assist', dns))!, /resolves to 10\.0\.0\.5/);
    assert.match((await privateByDns('https://metadata.shop.example/', dns))!, /169\.254\.169\.254/);
    assert.match((await privateByDns('https://six.shop.example/', dns))!, /::1/);
    assert.match((await privateByDns('https://gone.shop.example/', dns))!, /does not resolve/);
    assert.match((await privateByDns('http://localhost:9/'))!, /loopback or private/, 'the real name service: localhost is this machine');
  });

  it('are never called when refused: the delivery fails at once, saying why, with no retry', async () => {
    const clock = new ManualClock('2026-11-18T10:00:00.000Z');
    const scheduler = new ManualScheduler(clock);
    const store = new MemoryStore(clock);
    let called = 0;
    const dispatcher = new WebhookDispatcher(store, clock, {
      url: 'https://sneaky.shop.example/assist',
      secret: 'webhook-secret-0123456789abcdef0123456789',
      scheduler,
      fetch: () => {
        called++;
        return Promise.resolve(new Response(null, { status: 204 }));
      },
      refuseTarget: (url) => privateByDns(url, dns),
    });
    await dispatcher.emit('return.reported', 'mer_1', { ok: true });
    await scheduler.advance(24 * 3_600_000);
    const [delivery] = await dispatcher.deliveries();
    assert.equal(called, 0);
    assert.equal(delivery!.state, 'failed');
    assert.equal(delivery!.attempts.length, 1);
    assert.match(delivery!.attempts[0]!.error!, /^Refused: sneaky\.shop\.example resolves to 10\.0\.0\.5/);

    await dispatcher.configure({ url: 'https://hooks.shop.example/assist' });
    assert.equal(await dispatcher.redeliver(delivery!.eventId), true);
    await scheduler.advance(1000);
    assert.equal(called, 1, 'a public target is called');
  });
});
