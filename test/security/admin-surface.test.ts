import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp, type AppOptions } from '../../mock-server/src/app.js';
import { isPrivateTarget } from '../../mock-server/src/http/targets.js';

/**
 * The QA admin surface (/__admin): off unless asked for, always behind its token, never answering a
 * cross-site request, and unable to point webhooks at internal addresses outside demo mode.
 */

const TOKEN = 'security-test-admin-token-0123456789';

function admin(options: AppOptions = { demo: true, admin: { token: TOKEN } }) {
  const { app, adminToken } = createApp(options);
  const call = async (method: string, path: string, headers: Record<string, string> = {}, body?: string) => {
    const response = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as { error?: { code: string } }) : undefined };
  };
  return { call, adminToken };
}

const json = { 'content-type': 'application/json', 'assist-admin-token': TOKEN };

describe('admin surface', () => {
  it('is off without demo mode or an admin token', async () => {
    const { call, adminToken } = admin({});
    assert.equal(adminToken, null);
    assert.equal((await call('GET', '/__admin/scenarios', { 'assist-admin-token': TOKEN })).status, 404);
    assert.equal((await call('POST', '/__admin/reset', json, '{}')).status, 404);
  });

  it('in demo mode is on behind a random token of its own', async () => {
    const one = admin({ demo: true });
    const two = admin({ demo: true });
    assert.ok(one.adminToken && one.adminToken.length >= 32);
    assert.notEqual(one.adminToken, two.adminToken);
    assert.equal((await one.call('GET', '/__admin/scenarios')).status, 401);
    assert.equal((await one.call('GET', '/__admin/scenarios', { 'assist-admin-token': two.adminToken! })).status, 401);
    assert.equal((await one.call('GET', '/__admin/scenarios', { 'assist-admin-token': one.adminToken })).status, 200);
  });

  it('answers every route only with the token, in the error shape otherwise', async () => {
    const { call } = admin();
    for (const [method, path] of [
      ['GET', '/__admin/scenarios'],
      ['POST', '/__admin/reset'],
      ['POST', '/__admin/scenario'],
      ['POST', '/__admin/faults'],
      ['POST', '/__admin/clock'],
      ['GET', '/__admin/chat/agent'],
      ['POST', '/__admin/chat/agent/pickup'],
      ['GET', '/__admin/returns'],
      ['POST', '/__admin/tick'],
      ['GET', '/__admin/webhooks'],
      ['POST', '/__admin/webhooks'],
    ] as const) {
      const attempts: Record<string, string>[] = [{ 'content-type': 'application/json' }, { 'content-type': 'application/json', 'assist-admin-token': `${TOKEN}x` }];
      for (const headers of attempts) {
        const answer = await call(method, path, headers, method === 'POST' ? '{"name":"api-down"}' : undefined);
        assert.equal(answer.status, 401, `${method} ${path}`);
        assert.equal(answer.body?.error?.code, 'unauthorized');
      }
    }
    assert.equal((await call('POST', '/__admin/scenario', json, '{"name":"api-down"}')).status, 200);
  });

  it('never sends CORS headers and refuses preflights, so no other origin can call it from a browser', async () => {
    const { call } = admin();
    const preflight = await call('OPTIONS', '/__admin/reset', {
      origin: 'http://localhost:5173',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'assist-admin-token, content-type',
    });
    assert.equal(preflight.status, 403);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    assert.equal(preflight.headers.get('access-control-allow-headers'), null);
    // Even a demo origin with the token gets no CORS headers.
    const withOrigin = await call('GET', '/__admin/scenarios', { ...json, origin: 'http://localhost:5173', 'assist-client-id': 'demo' });
    assert.equal(withOrigin.status, 403);
    assert.equal(withOrigin.headers.get('access-control-allow-origin'), null);
  });

  it('refuses what a browser marks as cross-site or cross-origin, even with the token', async () => {
    const { call } = admin();
    for (const site of ['cross-site', 'same-site']) {
      const answer = await call('POST', '/__admin/reset', { ...json, 'sec-fetch-site': site }, '{}');
      assert.equal(answer.status, 403, site);
      assert.equal(answer.body?.error?.code, 'forbidden');
    }
    assert.equal((await call('POST', '/__admin/reset', { ...json, 'sec-fetch-site': 'same-origin' }, '{}')).status, 200);
    assert.equal((await call('POST', '/__admin/reset', { ...json, origin: 'https://evil.example' }, '{}')).status, 403);
    assert.equal((await call('POST', '/__admin/reset', { ...json, origin: 'http://localhost' }, '{}')).status, 200, 'its own origin');
  });

  it('takes writes only as JSON, so no HTML form can send one', async () => {
    const { call } = admin();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const answer = await call('POST', '/__admin/scenario', { 'content-type': type, 'assist-admin-token': TOKEN }, '{"name":"api-down"}');
      assert.equal(answer.status, 415, type);
      assert.equal(answer.body?.error?.code, 'unsupported_media_type');
    }
    const empty = await call('POST', '/__admin/chat/agent/pickup', { 'assist-admin-token': TOKEN });
    assert.equal(empty.status, 415, 'even without a body');
  });
});

describe('webhook targets', () => {
  const target = (url: string, demo: boolean) => admin({ demo, admin: { token: TOKEN } }).call('POST', '/__admin/webhooks', json, JSON.stringify({ url }));

  it('outside demo mode are never loopback or private addresses', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://[::1]/hook',
      'http://10.1.2.3/hook',
      'http://172.20.0.5/hook',
      'http://192.168.1.10/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://0x7f000001/hook',
      'http://2130706433/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[fd00::1]/hook',
      'http://metadata.internal/hook',
      'http://intranet/hook',
    ]) {
      const answer = await target(url, false);
      assert.equal(answer.status, 400, url);
      assert.equal(answer.body?.error?.code, 'validation_failed');
    }
    assert.equal((await target('https://merchant.example/assist-webhooks', false)).status, 200);
    assert.throws(() => createApp({ webhooks: { url: 'http://127.0.0.1:9000/hook' } }), /loopback or private/);
  });

  it('in demo mode may be on this machine (the playground and tests receive them)', async () => {
    assert.equal((await target('http://127.0.0.1:8080/hook', true)).status, 200);
    assert.doesNotThrow(() => createApp({ demo: true, webhooks: { url: 'http://127.0.0.1:9000/hook' } }));
  });

  it('tells public and private hosts apart', () => {
    for (const url of ['https://hooks.shop.example/a', 'https://8.8.8.8/', 'https://[2001:db8::1]/', 'https://172.32.0.1/', 'https://100.128.0.1/'])
      assert.equal(isPrivateTarget(url), false, url);
    for (const url of ['http://100.64.0.1/', 'http://0.0.0.0/', 'http://[fe80::1]/', 'http://shop.local/', 'http://a.localhost/', 'not a url'])
      assert.equal(isPrivateTarget(url), true, url);
  });
});
