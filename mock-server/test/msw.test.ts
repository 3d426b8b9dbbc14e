import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import { createApp } from '../src/app.js';
import { createHandlers } from '../src/msw.js';

describe('MSW handlers', () => {
  const { app } = createApp({ demo: true });
  const server = setupServer(...createHandlers('https://api.assist.test/base', app));
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  it('answer a GET through the same app, with the base path removed', async () => {
    const response = await fetch('https://api.assist.test/base/v1/help/articles/how-to-return?locale=sv');
    assert.equal(response.status, 200);
    assert.equal((await response.json()).locale, 'sv');
  });

  it('pass POST bodies and headers through unchanged', async () => {
    const response = await fetch('https://api.assist.test/base/v1/auth/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ orderReference: 'US-C4RD8812', phone: '+1 202 555 0143' }),
    });
    assert.equal(response.status, 200);
    const { token } = await response.json();
    const orders = await fetch('https://api.assist.test/base/v1/orders', { headers: { authorization: `Bearer ${token}` } });
    assert.equal((await orders.json()).orders.length, 3);
  });

  it('answer errors in the API shape', async () => {
    const response = await fetch('https://api.assist.test/base/v1/orders');
    assert.equal(response.status, 401);
    assert.equal((await response.json()).error.code, 'unauthorized');
  });
});
