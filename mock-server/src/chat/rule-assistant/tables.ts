import type { ActionIntent, ArticleIntent, TopicIntent } from '../intent-keywords.js';
import type { ChatTopic } from '../records.js';

/** Which help articles and topics the rule assistant answers each intent with. */

/** Help articles for a topic when nothing more specific matched (account questions have none). */
export const TOPIC_ARTICLES: Record<TopicIntent, string | null> = {
  payments: 'where-is-my-payment-plan',
  returns: 'how-to-return',
  problems: 'after-reporting-a-problem',
  card: 'pay-credit-card-purchases',
  balance: 'use-balance',
  account: null,
};
export const INTENT_ARTICLES: Record<ArticleIntent | 'fraud', string> = {
  charged_twice: 'charged-twice',
  late_fee: 'late-fee-charged',
  complaint: 'formal-complaint',
  wants_to_return: 'how-to-return',
  fraud: 'security-and-fraud',
};
/** What to read meanwhile when an account question needs verification first. */
export const VERIFY_ARTICLES: Partial<Record<ActionIntent, string>> = {
  payment_plan: 'where-is-my-payment-plan',
  extend_due_date: 'where-is-my-payment-plan',
  hold: 'charged-twice',
  refund_status: 'return-registration-time',
  return_status: 'return-registration-time',
  problem_status: 'after-reporting-a-problem',
};
/** Help categories an answer for a topic may come from. */
export const TOPIC_CATEGORIES: Record<TopicIntent, string[]> = {
  payments: ['payments', 'shopping', 'account'],
  returns: ['returns'],
  problems: ['problems', 'more'],
  card: ['card'],
  balance: ['balance'],
  account: ['account', 'more'],
};
export const TOPIC_OF_INTENT: Partial<Record<ActionIntent | ArticleIntent, ChatTopic>> = {
  extend_due_date: 'payments',
  payment_plan: 'payments',
  hold: 'payments',
  charged_twice: 'payments',
  late_fee: 'payments',
  refund_status: 'returns',
  return_status: 'returns',
  problem_status: 'problems',
  order_status: 'account',
  fraud: 'problems',
  complaint: 'account',
  wants_to_return: 'returns',
};

/** Questions about the shopper's own orders: answered from the account once the shopper is verified. */
export const ACCOUNT_INTENTS = ['extend_due_date', 'hold', 'refund_status', 'return_status', 'problem_status', 'order_status', 'payment_plan'] as const;
export type AccountIntent = (typeof ACCOUNT_INTENTS)[number];
export const isAccountIntent = (intent: string): intent is AccountIntent => (ACCOUNT_INTENTS as readonly string[]).includes(intent);

/** The chat topic of a help category. */
export function topicOfCategory(category: string): ChatTopic {
  return (['payments', 'returns', 'problems', 'card', 'balance', 'account'] as const).find((t) => t === category) ?? (category === 'shopping' ? 'payments' : 'other');
}
