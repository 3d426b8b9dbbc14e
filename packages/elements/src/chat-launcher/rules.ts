import type { CHAT_TOPICS } from '@assist/contract';

/**
 * The contract's rules for what a shopper types into the launcher's forms (`OrderReference`, `Email`
 * and `Phone` in the contract's common.ts), written without zod so the launcher does not ship it.
 * Each answers the value as the API will read it, or undefined. chat-launcher.test.ts runs these
 * and the contract's schemas over the same samples, so the two cannot drift apart unnoticed.
 */
export function orderReference(value: string): string | undefined {
  const v = value.trim().toUpperCase();
  return /^[A-Z0-9][A-Z0-9-]{5,23}$/.test(v) ? v : undefined;
}

export function email(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  return v.length <= 254 && /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/.test(v) ? v : undefined;
}

export function phone(value: string): string | undefined {
  const v = value.replace(/[\s().-]/g, '');
  return value.length <= 32 && /^\+[1-9][0-9]{6,14}$/.test(v) ? v : undefined;
}

export type Topic = (typeof CHAT_TOPICS)[number];
/** The contract's chat topics, in the order the callback form lists them. */
export const TOPICS = ['payments', 'returns', 'problems', 'card', 'balance', 'account', 'other'] as const satisfies readonly Topic[];
// Every topic of the contract is listed (a new one fails type-checking here).
true satisfies [Exclude<Topic, (typeof TOPICS)[number]>] extends [never] ? true : false;
