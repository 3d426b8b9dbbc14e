import type { ChatAction, ChatCard, ChatMessage, MarketCode, Money, Order, OrderSummary, PaymentPlan, Problem, RETURN_STATUSES } from '@assist/contract';
import type { ChatActionEffect, ChatTopic, EscalationLevel, HandoffReason } from './records.js';

/** What the chat gives an assistant for each turn and what it answers (the built-in one: rule-assistant/). */

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
  /** `sentOn`: the day the refund was sent (the return registered), in the market's calendar. */
  refund: { amount: Money; expectedBy: string; sentOn: string } | null;
}

/** What the assistant may read. It never changes anything itself: actions are proposed and run once the shopper confirms. */
export interface AssistantTools {
  now(): Date;
  /** The verified shopper's orders, newest first; none for an anonymous chat. */
  orders(): Promise<Order[]>;
  plan(orderId: string): Promise<PaymentPlan | undefined>;
  summary(order: Order): Promise<OrderSummary>;
  returnsOf(orderId: string): Promise<ReturnInfo[]>;
  /** The problems the shopper reported on an order (item not received, faulty item, disputes), oldest first. */
  problemsOf(orderId: string): Promise<Problem[]>;
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
