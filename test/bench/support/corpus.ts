/**
 * A synthetic help corpus built from the real articles' sentences and keywords, and search queries
 * from their titles and keywords, half of them misspelt. Seeded: every run indexes the same text and
 * asks the same questions. Used by the API search benchmark (Node) and the in-browser one (bundled).
 */
import { ARTICLES, CONTENT_LOCALES, type ArticleSeed, type ArticleText, type ContentLocale } from '../../../mock-server/src/fixtures/help/index.js';
import { processTerm } from '../../../mock-server/src/help/terms.js';
import { plainText } from '../../../mock-server/src/help/text.js';
import { prng } from './stats.js';

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
const wordsOf = (text: string) => text.match(/[\p{L}]{4,}/gu) ?? [];

/** The real articles' sentences, titles, keywords and words in one language. */
function pools(locale: ContentLocale) {
  const texts = ARTICLES.map((a) => a.content[locale]);
  return {
    titles: texts.map((t) => t.title),
    summaries: texts.map((t) => t.summary),
    sentences: texts.flatMap((t) => sentencesOf(plainText(t.body))),
    keywords: texts.flatMap((t) => t.keywords),
    words: [...new Set(texts.flatMap((t) => wordsOf(`${t.title} ${t.keywords.join(' ')} ${t.summary}`)))],
  };
}

/** `size` articles mixed from the real ones: a real title with two other words, 6 keywords, 6 to 20 body sentences. */
export function corpus(size: number, locale: ContentLocale, seed: number): ArticleSeed[] {
  const random = prng(seed);
  const pool = pools(locale);
  const articles: ArticleSeed[] = [];
  for (let i = 0; i < size; i++) {
    const paragraphs: string[] = [];
    const sentences = 6 + Math.floor(random() * 15);
    for (let s = 0; s < sentences; s += 3) {
      paragraphs.push(Array.from({ length: Math.min(3, sentences - s) }, () => pick(random, pool.sentences)).join(' '));
    }
    const text: ArticleText = {
      title: `${pick(random, pool.titles).replace(/\?$/, '')} ${pick(random, pool.words)} ${pick(random, pool.words)}?`,
      summary: pick(random, pool.summaries),
      keywords: Array.from({ length: 6 }, () => pick(random, pool.keywords)),
      body: paragraphs.join('\n\n'),
    };
    const template = ARTICLES[i % ARTICLES.length]!;
    articles.push({
      id: `art_synthetic_${i}`,
      slug: `synthetic-${i}`,
      category: template.category,
      faq: null,
      related: [],
      content: Object.fromEntries(CONTENT_LOCALES.map((l) => [l, text])) as Record<ContentLocale, ArticleText>,
    });
  }
  return articles;
}

/** One typo in the longest word: a swap, a dropped, a doubled or a replaced letter. */
function misspell(random: () => number, query: string): string {
  const words = query.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = 1 + Math.floor(random() * (longest.length - 2));
  const letter = 'aeiorstnl'[Math.floor(random() * 9)]!;
  const typo = [
    () => `${longest.slice(0, at)}${longest[at + 1]}${longest[at]}${longest.slice(at + 2)}`,
    () => `${longest.slice(0, at)}${longest.slice(at + 1)}`,
    () => `${longest.slice(0, at)}${longest[at]}${longest.slice(at)}`,
    () => `${longest.slice(0, at)}${letter}${longest.slice(at + 1)}`,
  ][Math.floor(random() * 4)]!();
  return words.map((w) => (w === longest ? typo : w)).join(' ');
}

/** `count` queries of one to four words (not stop words) from the real titles and keywords, every other one misspelt. */
export function queries(locale: ContentLocale, seed: number, count = 200): string[] {
  const random = prng(seed);
  const pool = pools(locale);
  const out: string[] = [];
  while (out.length < count) {
    const source = random() < 0.5 ? pick(random, pool.keywords) : pick(random, pool.titles);
    const words = wordsOf(source).filter((w) => processTerm(locale, w) !== null);
    if (words.length === 0) continue;
    const start = Math.floor(random() * words.length);
    const query = words
      .slice(start, start + 1 + Math.floor(random() * 4))
      .join(' ')
      .toLowerCase();
    out.push(out.length % 2 === 1 && query.length >= 5 ? misspell(random, query) : query);
  }
  return out;
}
