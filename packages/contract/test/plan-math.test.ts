import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addBusinessDays,
  applyReturnToPlan,
  dueDatesAfterPause,
  heldByOpenReturns,
  instalmentsOfPlan,
  lateFeesToWaive,
  returnAmountOf,
  settlementWindow,
  splitEqually,
  type PlanInstalment,
} from '../src/index.js';

/** Pay in 4 of 1 748.00: four instalments of 437.00, two weeks apart. */
const payIn4 = (paid: number, amounts = [43_700, 43_700, 43_700, 43_700]): PlanInstalment[] =>
  amounts.map((amount, n) => ({
    id: `ins_${n + 1}`,
    sequence: n + 1,
    dueDate: ['2026-11-09', '2026-11-23', '2026-12-07', '2026-12-21'][n]!,
    amount,
    paid: n < paid,
  }));

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('splitting an amount equally in minor units', () => {
  it('gives each slot the same share and the leftover units, one each, to the earliest', () => {
    assert.deepEqual(splitEqually(24_900, [43_700, 43_700, 43_700]), [8_300, 8_300, 8_300]);
    assert.deepEqual(splitEqually(10_000, [43_700, 43_700, 43_700]), [3_334, 3_333, 3_333]);
    assert.deepEqual(splitEqually(10_001, [43_700, 43_700, 43_700]), [3_334, 3_334, 3_333]);
    assert.deepEqual(splitEqually(2, [5, 5, 5]), [1, 1, 0]);
  });

  it('fills slots too small for an equal share and shares the rest among the others', () => {
    assert.deepEqual(splitEqually(100, [10, 50, 50]), [10, 45, 45]);
    assert.deepEqual(splitEqually(101, [10, 50, 50]), [10, 46, 45]);
    assert.deepEqual(splitEqually(100, [0, 50, 50]), [0, 50, 50]);
    assert.deepEqual(splitEqually(500, [10, 50, 50]), [10, 50, 50], 'never more than a slot can take');
  });

  it('always sums exactly to what can be taken, for any amounts', () => {
    let seed = 7;
    const next = (max: number) => (seed = (seed * 48_271) % 2_147_483_647) % max;
    for (let run = 0; run < 2_000; run++) {
      const capacities = Array.from({ length: 1 + next(12) }, () => next(100_000));
      const total = next(700_000);
      const shares = splitEqually(total, capacities);
      assert.equal(sum(shares), Math.min(total, sum(capacities)));
      shares.forEach((s, i) => assert.ok(Number.isInteger(s) && s >= 0 && s <= capacities[i]!));
      // Equal: slots that are not full differ by at most one unit.
      const notFull = shares.filter((s, i) => s < capacities[i]!);
      if (notFull.length > 1) assert.ok(Math.max(...notFull) - Math.min(...notFull) <= 1, JSON.stringify({ total, capacities, shares }));
    }
  });

  it('refuses fractions and negative amounts instead of rounding silently', () => {
    assert.throws(() => splitEqually(10.5, [20]), RangeError);
    assert.throws(() => splitEqually(10, [-1]), RangeError);
  });
});

