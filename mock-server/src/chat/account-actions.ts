import type { Instalment, Money, Order, PaymentPlan } from '@assist/contract';
import { marketToday, planView } from '../domain/plans.js';
import { splitEvenly } from '../fixtures/orders.js';
import { ApiFailure } from '../http/failure.js';
import type { Store } from '../store/types.js';
import { addDays } from '../time.js';
import { transactionId } from '../ids.js';
import type { ExtendRefusal } from './phrases.js';
import { editable } from '../store/records.js';

/**
 * Changes to a shopper's account that the chat and agents make: extend a due date (once per
 * instalment), refund (taken off the remaining instalments equally), release an authorization hold.
 * Each runs under the order's lock, the one returns and problems change plans under, and reads the
 * order afresh inside it.
 */

/** Runs `task` with the order as it is now, holding the order's lock. */
async function withOrder<T>(store: Store, orderId: string, task: (order: Order) => Promise<T>): Promise<T> {
  return store.atomically(`order:${orderId}`, async () => {
    const order = editable(await store.order(orderId));
    if (!order) throw new ApiFailure('not_found', 'Order was not found');
    return task(order);
  });
}

export type ExtendResult = { ok: true; instalment: Instalment; previousDueDate: string; plan: PaymentPlan } | { ok: false; refusal: ExtendRefusal; message: string };

/** What the API answers when a due date cannot move. */
export const REFUSAL_MESSAGES: Record<ExtendRefusal, string> = {
  already_extended: 'This due date was already extended once',
  paid: 'This instalment is already paid',
  overdue: 'This instalment is overdue: pay it or contact us',
  paused: 'Payments on this order are paused while a return or problem is open',
  not_extendable: 'This payment cannot be extended',
  no_plan: 'This order has no payment plan',
};

/** Why an instalment that is not extendable cannot move: moved once already, paid, overdue, paused, or not at all. */
export function extendRefusal(instalment: Pick<Instalment, 'originalDueDate' | 'status'>): ExtendRefusal {
  if (instalment.originalDueDate !== null) return 'already_extended';
  switch (instalment.status) {
    case 'paid':
    case 'overdue':
    case 'paused':
      return instalment.status;
    default:
      return 'not_extendable';
  }
}

/** Moves one instalment's due date by `days`, if it may still be moved. */
export function extendInstalment(store: Store, orderId: string, instalmentId: string, days: number): Promise<ExtendResult> {
  return withOrder(store, orderId, (order) => extend(store, order, instalmentId, days));
}

async function extend(store: Store, order: Order, instalmentId: string, days: number): Promise<ExtendResult> {
  const plan = editable(await store.plan(order.id));
  const refuse = (refusal: ExtendRefusal): ExtendResult => ({ ok: false, refusal, message: REFUSAL_MESSAGES[refusal] });
  if (!plan) return refuse('no_plan');
  const record = plan.instalments.find((i) => i.id === instalmentId);
  if (!record) {
    throw new ApiFailure('validation_failed', 'This instalment is not part of the order', {
      issues: [{ path: 'body.instalmentId', message: 'is not an instalment of this order' }],
    });
  }
  const today = marketToday(order, store.clock.now());
  const current = planView(plan, today).instalments.find((i) => i.id === record.id)!;
  if (!current.extendable) return refuse(extendRefusal(current));
  const previousDueDate = record.dueDate;
  record.originalDueDate = record.dueDate;
  record.dueDate = addDays(record.dueDate, days);
  await store.savePlan(plan);
  const updated = planView(plan, today);
  return { ok: true, previousDueDate, instalment: updated.instalments.find((i) => i.id === record.id)!, plan: updated };
}

/**
 * Refunds part or all of an order. What is still unpaid is reduced first, equally across the open
 * instalments; the rest goes back to the shopper (pending until the bank settles it).
 */
