import type { Return } from '@assist/contract';
import { ApiFailure } from '../http/failure.js';
import { finish as finishProblem } from '../problems/lifecycle.js';
import { publishProblem } from '../problems/context.js';
import type { WebhookEventType } from '../webhooks/events.js';
import { applyDueReturnTransitions, findReturn, ownOrder, publishReturn, renderReturn, withOrderLock, type CaseDeps } from './context.js';
import { effectOf } from './effects.js';
import { completeRefund, endWithoutRefund, moveTo, note, openInvestigation, registerReturn, resend } from './lifecycle.js';
import { isOpenProblem, syncPlanPause } from './pause.js';
import { ADVANCE_FROM, hasOpenInvestigation, isOpenReturn, type AdvanceTarget } from './rules.js';
import { cancelRecord } from './service.js';
import type { ReturnRecord } from './types.js';
import { editable } from '../store/records.js';

/**
 * What carriers, stores, our agents and QA do with a return, as plain functions (no HTTP): the
 * mock's admin routes call them and an agent console can call the same ones. They act on any
 * shopper's return; a step that does not fit the return's status answers 409 `conflict`.
 */

const label = (status: string) => status.replace(/_/g, ' ');

async function step(deps: CaseDeps, id: string, apply: (record: ReturnRecord) => WebhookEventType | Promise<WebhookEventType>): Promise<Return> {
  const found = await findReturn(deps, null, id);
  return withOrderLock(deps, found.orderId, async () => {
    await applyDueReturnTransitions(deps, found.orderId);
    const record = await findReturn(deps, null, id);
    const event = await apply(record);
    await deps.store.saveReturn(record);
    await syncPlanPause(deps.store, record.orderId);
    return publishReturn(deps, event, record);
  });
}

const refuse = (record: ReturnRecord, what: string) => new ApiFailure('conflict', `A return that is ${label(record.status)} cannot ${what}`);

export interface AdvanceOptions {
  note?: string;
  /** With `in_transit`: the carrier and tracking number the parcel was handed over with. */
  carrier?: string;
  trackingNumber?: string;
}

/**
 * Moves a return along the main path: in transit (the carrier has the parcel), received (the store
 * has it), registered (the store accepted it: the refund comes off the plan) and refunded (money
 * paid back has settled). Steps may be skipped (a store can register straight away), never reversed.
 */
export async function advanceReturn(deps: CaseDeps, id: string, to: AdvanceTarget, options: AdvanceOptions = {}): Promise<Return> {
  return step(deps, id, async (record) => {
    if (!(ADVANCE_FROM[to] as readonly string[]).includes(record.status) || (record.status === 'investigation' && !hasOpenInvestigation(record))) {
      throw refuse(record, `move to ${label(to)} (possible from: ${ADVANCE_FROM[to].map(label).join(', ')})`);
    }
    const at = deps.store.clock.now();
    const order = await ownOrder(deps, null, record.orderId);
    switch (to) {
      case 'in_transit':
        if (options.carrier !== undefined) record.carrier = options.carrier;
        if (options.trackingNumber !== undefined) record.trackingNumber = options.trackingNumber;
        moveTo(
          record,
          'in_transit',
          at,
          options.note ??
            (record.carrier
              ? { text: `Handed over to ${record.carrier}`, code: 'handed_to_carrier', params: { carrier: record.carrier } }
              : { text: 'The parcel is on its way to the store', code: 'parcel_on_its_way' }),
        );
        return 'return.in_transit';
      case 'received':
        moveTo(
          record,
          'received',
          at,
          options.note ?? { text: `${order.merchant.name} has received the parcel`, code: 'parcel_received', params: { merchant: order.merchant.name } },
        );
        return 'return.received';
      case 'registered': {
        const plan = editable(await deps.store.plan(record.orderId));
        const returns = editable(await deps.store.returnsOfOrder(record.orderId));
        registerReturn(record, effectOf(plan, returns, record), plan, order, at, options.note ?? null);
        if (plan) await deps.store.savePlan(plan);
        await deps.store.saveOrder(order);
        await solveLinkedProblems(deps, record, at);
        return 'return.registered';
      }
      case 'refunded':
        completeRefund(record, order, at, await deps.store.returnsOfOrder(record.orderId), options.note ?? 'The refund is complete');
        await deps.store.saveOrder(order);
        return 'return.refunded';
    }
  });
}

