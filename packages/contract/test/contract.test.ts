import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ApiError,
  CreateCallbackRequest,
  CreateReturnRequest,
  Email,
  ERROR_STATUS,
  Money,
  OrderReference,
  Phone,
  SendMessageRequest,
  endpoints,
  fillPath,
  generateOpenApi,
  routes,
  toErrorIssues,
  AttachmentFileName,
  AttachmentIds,
  CreateProblemRequest,
  ATTACHMENT_NAME_HEADER,
} from '../src/index.js';

describe('route table', () => {
  it('declares every route of the API surface once, each with a response schema', () => {
    const seen = new Set<string>();
    for (const route of Object.values(routes)) {
      const key = `${route.method} ${route.path}`;
      assert.ok(!seen.has(key), `${key} declared twice`);
      seen.add(key);
      assert.ok(route.response, `${route.id} has no response schema`);
      if (route.method !== 'GET' && !('rawBody' in route)) assert.ok('body' in route && route.body, `${route.id} has no body schema`);
      if (route.path.includes(':')) assert.ok('params' in route && route.params, `${route.id} has no params schema`);
    }
    const tags = new Set<string>(Object.values(routes).map((r) => r.tag));
    for (const tag of ['help', 'auth', 'orders', 'returns', 'problems', 'chat', 'callbacks', 'availability', 'agent']) assert.ok(tags.has(tag), tag);
  });

  it('asks for an Idempotency-Key on every POST that creates something', () => {
    for (const id of ['createReturn', 'createProblem', 'createChatSession', 'createCallback', 'extendDueDate', 'agentAction'] as const) {
      assert.equal(endpoints[id].idempotency, 'required', id);
    }
  });

  it('fills path parameters, encoding them, and refuses a missing one', () => {
    assert.equal(fillPath('/v1/orders/:id/returns', { id: 'ord_a/b' }), '/v1/orders/ord_a%2Fb/returns');
    assert.throws(() => fillPath('/v1/orders/:id', {}), /Missing path parameter "id"/);
  });

  it('generates an OpenAPI 3.1 document for every route', () => {
    const doc = generateOpenApi(Object.values(routes)) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.equal(doc.openapi, '3.1.0');
    const count = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    assert.equal(count, Object.keys(routes).length);
    assert.ok(doc.paths['/v1/chat/sessions/{id}/events']);
  });
});

describe('primitives', () => {
  it('normalises order references, emails and phone numbers as shoppers type them', () => {
    assert.equal(OrderReference.parse('  se-4k7m2qxp '), 'SE-4K7M2QXP');
    assert.equal(Email.parse(' Astrid@Example.SE '), 'astrid@example.se');
    assert.equal(Phone.parse('+46 (70) 174-06.05'), '+46701740605');
    assert.equal(Phone.safeParse('070 174 06 05').success, false, 'a country code is required');
    assert.equal(OrderReference.safeParse('SE/4K7M').success, false);
  });

  it('keeps money in whole minor units', () => {
    assert.ok(Money.safeParse({ amount: 43_700, currency: 'SEK' }).success);
    assert.equal(Money.safeParse({ amount: 437.5, currency: 'SEK' }).success, false);
    assert.equal(Money.safeParse({ amount: -1, currency: 'SEK' }).success, false);
    assert.equal(Money.safeParse({ amount: 1, currency: 'sek' }).success, false);
  });

  it('validates the later resources already: returns, messages, callbacks', () => {
    const ret = CreateReturnRequest.safeParse({ orderId: 'ord_se_outdoor', items: [], reason: 'wrong_size', method: 'drop_off' });
    assert.equal(ret.success, false);
    assert.deepEqual(toErrorIssues('body', ret.error.issues), [{ path: 'body.items', message: 'choose at least one item' }]);
    assert.equal(SendMessageRequest.safeParse({ id: 'short', text: 'hi' }).success, false);
    const window = CreateCallbackRequest.safeParse({
      phone: '+46701740605',
      market: 'SE',
      topic: 'payments',
      window: { start: '2026-11-18T12:00:00Z', end: '2026-11-18T11:00:00Z' },
    });
    assert.equal(window.success, false);
    assert.equal(toErrorIssues('body', window.error.issues)[0]!.path, 'body.window.end');
  });
});

