import {
  applyReturnToPlan,
  type CancelReturnRequest,
  type CreateReturnRequest,
  type Return,
  type ReturnEditableField,
  type ReturnPreview,
  type UpdateReturnRequest,
} from '@assist/contract';
import { mailReturnReported } from '../email/events.js';
import { ApiFailure } from '../http/failure.js';
import { applyDueReturnTransitions, findReturn, ownOrder, publishReturn, renderReturn, withOrderLock, type CaseDeps } from './context.js';
import { openReturnEffects, planInstalments } from './effects.js';
import { newId, newReference } from '../ids.js';
import { endWithoutRefund, note, resend } from './lifecycle.js';
import { syncPlanPause } from './pause.js';
import { amountOf, checkReturnLines, withReturnableQuantities } from './quantities.js';
import { editableFields, hasOpenInvestigation, isCancellable, whyNotEditable } from './rules.js';
import { RETURN_PAUSED_NOTE, noteFields, type ReturnRecord } from './types.js';
import { lineView, planAdjustment } from './view.js';
import { editable } from '../store/records.js';

/**
 * What a shopper can do with returns, as plain functions: the routes call them with the shopper's
 * customer id; an agent console can call them with `null` to act on any shopper's behalf.
 */

/** What reporting these items would do to the plan, with the same checks as reporting them, and no effect. */
export async function previewReturn(deps: CaseDeps, customerId: string | null, input: CreateReturnRequest): Promise<ReturnPreview> {
  await ownOrder(deps, customerId, input.orderId);
  return withOrderLock(deps, input.orderId, async () => {
    const order = await ownOrder(deps, customerId, input.orderId);
    const returns = editable(await deps.store.returnsOfOrder(order.id));
    const items = checkReturnLines(order, input.items, returns);
    const plan = editable(await deps.store.plan(order.id));
    const amount = amountOf(items);
    const effect = plan && !plan.cancelled ? applyReturnToPlan(planInstalments(plan), amount, { held: openReturnEffects(plan, returns).held }) : undefined;
    return {
      orderId: order.id,
      items: lineView(items, order.currency),
      amount: { amount, currency: order.currency },
      pausedInstalments: effect ? effect.instalments.filter((i) => i.paused > 0).map((i) => i.instalmentId) : [],
      plan: effect ? planAdjustment(effect, order.currency) : null,
    };
  });
}

/** Reports a return: checks what can still be returned, pauses the plan for the returned amount, tells the merchant. */
export async function createReturn(deps: CaseDeps, customerId: string | null, input: CreateReturnRequest): Promise<Return> {
  await ownOrder(deps, customerId, input.orderId);
  return withOrderLock(deps, input.orderId, async () => {
    await applyDueReturnTransitions(deps, input.orderId);
    const order = await ownOrder(deps, customerId, input.orderId);
    const returns = editable(await deps.store.returnsOfOrder(order.id));
    const items = checkReturnLines(order, input.items, returns);
    const at = deps.store.clock.now().toISOString();
    const id = newId('ret');
    const attachments = await deps.attachments.use(input.attachments, [`shopper:${order.customerId}`], `return:${id}`);
    const record: ReturnRecord = {
      id,
      reference: newReference('R'),
      orderId: order.id,
      customerId: order.customerId,
      currency: order.currency,
      status: 'reported',
      items,
      reason: input.reason,
      comment: input.comment ?? null,
      method: input.method,
      carrier: input.carrier ?? null,
      trackingNumber: input.trackingNumber ?? null,
      createdAt: at,
      updatedAt: at,
      timeline: [{ status: 'reported', at, ...noteFields(RETURN_PAUSED_NOTE) }],
      investigation: null,
      refund: null,
      attachments,
    };
    await deps.store.saveReturn(record);
    await deps.store.saveOrder(withReturnableQuantities(order, [...returns, record]));
    await syncPlanPause(deps.store, order.id);
    await mailReturnReported(deps, record);
    return publishReturn(deps, 'return.reported', record);
  });
}

/** One return as it is stored (deadlines are applied by their jobs, never by a read). */
export async function getReturn(deps: CaseDeps, customerId: string | null, id: string): Promise<Return> {
  return renderReturn(deps, await findReturn(deps, customerId, id));
}

/** An order's returns, oldest first. */
export async function listOrderReturns(deps: CaseDeps, customerId: string | null, orderId: string): Promise<Return[]> {
  const order = await ownOrder(deps, customerId, orderId);
  return Promise.all((await deps.store.returnsOfOrder(order.id)).map((r) => renderReturn(deps, r)));
}

