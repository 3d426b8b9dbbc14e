import {
  EXTENSION_DAYS,
  type ChatAction,
  type ChatCard,
  type ChatMessage,
  type MarketCode,
  type Money,
  type Order,
  type OrderSummary,
  type PaymentPlan,
  type RETURN_STATUSES,
} from '@assist/contract';
import { addDays } from '../time.js';
import { formatter, type Formatter } from './format.js';
import type { ActionIntent, ArticleIntent, TopicIntent } from './intent-keywords.js';
import { detectIntents, type Detection } from './intents.js';
import { phrasesFor, type ExtendRefusal, type Phrases } from './phrases.js';
import type { ChatActionEffect, ChatTopic, EscalationLevel, HandoffReason } from './records.js';

/** A help article as the assistant answers with it, in the chat's language (or English). */
export interface HelpAnswer {
  slug: string;
  title: string;
  summary: string;
  category: string;
  score: number;
}

/** A return as the assistant reports on it. */
export interface ReturnInfo {
  id: string;
  reference: string;
  orderId: string;
  status: (typeof RETURN_STATUSES)[number];
  refund: { amount: Money; expectedBy: string } | null;
}

/** What the assistant may read. It never changes anything itself: actions are proposed and run once the shopper confirms. */
export interface AssistantTools {
  now(): Date;
  /** The verified shopper's orders, newest first; none for an anonymous chat. */
  orders(): Promise<Order[]>;
  plan(orderId: string): Promise<PaymentPlan | undefined>;
  summary(order: Order): Promise<OrderSummary>;
  returnsOf(orderId: string): Promise<ReturnInfo[]>;
  /** Help articles matching a text, best first, searched in the chat's language and the others the content exists in. */
  searchHelp(text: string): HelpAnswer[];
  article(slug: string): HelpAnswer | undefined;
}

export type AssistantInput =
  | { kind: 'message'; text: string }
  /** The shopper chose a quick reply. */
  | { kind: 'choice'; choice: string; text: string };

export interface AssistantContext {
  locale: string;
  market: MarketCode;
  verified: boolean;
  firstName: string | null;
  topic: ChatTopic | null;
  /** The order the conversation is about so far. */
  focusOrderId: string | null;
  /** Answers in a row that found nothing. */
  misses: number;
  history: readonly ChatMessage[];
  input: AssistantInput;
  tools: AssistantTools;
}

/** An action card the assistant offers; the server gives it an id and keeps its effect. */
export interface ProposedAction {
  kind: ChatAction['kind'];
  choices: ChatAction['choices'];
  effect: ChatActionEffect;
}

export interface AssistantTurn {
  text: string;
  actions?: ProposedAction[];
  cards?: ChatCard[];
  articles?: { slug: string; title: string }[];
  topic?: ChatTopic;
  focusOrderId?: string;
  /** Pass the chat to a person after this answer. */
  handoff?: { reason: HandoffReason; level: EscalationLevel };
  /** False when the assistant found nothing to help with. */
  helped: boolean;
  /** The shopper said the question is settled. */
  resolved?: boolean;
}

/**
 * The assistant: one turn per shopper message. The built-in one is rules and retrieval over the help
 * content; a provider can plug a language model in behind the same interface.
 */
export interface Assistant {
  reply(context: AssistantContext): Promise<AssistantTurn>;
}

