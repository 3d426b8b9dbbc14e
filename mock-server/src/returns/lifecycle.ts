import { settlementWindow, type Order, type ReturnOnPlan, type ReturnStatus, type Transaction } from '@assist/contract';
import type { PlanRecord } from '../fixtures/orders.js';
import { formatMoney, marketCalendar } from './calendar.js';
import { releasePause, type PauseRelease } from './pause.js';
import { amountOf } from './quantities.js';
import { investigationDeadline } from './rules.js';
import { noteFields, type CodedNote, type ReturnRecord } from './types.js';

/**
 * The transitions of a return as plain functions on records: no store, no HTTP. The services load,
 * lock and save around them; the fixtures use them to build returns that went through each state.
 * Each changes the records it is given in place.
 */

/** Moves the return to `status` and records the step in its timeline. */
export function moveTo(record: ReturnRecord, status: ReturnStatus, at: Date, note: string | CodedNote | null = null): void {
  record.status = status;
  record.updatedAt = at.toISOString();
  record.timeline.push({ status, at: at.toISOString(), ...noteFields(note) });
}

/** Records a change that is not a status change (the shopper edited the return, the carrier reported something). */
export function note(record: ReturnRecord, entry: string, at: Date, text: string | null): void {
  record.updatedAt = at.toISOString();
  record.timeline.push({ status: entry, at: at.toISOString(), note: text });
}

/** Opens an investigation: the return was not registered in time, or the store says the parcel never arrived. */
export function openInvestigation(record: ReturnRecord, at: Date, reason: string, branch: 'delivered_not_received' | null = null): void {
  record.investigation = { openedAt: at.toISOString(), deadline: investigationDeadline(at).toISOString(), branch, outcome: null, closedReason: null };
  moveTo(record, 'investigation', at, reason);
}

/** The calendar date the return was reported, in the order's market: the first day of its pause. */
export const reportedOn = (record: ReturnRecord, order: Pick<Order, 'market'>): string => marketCalendar(order.market).dateOf(record.createdAt);

function pauseNote(release: PauseRelease, currency: string): string | null {
  const parts: string[] = [];
  if (release.waivedFees > 0) parts.push(`late fees of ${formatMoney(release.waivedFees, currency)} removed`);
  if (release.movedDueDates > 0) parts.push(`${release.movedDueDates} payment${release.movedDueDates > 1 ? 's' : ''} given a new due date`);
  return parts.length > 0 ? `Payments resume without penalty: ${parts.join(', ')}` : null;
}

