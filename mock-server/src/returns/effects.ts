import { applyReturnToPlan, type PlanInstalment, type ReturnOnPlan } from '@assist/contract';
import type { PlanRecord } from '../fixtures/orders.js';
import { amountOf } from './quantities.js';
import { isOpenReturn } from './rules.js';
import type { ReturnRecord } from './types.js';

/** The plan's instalments as the plan math sees them. */
export function planInstalments(plan: PlanRecord): PlanInstalment[] {
  return plan.instalments.map((i) => ({
    id: i.id,
    sequence: i.sequence,
    dueDate: i.dueDate,
    amount: i.amount,
    paid: i.paidAt !== null,
    lateFee: i.lateFee,
  }));
}

/** The order in which open returns claim their share of the plan: first reported, first served (stable for equal times). */
const byReporting = (a: ReturnRecord, b: ReturnRecord) => a.createdAt.localeCompare(b.createdAt);

/**
 * What each open return of an order does to its plan, computed from the plan as it is now: each
 * return takes its share of what earlier open returns left, so no amount is held back twice.
 * Also answers what all of them hold back together, for a new return or a preview.
 */
export function openReturnEffects(plan: PlanRecord | undefined, returns: readonly ReturnRecord[]): { effects: Map<string, ReturnOnPlan>; held: Record<string, number> } {
  const effects = new Map<string, ReturnOnPlan>();
  const held: Record<string, number> = {};
  if (!plan || plan.cancelled) return { effects, held };
  const instalments = planInstalments(plan);
  for (const record of [...returns].filter(isOpenReturn).sort(byReporting)) {
    const effect = applyReturnToPlan(instalments, amountOf(record.items), { held: { ...held } });
    effects.set(record.id, effect);
    for (const i of effect.instalments) if (i.paused > 0) held[i.instalmentId] = (held[i.instalmentId] ?? 0) + i.paused;
  }
  return { effects, held };
}

/**
 * What an open return does to the plan: exactly what the shopper is shown, so registering it takes
 * off the amounts the shopper saw paused.
 */
export function effectOf(plan: PlanRecord | undefined, returns: readonly ReturnRecord[], record: ReturnRecord): ReturnOnPlan | undefined {
  const asOpen: ReturnRecord = { ...record, status: 'reported' };
  const list = returns.some((r) => r.id === record.id) ? returns.map((r) => (r.id === record.id ? asOpen : r)) : [...returns, asOpen];
  return openReturnEffects(plan, list).effects.get(record.id);
}