/** Help articles for a topic when nothing more specific matched (account questions have none). */
const TOPIC_ARTICLES: Record<TopicIntent, string | null> = {
  payments: 'where-is-my-payment-plan',
  returns: 'how-to-return',
  problems: 'after-reporting-a-problem',
  card: 'pay-credit-card-purchases',
  balance: 'use-balance',
  account: null,
};
const INTENT_ARTICLES: Record<ArticleIntent | 'fraud', string> = {
  charged_twice: 'charged-twice',
  late_fee: 'late-fee-charged',
  complaint: 'formal-complaint',
  fraud: 'security-and-fraud',
};
/** What to read meanwhile when an account question needs verification first. */
const VERIFY_ARTICLES: Partial<Record<ActionIntent, string>> = {
  payment_plan: 'where-is-my-payment-plan',
  extend_due_date: 'where-is-my-payment-plan',
  hold: 'charged-twice',
  refund_status: 'return-registration-time',
  return_status: 'return-registration-time',
};
/** Help categories an answer for a topic may come from. */
const TOPIC_CATEGORIES: Record<TopicIntent, string[]> = {
  payments: ['payments', 'shopping', 'account'],
  returns: ['returns'],
  problems: ['problems', 'more'],
  card: ['card'],
  balance: ['balance'],
  account: ['account', 'more'],
};
const TOPIC_OF_INTENT: Partial<Record<ActionIntent | ArticleIntent, ChatTopic>> = {
  extend_due_date: 'payments',
  payment_plan: 'payments',
  hold: 'payments',
  charged_twice: 'payments',
  late_fee: 'payments',
  refund_status: 'returns',
  return_status: 'returns',
  order_status: 'account',
  fraud: 'problems',
  complaint: 'account',
};
/** A search hit this good answers a question on its own. */
const CONFIDENT_SCORE = 40;
/** A hit scoring this many times the best hit of the detected topic is taken over it. */
const DOMINANT = 1.5;
const ACCOUNT_INTENTS = ['extend_due_date', 'hold', 'refund_status', 'return_status', 'order_status', 'payment_plan'] as const;
type AccountIntent = (typeof ACCOUNT_INTENTS)[number];
const ORDER_REFERENCE = /\b[A-Z]{2}-[A-Z0-9]{6,20}\b/gi;

export const extendChoiceId = (days: number) => `extend_${days}`;
export const KEEP_DATE = 'keep';

/** The built-in assistant: keyword intents in every UI language, retrieval over the help index, and account look-ups. */
export class RuleAssistant implements Assistant {
  async reply(ctx: AssistantContext): Promise<AssistantTurn> {
    const p = phrasesFor(ctx.locale);
    const f = formatter(ctx.locale);
    const turn = new TurnBuilder(ctx, p, f);
    if (ctx.input.kind === 'choice') return turn.choice(ctx.input.choice);
    return turn.message(ctx.input.text);
  }
}

class TurnBuilder {
  readonly #ctx: AssistantContext;
  readonly #p: Phrases;
  readonly #f: Formatter;
  readonly #hits = new Map<string, HelpAnswer[]>();
  constructor(ctx: AssistantContext, p: Phrases, f: Formatter) {
    this.#ctx = ctx;
    this.#p = p;
    this.#f = f;
  }