describe('errors', () => {
  it('maps every error code to a 4xx, except the two that mean the server failed', () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      if (code === 'internal' || code === 'unavailable') assert.ok(status >= 500);
      else assert.ok(status >= 400 && status < 500, code);
    }
  });

  it('describes zod issues in words, with the path of the field', () => {
    const result = CreateReturnRequest.safeParse({ orderId: 'ord_x1', items: [{ itemId: 'itm_a1', quantity: 0 }], reason: 'meh', method: 'drop_off', extra: 1 });
    const issues = toErrorIssues('body', result.error!.issues);
    assert.deepEqual(issues.map((i) => i.path).sort(), ['body', 'body.items.0.quantity', 'body.reason'].sort());
    assert.ok(
      issues.every((i) => i.message !== 'Invalid input'),
      JSON.stringify(issues),
    );
    assert.ok(ApiError.safeParse({ error: { code: 'validation_failed', message: 'x', issues } }).success);
  });
});

describe('attachments', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `att_file${i}x`);

  it('takes at most five attachment ids, each an att_ id', () => {
    assert.equal(AttachmentIds.safeParse(ids(5)).success, true);
    const six = AttachmentIds.safeParse(ids(6));
    assert.equal(six.success, false);
    assert.deepEqual(toErrorIssues('body.attachments', six.error.issues), [{ path: 'body.attachments', message: 'attach at most 5 files' }]);
    assert.equal(AttachmentIds.safeParse(['prb_file0x']).success, false);
  });

  it('lets problems, returns and chat messages carry attachment ids', () => {
    const problem = { orderId: 'ord_8HX2KQ', type: 'faulty_item', description: 'The zip broke on day one.', attachments: ids(2) };
    assert.deepEqual(CreateProblemRequest.parse(problem).attachments, ids(2));
    const ret = { orderId: 'ord_8HX2KQ', items: [{ itemId: 'itm_1a', quantity: 1 }], reason: 'damaged', method: 'drop_off', attachments: ids(1) };
    assert.deepEqual(CreateReturnRequest.parse(ret).attachments, ids(1));
    assert.equal(SendMessageRequest.safeParse({ id: 'msg_12345678', text: 'Photo attached', attachments: ids(6) }).success, false);
  });

  it('accepts file names as devices write them and refuses paths and control characters', () => {
    for (const name of ['IMG_0042.JPG', 'kvitto – åäö.pdf', 'صورة.png', ' spaced .webp ']) assert.equal(AttachmentFileName.safeParse(name).success, true, name);
    for (const name of ['', '   ', '../etc/passwd', 'C:\\photo.jpg', 'a\u0000b.png', 'x'.repeat(121)]) assert.equal(AttachmentFileName.safeParse(name).success, false, name);
  });

  it('documents the upload as a raw file body with its name header, and the content as a file', () => {
    const doc = generateOpenApi(Object.values(routes)) as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, unknown> }; parameters: { name: string }[]; responses: Record<string, { content: Record<string, unknown> }> }>
      >;
    };
    const upload = doc.paths['/v1/attachments']!.post!;
    assert.deepEqual(Object.keys(upload.requestBody!.content), ['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);
    assert.ok(upload.parameters.some((p) => p.name === ATTACHMENT_NAME_HEADER));
    assert.ok(upload.responses['413'] && upload.responses['415']);
    const content = doc.paths['/v1/attachments/{id}/content']!.get!;
    assert.ok(content.responses['200']!.content['application/pdf']);
  });
});