export function refundOrder(store: Store, orderId: string, amount: Money, reason: string): Promise<{ order: Order; plan: PaymentPlan | null }> {
  return withOrder(store, orderId, (order) => refund(store, order, amount, reason));
}

async function refund(store: Store, order: Order, amount: Money, reason: string): Promise<{ order: Order; plan: PaymentPlan | null }> {
  if (amount.currency !== order.currency) {
    throw new ApiFailure('validation_failed', `The refund must be in the order's currency (${order.currency})`, {
      issues: [{ path: 'body.amount.currency', message: `must be ${order.currency}, the order's currency` }],
    });
  }
  if (amount.amount <= 0) {
    throw new ApiFailure('validation_failed', 'The refund must be more than 0', { issues: [{ path: 'body.amount.amount', message: 'must be more than 0' }] });
  }
  if (order.status === 'cancelled') throw new ApiFailure('conflict', 'This order was cancelled, so nothing was charged that could be refunded');
  const left = refundableLeft(order);
  if (amount.amount > left) {
    throw new ApiFailure('conflict', `At most ${left} (minor units of ${order.currency}) can still be refunded on this order`);
  }
  const plan = editable(await store.plan(order.id));
  const now = store.clock.now();
  let takenOffPlan = 0;
  if (plan && !plan.cancelled) {
    let rest = amount.amount;
    for (let round = 0; round < 10 && rest > 0; round++) {
      const open = plan.instalments.filter((i) => !i.paidAt && i.amount > 0);
      if (open.length === 0) break;
      const shares = splitEvenly(rest, open.length);
      open.forEach((inst, n) => {
        const take = Math.min(inst.amount, shares[n]!);
        inst.amount -= take;
        rest -= take;
        takenOffPlan += take;
        if (inst.amount === 0) inst.paidAt = now.toISOString();
      });
    }
    await store.savePlan(plan);
  }
  const updated: Order = {
    ...order,
    transactions: [
      {
        id: transactionId(),
        type: 'refund' as const,
        amount,
        at: now.toISOString(),
        description: `Refund: ${reason}`,
        status: takenOffPlan === amount.amount ? ('settled' as const) : ('pending' as const),
      },
      ...order.transactions,
    ],
  };
  if (amount.amount === left) updated.status = 'refunded';
  await store.saveOrder(updated);
  const after = await store.plan(order.id);
  return { order: updated, plan: after ? planView(after, marketToday(order, now)) : null };
}

/** How much of an order can still be refunded: what the store confirmed, minus what was refunded already. */
export function refundableLeft(order: Order): number {
  const confirmed = order.items.reduce((sum, i) => sum + i.unitPrice.amount * i.confirmedQuantity, 0);
  const refunded = order.transactions.filter((t) => t.type === 'refund').reduce((sum, t) => sum + t.amount.amount, 0);
  return Math.max(0, confirmed - refunded);
}

/** Releases a pending authorization hold: the reserved amount drops off the shopper's account. */
export function releaseHold(store: Store, orderId: string): Promise<{ order: Order; amount: Money }> {
  return withOrder(store, orderId, (order) => release(store, order));
}

async function release(store: Store, order: Order): Promise<{ order: Order; amount: Money }> {
  const hold = order.holds.find((h) => h.status === 'pending');
  if (!hold) throw new ApiFailure('conflict', 'There is no pending authorization hold on this order');
  const now = store.clock.now().toISOString();
  const updated: Order = {
    ...order,
    holds: order.holds.map((h) => (h === hold ? { ...h, status: 'released' as const } : h)),
    transactions: [
      { id: transactionId(), type: 'hold_release' as const, amount: hold.amount, at: now, description: 'Authorization released', status: 'settled' as const },
      ...order.transactions.map((t) => (t.type === 'hold' && t.status === 'pending' ? { ...t, status: 'reversed' as const } : t)),
    ],
    notices: order.notices.filter((n) => n !== 'authorization_hold_overdue'),
  };
  await store.saveOrder(updated);
  return { order: updated, amount: hold.amount };
}
