import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEMO_CUSTOMERS, DEMO_REFERENCES, demoShoppers, seed, seedNewShopper } from '../src/fixtures/orders.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('demo shoppers', () => {
  it('the README verifies each with the reference and contact the playground lists, an order of theirs', () => {
    const data = seed(new Date());
    for (const { customer, reference } of demoShoppers(data)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| ${customer.firstName} ${customer.lastName} `));
      assert.ok(row, `${customer.firstName} is in the README's table`);
      assert.match(row, new RegExp(`\`${reference}\` \\+ `), `${customer.firstName}: the README and the playground give the same reference`);
      assert.equal(reference, DEMO_REFERENCES[customer.id]);
      assert.equal(data.orders.find((o) => o.reference === reference)?.customerId, customer.id);
    }
    assert.equal(demoShoppers(data).length, DEMO_CUSTOMERS.length);
  });

  it('the new-shopper data set has one shopper, verified with her only order', () => {
    const data = seedNewShopper(new Date());
    const shoppers = demoShoppers(data);
    assert.equal(shoppers.length, 1);
    assert.equal(shoppers[0]!.reference, data.orders[0]!.reference);
  });
});
