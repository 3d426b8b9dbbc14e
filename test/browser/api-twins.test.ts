import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { AssistApiError, createClient } from '@assist/client';
import { createHandlers } from '@assist/mock-server/msw';
import { getOrder, listCategories, listOrders, searchHelp, verifyShopper } from '@assist/contract/endpoints';

/**
 * The same client calls in the browser against both runtimes of the reference API: the MSW twin
 * (the Hono app running inside this page) and the real server (the Hono app in Node, mounted by
 * the test runner at /real-api). Both must answer alike.
 */
const worker = setupWorker(...createHandlers('/mock-api'));

before(async () => {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
});
after(() => worker.stop());

for (const [runtime, baseUrl] of [
  ['MSW twin', '/mock-api'],
  ['real server', '/real-api'],
] as const) {
  describe(`reference API through the ${runtime}`, () => {
    it('finds the return articles for a misspelt query', async () => {
      const client = createClient({ baseUrl });
      const result = await client.call(searchHelp, { query: { q: 'retrun' } });
      expect(result.hits.length).to.be.greaterThan(0);
      expect(result.hits.slice(0, 3).every((hit) => hit.category.id === 'returns')).to.equal(true);
    });

    it('answers help categories in Swedish when asked for sv-SE', async () => {
      const client = createClient({ baseUrl, locale: 'sv-SE' });
      const result = await client.call(listCategories);
      expect(result.locale).to.equal('sv');
      expect(result.categories.map((c) => c.title)).to.include('Betalningar');
    });

    it('verifies a shopper and shows only their orders', async () => {
      const client = createClient({ baseUrl });
      const session = await client.call(verifyShopper, {
        body: { orderReference: 'gb-du3t0m0r', email: 'Olivia.Hughes@example.co.uk' },
      });
      client.setToken(session.token);
      const { orders } = await client.call(listOrders);
      expect(orders.map((o) => o.reference)).to.include('GB-DU3T0M0R');
      const error = await client.call(getOrder, { params: { id: 'ord_se_outdoor' } }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(AssistApiError);
      expect((error as AssistApiError).status).to.equal(404);
    });

    it('rejects malformed input with the one error shape', async () => {
      const client = createClient({ baseUrl, retries: 0 });
      const error = (await client.call(verifyShopper, { body: { orderReference: '!', email: 'not-an-email' } }).catch((e: unknown) => e)) as AssistApiError;
      expect(error.code).to.equal('validation_failed');
      expect(error.status).to.equal(400);
      expect(error.issues.map((i) => i.path)).to.include.members(['body.orderReference', 'body.email']);
    });
  });
}
