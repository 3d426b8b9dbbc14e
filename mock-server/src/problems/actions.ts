import type { Problem } from '@assist/contract';
import { ApiFailure } from '../http/failure.js';
import { ownOrder, withOrderLock, type CaseDeps } from '../returns/context.js';
import { syncPlanPause } from '../returns/pause.js';
import type { ListPage } from '../returns/actions.js';
import { applyDueProblemTransitions, findProblem, publishProblem, renderProblem } from './context.js';
import { escalate, finish, storeResponds } from './lifecycle.js';
import { PROBLEM_MOVES, canMove } from './rules.js';
import type { ProblemRecord } from './types.js';
import { editable } from '../store/records.js';

/**
 * What the store, our agents and QA do with a problem, as plain functions (no HTTP): the mock's
 * admin routes call them, and an agent console can call the same ones. Acting on any shopper's
 * problem; a step that does not fit the problem's status answers 409.
 */

async function step(deps: CaseDeps, id: string, move: keyof typeof PROBLEM_MOVES, apply: (record: ProblemRecord) => void | Promise<void>): Promise<ProblemRecord> {
  const found = await findProblem(deps, null, id);
  return withOrderLock(deps, found.orderId, async () => {
    await applyDueProblemTransitions(deps, found.orderId);
    const record = await findProblem(deps, null, id);
    if (!canMove(record.status, move)) {
      throw new ApiFailure(
        'conflict',
        `A problem that is ${record.status.replace(/_/g, ' ')} cannot be ${move.replace(/_/g, ' ')} (possible from: ${PROBLEM_MOVES[move].join(', ')})`,
      );
    }
    await apply(record);
    await deps.store.saveProblem(record);
    await syncPlanPause(deps.store, record.orderId);
    return record;
  });
}

/** The store answers the shopper's problem; `solved` when the answer settles it, else we review the answer. */
export async function respondAsStore(deps: CaseDeps, id: string, input: { message: string; solved?: boolean }): Promise<Problem> {
  const record = await step(deps, id, 'store_responded', async (r) => {
    const order = await ownOrder(deps, null, r.orderId);
    const plan = editable(await deps.store.plan(r.orderId));
    storeResponds(r, deps.store.clock.now(), input.message, input.solved === true, plan, order);
    if (plan) await deps.store.savePlan(plan);
  });
  const view = await publishProblem(deps, 'problem.store_responded', record);
  return record.status === 'solved' ? publishProblem(deps, 'problem.solved', record) : view;
}

/** Escalates now, before the deadline (an agent sees the store will not answer). */
export async function escalateProblem(deps: CaseDeps, id: string, note?: string): Promise<Problem> {
  const record = await step(deps, id, 'escalated', (r) => escalate(r, deps.store.clock.now(), note));
  return publishProblem(deps, 'problem.escalated', record);
}

/** Solves the problem (a refund, a replacement, the charge reversed...); payments resume without penalty. */
export async function resolveProblem(deps: CaseDeps, id: string, input: { outcome: string; note: string }): Promise<Problem> {
  const record = await step(deps, id, 'solved', async (r) => {
    const plan = editable(await deps.store.plan(r.orderId));
    finish(r, 'solved', input, plan, await ownOrder(deps, null, r.orderId), deps.store.clock.now());
    if (plan) await deps.store.savePlan(plan);
  });
  return publishProblem(deps, 'problem.solved', record);
}

/** Closes the problem without solving it, with the reason the shopper sees; payments resume without penalty. */
export async function closeProblem(deps: CaseDeps, id: string, reason: string): Promise<Problem> {
  const record = await step(deps, id, 'closed', async (r) => {
    const plan = editable(await deps.store.plan(r.orderId));
    finish(r, 'closed', { outcome: 'closed', note: reason }, plan, await ownOrder(deps, null, r.orderId), deps.store.clock.now());
    if (plan) await deps.store.savePlan(plan);
  });
  return publishProblem(deps, 'problem.closed', record);
}

/** Problems of every shopper, newest first, a page at a time (agent console, QA). */
export async function listAllProblems(deps: CaseDeps, page: ListPage): Promise<{ problems: Problem[]; next: string | null }> {
  const { items, next } = await deps.store.listProblems(page);
  return { problems: await Promise.all(items.map((r) => renderProblem(deps, r))), next };
}
