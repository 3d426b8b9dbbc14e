import type { Order, Return } from '@assist/contract';
import { notFound } from '../http/failure.js';
import type { Store } from '../store/types.js';
import type { WebhookDispatcher } from '../webhooks/dispatcher.js';
import type { WebhookEventType } from '../webhooks/events.js';
import { openReturnEffects } from './effects.js';
import { completeRefund, openInvestigation } from './lifecycle.js';
import type { JobRunner } from '../jobs/runner.js';
import { investigationDueAt, isOpenReturn } from './rules.js';
import type { ReturnRecord } from './types.js';
import { returnView } from './view.js';
import { planCaseDeadline } from './deadlines.js';
import { editable } from '../store/records.js';
import type { Mailer } from '../email/outbox.js';
import { withoutUrls, type Attachments } from '../attachments/service.js';

/** What the return and problem operations need: the store and where to send merchant events. */
export interface CaseDeps {
  store: Store;
  webhooks: WebhookDispatcher;
  /** Plans each order's next deadline (deadlines.ts). */
  jobs: JobRunner;
  /** Confirmations to the shopper, committed with the case. */
  mail: Mailer;
  /** The files sent with a case, and their signed urls. */
  attachments: Attachments;
}

/** Runs `task` holding the order's lock, as one unit: one change to an order's returns, problems and plan at a time, on every instance. */
export const withOrderLock = <T>(deps: Pick<CaseDeps, 'store'>, orderId: string, task: () => Promise<T>): Promise<T> => deps.store.atomically(`order:${orderId}`, task);

/** The shopper's own order; another shopper's answers 404 exactly like a missing one. */
export async function ownOrder(deps: CaseDeps, customerId: string | null | undefined, orderId: string): Promise<Order> {
  const order = editable(await deps.store.order(orderId));
  if (!order || (customerId !== null && order.customerId !== customerId)) throw notFound('Order');
  return order;
}

/** A return, scoped to a shopper (`customerId`) or to anyone (`null`: agents and QA). */
export async function findReturn(deps: CaseDeps, customerId: string | null | undefined, id: string): Promise<ReturnRecord> {
  const record = editable(await deps.store.returnCase(id));
  if (!record || (customerId !== null && record.customerId !== customerId)) throw notFound('Return');
  return record;
}

/** The return as the API answers it, with its effect on the plan as it is now. */
export async function renderReturn(deps: CaseDeps, record: ReturnRecord): Promise<Return> {
  const plan = await deps.store.plan(record.orderId);
  const { effects } = openReturnEffects(plan, await deps.store.returnsOfOrder(record.orderId));
  return returnView(record, effects.get(record.id), await deps.attachments.views(record.attachments));
}

/** Renders the return and sends the event to the merchant; answers the rendered return. */
export async function publishReturn(deps: CaseDeps, type: WebhookEventType, record: ReturnRecord): Promise<Return> {
  const view = await renderReturn(deps, record);
  const order = await deps.store.order(record.orderId);
  await deps.webhooks.emit(type, order?.merchant.id ?? 'unknown', { return: withoutUrls(view) });
  await planCaseDeadline(deps, record.orderId);
  return view;
}

/**
 * Transitions that happen with time, applied when they are due (by the order's deadline job, before any
 * change to the order, and by the QA tick, always against the store's clock): an investigation opens 21 days after reporting
 * when the return is still not registered; a registered return is refunded once its settlement date
 * has passed. Each is recorded at the moment it became due, not when it was noticed.
 * Call while holding the order's lock.
 */
export async function applyDueReturnTransitions(deps: CaseDeps, orderId: string): Promise<number> {
  const now = deps.store.clock.now();
  let changed = 0;
  for (const record of editable(await deps.store.returnsOfOrder(orderId))) {
    const dueAt = investigationDueAt(record);
    if (isOpenReturn(record) && record.investigation === null && now >= dueAt) {
      openInvestigation(record, dueAt, 'Not registered within 21 days of reporting: we are looking into it with the store');
      await deps.store.saveReturn(record);
      await publishReturn(deps, 'return.investigation_opened', record);
      changed++;
    }
    if (record.status === 'registered' && record.refund && now >= new Date(record.refund.expectedBy)) {
      const order = editable(await deps.store.order(orderId));
      if (!order) continue;
      completeRefund(record, order, new Date(record.refund.expectedBy), await deps.store.returnsOfOrder(orderId), 'The refund is complete');
      await deps.store.saveReturn(record);
      await deps.store.saveOrder(order);
      await publishReturn(deps, 'return.refunded', record);
      changed++;
    }
  }
  return changed;
}
