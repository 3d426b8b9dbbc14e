/**
 * Payment-plan arithmetic for returns and refunds, in integer minor units (öre, cent, penny).
 *
 * Free of zod and of the DOM, so a browser can show "the payment plan after the return" before the
 * shopper submits (or while offline) with exactly the numbers the API will use: the API calls the
 * same functions.
 *
 * The rule (from the provider's help pages): a returned amount comes off the remaining (unpaid)
 * instalments equally. What the remaining instalments cannot absorb (a plan already paid, in part
 * or in full) is paid back to the shopper. While the return is open, the share each instalment will
 * lose is paused: not collected and never charged a late fee.
 */

/** One instalment as the math sees it. Dates are calendar dates (`YYYY-MM-DD`). */
export interface PlanInstalment {
  readonly id: string;
  readonly sequence: number;
  readonly dueDate: string;
  /** Minor units. */
  readonly amount: number;
  readonly paid: boolean;
  /** Minor units; null or absent when none was charged. */
  readonly lateFee?: number | null;
}

/** What a return does to one instalment. All amounts in minor units. */
export interface InstalmentAfterReturn {
  readonly instalmentId: string;
  readonly sequence: number;
  readonly dueDate: string;
  readonly paid: boolean;
  /** The amount before the return. */
  readonly amount: number;
  /** Held back while the return is open (equal to `reduction` until the return is registered). */
  readonly paused: number;
  /** Taken off this instalment when the return is registered. */
  readonly reduction: number;
  /** The amount once the return is registered. */
  readonly newAmount: number;
}

/** What a return does to a whole plan. */
export interface ReturnOnPlan {
  /** Value of the returned items. */
  readonly returnAmount: number;
  /** The part taken off the remaining instalments (their sum of `reduction`). */
  readonly fromInstalments: number;
  /** The part paid back to the shopper, because the remaining instalments are too small or paid. */
  readonly toShopper: number;
  /** Every instalment was paid before the return: the whole amount is paid back. */
  readonly fullyPaid: boolean;
  readonly instalments: readonly InstalmentAfterReturn[];
}