function addTransaction(order: Order, transaction: Transaction): void {
  order.transactions = [transaction, ...order.transactions.filter((t) => t.id !== transaction.id)].sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * Registers the return: takes `effect` (what the shopper was shown) off the plan, pays back what the
 * plan could not absorb, removes late fees charged while the plan was paused, and books the
 * transactions on the order.
 */
export function registerReturn(record: ReturnRecord, effect: ReturnOnPlan | undefined, plan: PlanRecord | undefined, order: Order, at: Date, text: string | null = null): void {
  const calendar = marketCalendar(order.market);
  const today = calendar.dateOf(at);
  const amount = amountOf(record.items);
  const fromInstalments = effect?.fromInstalments ?? 0;
  const toShopper = amount - fromInstalments;
  if (plan && effect) {
    for (const change of effect.instalments) {
      const instalment = plan.instalments.find((i) => i.id === change.instalmentId);
      if (!instalment || change.reduction === 0) continue;
      instalment.amount -= change.reduction;
      // Nothing left to pay: the instalment is settled by the return.
      if (instalment.amount === 0 && instalment.paidAt === null) instalment.paidAt = at.toISOString();
    }
  }
  const release = releasePause(plan, reportedOn(record, order), today);
  const settlement = toShopper > 0 ? settlementWindow(today, calendar.isHoliday) : null;
  record.refund = {
    amount,
    fromInstalments,
    toShopper,
    fullyPaid: effect?.fullyPaid ?? true,
    registeredAt: at.toISOString(),
    refundedOn: today,
    settlementFrom: settlement?.from ?? null,
    expectedBy: settlement ? calendar.endOfDay(settlement.by).toISOString() : at.toISOString(),
    instalments: (effect?.instalments ?? []).map((i) => ({
      instalmentId: i.instalmentId,
      sequence: i.sequence,
      dueDate: i.dueDate,
      paid: i.paid,
      amount: i.amount,
      reduction: i.reduction,
      newAmount: i.newAmount,
    })),
  };
  const money = (value: number) => ({ amount: value, currency: order.currency });
  if (fromInstalments > 0) {
    addTransaction(order, {
      id: `txn_${record.id}_plan`,
      type: 'adjustment',
      amount: money(fromInstalments),
      at: at.toISOString(),
      description: `Return ${record.reference}: taken off your remaining payments`,
      status: 'settled',
    });
  }
  if (toShopper > 0) {
    addTransaction(order, {
      id: `txn_${record.id}_refund`,
      type: 'refund',
      amount: money(toShopper),
      at: at.toISOString(),
      description: `Return ${record.reference}: refund`,
      status: 'pending',
    });
  }
  if (release.waivedFees > 0) {
    addTransaction(order, {
      id: `txn_${record.id}_fees`,
      type: 'adjustment',
      amount: money(release.waivedFees),
      at: at.toISOString(),
      description: `Return ${record.reference}: late fees removed`,
      status: 'settled',
    });
  }
  if (record.investigation && record.investigation.outcome === null) record.investigation.outcome = 'registered';
  const parts = [
    fromInstalments > 0 ? `${formatMoney(fromInstalments, order.currency)} taken off the remaining payments` : null,
    toShopper > 0 ? `${formatMoney(toShopper, order.currency)} refunded` : null,
    pauseNote(release, order.currency),
  ].filter((p): p is string => p !== null);
  moveTo(record, 'registered', at, text ?? (parts.join('; ') || null));
}

/** The refund is complete: money paid back has settled. Marks the order refunded once everything confirmed came back. */
export function completeRefund(record: ReturnRecord, order: Order, at: Date, returns: readonly ReturnRecord[], text: string | null = null): void {
  order.transactions = order.transactions.map((t) => (t.id === `txn_${record.id}_refund` ? { ...t, status: 'settled' as const } : t));
  moveTo(record, 'refunded', at, text);
  const refunded = new Map<string, number>();
  for (const r of [...returns.filter((r) => r.id !== record.id), record]) {
    if (r.status !== 'refunded') continue;
    for (const line of r.items) refunded.set(line.itemId, (refunded.get(line.itemId) ?? 0) + line.quantity);
  }
  if (order.items.every((i) => (refunded.get(i.id) ?? 0) >= i.confirmedQuantity)) order.status = 'refunded';
}

/** Ends the return without taking anything off the plan (cancelled, or an investigation closed), resuming payments without penalty. */
export function endWithoutRefund(record: ReturnRecord, status: 'cancelled' | 'closed', plan: PlanRecord | undefined, order: Order, at: Date, reason: string | null): void {
  const release = releasePause(plan, reportedOn(record, order), marketCalendar(order.market).dateOf(at));
  if (record.investigation && record.investigation.outcome === null) {
    record.investigation.outcome = status === 'closed' ? 'closed' : 'cancelled_without_penalty';
    record.investigation.closedReason = reason;
  }
  const resumed = pauseNote(release, order.currency);
  moveTo(record, status, at, [reason, resumed].filter((p) => p).join('. ') || null);
}

/** The shopper sends the parcel again after the store did not receive it: the investigation ends and the return is back in transit. */
export function resend(record: ReturnRecord, at: Date, carrier: string | null, trackingNumber: string): void {
  if (record.investigation && record.investigation.outcome === null) {
    record.investigation.outcome = 'resend';
    record.investigation.closedReason = 'The parcel was sent again';
  }
  record.carrier = carrier;
  record.trackingNumber = trackingNumber;
  moveTo(record, 'in_transit', at, `Sent again${carrier ? ` with ${carrier}` : ''}, tracking number ${trackingNumber}`);
}
