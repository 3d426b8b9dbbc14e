import type { Hono } from 'hono';
import type { Deps } from '../deps.js';
import { implement, type AppEnv, type Auth } from '../http/define.js';
import { ApiFailure } from '../http/failure.js';
import { cancelReturn, createReturn, getReturn, listOrderReturns, previewReturn, updateReturn } from '../returns/service.js';

/** The customer id of a shopper token; never null here, so a route can never act for "anyone". */
export function shopperOf(auth: Auth): string {
  const id = auth.claims?.kind === 'shopper' ? auth.claims.sub : null;
  if (!id) throw new ApiFailure('unauthorized', 'This needs a verified shopper: verify with your order reference first');
  return id;
}

/** Returns: report, preview, follow, change and cancel. The work is in `returns/service.ts`. */
export function returnRoutes(app: Hono<AppEnv>, deps: Deps): void {
  implement(app, deps, 'previewReturn', async ({ body, auth }) => previewReturn(deps, shopperOf(auth), body));
  implement(app, deps, 'createReturn', async ({ body, auth }) => createReturn(deps, shopperOf(auth), body), { refresh: (kept) => deps.attachments.refresh(kept) });
  implement(app, deps, 'getReturn', async ({ params, auth }) => getReturn(deps, shopperOf(auth), params.id));
  implement(app, deps, 'updateReturn', async ({ params, body, auth }) => updateReturn(deps, shopperOf(auth), params.id, body));
  implement(app, deps, 'cancelReturn', async ({ params, body, auth }) => cancelReturn(deps, shopperOf(auth), params.id, body));
  implement(app, deps, 'listOrderReturns', async ({ params, auth }) => ({ returns: await listOrderReturns(deps, shopperOf(auth), params.id) }));
}
