import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp } from '../../../mock-server/src/app.js';
import { ManualClock } from '../../../mock-server/src/clock.js';
import { AssistApiError, createClient, newKey, type ClientOptions } from '../src/index.js';
import { uploadAttachment } from '../src/upload.js';
import { png } from '../../../mock-server/test/attachment-files.js';
import { extendDueDate, getArticle, listCategories, listOrders, searchHelp, verifyShopper } from '@assist/contract/endpoints';

const BASE = 'https://api.assist.test';

/** The reference app's admin token here (the QA admin surface moves it into failure scenarios). */
const ADMIN_TOKEN = 'client-test-admin-token-0123456789';

/** A client wired to the reference app in-process; records every request it sends. */
function harness(options: Partial<ClientOptions> = {}, rolls: number[] = []) {
  // Fault injection draws from `rolls` first (below the error rate fails), then never fails.
  const { app, deps } = createApp({
    demo: true,
    admin: { token: ADMIN_TOKEN },
    clock: new ManualClock('2026-11-18T10:00:00Z'),
    tokenSecret: 'client-test',
    random: () => rolls.shift() ?? 0.999,
  });
  const sent: Request[] = [];
  const client = createClient({
    baseUrl: BASE,
    retryDelayMs: 1,
    maxRetryDelayMs: 5,
    fetch: async (request) => {
      sent.push(request.clone());
      return app.fetch(request);
    },
    ...options,
  });
  return { client, sent, deps, app, rolls };
}

