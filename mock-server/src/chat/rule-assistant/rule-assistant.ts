import type { Assistant, AssistantContext, AssistantTurn } from '../assistant.js';
import type { TopicIntent } from '../intent-keywords.js';
import { detectIntents } from '../intents.js';
import { accountAnswer, pendingOrderQuestion } from './account.js';
import { callbackAction, topicsAction } from './actions.js';
import { mentionedOrders } from './order-mentions.js';
import { articleIntent, retrieve, topicAnswer } from './retrieval.js';
import { INTENT_ARTICLES, TOPIC_ARTICLES, isAccountIntent, type AccountIntent } from './tables.js';
import { Turn, withArticle } from './turn.js';

/**
 * The built-in assistant: keyword intents in every UI language, retrieval over the help index, and
 * account look-ups. It hands the chat to a person when the shopper asks, when fraud is suspected and
 * when it found nothing twice in a row.
 */
export class RuleAssistant implements Assistant {
  async reply(ctx: AssistantContext): Promise<AssistantTurn> {
    const turn = new Turn(ctx);
    if (ctx.input.kind === 'choice') return choice(turn, ctx.input.choice);
    return message(turn, ctx.input.text);
  }
}

/** The built-in answer to an account question about one order of the verified shopper, for assistants that pick the order themselves. */
export function accountTurn(ctx: AssistantContext, intent: AccountIntent, orderId: string): Promise<AssistantTurn> {
  return accountAnswer(new Turn(ctx), intent, '', orderId);
}

/** A quick reply the shopper chose: settled, a person, a topic, or the order an account question is about. */
async function choice(turn: Turn, chosen: string): Promise<AssistantTurn> {
  const p = turn.p;
  if (chosen === 'helped') return { text: p.welcome, helped: true, resolved: true };
  if (chosen === 'agent') return { text: p.handingOver, helped: true, handoff: { reason: 'shopper_request', level: 'level_1' } };
  const topic = /^topic:(\w+)$/.exec(chosen)?.[1] as TopicIntent | undefined;
  if (topic && topic in TOPIC_ARTICLES) return topicAnswer(turn, topic);
  const order = /^order:(\w+):(ord_[A-Za-z0-9_]+)$/.exec(chosen);
  if (order && isAccountIntent(order[1]!)) return accountAnswer(turn, order[1], '', order[2]);
  return message(turn, turn.ctx.input.kind === 'choice' ? turn.ctx.input.text : '');
}

/** A message the shopper typed: the strongest intent decides, in the order of ACTION_INTENTS, then articles, then small talk, then search. */
async function message(turn: Turn, text: string): Promise<AssistantTurn> {
  const p = turn.p;
  const d = detectIntents(text, turn.ctx.locale);
  if (d.action === 'fraud') {
    return { text: p.handingOver, helped: true, topic: 'problems', handoff: { reason: 'fraud_suspected', level: 'fraud' }, ...withArticle(turn.article(INTENT_ARTICLES.fraud)) };
  }
  if (d.action === 'human') return { text: p.handingOver, helped: true, handoff: { reason: 'shopper_request', level: 'level_1' } };
  if (d.action === 'callback') return { text: p.callbackOffer, helped: true, actions: [callbackAction(p)] };
  if (d.action && isAccountIntent(d.action)) return accountAnswer(turn, d.action, text);
  const named = turn.ctx.verified ? mentionedOrders(text, await turn.ctx.tools.orders(), turn.ctx.locale, turn.ctx.tools.now()) : [];
  // "The coat" after "which order do you mean?": the answer to that question, for the order named.
  const pending = pendingOrderQuestion(turn);
  const answered = pending ? named.filter((o) => pending.orderIds.includes(o.id)) : [];
  if (pending && answered.length === 1 && !d.article) return accountAnswer(turn, pending.intent, text, answered[0]!.id);
  if (d.article) {
    const reply = articleIntent(turn, d.article, d, text);
    return named.length === 1 ? { ...reply, focusOrderId: named[0]!.id } : reply;
  }
  // An order named and nothing asked about it ("my order from Nordic Outdoor"): how that order is doing.
  if (named.length === 1 && d.topic === null && !d.thanks) return accountAnswer(turn, 'order_status', text, named[0]!.id);
  const only = (flag: boolean) => flag && d.topic === null && d.length <= 5;
  if (only(d.thanks)) return { text: p.welcome, helped: true, resolved: true };
  if (only(d.greeting)) return { text: p.greetBack(turn.ctx.firstName), helped: true, actions: [topicsAction(p)] };
  return retrieve(turn, text, d);
}
