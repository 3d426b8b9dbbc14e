import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PartitionedRouter } from '../src/http/router.js';

/** The handlers a request reaches, in order. */
function reached(router: PartitionedRouter<string>, method: string, path: string): string[] {
  const [matches] = router.match(method, path);
  return matches.map(([handler]) => handler);
}

describe('the API router', () => {
  it('takes the whole route table, with the fastest router outside the returns and middleware on both sides in order', () => {
    const router = new PartitionedRouter<string>('/v1/returns');
    router.add('ALL', '*', 'pipeline');
    router.add('GET', '/v1/orders/:id', 'getOrder');
    router.add('GET', '/v1/orders/:id/returns', 'listOrderReturns');
    router.add('POST', '/v1/returns', 'createReturn');
    router.add('POST', '/v1/returns/preview', 'previewReturn');
    router.add('GET', '/v1/returns/:id', 'getReturn');
    router.add('POST', '/v1/returns/:id/cancel', 'cancelReturn');
    router.add('POST', '/__admin/returns/:id/advance', 'advance');
    router.add('ALL', '/v1/*', 'v1');

    assert.deepEqual(reached(router, 'GET', '/v1/orders/ord_1'), ['pipeline', 'getOrder', 'v1']);
    assert.deepEqual(reached(router, 'GET', '/v1/orders/ord_1/returns'), ['pipeline', 'listOrderReturns', 'v1']);
    assert.deepEqual(reached(router, 'POST', '/v1/returns'), ['pipeline', 'createReturn', 'v1']);
    assert.deepEqual(reached(router, 'POST', '/v1/returns/preview'), ['pipeline', 'previewReturn', 'v1']);
    assert.deepEqual(reached(router, 'POST', '/v1/returns/ret_1/cancel'), ['pipeline', 'cancelReturn', 'v1']);
    assert.deepEqual(reached(router, 'GET', '/v1/returns/ret_1'), ['pipeline', 'getReturn', 'v1']);
    assert.deepEqual(reached(router, 'POST', '/__admin/returns/ret_1/advance'), ['pipeline', 'advance']);
    assert.deepEqual(reached(router, 'GET', '/v1/returnsx'), ['pipeline', 'v1']);
    // One regular expression for everything but the returns, which it could not take with them.
    assert.deepEqual(router.active, { inside: 'TrieRouter', outside: 'RegExpRouter' });
  });
});
