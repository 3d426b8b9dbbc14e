import type { Money } from '@assist/contract';

/** Languages the assistant and the simulated agent write in; the others get English (the UI stays localized). */
export const REPLY_LANGUAGES = ['en', 'sv', 'de'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

export const baseLanguage = (locale: string): string => locale.split('-')[0]!.toLowerCase();

export function replyLanguage(locale: string): ReplyLanguage {
  const base = baseLanguage(locale);
  return (REPLY_LANGUAGES as readonly string[]).includes(base) ? (base as ReplyLanguage) : 'en';
}

/** The locale numbers and dates are written in: the chat's own when the replies are in its language. */
export function formatLocale(locale: string): string {
  const tag = replyLanguage(locale) === baseLanguage(locale) ? locale : 'en-GB';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/** Formats numbers, amounts and dates for one chat. */
export interface Formatter {
  money(money: Money): string;
  /** A calendar date (`YYYY-MM-DD`). */
  date(date: string): string;
  /** An instant, in a time zone, with weekday and time. */
  dateTime(iso: string, timeZone: string): string;
  time(iso: string, timeZone: string): string;
}

export function formatter(locale: string): Formatter {
  const tag = formatLocale(locale);
  return {
    money: (m) => new Intl.NumberFormat(tag, { style: 'currency', currency: m.currency }).format(m.amount / 100),
    date: (d) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`)),
    dateTime: (iso, timeZone) =>
      new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso)),
    time: (iso, timeZone) => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso)),
  };
}
