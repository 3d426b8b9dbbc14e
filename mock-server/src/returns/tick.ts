import { applyDueProblemTransitions } from '../problems/context.js';
import { applyDueReturnTransitions, withOrderLock, type CaseDeps } from './context.js';

/**
 * Applies every transition that has come due at the store's clock, across all orders: returns not
 * registered within 21 days become investigations, settled refunds complete, problems whose store
 * deadline passed are escalated. Reads do the same lazily for what they show; the QA tick (or a
 * scheduled job in a real deployment) makes it happen for everything at once. Answers how many changed.
 */
export async function tick(deps: CaseDeps): Promise<{ returns: number; problems: number }> {
  const orders = new Set([...(await deps.store.allReturns()).map((r) => r.orderId), ...(await deps.store.allProblems()).map((p) => p.orderId)]);
  let returns = 0;
  let problems = 0;
  for (const orderId of orders) {
    await withOrderLock(deps, orderId, async () => {
      returns += await applyDueReturnTransitions(deps, orderId);
      problems += await applyDueProblemTransitions(deps, orderId);
    });
  }
  return { returns, problems };
}