const fail = async (promise: Promise<unknown>): Promise<AssistApiError> => {
  const error = await promise.then(
    () => assert.fail('expected the call to fail'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AssistApiError, String(error));
  return error;
};

async function verified() {
  const h = harness();
  const session = await h.client.call(verifyShopper, { body: { orderReference: 'GB-DU3T0M0R', email: 'olivia.hughes@example.co.uk' } });
  h.client.setToken(session.token);
  return h;
}

describe('AssistClient', () => {
  it('calls typed routes with path, query and locale', async () => {
    const { client, sent } = harness({ locale: 'de-DE' });
    const article = await client.call(getArticle, { params: { slug: 'how-to-return' } });
    assert.equal(article.locale, 'de');
    const search = await client.call(searchHelp, { query: { q: 'refund', limit: '3' } });
    assert.equal(search.hits.length, 3);
    assert.equal(sent[1]!.url, `${BASE}/v1/help/search?q=refund&limit=3`);
    assert.equal(sent[0]!.headers.get('accept-language'), 'de-DE');
  });

  it('names the merchant on every call with Assist-Client-Id when a client id is configured, and not otherwise', async () => {
    const named = harness({ clientId: 'demo' });
    await named.client.call(listCategories);
    await named.client.call(verifyShopper, { body: { orderReference: 'GB-DU3T0M0R', email: 'olivia.hughes@example.co.uk' } });
    assert.deepEqual(
      named.sent.map((request) => request.headers.get('assist-client-id')),
      ['demo', 'demo'],
    );
    assert.equal(named.client.clientId, 'demo');
    const anonymous = harness();
    await anonymous.client.call(listCategories);
    assert.equal(anonymous.sent[0]!.headers.get('assist-client-id'), null);
    assert.equal(anonymous.client.clientId, null);
  });

  it('sends the token to protected routes only', async () => {
    const { client, sent } = await verified();
    await client.call(listOrders);
    await client.call(listCategories);
    assert.match(sent[1]!.headers.get('authorization') ?? '', /^Bearer eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.equal(sent[2]!.headers.get('authorization'), null);
  });

  it('rejects with the API error code, status, issues and request id', async () => {
    const { client } = harness();
    const error = await fail(client.call(verifyShopper, { body: { orderReference: 'x', email: 'y' } }));
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.status, 400);
    assert.deepEqual(error.issues.map((i) => i.path).sort(), ['body.email', 'body.orderReference']);
    assert.match(error.requestId ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(error.retryable, false);
  });

  it('retries reads on 503 with backoff and succeeds', async () => {
    const { client, sent, app } = harness({}, [0.1, 0.1]);
    await app.request('/__admin/faults', { method: 'POST', headers: { 'content-type': 'application/json', 'assist-admin-token': ADMIN_TOKEN }, body: '{"errorRate":0.5}' });
    const result = await client.call(listCategories);
    assert.equal(result.categories.length, 8);
    assert.equal(sent.length, 3);
  });

  it('gives up after the configured retries with the last error', async () => {
    const { client, sent, app } = harness({ retries: 1 });
    await app.request('/__admin/scenario', { method: 'POST', headers: { 'content-type': 'application/json', 'assist-admin-token': ADMIN_TOKEN }, body: '{"name":"api-down"}' });
    const error = await fail(client.call(listCategories));
    assert.equal(error.code, 'unavailable');
    assert.equal(error.retryable, true);
    assert.equal(sent.length, 2);
  });

  it('never repeats a write that has no idempotency key', async () => {
    const { client, sent, app } = harness();
    await app.request('/__admin/scenario', { method: 'POST', headers: { 'content-type': 'application/json', 'assist-admin-token': ADMIN_TOKEN }, body: '{"name":"api-down"}' });
    await fail(client.call(verifyShopper, { body: { orderReference: 'GB-DU3T0M0R', email: 'olivia.hughes@example.co.uk' } }));
    assert.equal(sent.length, 1);
  });

  it('adds an Idempotency-Key to creating requests and reuses it on retries, so a lost answer never doubles the work', async () => {
    const { client, sent, app, rolls } = await verified();
    await app.request('/__admin/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'assist-admin-token': ADMIN_TOKEN },
      body: '{"errorRate":0.5,"timing":"after"}',
    });
    // The first attempt takes effect but its answer is lost; the retry gets the kept answer.
    rolls.push(0.1);
    const result = await client.call(extendDueDate, { params: { id: 'ord_gb_due' }, body: { instalmentId: 'ins_gb_due_1', days: 7 } });
    const keys = sent.filter((r) => r.url.endsWith('/extend')).map((r) => r.headers.get('idempotency-key'));
    assert.equal(keys.length, 2);
    assert.equal(new Set(keys).size, 1);
    assert.match(keys[0]!, /^[0-9a-f]{32}$/);
    assert.equal(result.instalment.originalDueDate, '2026-11-19');
    assert.equal(result.instalment.dueDate, '2026-11-26');
  });

  it('times out a slow answer and retries reads', async () => {
    let attempts = 0;
    const client = createClient({
      baseUrl: BASE,
      timeoutMs: 20,
      retries: 2,
      retryDelayMs: 1,
      fetch: (request) =>
        new Promise((_, reject) => {
          attempts++;
          request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    });
    const error = await fail(client.call(listCategories));
    assert.equal(error.code, 'timeout');
    assert.equal(attempts, 3);
  });

  it('stops at once when the caller cancels', async () => {
    const controller = new AbortController();
    let attempts = 0;
    const client = createClient({
      baseUrl: BASE,
      fetch: (request) =>
        new Promise((_, reject) => {
          attempts++;
          request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          setTimeout(() => controller.abort(), 5);
        }),
    });
    const error = await fail(client.call(listCategories, {}, { signal: controller.signal }));
    assert.equal(error.code, 'aborted');
    assert.equal(attempts, 1);
  });

  it('reports network failures and answers that are not JSON', async () => {
    const offline = createClient({ baseUrl: BASE, retries: 0, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    assert.equal((await fail(offline.call(listCategories))).code, 'network');
    const proxy = createClient({ baseUrl: BASE, retries: 0, fetch: () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 })) });
    const error = await fail(proxy.call(listCategories));
    assert.equal(error.code, 'invalid_response');
    assert.equal(error.status, 502);
  });

  it('tells the app when the token is rejected', async () => {
    const seen: string[] = [];
    const { client } = harness({ token: 'v1.expired.token', onUnauthorized: (e) => seen.push(e.code) });
    await fail(client.call(listOrders));
    assert.deepEqual(seen, ['unauthorized']);
  });

  it('uploads a file (its own module) as its raw bytes with its type and percent-encoded name, retrying with one key into one attachment', async () => {
    const { client, sent, app, rolls, deps } = await verified();
    await app.request('/__admin/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'assist-admin-token': ADMIN_TOKEN },
      body: '{"errorRate":0.5,"timing":"after"}',
    });
    rolls.push(0.1); // the first upload is kept but its answer is lost
    const file = new Blob([png(3, 2)], { type: 'image/png' });
    const send = async (request: Request) => {
      sent.push(request.clone());
      return app.fetch(request);
    };
    const attachment = await uploadAttachment(client, file, { fileName: 'kvitto åäö.png', fetch: send });
    const uploads = sent.filter((r) => r.url.endsWith('/v1/attachments'));
    assert.equal(uploads.length, 2);
    assert.equal(new Set(uploads.map((r) => r.headers.get('idempotency-key'))).size, 1);
    assert.equal(uploads[0]!.headers.get('content-type'), 'image/png');
    assert.equal(uploads[0]!.headers.get('x-file-name'), 'kvitto%20%C3%A5%C3%A4%C3%B6.png');
    assert.deepEqual(new Uint8Array(await uploads[1]!.arrayBuffer()), png(3, 2), 'the retry sends the same bytes');
    assert.deepEqual([attachment.fileName, attachment.contentType, attachment.width, attachment.height], ['kvitto åäö.png', 'image/png', 3, 2]);
    assert.equal((await deps.store.attachment(attachment.id))?.usedBy, null, 'one attachment, not yet sent with anything');

    assert.match(uploads[0]!.headers.get('authorization') ?? '', /^Bearer /);
    const refused = await fail(uploadAttachment(client, new Blob(['plain text'], { type: 'image/jpeg' }), { fileName: 'notes.jpg', fetch: send }));
    assert.deepEqual([refused.code, refused.status], ['unsupported_type', 415]);
  });

  it('makes random keys', () => {
    const keys = new Set(Array.from({ length: 1000 }, newKey));
    assert.equal(keys.size, 1000);
  });
});
