import type { Order } from '@assist/contract';
import type { AssistantTurn, ProposedAction } from '../assistant.js';
import { feedbackAction, verifyAction } from './actions.js';
import { forOrder, isOpenProblem } from './order-answers.js';
import { answer, confidentHit } from './retrieval.js';
import { mentionedOrders } from './order-mentions.js';
import { TOPIC_OF_INTENT, VERIFY_ARTICLES, isAccountIntent, type AccountIntent } from './tables.js';
import { withArticle, type Turn } from './turn.js';

/** Questions about the shopper's own orders: verification first, then which order, then the answer from the account. */

export async function accountAnswer(turn: Turn, intent: AccountIntent, text: string, chosenOrderId?: string): Promise<AssistantTurn> {
  const p = turn.p;
  const topic = TOPIC_OF_INTENT[intent] ?? 'other';
  if (!turn.ctx.verified) {
    const general = confidentHit(turn, text, null);
    const verify = verifyAction(p);
    // A general question ("why was my first instalment higher?") gets its article; the account answer needs verification.
    if (general) {
      const reply = answer(turn, general, topic);
      return { ...reply, text: `${reply.text}\n${p.verifyForAccount}`, actions: [verify, feedbackAction(p)] };
    }
    const slug = VERIFY_ARTICLES[intent];
    return { text: p.verifyFirst, helped: true, topic, actions: [verify], ...withArticle(slug ? turn.article(slug) : undefined) };
  }
  const orders = await turn.ctx.tools.orders();
  if (orders.length === 0) return { text: p.noOrders, helped: false, topic };
  if (intent === 'problem_status' && !chosenOrderId && !(await anyProblem(turn, orders)) && mentionedOrders(text, orders, turn.ctx.locale, turn.ctx.tools.now()).length === 0) {
    // Nothing reported on any order: say so once, with how to report one, rather than asking which order.
    return { text: p.noProblems, helped: true, topic, ...withArticle(turn.article('after-reporting-a-problem')) };
  }
  const picked = await pickOrder(turn, intent, text, orders, chosenOrderId);
  if (!('order' in picked)) return { text: p.pickOrder, helped: true, topic, actions: [orderChoice(intent, picked.choices)] };
  const reply = await forOrder(turn, intent, picked.order);
  const related = confidentHit(turn, text, topic);
  if (!reply.articles && related) reply.articles = [{ slug: related.slug, title: related.title }];
  return { ...reply, topic, focusOrderId: picked.order.id };
}

/** "Which order?" with the orders to choose from (at most four). */
function orderChoice(intent: AccountIntent, orders: Order[]): ProposedAction {
  return {
    kind: 'quick_reply',
    choices: orders.slice(0, 4).map((o, i) => ({ id: `order:${intent}:${o.id}`, label: `${o.reference} · ${o.merchant.name}`, style: i === 0 ? 'primary' : 'secondary' })),
    effect: { kind: 'choice' },
  };
}

/** The account question still waiting for the shopper to say which order, from the assistant's last message. */
export function pendingOrderQuestion(turn: Turn): { intent: AccountIntent; orderIds: string[] } | null {
  const last = [...turn.ctx.history].reverse().find((m) => m.author !== 'shopper');
  const action =
    last?.author === 'assistant' ? last.actions.find((a) => a.kind === 'quick_reply' && a.chosen === null && a.choices.some((c) => c.id.startsWith('order:'))) : undefined;
  if (!action) return null;
  const parsed = action.choices.map((c) => /^order:(\w+):(ord_[A-Za-z0-9_]+)$/.exec(c.id)).filter((m) => m !== null);
  const intent = parsed[0]?.[1];
  return intent && isAccountIntent(intent) ? { intent, orderIds: parsed.map((m) => m[2]!) } : null;
}

/**
 * The order a question is about: chosen, named in it (reference, store, item, amount, day), the one
 * being discussed when it fits, or the only one that fits. Otherwise the orders to choose from: only
 * those the question fits ("where is my refund?" offers orders with a return or a refund).
 */
async function pickOrder(turn: Turn, intent: AccountIntent, text: string, orders: Order[], chosenOrderId?: string): Promise<{ order: Order } | { choices: Order[] }> {
  const chosen = chosenOrderId ? orders.find((o) => o.id === chosenOrderId) : undefined;
  if (chosen) return { order: chosen };
  const fitting = await candidates(turn, intent, orders);
  const mentioned = mentionedOrders(text, orders, turn.ctx.locale, turn.ctx.tools.now());
  if (mentioned.length === 1) return { order: mentioned[0]! };
  if (mentioned.length > 1) {
    const both = mentioned.filter((o) => fitting.includes(o));
    return both.length === 1 ? { order: both[0]! } : { choices: both.length > 0 ? both : mentioned };
  }
  const focus = orders.find((o) => o.id === turn.ctx.focusOrderId);
  if (fitting.length === 0) {
    // Nothing fits (no refund anywhere): the answer for the order being discussed or the only one says so.
    const only = focus ?? (orders.length === 1 ? orders[0] : undefined);
    return only ? { order: only } : { choices: orders };
  }
  if (focus && fitting.includes(focus)) return { order: focus };
  if (fitting.length === 1) return { order: fitting[0]! };
  return { choices: fitting };
}

async function anyProblem(turn: Turn, orders: Order[]): Promise<boolean> {
  for (const o of orders) if ((await turn.ctx.tools.problemsOf(o.id)).length > 0) return true;
  return false;
}

/** Orders a question can be about, newest first. */
async function candidates(turn: Turn, intent: AccountIntent, orders: Order[]): Promise<Order[]> {
  const tools = turn.ctx.tools;
  switch (intent) {
    case 'hold':
      return orders.filter((o) => o.holds.some((h) => h.status === 'pending'));
    case 'refund_status': {
      const withRefunds = [];
      for (const o of orders) {
        if (o.transactions.some((t) => t.type === 'refund') || (await tools.returnsOf(o.id)).some((r) => r.refund || r.status !== 'cancelled')) withRefunds.push(o);
      }
      return withRefunds;
    }
    case 'problem_status': {
      // Orders with an open problem; when every problem is settled, the orders that had one.
      const open = [];
      const settled = [];
      for (const o of orders) {
        const problems = await tools.problemsOf(o.id);
        if (problems.some(isOpenProblem)) open.push(o);
        else if (problems.length > 0) settled.push(o);
      }
      return open.length > 0 ? open : settled;
    }
    case 'return_status': {
      const withReturns = [];
      for (const o of orders) if ((await tools.returnsOf(o.id)).length > 0) withReturns.push(o);
      return withReturns;
    }
    case 'payment_plan':
    case 'extend_due_date': {
      const open = [];
      for (const o of orders) {
        const plan = await tools.plan(o.id);
        if (plan && (plan.status === 'active' || plan.status === 'paused')) open.push(o);
      }
      return open;
    }
    default:
      return orders;
  }
}
