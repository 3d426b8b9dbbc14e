import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_MERCHANT_SECRET } from '../../mock-server/src/app.js';
import { ConfigError, readConfig } from '../../mock-server/src/config.js';
import { signMerchantToken } from '../../mock-server/src/routes/auth.js';
import { requestFrom, startApi, startRefused, TEST_SECRETS } from '../support/api-process.js';

/**
 * Configuration that fails closed: the real server (node mock-server/src/node.ts) refuses to start
 * without its secrets, with a message naming each one, and only ASSIST_DEMO=1 turns on demo secrets.
 */

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('configuration: the server', () => {
  it('refuses to start without its secrets, naming every one that is missing', async () => {
    const refused = await startRefused({});
    assert.equal(refused.code, 1);
    for (const name of ['ASSIST_MERCHANT_SECRET', 'ASSIST_AGENT_TOKEN', 'ASSIST_TOKEN_SECRET']) assert.match(refused.output, new RegExp(name));
    assert.match(refused.output, /ASSIST_DEMO=1/, 'says how to run a demo instead');
    assert.doesNotMatch(refused.output, /listening/);
  });

  it('names just the one secret that is missing', async () => {
    const refused = await startRefused({ ASSIST_MERCHANT_SECRET: TEST_SECRETS.ASSIST_MERCHANT_SECRET, ASSIST_TOKEN_SECRET: TEST_SECRETS.ASSIST_TOKEN_SECRET });
    assert.equal(refused.code, 1);
    assert.match(refused.output, /ASSIST_AGENT_TOKEN is not set/);
    assert.doesNotMatch(refused.output, /ASSIST_MERCHANT_SECRET|ASSIST_TOKEN_SECRET/);
  });

  it('refuses a secret shorter than 32 characters, even in demo mode', async () => {
    const refused = await startRefused({ ...TEST_SECRETS, ASSIST_TOKEN_SECRET: 'x'.repeat(31) });
    assert.equal(refused.code, 1);
    assert.match(refused.output, /ASSIST_TOKEN_SECRET is 31 characters long; it must have at least 32/);
    assert.deepEqual(problemsOf({ ASSIST_DEMO: '1', ASSIST_MERCHANT_SECRET: 'short' }), ['ASSIST_MERCHANT_SECRET is 5 characters long; it must have at least 32']);
  });

  it('starts with its secrets: no demo client, no admin surface, no demo warning, no demo data', async () => {
    // Outside demo mode the database starts empty: the shopper below exists because a demo run put it there first.
    const data = mkdtempSync(join(tmpdir(), 'assist-config-'));
    const empty = await startApi({ ...TEST_SECRETS });
    try {
      const now = Math.floor(Date.now() / 1000);
      const session = await requestFrom('127.0.0.1', `${empty.url}/v1/auth/session`, {
        body: { token: await signMerchantToken(TEST_SECRETS.ASSIST_MERCHANT_SECRET, 'cus_astrid', now) },
      });
      assert.notEqual(session.status, 200, 'no demo shopper outside demo mode');
    } finally {
      await empty.stop();
    }
    await (await startApi({ ASSIST_DEMO: '1', ASSIST_DATA_DIR: data })).stop();
    const api = await startApi({ ...TEST_SECRETS, ASSIST_DATA_DIR: data });
    try {
      assert.equal((await requestFrom('127.0.0.1', `${api.url}/healthz`)).status, 200);
      assert.equal((await requestFrom('127.0.0.1', `${api.url}/__admin/scenarios`)).status, 404);
      const browser = await requestFrom('127.0.0.1', `${api.url}/v1/help/categories`, { headers: { origin: 'http://localhost:5173', 'assist-client-id': 'demo' } });
      assert.equal(browser.status, 403, 'the demo client id exists in demo mode only');
      // The demo merchant secret signs nothing here: a session signed with it is refused, one signed with the configured secret is not.
      const now = Math.floor(Date.now() / 1000);
      const withDemo = await requestFrom('127.0.0.1', `${api.url}/v1/auth/session`, { body: { token: await signMerchantToken(DEMO_MERCHANT_SECRET, 'cus_astrid', now) } });
      assert.equal(withDemo.status, 401);
      const withOwn = await requestFrom('127.0.0.1', `${api.url}/v1/auth/session`, {
        body: { token: await signMerchantToken(TEST_SECRETS.ASSIST_MERCHANT_SECRET, 'cus_astrid', now) },
      });
      assert.equal(withOwn.status, 200);
      assert.doesNotMatch(api.output(), /WARNING|Admin token/);
    } finally {
      await api.stop();
      rmSync(data, { recursive: true, force: true });
    }
  });

  it('with ASSIST_DEMO=1 runs on demo secrets and data, warns at start and gives a random admin token per run', async () => {
    const first = await startApi({ ASSIST_DEMO: '1' });
    const second = await startApi({ ASSIST_DEMO: '1' });
    try {
      assert.match(first.output(), /WARNING: ASSIST_DEMO=1/);
      const token = /Admin token for this run \(header Assist-Admin-Token\): (\S+)/.exec(first.output())?.[1];
      assert.ok(token && token.length >= 32, first.output());
      assert.notEqual(/Admin token for this run[^:]*: (\S+)/.exec(second.output())?.[1], token, 'a new token each run');
      const verified = await requestFrom('127.0.0.1', `${first.url}/v1/auth/verify`, { body: { orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' } });
      assert.equal(verified.status, 200, 'the demo data is there');
      assert.equal((await requestFrom('127.0.0.1', `${first.url}/__admin/scenarios`)).status, 401, 'the admin surface needs the token');
      assert.equal((await requestFrom('127.0.0.1', `${first.url}/__admin/scenarios`, { headers: { 'assist-admin-token': token } })).status, 200);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });

  it('refuses the old ASSIST_CORS_ORIGINS instead of ignoring it', async () => {
    const refused = await startRefused({ ...TEST_SECRETS, ASSIST_CORS_ORIGINS: '*' });
    assert.equal(refused.code, 1);
    assert.match(refused.output, /ASSIST_CORS_ORIGINS is no longer read: .*ASSIST_CLIENTS/);
  });
});

describe('configuration: reading the environment', () => {
  it('needs an admin token of 32 characters for ASSIST_ADMIN=1 outside demo mode', () => {
    assert.deepEqual(problemsOf({ ...TEST_SECRETS, ASSIST_ADMIN: '1' }), ['ASSIST_ADMIN=1 needs ASSIST_ADMIN_TOKEN (at least 32 characters)']);
    assert.match(problemsOf({ ...TEST_SECRETS, ASSIST_ADMIN: '1', ASSIST_ADMIN_TOKEN: 'admin' })[0]!, /ASSIST_ADMIN_TOKEN is 5 characters long/);
    const config = readConfig({ ...TEST_SECRETS, ASSIST_ADMIN: '1', ASSIST_ADMIN_TOKEN: 'a'.repeat(32) });
    assert.deepEqual(config.app.admin, { token: 'a'.repeat(32) });
    assert.equal(config.app.demo, false);
  });

  it('keeps the admin surface off unless ASSIST_DEMO=1 or ASSIST_ADMIN=1', () => {
    assert.equal(readConfig({ ...TEST_SECRETS }).app.admin, false);
    assert.equal(readConfig({ ...TEST_SECRETS, ASSIST_ADMIN_TOKEN: 'a'.repeat(32) }).app.admin, false);
    assert.equal(readConfig({ ASSIST_DEMO: '1', ASSIST_ADMIN: '0' }).app.admin, false);
    assert.ok(readConfig({ ASSIST_DEMO: '1' }).app.admin);
  });

  it('refuses flags it cannot read rather than guessing', () => {
    assert.deepEqual(problemsOf({ ASSIST_DEMO: 'yes' }).slice(0, 1), ['ASSIST_DEMO must be 1 or 0, not "yes"']);
    assert.deepEqual(problemsOf({ ...TEST_SECRETS, ASSIST_TRUST_PROXY: 'true' }), ['ASSIST_TRUST_PROXY must be 1 or 0, not "true"']);
  });

  it('reads merchant clients and refuses origins that are wildcards, null, paths or plain http', () => {
    const config = readConfig({ ...TEST_SECRETS, ASSIST_CLIENTS: 'shop-a=https://shop-a.example|https://www.shop-a.example;shop-b=https://b.example:8443' });
    assert.deepEqual(config.app.clients, [
      { id: 'shop-a', origins: ['https://shop-a.example', 'https://www.shop-a.example'] },
      { id: 'shop-b', origins: ['https://b.example:8443'] },
    ]);
    for (const bad of [
      'shop=*',
      'shop=null',
      'shop=https://*.shop.example',
      'shop=http://shop.example',
      'shop=https://shop.example/checkout',
      'shop=https://shop.example:*',
      'shop',
      'shop=',
      'x=https://a.example',
    ]) {
      const problems = problemsOf({ ...TEST_SECRETS, ASSIST_CLIENTS: bad });
      assert.equal(problems.length, 1, `${bad}: ${problems.join('; ')}`);
      assert.match(problems[0]!, /^ASSIST_CLIENTS: /);
    }
    assert.equal(problemsOf({ ...TEST_SECRETS, ASSIST_CLIENTS: 'dev=http://localhost:3000' }).length, 0, 'plain http is fine for this machine');
  });
});
