import { OPEN_PROBLEM_STATUSES, dueDatesAfterPause, lateFeesToWaive, type ProblemStatus } from '@assist/contract';
import type { PlanRecord } from '../fixtures/orders.js';
import type { ProblemRecord } from '../problems/types.js';
import type { Store } from '../store/types.js';
import { planInstalments } from './effects.js';
import { RESUME_GRACE_DAYS, isOpenReturn } from './rules.js';
import type { ReturnRecord } from './types.js';
import { editable } from '../store/records.js';

export const isOpenProblem = (record: Pick<ProblemRecord, 'status'>): boolean => (OPEN_PROBLEM_STATUSES as readonly ProblemStatus[]).includes(record.status);

/** Why the plan is paused, from the open cases of its order: a disputed payment first, then a return, then a problem. */
export function pauseReasonFor(returns: readonly ReturnRecord[], problems: readonly ProblemRecord[]): PlanRecord['pausedReason'] {
  const openProblems = problems.filter(isOpenProblem);
  if (openProblems.some((p) => p.disputeCode !== null)) return 'dispute';
  if (returns.some(isOpenReturn)) return 'return_reported';
  if (openProblems.length > 0) return 'problem_reported';
  return null;
}

/** Sets the plan's pause from the order's open returns and problems; answers the plan as saved. */
export async function syncPlanPause(store: Store, orderId: string): Promise<PlanRecord | undefined> {
  const plan = editable(await store.plan(orderId));
  if (!plan) return undefined;
  const reason = pauseReasonFor(await store.returnsOfOrder(orderId), await store.problemsOfOrder(orderId));
  if (plan.pausedReason !== reason) {
    plan.pausedReason = reason;
    await store.savePlan(plan);
  }
  return plan;
}

/** What ending a pause changed on the plan. */
export interface PauseRelease {
  /** Late fees removed, minor units. */
  waivedFees: number;
  /** Instalments given a new due date. */
  movedDueDates: number;
}

/**
 * Ends a pause that began on `pausedOn` without penalty: late fees of instalments that fell due
 * during it are removed, and those still to pay get a due date `RESUME_GRACE_DAYS` after `today`.
 * Changes `plan` in place.
 */
export function releasePause(plan: PlanRecord | undefined, pausedOn: string, today: string): PauseRelease {
  if (!plan || plan.cancelled) return { waivedFees: 0, movedDueDates: 0 };
  const fees = lateFeesToWaive(planInstalments(plan), pausedOn);
  const moved = dueDatesAfterPause(planInstalments(plan), pausedOn, today, RESUME_GRACE_DAYS);
  for (const instalment of plan.instalments) {
    if (fees[instalment.id] !== undefined) instalment.lateFee = null;
    const dueDate = moved[instalment.id];
    if (dueDate !== undefined) {
      instalment.originalDueDate ??= instalment.dueDate;
      instalment.dueDate = dueDate;
    }
  }
  return {
    waivedFees: Object.values(fees).reduce((sum, fee) => sum + fee, 0),
    movedDueDates: Object.keys(moved).length,
  };
}
