import { applyDueProblemTransitions } from '../problems/context.js';
import { applyDueReturnTransitions, withOrderLock, type CaseDeps } from './context.js';
import { CASE_DUE_JOB, caseDeadlineGroup as group, nextCaseDeadline } from './rules.js';

/** Plans (or replaces, or cancels) the order's deadline job from what is stored now. Call holding the order's lock. */
export async function planCaseDeadline(deps: CaseDeps, orderId: string): Promise<void> {
  const at = nextCaseDeadline(await deps.store.returnsOfOrder(orderId), await deps.store.problemsOfOrder(orderId));
  if (at === null) return deps.jobs.cancel(group(orderId));
  await deps.jobs.schedule(CASE_DUE_JOB, at - deps.store.clock.now().getTime(), { orderId }, { key: group(orderId), group: group(orderId) });
}

/** Applies what has come due on one order and plans its next deadline. Answers how many cases changed. */
export async function runCaseDeadlines(deps: CaseDeps, orderId: string): Promise<{ returns: number; problems: number }> {
  return withOrderLock(deps, orderId, async () => {
    const returns = await applyDueReturnTransitions(deps, orderId);
    const problems = await applyDueProblemTransitions(deps, orderId);
    await planCaseDeadline(deps, orderId);
    return { returns, problems };
  });
}

/** Every order that has returns or problems, page by page. */
async function ordersWithCases(deps: CaseDeps): Promise<Set<string>> {
  const orders = new Set<string>();
  for (const list of [(p: { limit: number; before: string | null }) => deps.store.listReturns(p), (p: { limit: number; before: string | null }) => deps.store.listProblems(p)]) {
    let before: string | null = null;
    do {
      const page: { items: { orderId: string }[]; next: string | null } = await list({ limit: 200, before });
      for (const item of page.items) orders.add(item.orderId);
      before = page.next;
    } while (before);
  }
  return orders;
}

/** Plans the deadline of every order with cases (after seeding). */
export async function planAllCaseDeadlines(deps: CaseDeps): Promise<void> {
  for (const orderId of await ordersWithCases(deps)) await withOrderLock(deps, orderId, () => planCaseDeadline(deps, orderId));
}

/**
 * Applies every transition that has come due at the store's clock, across all orders (the QA tick;
 * the deadline jobs do the same order by order on their own). Answers how many changed.
 */
export async function tick(deps: CaseDeps): Promise<{ returns: number; problems: number }> {
  let returns = 0;
  let problems = 0;
  for (const orderId of await ordersWithCases(deps)) {
    const changed = await runCaseDeadlines(deps, orderId);
    returns += changed.returns;
    problems += changed.problems;
  }
  return { returns, problems };
}
