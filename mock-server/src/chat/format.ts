import type { Money } from '@assist/contract';

/** Languages the assistant, the queue and the simulated agent write in: every language the UI ships. */
export const REPLY_LANGUAGES = ['en', 'sv', 'de', 'fr', 'es', 'it', 'nl', 'fi', 'da', 'nb', 'pl', 'ar', 'cs', 'pt', 'he'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

export const baseLanguage = (locale: string): string => locale.split('-')[0]!.toLowerCase();

/** Norwegian written as `no` or `nn` is answered in Bokmål. */
const ALIASES: Record<string, ReplyLanguage> = { no: 'nb', nn: 'nb', iw: 'he' };

export const isReplyLanguage = (language: string): language is ReplyLanguage => (REPLY_LANGUAGES as readonly string[]).includes(language);

export function replyLanguage(locale: string): ReplyLanguage {
  const base = baseLanguage(locale);
  return isReplyLanguage(base) ? base : (ALIASES[base] ?? 'en');
}

/**
 * The locale to answer in when the shopper writes `language` in a chat opened in `locale`: the
 * chat's own locale when the languages agree, else the language in the chat's region (`fr` on a
 * Swedish page → `fr-SE`, so amounts keep the market's conventions where the language has them).
 */
export function localeIn(language: ReplyLanguage, locale: string): string {
  if (replyLanguage(locale) === language) return locale;
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(locale)?.[1];
  return region ? `${language}-${region.toUpperCase()}` : language;
}

/** The form of a counted word for `count` in a language's plural rules (`one`, `few`, `many`, …), `other` when a form is missing. */
export function plural(locale: string, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[new Intl.PluralRules(formatLocale(locale)).select(count)] ?? forms.other;
}

/** The locale numbers and dates are written in: the chat's own, or the language replies are written in when the chat's has another name. */
export function formatLocale(locale: string): string {
  const tag = replyLanguage(locale) === baseLanguage(locale) ? locale : replyLanguage(locale);
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