  async choice(choice: string): Promise<AssistantTurn> {
    const p = this.#p;
    if (choice === 'helped') return { text: p.welcome, helped: true, resolved: true };
    if (choice === 'agent') return { text: p.handingOver, helped: true, handoff: { reason: 'shopper_request', level: 'level_1' } };
    const topic = /^topic:(\w+)$/.exec(choice)?.[1] as TopicIntent | undefined;
    if (topic && topic in TOPIC_ARTICLES) return this.#topicAnswer(topic);
    const order = /^order:(\w+):(ord_[A-Za-z0-9_]+)$/.exec(choice);
    if (order && (ACCOUNT_INTENTS as readonly string[]).includes(order[1]!)) return this.#account(order[1] as AccountIntent, '', order[2]!);
    return this.message(this.#ctx.input.kind === 'choice' ? this.#ctx.input.text : '');
  }

  async message(text: string): Promise<AssistantTurn> {
    const p = this.#p;
    const d = detectIntents(text, this.#ctx.locale);
    if (d.action === 'fraud') {
      const article = this.#article(INTENT_ARTICLES.fraud);
      return { text: p.handingOver, helped: true, topic: 'problems', handoff: { reason: 'fraud_suspected', level: 'fraud' }, ...this.#withArticle(article) };
    }
    if (d.action === 'human') return { text: p.handingOver, helped: true, handoff: { reason: 'shopper_request', level: 'level_1' } };
    if (d.action === 'callback') {
      return { text: p.callbackOffer, helped: true, actions: [this.#callbackAction()] };
    }
    if (d.action && (ACCOUNT_INTENTS as readonly string[]).includes(d.action)) return this.#account(d.action as AccountIntent, text);
    if (d.article) return this.#articleIntent(d.article, d, text);
    const only = (flag: boolean) => flag && d.topic === null && d.length <= 5;
    if (only(d.thanks)) return { text: p.welcome, helped: true, resolved: true };
    if (only(d.greeting)) return { text: p.greetBack(this.#ctx.firstName), helped: true, actions: [this.#topicsAction()] };
    return this.#retrieve(text, d);
  }

  /** The best article for a question: a confident search hit (the topic's keywords decide between close ones), else the topic's article. */
  #retrieve(text: string, d: Detection): AssistantTurn {
    const best = this.#confidentHit(text, null);
    const fitting = this.#confidentHit(text, d.topic);
    // The topic's keywords pick among close hits; a hit far ahead of the others wins on its own.
    const hit = best && (!fitting || best.score >= DOMINANT * fitting.score) ? best : fitting;
    if (hit) return this.#answer(hit, d.topic ?? topicOfCategory(hit.category));
    if (d.topic) return this.#topicAnswer(d.topic);
    return this.#miss();
  }

  /** The best search hit that answers the question on its own and fits the topic, if any. */
  #confidentHit(text: string, topic: ChatTopic | null): HelpAnswer | undefined {
    if (text.trim() === '') return undefined;
    const fits = (h: HelpAnswer) => topic === null || topic === 'other' || (TOPIC_CATEGORIES[topic as TopicIntent] ?? []).includes(h.category);
    return this.#search(text).find((h) => h.score >= CONFIDENT_SCORE && fits(h));
  }

  #search(text: string): HelpAnswer[] {
    let hits = this.#hits.get(text);
    if (!hits) this.#hits.set(text, (hits = this.#ctx.tools.searchHelp(text)));
    return hits;
  }

  #topicAnswer(topic: TopicIntent): AssistantTurn {
    const slug = TOPIC_ARTICLES[topic];
    const article = slug ? this.#article(slug) : undefined;
    if (!article) return { ...this.#miss(), topic };
    return this.#answer(article, topic);
  }

  #articleIntent(intent: ArticleIntent, d: Detection, text: string): AssistantTurn {
    const topic = TOPIC_OF_INTENT[intent] ?? d.topic ?? 'other';
    // A search hit that answers the very question ("how can I avoid late fees?") beats the intent's usual article.
    const article = this.#confidentHit(text, null) ?? this.#article(INTENT_ARTICLES[intent]);
    if (!article) return this.#miss();
    const turn = this.#answer(article, topic);
    if (intent === 'complaint') turn.actions = [this.#agentAction('complaint', 'legal_review')];
    if (intent === 'charged_twice') turn.actions = [this.#agentAction('shopper_request', 'level_2')];
    return turn;
  }

  #answer(article: HelpAnswer, topic: ChatTopic): AssistantTurn {
    return {
      text: `${article.title}\n${article.summary}`,
      articles: [{ slug: article.slug, title: article.title }],
      actions: [this.#feedbackAction()],
      topic,
      helped: true,
    };
  }

  #miss(): AssistantTurn {
    const p = this.#p;
    if (this.#ctx.misses >= 1) return { text: p.cannotHelp, helped: false, handoff: { reason: 'assistant_cannot_help', level: 'level_1' } };
    return { text: p.notSure, helped: false, actions: [this.#topicsAction(true)] };
  }

  // --- Account look-ups (verified shoppers only) ---

  async #account(intent: AccountIntent, text: string, chosenOrderId?: string): Promise<AssistantTurn> {
    const p = this.#p;
    const topic = TOPIC_OF_INTENT[intent] ?? 'other';
    if (!this.#ctx.verified) {
      const general = this.#confidentHit(text, null);
      const verify: ProposedAction = { kind: 'request_verification', choices: [{ id: 'verify', label: p.verify, style: 'primary' }], effect: { kind: 'choice' } };
      // A general question ("why was my first instalment higher?") gets its article; the account answer needs verification.
      if (general) {
        const answer = this.#answer(general, topic);
        return { ...answer, text: `${answer.text}\n${p.verifyForAccount}`, actions: [verify, this.#feedbackAction()] };
      }
      const slug = VERIFY_ARTICLES[intent];
      return { text: p.verifyFirst, helped: true, topic, actions: [verify], ...this.#withArticle(slug ? this.#article(slug) : undefined) };
    }
    const orders = await this.#ctx.tools.orders();
    if (orders.length === 0) return { text: p.noOrders, helped: false, topic };
    const order = await this.#pickOrder(intent, text, orders, chosenOrderId);
    if (!order) {
      const candidates = (await this.#candidates(intent, orders)).slice(0, 4);
      return {
        text: p.pickOrder,
        helped: true,
        topic,
        actions: [
          {
            kind: 'quick_reply',
            choices: candidates.map((o, i) => ({ id: `order:${intent}:${o.id}`, label: `${o.reference} · ${o.merchant.name}`, style: i === 0 ? 'primary' : 'secondary' })),
            effect: { kind: 'choice' },
          },
        ],
      };
    }
    const turn = await this.#forOrder(intent, order);
    const related = this.#confidentHit(text, topic);
    if (!turn.articles && related) turn.articles = [{ slug: related.slug, title: related.title }];
    return { ...turn, topic, focusOrderId: order.id };
  }

  async #forOrder(intent: AccountIntent, order: Order): Promise<AssistantTurn> {
    switch (intent) {
      case 'order_status':
        return this.#orderStatus(order);
      case 'payment_plan':
        return this.#paymentPlan(order);
      case 'extend_due_date':
        return this.#extend(order);
      case 'hold':
        return this.#hold(order);
      case 'refund_status':
        return this.#refunds(order);
      case 'return_status':
        return this.#returns(order);
    }
  }

  async #orderStatus(order: Order): Promise<AssistantTurn> {
    const p = this.#p;
    const summary = await this.#ctx.tools.summary(order);
    const lines = [p.orderStatus(order.reference, order.merchant.name, p.orderStatusNames[order.status])];
    if (summary.nextPayment) lines.push(p.nextPayment(this.#f.money(summary.nextPayment.amount), this.#f.date(summary.nextPayment.dueDate)));
    return { text: lines.join(' '), cards: [{ kind: 'order_summary', order: summary }], helped: true };
  }

  async #paymentPlan(order: Order): Promise<AssistantTurn> {
    const p = this.#p;
    const plan = await this.#ctx.tools.plan(order.id);
    if (!plan) return { text: p.extendRefused.no_plan, helped: true };
    const lines: string[] = [];
    if (plan.status === 'completed') lines.push(p.planCompleted(order.reference));
    else {
      lines.push(p.planSummary(order.reference, this.#f.money(plan.paid), this.#f.money(plan.remaining)));
      const next = plan.instalments.find((i) => i.status !== 'paid' && i.status !== 'cancelled');
      if (next && plan.status !== 'cancelled') lines.push(p.nextPayment(this.#f.money(next.amount), this.#f.date(next.dueDate)));
      if (plan.status === 'paused') lines.push(p.planPaused);
      if (plan.collection) lines.push(p.planInCollection(plan.collection.agency));
    }
    return { text: lines.join(' '), cards: [{ kind: 'payment_plan', plan }], helped: true };
  }

  async #extend(order: Order): Promise<AssistantTurn> {
    const p = this.#p;
    const plan = await this.#ctx.tools.plan(order.id);
    if (!plan) return { text: p.extendRefused.no_plan, helped: true };
    const next = plan.instalments.find((i) => i.status !== 'paid' && i.status !== 'cancelled');
    const cards: ChatCard[] = [{ kind: 'payment_plan', plan }];
    if (!next || !next.extendable) {
      const reason: ExtendRefusal = !next
        ? 'paid'
        : next.originalDueDate !== null
          ? 'already_extended'
          : next.status === 'overdue'
            ? 'overdue'
            : next.status === 'paused'
              ? 'paused'
              : 'not_extendable';
      return { text: `${p.extendRefused[reason]} ${p.offerPerson}`, cards, helped: true, actions: [this.#agentAction('shopper_request', 'level_1')] };
    }
    const choices: Record<string, (typeof EXTENSION_DAYS)[number]> = {};
    for (const days of EXTENSION_DAYS) choices[extendChoiceId(days)] = days;
    return {
      text: p.extendOffer(this.#f.money(next.amount), this.#f.date(next.dueDate)),
      cards,
      helped: true,
      actions: [
        {
          kind: 'confirm_extend_due_date',
          choices: [
            ...EXTENSION_DAYS.map((days) => ({
              id: extendChoiceId(days),
              label: p.extendChoice(days, this.#f.date(addDays(next.dueDate, days))),
              style: days === 14 ? ('primary' as const) : ('secondary' as const),
            })),
            { id: KEEP_DATE, label: p.keepDate, style: 'secondary' as const },
          ],
          effect: { kind: 'extend_due_date', orderId: order.id, instalmentId: next.id, choices },
        },
      ],
    };
  }

  #hold(order: Order): AssistantTurn {
    const p = this.#p;
    const hold = order.holds.find((h) => h.status === 'pending');
    if (!hold) return { text: p.noHold(order.reference), helped: true, ...this.#withArticle(this.#article('charged-twice')) };
    const overdue = this.#ctx.tools.now().getTime() > Date.parse(hold.expectedReleaseBy);
    const amount = this.#f.money(hold.amount);
    const by = this.#f.date(hold.expectedReleaseBy.slice(0, 10));
    const turn: AssistantTurn = {
      text: overdue ? `${p.holdOverdue(amount, order.reference, by)} ${p.offerPerson}` : p.holdPending(amount, order.reference, by),
      cards: [{ kind: 'authorization_hold', orderId: order.id, hold }],
      helped: true,
    };
    if (overdue) turn.actions = [this.#agentAction('shopper_request', 'level_2')];
    return turn;
  }

  async #refunds(order: Order): Promise<AssistantTurn> {
    const p = this.#p;
    const refunds = order.transactions.filter((t) => t.type === 'refund');
    const returns = await this.#ctx.tools.returnsOf(order.id);
    const cards: ChatCard[] = [];
    const lines: string[] = [];
    if (refunds.length > 0) {
      lines.push(p.refunds(order.reference, refunds.map((t) => `${this.#f.money(t.amount)} (${this.#f.date(t.at.slice(0, 10))})`).join(', ')));
      cards.push({ kind: 'refunds', orderId: order.id, refunds });
    }
    for (const r of returns.filter((r) => r.refund || r.status !== 'cancelled')) {
      lines.push(p.returnStatus(r.reference, p.returnStatusNames[r.status]));
      if (r.refund) lines.push(p.refundExpected(this.#f.money(r.refund.amount), this.#f.date(r.refund.expectedBy.slice(0, 10))));
      cards.push(returnCard(r));
    }
    if (lines.length === 0) lines.push(p.noRefunds(order.reference));
    return { text: lines.join(' '), cards, helped: true };
  }

  async #returns(order: Order): Promise<AssistantTurn> {
    const p = this.#p;
    const returns = await this.#ctx.tools.returnsOf(order.id);
    if (returns.length === 0) return { text: p.noReturns(order.reference), helped: true, ...this.#withArticle(this.#article('how-to-return')) };
    const lines: string[] = [];
    for (const r of returns) {
      lines.push(p.returnStatus(r.reference, p.returnStatusNames[r.status]));
      if (r.refund) lines.push(p.refundExpected(this.#f.money(r.refund.amount), this.#f.date(r.refund.expectedBy.slice(0, 10))));
    }
    return { text: lines.join(' '), cards: returns.map(returnCard), helped: true };
  }

  /** The order a question is about: named in it, chosen, already discussed, or the only one that fits. */
  async #pickOrder(intent: AccountIntent, text: string, orders: Order[], chosenOrderId?: string): Promise<Order | undefined> {
    if (chosenOrderId) return orders.find((o) => o.id === chosenOrderId);
    const named = [...text.matchAll(ORDER_REFERENCE)].map((m) => m[0].toUpperCase());
    const byReference = orders.find((o) => named.includes(o.reference) || named.includes(o.merchant.orderReference.toUpperCase()));
    if (byReference) return byReference;
    const focus = orders.find((o) => o.id === this.#ctx.focusOrderId);
    const candidates = await this.#candidates(intent, orders);
    // The order being discussed, unless the question fits exactly one other order (a hold on another purchase).
    if (focus && (candidates.includes(focus) || candidates.length !== 1)) return focus;
    if (candidates.length === 1) return candidates[0];
    return orders.length === 1 ? orders[0] : undefined;
  }

  /** Orders a question can be about, newest first. */
  async #candidates(intent: AccountIntent, orders: Order[]): Promise<Order[]> {
    switch (intent) {
      case 'hold':
        return orders.filter((o) => o.holds.some((h) => h.status === 'pending'));
      case 'refund_status':
      case 'return_status': {
        const withReturns = [];
        for (const o of orders) {
          if (o.transactions.some((t) => t.type === 'refund') || (await this.#ctx.tools.returnsOf(o.id)).length > 0) withReturns.push(o);
        }
        return withReturns.length > 0 ? withReturns : orders;
      }
      case 'payment_plan':
      case 'extend_due_date': {
        const open = [];
        for (const o of orders) {
          const plan = await this.#ctx.tools.plan(o.id);
          if (plan && (plan.status === 'active' || plan.status === 'paused')) open.push(o);
        }
        return open.length > 0 ? open : orders;
      }
      default:
        return orders;
    }
  }

  // --- Pieces ---

  #article(slug: string): HelpAnswer | undefined {
    return this.#ctx.tools.article(slug);
  }

  #withArticle(article: HelpAnswer | undefined): Pick<AssistantTurn, 'articles'> {
    return article ? { articles: [{ slug: article.slug, title: article.title }] } : {};
  }

  #feedbackAction(): ProposedAction {
    const p = this.#p;
    return {
      kind: 'quick_reply',
      choices: [
        { id: 'helped', label: p.helped, style: 'primary' },
        { id: 'agent', label: p.talkToPerson, style: 'secondary' },
      ],
      effect: { kind: 'choice' },
    };
  }

  #topicsAction(withAgent = false): ProposedAction {
    return topicsAction(this.#p, withAgent);
  }

  #agentAction(reason: HandoffReason, level: EscalationLevel): ProposedAction {
    const p = this.#p;
    return {
      kind: 'request_agent',
      choices: [
        { id: 'yes', label: p.talkToPerson, style: 'primary' },
        { id: 'no', label: p.noThanks, style: 'secondary' },
      ],
      effect: { kind: 'handoff', reason, level },
    };
  }

  #callbackAction(): ProposedAction {
    return {
      kind: 'request_callback',
      choices: [{ id: 'callback', label: this.#p.requestCallback, style: 'primary' }],
      effect: { kind: 'choice' },
    };
  }
}

/** Quick replies for the topics the assistant knows, optionally with "talk to a person". */
export function topicsAction(p: Phrases, withAgent = false): ProposedAction {
  const topics = (['payments', 'returns', 'problems', 'card', 'balance'] as const).map((t) => ({ id: `topic:${t}`, label: p.topics[t], style: 'secondary' as const }));
  return {
    kind: 'quick_reply',
    choices: withAgent ? [...topics, { id: 'agent', label: p.talkToPerson, style: 'primary' as const }] : topics,
    effect: { kind: 'choice' },
  };
}

function topicOfCategory(category: string): ChatTopic {
  return (['payments', 'returns', 'problems', 'card', 'balance', 'account'] as const).find((t) => t === category) ?? (category === 'shopping' ? 'payments' : 'other');
}

function returnCard(r: ReturnInfo): ChatCard {
  return { kind: 'return_status', return: { id: r.id, reference: r.reference, orderId: r.orderId, status: r.status, refund: r.refund } };
}
