import type { Hono } from 'hono';
import { REPEAT_WINDOW_DAYS, computeMetrics } from '../chat/metrics.js';
import type { Deps } from '../deps.js';
import { implement, type AppEnv } from '../http/define.js';
import { validationFailure } from '../http/failure.js';

/** The chat KPIs (first response, handle time, first-contact resolution, CSAT), for agents and operations. */
export function metricsRoutes(app: Hono<AppEnv>, deps: Deps): void {
  implement(app, deps, 'getMetrics', async ({ query }) => {
    const from = query.from === undefined ? undefined : new Date(query.from).toISOString();
    const to = query.to === undefined ? undefined : new Date(query.to).toISOString();
    if (from && to && from >= to) throw validationFailure([{ path: 'query.to', message: 'must be after from' }]);
    const events = await deps.store.chatKpis({ from, to, repeatWindowMs: REPEAT_WINDOW_DAYS * 86_400_000 });
    return computeMetrics(events, { from, to, market: query.market });
  });
}