/** "Return not registered" problems about this return are solved once it is registered. Call holding the lock. */
async function solveLinkedProblems(deps: CaseDeps, record: ReturnRecord, at: Date): Promise<void> {
  for (const problem of editable(await deps.store.problemsOfOrder(record.orderId))) {
    if (problem.returnId !== record.id || problem.type !== 'return_not_registered' || !isOpenProblem(problem)) continue;
    const plan = editable(await deps.store.plan(record.orderId));
    finishProblem(problem, 'solved', { outcome: 'return_registered', note: `Return ${record.reference} is registered` }, plan, await ownOrder(deps, null, record.orderId), at);
    if (plan) await deps.store.savePlan(plan);
    await deps.store.saveProblem(problem);
    await publishProblem(deps, 'problem.solved', problem);
  }
}

/** Opens an investigation now (an agent does not wait for the 21 days). */
export async function openReturnInvestigation(deps: CaseDeps, id: string, reason?: string): Promise<Return> {
  return step(deps, id, (record) => {
    if (!isOpenReturn(record) || record.status === 'investigation') throw refuse(record, 'go to investigation');
    openInvestigation(record, deps.store.clock.now(), reason ?? 'We are looking into the return with the store');
    return 'return.investigation_opened';
  });
}

/**
 * The carrier shows the parcel as delivered but the store says it never arrived: an investigation
 * (opened if needed) takes the delivered-but-not-received branch, where the shopper can send the
 * parcel again or cancel the return without penalty.
 */
export async function markDeliveredNotReceived(deps: CaseDeps, id: string, text?: string): Promise<Return> {
  return step(deps, id, (record) => {
    const reason = text ?? 'The carrier shows the parcel as delivered, but the store has not received it';
    if (record.status === 'reported' || record.status === 'in_transit') {
      openInvestigation(record, deps.store.clock.now(), reason, 'delivered_not_received');
    } else if (hasOpenInvestigation(record) && record.investigation!.branch === null) {
      record.investigation!.branch = 'delivered_not_received';
      note(record, 'delivered_not_received', deps.store.clock.now(), reason);
    } else {
      throw refuse(record, 'be marked delivered but not received');
    }
    return 'return.delivered_not_received';
  });
}

/** Ends an open investigation without registering the return (with the reason the shopper sees); payments resume without penalty. */
export async function closeReturnInvestigation(deps: CaseDeps, id: string, reason: string): Promise<Return> {
  return step(deps, id, async (record): Promise<WebhookEventType> => {
    if (!hasOpenInvestigation(record)) throw refuse(record, 'have its investigation closed (there is no open investigation)');
    const plan = editable(await deps.store.plan(record.orderId));
    const order = await ownOrder(deps, null, record.orderId);
    endWithoutRefund(record, 'closed', plan, order, deps.store.clock.now(), reason);
    if (plan) await deps.store.savePlan(plan);
    return 'return.closed';
  });
}

/** The shopper sent the parcel again after it was delivered but not received: back in transit. */
export async function resendReturn(deps: CaseDeps, id: string, input: { carrier?: string; trackingNumber: string }): Promise<Return> {
  return step(deps, id, (record) => {
    if (!hasOpenInvestigation(record) || record.investigation!.branch !== 'delivered_not_received') {
      throw refuse(record, 'be sent again (only a parcel the store never received can be)');
    }
    resend(record, deps.store.clock.now(), input.carrier ?? record.carrier, input.trackingNumber);
    return 'return.resent';
  });
}

/** Cancels a return the store never received, without penalty (what the shopper can also do). */
export async function cancelReturnWithoutPenalty(deps: CaseDeps, id: string, reason?: string): Promise<Return> {
  const found = await findReturn(deps, null, id);
  return withOrderLock(deps, found.orderId, async () => {
    await applyDueReturnTransitions(deps, found.orderId);
    const record = await findReturn(deps, null, id);
    if (!hasOpenInvestigation(record) || record.investigation!.branch !== 'delivered_not_received') {
      throw refuse(record, 'be cancelled without penalty (only a parcel the store never received can be)');
    }
    await cancelRecord(deps, record, reason ?? 'Cancelled without penalty: the store never received the parcel');
    return publishReturn(deps, 'return.cancelled', record);
  });
}

/** Returns of every shopper, newest first, a page at a time (agent console, QA). */
export async function listAllReturns(deps: CaseDeps, page: ListPage): Promise<{ returns: Return[]; next: string | null }> {
  const { items, next } = await deps.store.listReturns(page);
  return { returns: await Promise.all(items.map((r) => renderReturn(deps, r))), next };
}

/** A page of a listing: how many, and after which record (the `next` of the page before). */
export interface ListPage {
  limit: number;
  before: string | null;
}
