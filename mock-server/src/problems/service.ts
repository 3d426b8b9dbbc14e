import type { CreateProblemRequest, Problem } from '@assist/contract';
import { mailProblemReported } from '../email/events.js';
import { ApiFailure, validationFailure } from '../http/failure.js';
import { ownOrder, publishReturn, withOrderLock, type CaseDeps } from '../returns/context.js';
import { newId, newReference } from '../ids.js';
import { openInvestigation } from '../returns/lifecycle.js';
import { isOpenProblem, syncPlanPause } from '../returns/pause.js';
import { isOpenReturn } from '../returns/rules.js';
import { PROBLEM_PAUSED_NOTE, noteFields, type ReturnRecord } from '../returns/types.js';
import { applyDueProblemTransitions, findProblem, publishProblem, renderProblem } from './context.js';
import { disputeCodeFor, storeResponseDeadline } from './rules.js';
import type { ProblemRecord } from './types.js';
import { editable } from '../store/records.js';

/**
 * What a shopper can do with problems, as plain functions: the routes pass the shopper's customer
 * id; an agent console can pass `null` to act for any shopper.
 */

/** The return a `return_not_registered` problem is about: the one named, or the order's latest one not yet registered. */
function linkedReturn(returns: readonly ReturnRecord[], input: CreateProblemRequest): ReturnRecord | null {
  if (input.returnId !== undefined) {
    const named = returns.find((r) => r.id === input.returnId);
    if (!named) throw validationFailure([{ path: 'body.returnId', message: 'is not a return of this order' }]);
    return named;
  }
  if (input.type !== 'return_not_registered') return null;
  return [...returns].reverse().find(isOpenReturn) ?? null;
}

/**
 * Reports a problem: pauses the plan while it is open (as a dispute for charged twice and
 * unauthorized purchases, with a dispute code), gives the store a deadline to respond, tells the
 * merchant. A `return_not_registered` problem also opens the investigation of its return at once.
 * One open problem per type and order (409 `problem_already_open`).
 */
export async function createProblem(deps: CaseDeps, customerId: string | null, input: CreateProblemRequest): Promise<Problem> {
  await ownOrder(deps, customerId, input.orderId);
  return withOrderLock(deps, input.orderId, async () => {
    await applyDueProblemTransitions(deps, input.orderId);
    const order = await ownOrder(deps, customerId, input.orderId);
    const existing = (await deps.store.problemsOfOrder(order.id)).find((p) => p.type === input.type && isOpenProblem(p));
    if (existing) {
      throw new ApiFailure('problem_already_open', `A problem of this kind is already open for this order (${existing.reference}): follow it there`);
    }
    const returns = editable(await deps.store.returnsOfOrder(order.id));
    const linked = linkedReturn(returns, input);

    const now = deps.store.clock.now();
    const at = now.toISOString();
    const deadline = storeResponseDeadline(now);
    const id = newId('prb');
    const attachments = await deps.attachments.use(input.attachments, [`shopper:${order.customerId}`], `problem:${id}`);
    const record: ProblemRecord = {
      id,
      reference: newReference('P'),
      orderId: order.id,
      customerId: order.customerId,
      currency: order.currency,
      type: input.type,
      description: input.description,
      status: 'awaiting_store',
      createdAt: at,
      updatedAt: at,
      storeResponseDeadline: deadline.toISOString(),
      escalatedAt: null,
      storeResponse: null,
      timeline: [
        { status: 'open', at, ...noteFields(PROBLEM_PAUSED_NOTE) },
        {
          status: 'awaiting_store',
          at,
          ...noteFields({
            text: `We asked ${order.merchant.name} to respond by ${deadline.toISOString().slice(0, 10)}`,
            code: 'store_asked',
            params: { merchant: order.merchant.name, date: deadline.toISOString().slice(0, 10) },
          }),
        },
      ],
      disputeCode: disputeCodeFor(input.type),
      returnId: linked?.id ?? null,
      resolution: null,
      attachments,
    };
    await deps.store.saveProblem(record);
    if (linked && input.type === 'return_not_registered' && isOpenReturn(linked) && linked.investigation === null) {
      openInvestigation(linked, now, 'The shopper reported the return as not registered: we are looking into it with the store');
      await deps.store.saveReturn(linked);
      await publishReturn(deps, 'return.investigation_opened', linked);
    }
    await syncPlanPause(deps.store, order.id);
    await mailProblemReported(deps, record);
    return publishProblem(deps, 'problem.reported', record);
  });
}

/** One problem as it is stored (its escalation at the deadline is a job, never a read). */
export async function getProblem(deps: CaseDeps, customerId: string | null, id: string): Promise<Problem> {
  return renderProblem(deps, await findProblem(deps, customerId, id));
}

/** An order's problems, oldest first. */
export async function listOrderProblems(deps: CaseDeps, customerId: string | null, orderId: string): Promise<Problem[]> {
  const order = await ownOrder(deps, customerId, orderId);
  return Promise.all((await deps.store.problemsOfOrder(order.id)).map((p) => renderProblem(deps, p)));
}
