import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Availability } from '@assist/contract';
import { createApp } from '../src/app.js';
import { SCENARIOS } from '../src/routes/admin.js';
import { assertError, key, setup } from './support.js';

describe('QA admin surface', () => {
  it('lists the scenarios', async () => {
    const { call } = setup();
    const answer = await call('GET', '/__admin/scenarios');
    assert.deepEqual(
      answer.body.scenarios.map((s: { name: string }) => s.name),
      Object.keys(SCENARIOS),
    );
  });

  it('takes the API down and brings it back with a reset', async () => {
    const { call } = setup();
    assert.equal((await call('POST', '/__admin/scenario', { body: { name: 'api-down' } })).status, 200);
    const down = await call('GET', '/v1/help/categories');
    assertError(down, 503, 'unavailable');
    assert.equal(down.headers.get('retry-after'), '1');
    // The admin surface and the health check stay reachable.
    assert.equal((await call('GET', '/healthz')).status, 200);
    await call('POST', '/__admin/reset', { body: {} });
    assert.equal((await call('GET', '/v1/help/categories')).status, 200);
  });

  it('adds latency to API answers', async () => {
    const { call } = setup();
    await call('POST', '/__admin/faults', { body: { latencyMs: 120 } });
    const started = performance.now();
    await call('GET', '/v1/help/categories');
    assert.ok(performance.now() - started >= 110);
  });

  it('injects a share of failures with the chosen status', async () => {
    let n = 0;
    const sequence = [0.1, 0.9, 0.2, 0.8];
    const { app, adminToken } = createApp({ demo: true, random: () => sequence[n++ % sequence.length]! });
    await app.request('/__admin/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'assist-admin-token': adminToken! },
      body: JSON.stringify({ errorRate: 0.5, errorStatus: 429 }),
    });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/v1/help/categories')).status);
    assert.deepEqual(statuses, [429, 200, 429, 200]);
  });

  it('loses answers after the work is done, and an idempotent retry recovers the first result', async () => {
    const { call, login, deps } = setup();
    const token = await login('olivia');
    await call('POST', '/__admin/faults', { body: { errorRate: 1, timing: 'after' } });
    const request = [
      'POST',
      '/v1/orders/ord_gb_due/payment-plan/extend',
      { token, body: { instalmentId: 'ins_gb_due_1', days: 7 }, headers: { 'idempotency-key': key(1) } },
    ] as const;
    assertError(await call(...request), 503, 'unavailable');
    Object.assign(deps.faults, { errorRate: 0 });
    const retry = await call(...request);
    assert.equal(retry.status, 200);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(retry.body.instalment.originalDueDate !== null, true);
  });

  it('switches data sets and restores changed data on reset', async () => {
    const { call, login } = setup();
    await call('POST', '/__admin/scenario', { body: { name: 'new-shopper' } });
    const token = await login('astrid');
    const orders = (await call('GET', '/v1/orders', { token })).body.orders;
    assert.equal(orders.length, 1);
    assert.equal(orders[0].status, 'authorized');
    await call('POST', '/__admin/reset', { body: {} });
    assert.equal((await call('GET', '/v1/orders', { token })).body.orders.length, 4);
  });

  it('moves the clock for the outside-hours and holiday scenarios', async () => {
    const { call } = setup();
    await call('POST', '/__admin/scenario', { body: { name: 'outside-hours' } });
    for (const market of ['SE', 'DE', 'GB', 'US']) {
      const availability = Availability.parse((await call('GET', `/v1/availability?market=${market}`)).body);
      assert.equal(availability.chat?.open, false, market);
      assert.equal(availability.phone.open, false, market);
    }
    await call('POST', '/__admin/scenario', { body: { name: 'holiday' } });
    const se = Availability.parse((await call('GET', '/v1/availability?market=SE')).body);
    assert.match(se.now, /-12-25T/);
    assert.equal(se.chat?.open, false);
    await call('POST', '/__admin/clock', { body: { now: null } });
    assert.equal((await call('GET', '/healthz')).body.time, '2026-11-18T10:00:00.000Z');
  });

  it('validates admin input like the API does', async () => {
    const { call } = setup();
    assertError(await call('POST', '/__admin/scenario', { body: { name: 'chaos' } }), 400, 'validation_failed');
    assertError(await call('POST', '/__admin/faults', { body: { errorRate: 2 } }), 400, 'validation_failed');
    assertError(await call('POST', '/__admin/clock', { raw: '{' }), 400, 'invalid_json');
  });

  it('is absent when the app is built without it', async () => {
    const { app } = createApp({ admin: false });
    assert.equal((await app.request('/__admin/reset', { method: 'POST' })).status, 404);
  });
});
