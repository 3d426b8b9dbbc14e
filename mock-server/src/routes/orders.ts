import type { Order } from '@assist/contract';
import type { Hono } from 'hono';
import { REFUSAL_MESSAGES, extendRefusal } from '../chat/account-actions.js';
import type { Deps } from '../deps.js';
import { marketToday, orderSummary, planView } from '../domain/plans.js';
import { implement, type AppEnv, type Auth } from '../http/define.js';
import { ApiFailure, notFound } from '../http/failure.js';
import { editable } from '../store/records.js';
import { addDays } from '../time.js';

export function orderRoutes(app: Hono<AppEnv>, deps: Deps): void {
  /** The shopper's own order; any other order answers 404 exactly as a missing one does. */
  function ownOrder(auth: Auth, id: string): Promise<Order> {
    return deps.store.order(id).then((order) => {
      if (!order || order.customerId !== auth.claims?.sub) throw notFound('Order');
      return order;
    });
  }
  const today = (order: Order) => marketToday(order, deps.store.clock.now());

  implement(app, deps, 'listOrders', async ({ auth }) => {
    const orders = await deps.store.ordersOf(auth.claims!.sub!);
    const summaries = await Promise.all(orders.map(async (o) => orderSummary(o, await deps.store.plan(o.id), today(o))));
    return { orders: summaries };
  });

  implement(app, deps, 'getOrder', ({ params, auth }) => ownOrder(auth, params.id));

  implement(app, deps, 'getPaymentPlan', async ({ params, auth }) => {
    const order = await ownOrder(auth, params.id);
    const plan = await deps.store.plan(order.id);
    if (!plan) throw notFound('Payment plan');
    return planView(plan, today(order));
  });

  implement(app, deps, 'extendDueDate', async ({ params, body, auth }) => {
    const order = await ownOrder(auth, params.id);
    const plan = editable(await deps.store.plan(order.id));
    if (!plan) throw notFound('Payment plan');
    const record = plan.instalments.find((i) => i.id === body.instalmentId);
    if (!record) {
      throw new ApiFailure('validation_failed', 'This instalment is not part of the order', {
        issues: [{ path: 'body.instalmentId', message: 'is not an instalment of this order' }],
      });
    }
    const view = planView(plan, today(order));
    const current = view.instalments.find((i) => i.id === record.id)!;
    if (!current.extendable) throw new ApiFailure('conflict', REFUSAL_MESSAGES[extendRefusal(current)]);
    record.originalDueDate = record.dueDate;
    record.dueDate = addDays(record.dueDate, body.days);
    await deps.store.savePlan(plan);
    const updated = planView(plan, today(order));
    return { instalment: updated.instalments.find((i) => i.id === record.id)!, plan: updated };
  });
}
