import type { Hono } from 'hono';
import { extendInstalment, refundOrder, releaseHold } from '../chat/account-actions.js';
import { formatter } from '../chat/format.js';
import { phrasesFor } from '../chat/phrases.js';
import type { ChatService } from '../chat/service.js';
import type { Deps } from '../deps.js';
import { marketToday, planView } from '../domain/plans.js';
import { implement, type AppEnv } from '../http/define.js';
import { ApiFailure, notFound, validationFailure } from '../http/failure.js';
import { answerJson } from '../http/answer.js';

/** The agent side: the queue with context packets, taking a chat, answering, account actions, resolving. */
export function agentRoutes(app: Hono<AppEnv>, deps: Deps, chat: ChatService): void {
  implement(app, deps, 'agentQueue', ({ query }) => chat.queue({ limit: query.limit, after: query.after }));

  implement(app, deps, 'agentClaim', async ({ params, body }) => chat.claim(params.id, body.agentName));

  implement(
    app,
    deps,
    'agentReply',
    async ({ params, body, redacted, c }) => {
      const { message, created } = await chat.agentSend(params.id, { ...body, redacted: redacted.includes('body.text') });
      return created ? message : answerJson(c, message, 200);
    },
    { refresh: (kept) => deps.attachments.refresh(kept) },
  );

  implement(app, deps, 'agentTyping', async ({ params, body }) => chat.agentTyping(params.id, body.typing));

  implement(app, deps, 'agentResolve', async ({ params, body }) => chat.resolve(params.id, body.summary));

  implement(app, deps, 'agentAction', async ({ body }) => {
    const order = await deps.store.order(body.orderId);
    if (!order) throw notFound('Order');
    const session = body.sessionId === undefined ? undefined : await chat.agentSession(body.sessionId);
    if (session && session.customerId !== order.customerId) {
      throw validationFailure([{ path: 'body.orderId', message: "is not an order of this chat's shopper" }]);
    }
    const money = (locale: string) => formatter(locale);
    let summary: string;
    let plan = null;
    let note: (locale: string) => string;
    switch (body.kind) {
      case 'refund': {
        const result = await refundOrder(deps.store, order.id, body.amount, body.reason);
        plan = result.plan;
        summary = `Refunded ${(body.amount.amount / 100).toFixed(2)} ${body.amount.currency} on ${order.reference}`;
        note = (locale) => phrasesFor(locale).noteRefund(money(locale).money(body.amount), order.reference);
        break;
      }
      case 'release_hold': {
        const { amount } = await releaseHold(deps.store, order.id);
        const current = await deps.store.plan(order.id);
        plan = current ? planView(current, marketToday(order, deps.store.clock.now())) : null;
        summary = `Released the authorization hold of ${(amount.amount / 100).toFixed(2)} ${amount.currency} on ${order.reference}`;
        note = (locale) => phrasesFor(locale).noteReleaseHold(money(locale).money(amount), order.reference);
        break;
      }
      case 'extend_due_date': {
        const result = await extendInstalment(deps.store, order.id, body.instalmentId, body.days);
        if (!result.ok) throw new ApiFailure('conflict', result.message);
        plan = result.plan;
        summary = `Moved the payment due ${result.previousDueDate} on ${order.reference} to ${result.instalment.dueDate}`;
        const due = result.instalment.dueDate;
        note = (locale) => phrasesFor(locale).noteExtend(order.reference, money(locale).date(due));
        break;
      }
    }
    if (session) await chat.note(session.id, note);
    return { kind: body.kind, orderId: order.id, summary, plan };
  });
}
