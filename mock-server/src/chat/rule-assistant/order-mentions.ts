import type { Order } from '@assist/contract';
import { MARKETS } from '../../fixtures/markets.js';
import { addDays, localDate, weekdayOf } from '../../time.js';
import { baseLanguage } from '../format.js';
import { foldText } from '../intents.js';

/**
 * Which of the shopper's orders a message points at: its reference, the store, an item, the amount or
 * the day it was placed ("the shoes", "the 89 euro one", "my order from Nordic Outdoor", "the one from
 * last Tuesday"). Month and weekday names and "yesterday" come from Intl in the chat's language and in
 * English, so every language the chat is written in is understood without word lists of its own.
 */

const WORDS = /[\p{L}\p{N}]+/gu;
const ORDER_REFERENCE = /\b[A-Z]{2}-[A-Z0-9]{6,20}\b/gi;
/** Words in store and item names too common to point at one order. */
const GENERIC = new Set(['the', 'and', 'co', 'shop', 'store', 'supplies', 'pack', 'person', 'inch', 'set', 'with', 'order', 'item', 'items', 'size']);
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const AMOUNT = /(?<![\p{L}\p{N}.,\-/])(\d{1,6})(?:[.,](\d{1,2}))?(?![\p{L}\p{N}\-/]|[.,]\d)/gu;

/** Singular and plural of a folded word count as the same ("shoe", "shoes", "boxes"). */
const stem = (word: string): string => (word.length > 4 && word.endsWith('es') ? word.slice(0, -2) : word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);

function distinctiveWords(name: string, min: number): string[] {
  return (foldText(name).match(WORDS) ?? []).filter((w) => w.length >= min && !GENERIC.has(w) && !/^\d+$/.test(w)).map(stem);
}

/** The orders a message names by reference (the provider's or the store's), if any. */
export function ordersByReference(text: string, orders: readonly Order[]): Order[] {
  const named = [...text.matchAll(ORDER_REFERENCE)].map((m) => m[0].toUpperCase());
  return orders.filter((o) => named.includes(o.reference) || named.includes(o.merchant.orderReference.toUpperCase()));
}

/**
 * The orders a message points at, best match first: a reference decides alone; otherwise the orders
 * matching the most clues (store, item, amount, day). None when the message names no order.
 */
export function mentionedOrders(text: string, orders: readonly Order[], locale: string, now: Date): Order[] {
  const byReference = ordersByReference(text, orders);
  if (byReference.length > 0) return byReference;
  const folded = foldText(text);
  const words = new Set((folded.match(WORDS) ?? []).map(stem));
  const amounts = amountsIn(text);
  const days = (order: Order) => daysIn(folded, locale, localDate(now, MARKETS[order.market].timeZone));
  const scored = orders.map((order) => {
    let clues = 0;
    const merchant = distinctiveWords(order.merchant.name, 4);
    if (merchant.some((w) => words.has(w)) || folded.includes(foldText(order.merchant.name))) clues++;
    if (order.items.some((item) => distinctiveWords(item.name, 4).some((w) => words.has(w)))) clues++;
    const prices = [order.total.amount, ...order.items.map((i) => i.unitPrice.amount)];
    if (amounts.some((a) => prices.some((p) => matchesAmount(a, p)))) clues++;
    if (days(order).includes(localDate(new Date(order.createdAt), MARKETS[order.market].timeZone))) clues++;
    return { order, clues };
  });
  const best = Math.max(0, ...scored.map((s) => s.clues));
  return best === 0 ? [] : scored.filter((s) => s.clues === best).map((s) => s.order);
}

/** Amounts written in a message, in minor units, and whether the cents were given. */
function amountsIn(text: string): { minor: number; exact: boolean }[] {
  const withoutDates = text.replace(ISO_DATE, ' ').replace(ORDER_REFERENCE, ' ');
  return [...withoutDates.matchAll(AMOUNT)].map((m) => ({ minor: Number(m[1]) * 100 + (m[2] ? Number(m[2].padEnd(2, '0')) : 0), exact: m[2] !== undefined }));
}

/** "89" matches 89.00 to 89.99 (and 88.50 up, rounded); "89.90" matches exactly. */
function matchesAmount(written: { minor: number; exact: boolean }, price: number): boolean {
  if (written.exact) return written.minor === price;
  return Math.floor(price / 100) * 100 === written.minor || Math.round(price / 100) * 100 === written.minor;
}

/** The local days a message names: ISO dates, "10 November", a weekday (its last occurrence), yesterday, "3 days ago". */
function daysIn(folded: string, locale: string, today: string): string[] {
  const days: string[] = [];
  for (const m of folded.matchAll(ISO_DATE)) days.push(`${m[1]}-${m[2]}-${m[3]}`);
  const languages = [...new Set([baseLanguage(locale), 'en'])];
  const year = Number(today.slice(0, 4));
  for (const language of languages) {
    // Month names: "10 november", "november 10", "10. november", "10 nov".
    for (let month = 1; month <= 12; month++) {
      const at = new Date(Date.UTC(2026, month - 1, 15));
      for (const style of ['long', 'short'] as const) {
        const name = foldText(new Intl.DateTimeFormat(language, { month: style, timeZone: 'UTC' }).format(at)).replace(/\.$/, '');
        if (name.length < 3) continue;
        const pattern = new RegExp(`(?:\\b(\\d{1,2})\\.?\\s*(?:de\\s+)?${escape(name)}\\b|\\b${escape(name)}\\.?\\s+(\\d{1,2})\\b)`, 'gu');
        for (const m of folded.matchAll(pattern)) {
          const day = Number(m[1] ?? m[2]);
          if (day < 1 || day > 31) continue;
          let date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (date > today) date = `${year - 1}${date.slice(4)}`;
          days.push(date);
        }
      }
    }
    // Weekdays: the last such day before today ("last Tuesday", "on Monday", Swedish "i torsdags").
    for (let weekday = 1; weekday <= 7; weekday++) {
      const name = foldText(new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 15 + weekday))));
      if (!new RegExp(`(?<![\\p{L}])${escape(name)}s?(?![\\p{L}])`, 'u').test(folded)) continue;
      const back = (weekdayOf(today) - weekday + 7) % 7 || 7;
      days.push(addDays(today, -back));
    }
    // Relative days, as Intl writes them: "yesterday", "3 days ago".
    const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    for (let back = 1; back <= 14; back++) {
      const phrase = foldText(relative.format(-back, 'day'));
      if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'u').test(folded)) days.push(addDays(today, -back));
    }
  }
  return days;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
