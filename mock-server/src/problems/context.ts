import type { Problem } from '@assist/contract';
import { notFound } from '../http/failure.js';
import type { CaseDeps } from '../returns/context.js';
import type { WebhookEventType } from '../webhooks/events.js';
import { escalate } from './lifecycle.js';
import type { ProblemRecord } from './types.js';
import { problemView } from './view.js';
import { planCaseDeadline } from '../returns/deadlines.js';
import { editable } from '../store/records.js';
import { withoutUrls } from '../attachments/service.js';

/** A problem, scoped to a shopper (`customerId`) or to anyone (`null`: agents and QA). */
export async function findProblem(deps: CaseDeps, customerId: string | null | undefined, id: string): Promise<ProblemRecord> {
  const record = editable(await deps.store.problem(id));
  if (!record || (customerId !== null && record.customerId !== customerId)) throw notFound('Problem');
  return record;
}

export async function renderProblem(deps: CaseDeps, record: ProblemRecord): Promise<Problem> {
  return problemView(record, await deps.store.plan(record.orderId), await deps.attachments.views(record.attachments));
}

/** Renders the problem and sends the event to the merchant; answers the rendered problem. */
export async function publishProblem(deps: CaseDeps, type: WebhookEventType, record: ProblemRecord): Promise<Problem> {
  const view = await renderProblem(deps, record);
  const order = await deps.store.order(record.orderId);
  await deps.webhooks.emit(type, order?.merchant.id ?? 'unknown', { problem: withoutUrls(view) });
  await planCaseDeadline(deps, record.orderId);
  return view;
}

/**
 * Escalates every problem of the order whose store deadline passed without an answer, recorded at
 * the deadline (by the order's deadline job, before any change to the order, and by the QA tick). Call holding the order's lock.
 */
export async function applyDueProblemTransitions(deps: CaseDeps, orderId: string): Promise<number> {
  const now = deps.store.clock.now();
  let changed = 0;
  for (const record of editable(await deps.store.problemsOfOrder(orderId))) {
    const deadline = new Date(record.storeResponseDeadline);
    if (record.status === 'awaiting_store' && now >= deadline) {
      escalate(record, deadline);
      await deps.store.saveProblem(record);
      await publishProblem(deps, 'problem.escalated', record);
      changed++;
    }
  }
  return changed;
}
