import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, routes } from '@assist/contract';
import { implementedRoutes } from '../src/http/define.js';
import { assertError, setup } from './support.js';

const BODIES = [
  'not json',
  '{"unterminated": ',
  '[]',
  'null',
  '"a string"',
  '42',
  '{}',
  '{"helpful": "yes", "orderReference": 12, "email": ["x"], "days": -1, "instalmentId": null}',
  JSON.stringify({ orderReference: 'SE-4K7M2QXP', email: 'a@b.se', extra: true }),
  JSON.stringify({ token: 'x'.repeat(10_000) }),
  JSON.stringify({ orderReference: '\u0000\u202e<script>', phone: '+١٢٣٤٥٦٧٨٩' }),
  '{"a":'.repeat(500) + '1' + '}'.repeat(500),
];
const PARAMS = ['x', '%00', '..%2F..%2Fetc', 'a'.repeat(300), '%F0%9F%92%A5', 'ord_' + 'A'.repeat(70)];

describe('malformed requests', () => {
  it('never answer 5xx, and every error is in the one shape, across every implemented route', async () => {
    const { app, call, login } = setup();
    const token = await login('astrid');
    const list = implementedRoutes.get(app)!;
    assert.ok(list.length >= 13);
    let requests = 0;
    for (const route of list) {
      const paths = route.path.includes(':') ? PARAMS.map((p) => route.path.replace(/:[A-Za-z]+/g, p)) : [route.path];
      const queries = ['', '?q=', '?limit=-5&q=' + 'x'.repeat(5_000), '?locale=%%%', '?market=XX&category=..', '?q=a&q=b'];
      for (const path of paths) {
        for (const query of queries) {
          for (const auth of [undefined, token, 'garbage']) {
            const bodies = route.method === 'GET' ? [undefined] : BODIES;
            for (const raw of bodies) {
              const answer = await call(route.method, path + query, {
                ...(raw === undefined ? {} : { raw }),
                ...(auth ? { token: auth } : {}),
                headers: route.idempotency !== 'none' ? { 'idempotency-key': `fuzz-${requests}-key` } : {},
              });
              requests++;
              assert.ok(answer.status < 500, `${route.method} ${path + query} ${raw?.slice(0, 40)} → ${answer.status} ${JSON.stringify(answer.body)}`);
              if (answer.status >= 400) {
                assert.ok(ApiError.safeParse(answer.body).success, `${route.method} ${path}: ${JSON.stringify(answer.body)}`);
              }
            }
          }
        }
      }
    }
    assert.ok(requests > 1000, `${requests} requests`);
  });

  it('answers 400 invalid_json, 415 for another content type and 413 for a body over the limit', async () => {
    const { call } = setup();
    assertError(await call('POST', '/v1/auth/verify', { raw: '{"orderReference":' }), 400, 'invalid_json');
    assertError(
      await call('POST', '/v1/auth/verify', { raw: 'orderReference=SE', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      415,
      'unsupported_media_type',
    );
    const huge = JSON.stringify({ orderReference: 'SE-4K7M2QXP', email: `${'a'.repeat(70_000)}@example.se` });
    assertError(await call('POST', '/v1/auth/verify', { raw: huge }), 413, 'payload_too_large');
  });

  it('answers 404 for unknown routes and 405 for a known path with the wrong method', async () => {
    const { call } = setup();
    assertError(await call('GET', '/v1/unknown'), 404, 'not_found');
    const wrong = await call('DELETE', '/v1/orders/ord_se_outdoor');
    assertError(wrong, 405, 'method_not_allowed');
    assert.match(wrong.body.error.message, /GET/);
  });

  it('says where each problem is, with a path per issue', async () => {
    const { call } = setup();
    const answer = await call('POST', '/v1/help/articles/art_how_to_return/feedback', { body: { helpful: 1, comment: '', surprise: 1 } });
    assertError(answer, 400, 'validation_failed');
    const paths = answer.body.error.issues.map((i: { path: string }) => i.path);
    assert.ok(paths.includes('body.helpful'));
    assert.ok(paths.includes('body.comment'));
    assert.ok(
      paths.some((p: string) => p === 'body' || p.startsWith('body')),
      JSON.stringify(paths),
    );
  });

  it('tags every answer with a request id, also in error bodies', async () => {
    const { call } = setup();
    const ok = await call('GET', '/healthz');
    assert.match(ok.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    const failed = await call('GET', '/v1/nope');
    assert.equal(failed.body.error.requestId, failed.headers.get('x-request-id'));
  });
});

describe('meta routes', () => {
  it('answers /healthz', async () => {
    const { call } = setup();
    const answer = await call('GET', '/healthz');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.status, 'ok');
  });

  it('serves an OpenAPI 3.1 document of exactly the implemented routes', async () => {
    const { call, app } = setup();
    const doc = (await call('GET', '/openapi.json')).body;
    assert.equal(doc.openapi, '3.1.0');
    const operations = Object.entries(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap(([, ops]) => Object.values(ops).map((o) => o.operationId));
    assert.deepEqual(
      operations.sort(),
      implementedRoutes
        .get(app)!
        .map((r) => r.id)
        .sort(),
    );
    const verify = doc.paths['/v1/auth/verify'].post;
    assert.deepEqual(Object.keys(verify.requestBody.content['application/json'].schema.properties).sort(), ['email', 'orderReference', 'phone']);
    const extend = doc.paths['/v1/orders/{id}/payment-plan/extend'].post;
    assert.ok(extend.parameters.some((p: { name: string; in: string; required: boolean }) => p.name === 'Idempotency-Key' && p.in === 'header' && p.required));
    assert.equal(extend.responses['422'].content['application/json'].schema.$ref, '#/components/schemas/Error');
    assert.deepEqual(operations.sort(), Object.keys(routes).sort(), 'every route of the contract is served');
  });
});

describe('CORS', () => {
  it('allows the origins of configured clients and the headers the client sends, and nothing else', async () => {
    const { app } = setup({ clients: [{ id: 'shop', origins: ['https://shop.example'] }] });
    const preflight = await app.request('/v1/orders', {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, idempotency-key' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://shop.example');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
    const other = await app.request('/v1/help/categories', { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});