describe('the payment plan after a return', () => {
  it('partial return: the amount comes off the remaining instalments equally, paid ones untouched', () => {
    const after = applyReturnToPlan(payIn4(1), 24_900);
    assert.deepEqual(
      after.instalments.map((i) => i.reduction),
      [0, 8_300, 8_300, 8_300],
    );
    assert.deepEqual(
      after.instalments.map((i) => i.paused),
      [0, 8_300, 8_300, 8_300],
    );
    assert.deepEqual(
      after.instalments.map((i) => i.newAmount),
      [43_700, 35_400, 35_400, 35_400],
    );
    assert.equal(after.fromInstalments, 24_900);
    assert.equal(after.toShopper, 0);
    assert.equal(after.fullyPaid, false);
  });

  it('partial return that does not divide evenly: exact to the last minor unit', () => {
    // 1 098.00 in four: 274.50 each; one paid; a pillowcase pack of 199.00 returned.
    const after = applyReturnToPlan(payIn4(1, [27_450, 27_450, 27_450, 27_450]), 19_900);
    assert.deepEqual(
      after.instalments.map((i) => i.reduction),
      [0, 6_634, 6_633, 6_633],
    );
    assert.equal(sum(after.instalments.map((i) => i.newAmount)), 4 * 27_450 - 19_900);
    assert.equal(after.fromInstalments + after.toShopper, 19_900);
  });

  it('full return of a plan with one instalment paid: the rest goes to zero and the paid part comes back', () => {
    const after = applyReturnToPlan(payIn4(1), 174_800);
    assert.deepEqual(
      after.instalments.map((i) => i.newAmount),
      [43_700, 0, 0, 0],
    );
    assert.equal(after.fromInstalments, 131_100);
    assert.equal(after.toShopper, 43_700);
  });

  it('fully paid plan: nothing to take off, the whole amount is paid back', () => {
    const after = applyReturnToPlan(payIn4(4), 24_900);
    assert.equal(after.fullyPaid, true);
    assert.equal(after.fromInstalments, 0);
    assert.equal(after.toShopper, 24_900);
    assert.deepEqual(
      after.instalments.map((i) => i.newAmount),
      [43_700, 43_700, 43_700, 43_700],
    );
  });

  it('does not take off twice what another open return already holds back', () => {
    const first = applyReturnToPlan(payIn4(1), 120_000);
    assert.deepEqual(
      first.instalments.map((i) => i.paused),
      [0, 40_000, 40_000, 40_000],
    );
    const second = applyReturnToPlan(payIn4(1), 24_900, { held: heldByOpenReturns([first]) });
    assert.deepEqual(
      second.instalments.map((i) => i.paused),
      [0, 3_700, 3_700, 3_700],
    );
    assert.equal(second.toShopper, 24_900 - 3 * 3_700);
  });

  it('computes the same preview from the API shapes a browser already has', () => {
    const plan = {
      instalments: payIn4(2).map((i) => ({ ...i, amount: { amount: i.amount }, status: i.paid ? 'paid' : 'scheduled', lateFee: null })),
    };
    const items = [
      { id: 'itm_a1', unitPrice: { amount: 12_345 } },
      { id: 'itm_b2', unitPrice: { amount: 100 } },
    ];
    const amount = returnAmountOf(
      [
        { itemId: 'itm_a1', quantity: 2 },
        { itemId: 'itm_b2', quantity: 1 },
      ],
      items,
    );
    assert.equal(amount, 24_790);
    const after = applyReturnToPlan(instalmentsOfPlan(plan), amount);
    assert.deepEqual(
      after.instalments.map((i) => i.reduction),
      [0, 0, 12_395, 12_395],
    );
    assert.throws(() => returnAmountOf([{ itemId: 'itm_zz', quantity: 1 }], items), RangeError);
  });
});

describe('pauses and refund dates', () => {
  it('waives late fees of instalments that fell due while paused, and only those', () => {
    const plan: PlanInstalment[] = [
      { id: 'a', sequence: 1, dueDate: '2026-10-01', amount: 100, paid: false, lateFee: 500 },
      { id: 'b', sequence: 2, dueDate: '2026-11-12', amount: 100, paid: false, lateFee: 500 },
      { id: 'c', sequence: 3, dueDate: '2026-11-26', amount: 100, paid: false, lateFee: null },
    ];
    assert.deepEqual(lateFeesToWaive(plan, '2026-11-10'), { b: 500 });
  });

  it('gives instalments that fell due during the pause a new due date instead of making them overdue', () => {
    const plan = payIn4(1);
    assert.deepEqual(dueDatesAfterPause(plan, '2026-11-20', '2026-12-10', 14), { ins_2: '2026-12-24', ins_3: '2026-12-24' });
    assert.deepEqual(dueDatesAfterPause(plan, '2026-11-20', '2026-11-21', 14), {});
  });

  it('counts business days past weekends and holidays', () => {
    assert.equal(addBusinessDays('2026-11-18', 3), '2026-11-23'); // Wed → Mon
    assert.equal(addBusinessDays('2026-11-21', 0), '2026-11-23'); // Saturday: the next business day
    assert.equal(
      addBusinessDays('2026-12-23', 2, (d) => d === '2026-12-24' || d === '2026-12-25'),
      '2026-12-29',
    );
    assert.deepEqual(settlementWindow('2026-11-18'), { from: '2026-11-23', by: '2026-12-02' });
  });
});
