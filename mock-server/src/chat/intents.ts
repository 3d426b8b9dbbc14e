import { fold } from '../help/terms.js';
import {
  ACTION_INTENTS,
  ARTICLE_INTENTS,
  KEYWORDS,
  SOCIAL_INTENTS,
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

/** Lowercase, diacritics folded (ä → a, é → e, ß → ss); Arabic without vowel marks and with one alef; Hebrew without points. */
export function foldText(text: string): string {
  return fold(text)
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\u0591-\u05c7]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae');
}

const WORDS = /[\p{L}\p{N}]+/gu;
const words = (text: string): string[] => foldText(text).match(WORDS) ?? [];

interface Keyword {
  words: { text: string; prefix: boolean }[];
  /** For languages with attached prefixes: the keyword, after at most three prefix letters, up to the end of a word. */
  substring: RegExp | null;
}

interface Rule {
  intent: Intent;
  language: UiLanguage;
  keyword: Keyword;
}

/** Languages whose words take attached prefixes (Arabic ال و ب, Hebrew ה ו ב ל ש): their keywords match anywhere in the text. */
const SUBSTRING_LANGUAGES: readonly UiLanguage[] = ['ar', 'he'];

/** Letters that attach in front of a word: Arabic و ف ب ل ك and ال, Hebrew ו ב כ ל מ ש ה. */
const PREFIX_LETTERS: Partial<Record<UiLanguage, string>> = { ar: 'وفبلكال', he: 'ובכלמשה' };

function attached(language: UiLanguage, raw: string): RegExp {
  const star = raw.endsWith('*');
  const text = foldText(raw.replace(/\*/g, '')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Arabic words also take endings (ي my, ها her, ات plural), so only Hebrew keywords must end a word.
  const end = star || language === 'ar' ? '' : '(?![\\p{L}])';
  return new RegExp(`(?<![\\p{L}])[${PREFIX_LETTERS[language] ?? ''}]{0,3}${text}${end}`, 'u');
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
        substring: SUBSTRING_LANGUAGES.includes(language as UiLanguage) ? attached(language as UiLanguage, raw) : null,
      },
    })),
  ),
);

/**
 * Edits between two words (insert, delete, replace, swap two neighbours), or `limit + 1` once the
 * words are further apart than `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** Typos allowed in a word: one from 5 letters, two from 9; none in shorter words, so "card" never passes for "cart". */
export const typoBudget = (length: number): number => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

/** Whether a word of the message is a keyword word, exactly or (`tolerant`) within the typo budget; the first letter must agree. */
function wordMatches(w: { text: string; prefix: boolean }, t: string, tolerant: boolean): boolean {
  if (w.prefix ? t.startsWith(w.text) : t === w.text) return true;
  if (!tolerant || t[0] !== w.text[0]) return false;
  const budget = typoBudget(w.text.length);
  if (budget === 0 || t.length < 5) return false;
  if (!w.prefix) return editDistance(t, w.text, budget) <= budget;
  // A stem ("refund*"): some start of the word is the stem within the budget.
  for (let n = Math.max(1, w.text.length - budget); n <= Math.min(t.length, w.text.length + budget); n++) {
    if (editDistance(t.slice(0, n), w.text, budget) <= budget) return true;
  }
  return false;
}

const SCRIPTS: Partial<Record<UiLanguage, RegExp>> = { ar: /[\u0600-\u06ff]/, he: /[\u0590-\u05ff]/ };

/** A cheap test before the exact match: the keyword's first word (or its script) is in the message at all. */
function mayMatch(rule: Rule, wordSet: ReadonlySet<string>, textWords: readonly string[], folded: string): boolean {
  if (rule.keyword.substring !== null) return SCRIPTS[rule.language]?.test(folded) ?? true;
  const first = rule.keyword.words[0];
  if (!first) return false;
  return first.prefix ? textWords.some((w) => w.startsWith(first.text)) : wordSet.has(first.text);
}

function matches(keyword: Keyword, textWords: string[], folded: string, tolerant: boolean): boolean {
  if (keyword.substring !== null) return keyword.substring.test(folded);
  const n = keyword.words.length;
  if (n === 0) return false;
  for (let i = 0; i + n <= textWords.length; i++) {
    let all = true;
    for (let k = 0; k < n && all; k++) all = wordMatches(keyword.words[k]!, textWords[i + k]!, tolerant);
    if (all) return true;
  }
  return false;
}

const weightOf = (rule: Rule): number => rule.keyword.words.length;

/** Words of each language's keywords a message holds (exact matches only): evidence for the language it is written in. */
export function keywordWords(text: string): Map<UiLanguage, number> {
  const folded = foldText(text);
  const textWords = folded.match(WORDS) ?? [];
  const wordSet = new Set(textWords);
  const found = new Map<UiLanguage, number>();
  for (const rule of RULES) {
    if (mayMatch(rule, wordSet, textWords, folded) && matches(rule.keyword, textWords, folded, false)) found.set(rule.language, (found.get(rule.language) ?? 0) + weightOf(rule));
  }
  return found;
}

const SOCIAL: ReadonlySet<Intent> = new Set(SOCIAL_INTENTS);

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
 * Detects the intents of a message, in any of the UI languages. When keywords of the message's
 * language (`locale`: the language it is written in) match, only those count: a word of another
 * language that looks the same (French "report", to postpone) does not lead an English question
 * astray. Words of that language's keywords also match with a typo or two (see `typoBudget`).
 */
export function detectIntents(text: string, locale?: string): Detection {
  const folded = foldText(text);
  const textWords = folded.match(WORDS) ?? [];
  const scores = new Map<Intent, number>();
  const byLanguage = new Map<UiLanguage, number>();
  const own = locale?.split('-')[0]?.toLowerCase();
  const wordSet = new Set(textWords);
  let matched = RULES.filter((rule) => mayMatch(rule, wordSet, textWords, folded) && matches(rule.keyword, textWords, folded, false));
  // Typos are forgiven only when the words as written say nothing: "argent" (money) must not pass for "agent".
  if (!matched.some((rule) => !SOCIAL.has(rule.intent))) {
    const exact = new Set(matched);
    matched = [...matched, ...RULES.filter((rule) => rule.language === own && !SOCIAL.has(rule.intent) && !exact.has(rule) && matches(rule.keyword, textWords, folded, true))];
  }
  const inOwn = matched.filter((rule) => rule.language === own);
  for (const rule of inOwn.length > 0 ? inOwn : matched) {
    const weight = weightOf(rule);
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
