import type { Order } from '@assist/contract';
import type { AssistantTurn } from '../assistant.js';
import { feedbackAction, verifyAction } from './actions.js';
import { forOrder } from './order-answers.js';
import { answer, confidentHit } from './retrieval.js';
import { TOPIC_OF_INTENT, VERIFY_ARTICLES, type AccountIntent } from './tables.js';
import { withArticle, type Turn } from './turn.js';

/** Questions about the shopper's own orders: verification first, then which order, then the answer from the account. */

const ORDER_REFERENCE = /\b[A-Z]{2}-[A-Z0-9]{6,20}\b/gi;

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
  const order = await pickOrder(turn, intent, text, orders, chosenOrderId);
  if (!order) {
    const choices = (await candidates(turn, intent, orders)).slice(0, 4);
    return {
      text: p.pickOrder,
      helped: true,
      topic,
      actions: [
        {
          kind: 'quick_reply',
          choices: choices.map((o, i) => ({ id: `order:${intent}:${o.id}`, label: `${o.reference} · ${o.merchant.name}`, style: i === 0 ? 'primary' : 'secondary' })),
          effect: { kind: 'choice' },
        },
      ],
    };
  }
  const reply = await forOrder(turn, intent, order);
  const related = confidentHit(turn, text, topic);
  if (!reply.articles && related) reply.articles = [{ slug: related.slug, title: related.title }];
  return { ...reply, topic, focusOrderId: order.id };
}

/** The order a question is about: named in it, chosen, already discussed, or the only one that fits. */
async function pickOrder(turn: Turn, intent: AccountIntent, text: string, orders: Order[], chosenOrderId?: string): Promise<Order | undefined> {
  if (chosenOrderId) return orders.find((o) => o.id === chosenOrderId);
  const named = [...text.matchAll(ORDER_REFERENCE)].map((m) => m[0].toUpperCase());
  const byReference = orders.find((o) => named.includes(o.reference) || named.includes(o.merchant.orderReference.toUpperCase()));
  if (byReference) return byReference;
  const focus = orders.find((o) => o.id === turn.ctx.focusOrderId);
  const fitting = await candidates(turn, intent, orders);
  // The order being discussed, unless the question fits exactly one other order (a hold on another purchase).
  if (focus && (fitting.includes(focus) || fitting.length !== 1)) return focus;
  if (fitting.length === 1) return fitting[0];
  return orders.length === 1 ? orders[0] : undefined;
}

/** Orders a question can be about, newest first. */
async function candidates(turn: Turn, intent: AccountIntent, orders: Order[]): Promise<Order[]> {
  const tools = turn.ctx.tools;
  switch (intent) {
    case 'hold':
      return orders.filter((o) => o.holds.some((h) => h.status === 'pending'));
    case 'refund_status':
    case 'return_status': {
      const withReturns = [];
      for (const o of orders) {
        if (o.transactions.some((t) => t.type === 'refund') || (await tools.returnsOf(o.id)).length > 0) withReturns.push(o);
      }
      return withReturns.length > 0 ? withReturns : orders;
    }
    case 'payment_plan':
    case 'extend_due_date': {
      const open = [];
      for (const o of orders) {
        const plan = await tools.plan(o.id);
        if (plan && (plan.status === 'active' || plan.status === 'paused')) open.push(o);
      }
      return open.length > 0 ? open : orders;
    }
    default:
      return orders;
  }
}