const assertMinorUnits = (value: number, what: string): void => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a whole, non-negative number of minor units (got ${value})`);
};

/**
 * Splits `total` as equally as possible over slots that can each take at most `capacities[i]`.
 * Slots that are too small are filled and the rest is shared among the others ("water filling");
 * the last minor units of an uneven split go one each to the earliest slots. The result sums to
 * `min(total, sum of capacities)` exactly.
 */
export function splitEqually(total: number, capacities: readonly number[]): number[] {
  assertMinorUnits(total, 'total');
  capacities.forEach((c, i) => assertMinorUnits(c, `capacities[${i}]`));
  const result = capacities.map(() => 0);
  let remaining = Math.min(
    total,
    capacities.reduce((sum, c) => sum + c, 0),
  );
  let open = capacities.map((c, i) => (c > 0 ? i : -1)).filter((i) => i >= 0);
  while (remaining > 0 && open.length > 0) {
    const share = Math.floor(remaining / open.length);
    const full = open.filter((i) => capacities[i]! - result[i]! <= share);
    if (full.length > 0) {
      for (const i of full) {
        remaining -= capacities[i]! - result[i]!;
        result[i] = capacities[i]!;
      }
      open = open.filter((i) => !full.includes(i));
      continue;
    }
    // Every open slot can take `share + 1`: share out, then one unit each to the earliest.
    for (const i of open) result[i]! += share;
    remaining -= share * open.length;
    for (const i of open.slice(0, remaining)) result[i]! += 1;
    remaining = 0;
  }
  return result;
}

/** Options of {@link applyReturnToPlan}. */
export interface ApplyReturnOptions {
  /**
   * Amounts per instalment id already held back by other open returns of the same order: they
   * cannot be taken off twice, so they reduce what this return can take from that instalment.
   */
  readonly held?: Readonly<Record<string, number>>;
}

/**
 * The plan after returning items worth `returnAmount`: the amount comes off the unpaid instalments
 * equally (see {@link splitEqually}); whatever they cannot absorb goes back to the shopper.
 */
export function applyReturnToPlan(instalments: readonly PlanInstalment[], returnAmount: number, options: ApplyReturnOptions = {}): ReturnOnPlan {
  assertMinorUnits(returnAmount, 'returnAmount');
  const ordered = [...instalments].sort((a, b) => a.sequence - b.sequence);
  ordered.forEach((i) => assertMinorUnits(i.amount, `instalment ${i.id} amount`));
  const capacities = ordered.map((i) => (i.paid ? 0 : Math.max(0, i.amount - (options.held?.[i.id] ?? 0))));
  const shares = splitEqually(returnAmount, capacities);
  const fromInstalments = shares.reduce((sum, s) => sum + s, 0);
  return {
    returnAmount,
    fromInstalments,
    toShopper: returnAmount - fromInstalments,
    fullyPaid: ordered.length > 0 && ordered.every((i) => i.paid),
    instalments: ordered.map((i, n) => ({
      instalmentId: i.id,
      sequence: i.sequence,
      dueDate: i.dueDate,
      paid: i.paid,
      amount: i.amount,
      paused: shares[n]!,
      reduction: shares[n]!,
      newAmount: i.amount - shares[n]!,
    })),
  };
}

/**
 * Adds up what open returns already hold back, per instalment id, from their plan effects (the
 * `plan.instalments` of each open return the API answers). Feed it to `applyReturnToPlan` as `held`.
 */
export function heldByOpenReturns(effects: readonly { readonly instalments: readonly { readonly instalmentId: string; readonly paused: number }[] }[]): Record<string, number> {
  const held: Record<string, number> = {};
  for (const effect of effects) {
    for (const i of effect.instalments) if (i.paused > 0) held[i.instalmentId] = (held[i.instalmentId] ?? 0) + i.paused;
  }
  return held;
}

/**
 * Late fees that must not stand because the instalment fell due while payments were paused
 * (on or after `pausedOn`, the date the return or problem was reported): instalment id → fee.
 */
export function lateFeesToWaive(instalments: readonly PlanInstalment[], pausedOn: string): Record<string, number> {
  const waived: Record<string, number> = {};
  for (const i of instalments) {
    if (!i.paid && i.lateFee && i.lateFee > 0 && i.dueDate >= pausedOn) waived[i.id] = i.lateFee;
  }
  return waived;
}

/**
 * When a pause ends without the amount being taken off (the return was cancelled or closed), the
 * instalments that fell due during the pause get a new due date `graceDays` after `today`, so
 * resuming never makes them overdue at once: instalment id → new due date.
 */
export function dueDatesAfterPause(instalments: readonly PlanInstalment[], pausedOn: string, today: string, graceDays: number): Record<string, string> {
  const moved: Record<string, string> = {};
  for (const i of instalments) {
    if (!i.paid && i.amount > 0 && i.dueDate >= pausedOn && i.dueDate < today) moved[i.id] = addCalendarDays(today, graceDays);
  }
  return moved;
}

/** How long a refund takes to reach the shopper's account once issued (bank settlement). */
export const SETTLEMENT_BUSINESS_DAYS = { min: 3, max: 10 } as const;

/** A calendar date `days` later (or earlier, when negative). */
export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** True on Saturdays and Sundays. */
export function isWeekend(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * The business day `days` business days after `date` (weekends and the given holidays do not
 * count). With `days` 0: `date` itself when it is a business day, else the next one.
 */
export function addBusinessDays(date: string, days: number, isHoliday: (date: string) => boolean = () => false): string {
  const closed = (d: string) => isWeekend(d) || isHoliday(d);
  let current = date;
  while (closed(current)) current = addCalendarDays(current, 1);
  for (let left = days; left > 0;) {
    current = addCalendarDays(current, 1);
    if (!closed(current)) left--;
  }
  return current;
}

/** When money paid back on `refundOn` reaches the shopper: the earliest and the latest business day. */
export function settlementWindow(refundOn: string, isHoliday?: (date: string) => boolean): { from: string; by: string } {
  return {
    from: addBusinessDays(refundOn, SETTLEMENT_BUSINESS_DAYS.min, isHoliday),
    by: addBusinessDays(refundOn, SETTLEMENT_BUSINESS_DAYS.max, isHoliday),
  };
}

/** The value of returned items: quantity times unit price, summed, in minor units. */
export function returnAmountOf(
  lines: readonly { readonly itemId: string; readonly quantity: number }[],
  items: readonly { readonly id: string; readonly unitPrice: { readonly amount: number } }[],
): number {
  return lines.reduce((sum, line) => {
    const item = items.find((i) => i.id === line.itemId);
    if (!item) throw new RangeError(`Item ${line.itemId} is not part of the order`);
    return sum + item.unitPrice.amount * line.quantity;
  }, 0);
}

/** The instalments of a payment plan as the API answers it (`GET /v1/orders/:id/payment-plan`). */
export function instalmentsOfPlan(plan: {
  readonly instalments: readonly {
    readonly id: string;
    readonly sequence: number;
    readonly dueDate: string;
    readonly amount: { readonly amount: number };
    readonly status: string;
    readonly lateFee: { readonly amount: number } | null;
  }[];
}): PlanInstalment[] {
  return plan.instalments.map((i) => ({
    id: i.id,
    sequence: i.sequence,
    dueDate: i.dueDate,
    amount: i.amount.amount,
    paid: i.status === 'paid',
    lateFee: i.lateFee?.amount ?? null,
  }));
}
