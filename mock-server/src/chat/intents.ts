import { fold } from '../help/terms.js';
import {
  ACTION_INTENTS,
  ARTICLE_INTENTS,
  KEYWORDS,
  TOPIC_INTENTS,
  type ActionIntent,
  type ArticleIntent,
  type Intent,
  type IntentRules,
  type TopicIntent,
  type UiLanguage,
} from './intent-keywords.js';

export { UI_LANGUAGES } from './intent-keywords.js';
export type { Intent, UiLanguage } from './intent-keywords.js';

/**
 * What a shopper's message is about, from the keyword rules of every language the UI ships
 * (intent-keywords.ts): text folded, keywords compiled once, the matches scored.
 */

/** Lowercase, diacritics folded (ä → a, é → e, ß → ss); Arabic without vowel marks and with one alef. */
export function foldText(text: string): string {
  return fold(text)
    .replace(/[\u064b-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

const WORDS = /[\p{L}\p{N}]+/gu;
const words = (text: string): string[] => foldText(text).match(WORDS) ?? [];

interface Keyword {
  words: { text: string; prefix: boolean }[];
  substring: string | null;
}

interface Rule {
  intent: Intent;
  language: UiLanguage;
  keyword: Keyword;
}

const RULES: Rule[] = Object.entries(KEYWORDS).flatMap(([language, rules]) =>
  Object.entries(rules).flatMap(([intent, keywords]) =>
    keywords.map((raw) => ({
      intent: intent as Intent,
      language: language as UiLanguage,
      keyword: {
        words: raw.split(/\s+/).flatMap((w) => {
          const prefix = w.endsWith('*');
          return words(w).map((text, i, all) => ({ text, prefix: prefix && i === all.length - 1 }));
        }),
        substring: language === 'ar' ? foldText(raw) : null,
      },
    })),
  ),
);

function matches(keyword: Keyword, textWords: string[], folded: string): boolean {
  if (keyword.substring !== null) return folded.includes(keyword.substring);
  const n = keyword.words.length;
  if (n === 0) return false;
  for (let i = 0; i + n <= textWords.length; i++) {
    let all = true;
    for (let k = 0; k < n && all; k++) {
      const w = keyword.words[k]!;
      const t = textWords[i + k]!;
      all = w.prefix ? t.startsWith(w.text) : t === w.text;
    }
    if (all) return true;
  }
  return false;
}

export interface Detection {
  /** Every intent with the number of words of its matching keywords. */
  scores: Map<Intent, number>;
  /** The language whose keywords matched most words; null when none matched. */
  language: UiLanguage | null;
  /** The strongest action intent, by priority. */
  action: ActionIntent | null;
  article: ArticleIntent | null;
  /** The topic with the highest score. */
  topic: TopicIntent | null;
  greeting: boolean;
  thanks: boolean;
  /** How many words the message has. */
  length: number;
}

/**
 * Detects the intents of a message, in any of the UI languages. When keywords of the chat's own
 * language (`locale`) match, only those count: a word of another language that looks the same
 * (French "report", to postpone) does not lead an English question astray.
 */
export function detectIntents(text: string, locale?: string): Detection {
  const folded = foldText(text);
  const textWords = folded.match(WORDS) ?? [];
  const scores = new Map<Intent, number>();
  const byLanguage = new Map<UiLanguage, number>();
  const matched = RULES.filter((rule) => matches(rule.keyword, textWords, folded));
  const own = locale?.split('-')[0]?.toLowerCase();
  const inOwn = matched.filter((rule) => rule.language === own);
  for (const rule of inOwn.length > 0 ? inOwn : matched) {
    const weight = rule.keyword.substring !== null ? rule.keyword.substring.split(/\s+/).length : rule.keyword.words.length;
    scores.set(rule.intent, Math.max(scores.get(rule.intent) ?? 0, weight));
    byLanguage.set(rule.language, (byLanguage.get(rule.language) ?? 0) + weight);
  }
  const best = <T extends Intent>(list: readonly T[]): T | null => {
    let winner: T | null = null;
    for (const intent of list) if ((scores.get(intent) ?? 0) > (winner ? scores.get(winner)! : 0)) winner = intent;
    return winner;
  };
  const language = [...byLanguage.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    scores,
    language,
    action: ACTION_INTENTS.find((i) => scores.has(i)) ?? null,
    article: ARTICLE_INTENTS.find((i) => scores.has(i)) ?? null,
    topic: best(TOPIC_INTENTS),
    greeting: scores.has('greeting'),
    thanks: scores.has('thanks'),
    length: textWords.length,
  };
}

/** The keyword lists, for tests and for adding a language. */
export const intentKeywords = (language: UiLanguage): Readonly<IntentRules> => KEYWORDS[language];
