import MiniSearch, { type SearchResult } from 'minisearch';
import type { ContentLocale } from '../fixtures/help/types.js';

/**
 * Full-text search over help articles, one index per content language: prefix matching, typo
 * tolerance (one edit for short words, two for longer ones), light stemming, diacritics folded,
 * and field boosts so a match in a title or keyword outranks one deep in a body.
 */

export interface SearchDocument {
  id: string;
  title: string;
  keywords: string;
  summary: string;
  body: string;
}

const STOP_WORDS: Record<ContentLocale, Set<string>> = {
  en: new Set('a an and are as at be by can do does for from how i if in is it my of on or so than that the this to was what when where which who why will with you your'.split(' ')),
  sv: new Set('att av de den det du och en ett for fran har hur i ingen jag kan med min mitt mina nar om pa som till var vad varfor vem vilken ar'.split(' ')),
  de: new Set('am an auf aus bei das dem den der des die ein eine einen einer es fur hat ich ihr ihre im in ist kann mein meine mit oder sie und von was wann warum wer wie wo zu'.split(' ')),
};

/** Lowercase, fold diacritics (ä → a, ß → ss), so shoppers can type without special characters. */
export function fold(term: string): string {
  return term
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function stemEnglish(term: string): string {
  let t = term.replace(/'s$/, '');
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && t.length > 3) t = t.slice(0, -1);
  if (t.endsWith('ing') && t.length > 5) t = t.slice(0, -3);
  else if (t.endsWith('ed') && t.length > 4) t = t.slice(0, -2);
  if (t.endsWith('e') && t.length > 4) t = t.slice(0, -1);
  return t;
}

export function processTerm(locale: ContentLocale, raw: string): string | null {
  const term = fold(raw);
  if (term.length === 0 || STOP_WORDS[locale].has(term)) return null;
  return locale === 'en' ? stemEnglish(term) : term;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
export const tokenize = (text: string): string[] => text.match(WORD) ?? [];

export interface RankedMatch {
  id: string;
  score: number;
  /** Index terms that matched, for highlighting. */
  terms: string[];
}

export class HelpIndex {
  readonly #index: MiniSearch<SearchDocument>;
  readonly locale: ContentLocale;

  constructor(locale: ContentLocale, documents: SearchDocument[]) {
    this.locale = locale;
    this.#index = new MiniSearch<SearchDocument>({
      fields: ['title', 'keywords', 'summary', 'body'],
      tokenize,
      processTerm: (term) => processTerm(locale, term),
      searchOptions: {
        boost: { title: 3, keywords: 2.5, summary: 1.5, body: 1 },
        prefix: (term) => term.length >= 3,
        fuzzy: (term) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false),
        weights: { fuzzy: 0.4, prefix: 0.7 },
        combineWith: 'OR',
      },
    });
    this.#index.addAll(documents);
  }

  search(query: string): RankedMatch[] {
    return this.#index.search(query).map((r: SearchResult) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }

  /** Character ranges in `text` whose words match one of `terms` (index terms, already processed). */
  highlight(text: string, terms: readonly string[]): [number, number][] {
    if (terms.length === 0) return [];
    const wanted = new Set(terms);
    const ranges: [number, number][] = [];
    for (const match of text.matchAll(WORD)) {
      const processed = processTerm(this.locale, match[0]);
      if (processed && wanted.has(processed)) ranges.push([match.index, match.index + match[0].length]);
    }
    return ranges;
  }
}