const FIELD_NAMES: Record<ReturnEditableField, string> = {
  items: 'items',
  method: 'return method',
  carrier: 'carrier',
  trackingNumber: 'tracking number',
};

/**
 * Changes a return: items and method until the parcel is sent, carrier and tracking number until
 * the store has it (409 `return_not_editable` otherwise). A new tracking number for a parcel the
 * store never received means it was sent again: the investigation ends and the return is back in transit.
 */
export async function updateReturn(deps: CaseDeps, customerId: string | null, id: string, patch: UpdateReturnRequest): Promise<Return> {
  const found = await findReturn(deps, customerId, id);
  return withOrderLock(deps, found.orderId, async () => {
    await applyDueReturnTransitions(deps, found.orderId);
    const record = await findReturn(deps, customerId, id);
    const allowed = editableFields(record);
    const asked = (Object.keys(patch) as ReturnEditableField[]).filter((f) => patch[f] !== undefined);
    const refused = asked.find((f) => !allowed.includes(f));
    if (refused) throw new ApiFailure('return_not_editable', whyNotEditable(record, refused));

    const order = await ownOrder(deps, null, record.orderId);
    const returns = editable(await deps.store.returnsOfOrder(order.id));
    const changed: ReturnEditableField[] = [];
    if (patch.items) {
      const items = checkReturnLines(order, patch.items, returns, record.id);
      if (JSON.stringify(items) !== JSON.stringify(record.items)) {
        record.items = items;
        changed.push('items');
      }
    }
    if (patch.method !== undefined && patch.method !== record.method) {
      record.method = patch.method;
      changed.push('method');
    }
    if (patch.carrier !== undefined && patch.carrier !== record.carrier) changed.push('carrier');
    const newTracking = patch.trackingNumber !== undefined && patch.trackingNumber !== record.trackingNumber;
    if (newTracking) changed.push('trackingNumber');
    if (changed.length === 0) return renderReturn(deps, record);

    const at = deps.store.clock.now();
    const resent = newTracking && hasOpenInvestigation(record) && record.investigation!.branch === 'delivered_not_received';
    if (resent) {
      resend(record, at, patch.carrier ?? record.carrier, patch.trackingNumber!);
    } else {
      if (patch.carrier !== undefined) record.carrier = patch.carrier;
      if (patch.trackingNumber !== undefined) record.trackingNumber = patch.trackingNumber;
      note(record, 'updated', at, `Changed by the shopper: ${changed.map((f) => FIELD_NAMES[f]).join(', ')}`);
    }
    await deps.store.saveReturn(record);
    if (changed.includes('items')) await deps.store.saveOrder(withReturnableQuantities(order, await deps.store.returnsOfOrder(order.id)));
    return publishReturn(deps, resent ? 'return.resent' : 'return.updated', record);
  });
}

/**
 * Cancels a return: while it is reported (the shopper keeps the items), or without penalty when the
 * store never received the parcel. Payments resume without late fees; 409 `return_not_cancellable` otherwise.
 */
export async function cancelReturn(deps: CaseDeps, customerId: string | null, id: string, input: CancelReturnRequest = {}): Promise<Return> {
  const found = await findReturn(deps, customerId, id);
  return withOrderLock(deps, found.orderId, async () => {
    await applyDueReturnTransitions(deps, found.orderId);
    const record = await findReturn(deps, customerId, id);
    if (!isCancellable(record)) {
      throw new ApiFailure(
        'return_not_cancellable',
        record.status === 'cancelled'
          ? 'The return is already cancelled'
          : `A return that is ${record.status.replace(/_/g, ' ')} cannot be cancelled${record.status === 'in_transit' ? ': the parcel is on its way' : ''}`,
      );
    }
    const withoutPenalty = record.status === 'investigation';
    const reason = input.reason ?? (withoutPenalty ? 'Cancelled without penalty: the store never received the parcel' : 'Cancelled by the shopper');
    await cancelRecord(deps, record, reason);
    return publishReturn(deps, 'return.cancelled', record);
  });
}

/** Cancels a return record and resumes the plan; shared by the shopper's and the agent's cancel. Call holding the lock. */
export async function cancelRecord(deps: CaseDeps, record: ReturnRecord, reason: string): Promise<void> {
  const order = await ownOrder(deps, null, record.orderId);
  const plan = editable(await deps.store.plan(record.orderId));
  endWithoutRefund(record, 'cancelled', plan, order, deps.store.clock.now(), reason);
  if (plan) await deps.store.savePlan(plan);
  await deps.store.saveReturn(record);
  await deps.store.saveOrder(withReturnableQuantities(order, await deps.store.returnsOfOrder(order.id)));
  await syncPlanPause(deps.store, order.id);
}
