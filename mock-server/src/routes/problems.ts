import type { Hono } from 'hono';
import type { Deps } from '../deps.js';
import { implement, type AppEnv } from '../http/define.js';
import { createProblem, getProblem, listOrderProblems } from '../problems/service.js';
import { shopperOf } from './returns.js';

/** Problems: report one and follow it. The work is in `problems/service.ts`. */
export function problemRoutes(app: Hono<AppEnv>, deps: Deps): void {
  implement(app, deps, 'createProblem', async ({ body, auth }) => createProblem(deps, shopperOf(auth), body), { refresh: (kept) => deps.attachments.refresh(kept) });
  implement(app, deps, 'getProblem', async ({ params, auth }) => getProblem(deps, shopperOf(auth), params.id));
  implement(app, deps, 'listOrderProblems', async ({ params, auth }) => ({ problems: await listOrderProblems(deps, shopperOf(auth), params.id) }));
}
