import { SETTLEMENT_BUSINESS_DAYS, type Attachment, type PlanAdjustment, type Return, type ReturnOnPlan } from '@assist/contract';
import { amountOf } from './quantities.js';
import { editableFields, investigationDueAt, isCancellable, isOpenReturn } from './rules.js';
import type { RefundRecord, ReturnItemRecord, ReturnRecord } from './types.js';

/** The plan math's answer in the contract's shape (money with its currency). */
export function planAdjustment(effect: ReturnOnPlan, currency: string, registered = false): PlanAdjustment {
  const money = (amount: number) => ({ amount, currency });
  return {
    returnAmount: money(effect.returnAmount),
    fromInstalments: money(effect.fromInstalments),
    toShopper: money(effect.toShopper),
    fullyPaid: effect.fullyPaid,
    instalments: effect.instalments.map((i) => ({
      instalmentId: i.instalmentId,
      sequence: i.sequence,
      dueDate: i.dueDate,
      paid: i.paid,
      amount: money(i.amount),
      paused: money(registered ? 0 : i.paused),
      reduction: money(i.reduction),
      newAmount: money(i.newAmount),
    })),
    settlementBusinessDays: { min: SETTLEMENT_BUSINESS_DAYS.min, max: SETTLEMENT_BUSINESS_DAYS.max },
  };
}

/** A registered return's effect, as it was when registered. */
const registeredEffect = (refund: RefundRecord): ReturnOnPlan => ({
  returnAmount: refund.amount,
  fromInstalments: refund.fromInstalments,
  toShopper: refund.toShopper,
  fullyPaid: refund.fullyPaid,
  instalments: refund.instalments.map((i) => ({ ...i, paused: 0 })),
});

export const lineView = (items: readonly ReturnItemRecord[], currency: string) =>
  items.map((i) => ({ itemId: i.itemId, name: i.name, quantity: i.quantity, amount: { amount: i.quantity * i.unitPrice, currency } }));

/**
 * The return as the API answers it. `effect` is what the return does to the plan now (open returns,
 * see `openReturnEffects`); registered returns answer what registering did.
 */
export function returnView(record: ReturnRecord, effect: ReturnOnPlan | undefined, attachments: Attachment[] = []): Return {
  const money = (amount: number) => ({ amount, currency: record.currency });
  const open = isOpenReturn(record);
  const plan = record.refund ? planAdjustment(registeredEffect(record.refund), record.currency, true) : open && effect ? planAdjustment(effect, record.currency) : null;
  const fields = editableFields(record);
  return {
    id: record.id,
    reference: record.reference,
    orderId: record.orderId,
    status: record.status,
    items: lineView(record.items, record.currency),
    amount: money(amountOf(record.items)),
    reason: record.reason,
    comment: record.comment,
    method: record.method,
    carrier: record.carrier,
    trackingNumber: record.trackingNumber,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    timeline: record.timeline.map((t) => ({ ...t })),
    pausedInstalments: open && effect ? effect.instalments.filter((i) => i.paused > 0).map((i) => i.instalmentId) : [],
    plan,
    investigationOpensAt: open && record.investigation === null ? investigationDueAt(record).toISOString() : null,
    investigation: record.investigation ? { ...record.investigation } : null,
    refund: record.refund
      ? {
          amount: money(record.refund.amount),
          fromInstalments: money(record.refund.fromInstalments),
          toShopper: money(record.refund.toShopper),
          refundedOn: record.refund.refundedOn,
          settlementFrom: record.refund.settlementFrom,
          expectedBy: record.refund.expectedBy,
        }
      : null,
    editable: fields.length > 0,
    editableFields: fields,
    cancellable: isCancellable(record),
    attachments,
  };
}
