import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { ProblemId, ReturnId, Text, TrackingNumber, toErrorIssues } from '@assist/contract';
import type { Deps } from '../deps.js';
import { readJson, type AppContext, type AppEnv } from '../http/define.js';
import { notFound, validationFailure } from '../http/failure.js';
import { isPrivateTarget } from '../http/targets.js';
import { closeProblem, escalateProblem, listAllProblems, resolveProblem, respondAsStore } from '../problems/actions.js';
import {
  advanceReturn,
  cancelReturnWithoutPenalty,
  closeReturnInvestigation,
  listAllReturns,
  markDeliveredNotReceived,
  openReturnInvestigation,
  resendReturn,
  type ListPage,
} from '../returns/actions.js';
import { ADVANCE_TARGETS } from '../returns/rules.js';
import { tick } from '../returns/deadlines.js';
import { answerJson } from '../http/answer.js';

/**
 * QA admin surface for returns, problems and merchant webhooks (mock only, never the product API):
 * play the carrier, the store and our agents, move time-based rules along, and watch deliveries.
 * Each route is a thin wrapper around a service function an agent console can call directly.
 */

const Note = z.optional(Text(500));

/** Listings answer `limit` records (50 unless asked, at most 200), newest first, and `next` to pass as `before` for the following page. */
const ListQuery = z.object({
  limit: z.optional(z.pipe(z.string().check(z.regex(/^\d{1,3}$/)), z.transform(Number)).check(z.refine((n: number) => n >= 1 && n <= 200, 'between 1 and 200'))),
  before: z.optional(z.string().check(z.maxLength(64))),
});
function listPage(c: AppContext): ListPage {
  const parsed = z.safeParse(ListQuery, c.req.query());
  if (!parsed.success) throw validationFailure(toErrorIssues('query', parsed.error.issues));
  return { limit: parsed.data.limit ?? 50, before: parsed.data.before ?? null };
}
const AdvanceRequest = z.strictObject({
  to: z.enum(ADVANCE_TARGETS as [string, ...string[]]),
  note: Note,
  carrier: z.optional(Text(60)),
  trackingNumber: z.optional(TrackingNumber),
});
const ReasonRequest = z.strictObject({ reason: Note });
const RequiredReason = z.strictObject({ reason: Text(500) });
const NoteRequest = z.strictObject({ note: Note });
const ResendRequest = z.strictObject({ carrier: z.optional(Text(60)), trackingNumber: TrackingNumber });
const StoreResponseRequest = z.strictObject({ message: Text(1000), solved: z.optional(z.boolean()) });
const ResolveRequest = z.strictObject({ outcome: Text(60), note: Text(1000) });
const WebhookSettings = z.strictObject({
  url: z.nullable(z.url({ protocol: /^https?$/, message: 'must be an http or https URL' })),
  secret: z.optional(z.string().check(z.minLength(8, 'must be at least 8 characters'), z.maxLength(200))),
});
const EventId = z.string().check(z.regex(/^evt_[a-z0-9]{6,40}$/, 'must be an event id starting with evt_'));

async function body<T>(c: AppContext, schema: z.ZodMiniType<T>): Promise<T> {
  const result = schema.safeParse(await readJson(c));
  if (!result.success) throw validationFailure(toErrorIssues('body', result.error.issues));
  return result.data;
}

function param<T>(c: AppContext, name: string, schema: z.ZodMiniType<T>): T {
  const result = schema.safeParse(c.req.param(name));
  if (!result.success) throw validationFailure(toErrorIssues(`path.${name}`, result.error.issues));
  return result.data;
}

export function adminReturnRoutes(app: Hono<AppEnv>, deps: Deps): void {
  const returnId = (c: AppContext) => param(c, 'id', ReturnId);
  const problemId = (c: AppContext) => param(c, 'id', ProblemId);

  app.get('/__admin/returns', async (c) => answerJson(c, await listAllReturns(deps, listPage(c))));
  app.post('/__admin/returns/:id/advance', async (c) => {
    const id = returnId(c);
    const { to, ...options } = await body(c, AdvanceRequest);
    return answerJson(c, await advanceReturn(deps, id, to as (typeof ADVANCE_TARGETS)[number], options));
  });
  app.post('/__admin/returns/:id/investigation/open', async (c) => {
    const id = returnId(c);
    return answerJson(c, await openReturnInvestigation(deps, id, (await body(c, ReasonRequest)).reason));
  });
  app.post('/__admin/returns/:id/investigation/close', async (c) => {
    const id = returnId(c);
    return answerJson(c, await closeReturnInvestigation(deps, id, (await body(c, RequiredReason)).reason));
  });
  app.post('/__admin/returns/:id/delivered-not-received', async (c) => {
    const id = returnId(c);
    return answerJson(c, await markDeliveredNotReceived(deps, id, (await body(c, NoteRequest)).note));
  });
  app.post('/__admin/returns/:id/resend', async (c) => {
    const id = returnId(c);
    return answerJson(c, await resendReturn(deps, id, await body(c, ResendRequest)));
  });
  app.post('/__admin/returns/:id/cancel-without-penalty', async (c) => {
    const id = returnId(c);
    return answerJson(c, await cancelReturnWithoutPenalty(deps, id, (await body(c, ReasonRequest)).reason));
  });

  app.get('/__admin/problems', async (c) => answerJson(c, await listAllProblems(deps, listPage(c))));
  app.post('/__admin/problems/:id/store-response', async (c) => {
    const id = problemId(c);
    return answerJson(c, await respondAsStore(deps, id, await body(c, StoreResponseRequest)));
  });
  app.post('/__admin/problems/:id/escalate', async (c) => {
    const id = problemId(c);
    return answerJson(c, await escalateProblem(deps, id, (await body(c, NoteRequest)).note));
  });
  app.post('/__admin/problems/:id/resolve', async (c) => {
    const id = problemId(c);
    return answerJson(c, await resolveProblem(deps, id, await body(c, ResolveRequest)));
  });
  app.post('/__admin/problems/:id/close', async (c) => {
    const id = problemId(c);
    return answerJson(c, await closeProblem(deps, id, (await body(c, RequiredReason)).reason));
  });

  /** Applies every time-based rule that is due at the (possibly moved) clock. */
  app.post('/__admin/tick', async (c) => answerJson(c, { ...(await tick(deps)), now: deps.clock.now().toISOString() }));

  const webhookLog = async () => ({ url: (await deps.webhooks.settings()).url, deliveries: await deps.webhooks.deliveries() });
  app.get('/__admin/webhooks', async (c) => answerJson(c, await webhookLog()));
  app.post('/__admin/webhooks', async (c) => {
    const settings = await body(c, WebhookSettings);
    if (settings.url !== null && !deps.config.demo && isPrivateTarget(settings.url)) {
      throw validationFailure([{ path: 'body.url', message: 'must be a public address: loopback and private networks are allowed in demo mode only' }]);
    }
    await deps.webhooks.configure(settings.secret === undefined ? { url: settings.url } : { url: settings.url, secret: settings.secret });
    return answerJson(c, await webhookLog());
  });
  app.post('/__admin/webhooks/:id/redeliver', async (c) => {
    const id = param(c, 'id', EventId);
    if (!(await deps.webhooks.redeliver(id))) throw notFound('A delivered or failed event with this id (and a configured endpoint)');
    return answerJson(c, await webhookLog());
  });
}
