import type { Instalment, Order, OrderSummary, PaymentPlan } from '@assist/contract';
import type { PlanRecord } from '../fixtures/orders.js';
import { MARKETS } from '../fixtures/markets.js';
import { addDays, localDate } from '../time.js';

const EXTENDABLE_METHODS = new Set(['pay_in_4', 'pay_in_30', 'financing']);
/** An instalment is "due" (rather than "scheduled") this many days ahead. */
const DUE_SOON_DAYS = 7;

export function instalmentView(plan: PlanRecord, record: PlanRecord['instalments'][number], today: string): Instalment {
  let status: Instalment['status'];
  if (record.paidAt) status = 'paid';
  else if (plan.cancelled) status = 'cancelled';
  else if (plan.pausedReason) status = 'paused';
  else if (plan.collection || record.dueDate < today) status = 'overdue';
  else if (record.dueDate <= addDays(today, DUE_SOON_DAYS)) status = 'due';
  else status = 'scheduled';
  const money = (amount: number) => ({ amount, currency: plan.currency });
  return {
    id: record.id,
    sequence: record.sequence,
    dueDate: record.dueDate,
    originalDueDate: record.originalDueDate,
    amount: money(record.amount),
    status,
    paidAt: record.paidAt,
    lateFee: record.lateFee === null ? null : money(record.lateFee),
    extendable: EXTENDABLE_METHODS.has(plan.method) && record.originalDueDate === null && (status === 'due' || status === 'scheduled'),
  };
}

/** Today's date in the order's market, which is what due dates are compared with. */
export function marketToday(order: Pick<Order, 'market'>, now: Date): string {
  return localDate(now, MARKETS[order.market].timeZone);
}

export function planView(plan: PlanRecord, today: string): PaymentPlan {
  const instalments = plan.instalments.map((i) => instalmentView(plan, i, today));
  const total = plan.instalments.reduce((sum, i) => sum + i.amount, 0);
  const paid = plan.instalments.filter((i) => i.paidAt).reduce((sum, i) => sum + i.amount, 0);
  const fees = plan.instalments.filter((i) => !i.paidAt).reduce((sum, i) => sum + (i.lateFee ?? 0), 0);
  const money = (amount: number) => ({ amount, currency: plan.currency });
  const status: PaymentPlan['status'] = plan.cancelled ? 'cancelled' : plan.collection ? 'in_collection' : paid === total ? 'completed' : plan.pausedReason ? 'paused' : 'active';
  return {
    orderId: plan.orderId,
    method: plan.method,
    status,
    total: money(total),
    paid: money(paid),
    remaining: money(plan.cancelled ? 0 : total - paid + fees),
    pausedReason: plan.pausedReason,
    instalments,
    collection: plan.collection ? { agency: plan.collection.agency, since: plan.collection.since, amount: money(plan.collection.amount), reason: plan.collection.reason } : null,
  };
}

export function orderSummary(order: Order, plan: PlanRecord | undefined, today: string): OrderSummary {
  const next = plan && !plan.cancelled ? planView(plan, today).instalments.find((i) => i.status !== 'paid') : undefined;
  return {
    id: order.id,
    reference: order.reference,
    merchantName: order.merchant.name,
    status: order.status,
    paymentMethod: order.paymentMethod,
    createdAt: order.createdAt,
    total: order.total,
    itemCount: order.items.reduce((sum, i) => sum + i.quantity, 0),
    nextPayment: next ? { dueDate: next.dueDate, amount: next.amount } : null,
  };
}
