import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { ContentLocale } from '../fixtures/help/types.js';
import { Vocabulary } from './compounds.js';
import { WORD, processTerm, tokenize } from './terms.js';

/**
 * Full-text search over help articles, one MiniSearch index per content language: diacritics folded,
 * light stemming, field boosts so a match in a title or keyword outranks one deep in a body, prefix
 * matching and typo tolerance for words the texts do not contain (one edit for short words, two for
 * longer ones, a swap of two letters counts as one), and for Swedish and German the parts of compound
 * words, in the index and in queries (terms.ts, compounds.ts). Why and how: docs/decisions/0005-search-index.md.
 */

export interface SearchDocument {
  id: string;
  title: string;
  keywords: string;
  summary: string;
  body: string;
}

export interface RankedMatch {
  id: string;
  score: number;
  /** Index terms that matched, for highlighting. */
  terms: string[];
}

/** One term searched for a word of the query, with how much a match of it counts. */
interface QueryTerm {
  term: string;
  weight: number;
  prefix: boolean;
  fuzzy: number | false;
}

/** The terms searched for one word of a query: the word and its variants, and for a compound each part with its variants. */
interface QueryWord {
  key: string;
  whole: QueryTerm[];
  parts: QueryTerm[][];
}

const PART_WEIGHT = 0.6;
const STEM_WEIGHT = 0.9;
const ROOT_WEIGHT = 0.5;
const SWAP_WEIGHT = 0.8;
/** A known word seen at most this often in the texts still gets typo tolerance. */
const RARE = 2;
const typoEdits = (term: string): number | false => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false);

export class HelpIndex {
  readonly #index: MiniSearch<SearchDocument>;
  readonly locale: ContentLocale;
  /** Every index term of the documents (before compound splitting) and how often it occurs: the words compounds are split into. */
  readonly #vocabulary: Vocabulary;
  /** Index terms of a word of the texts (term, stem, compound parts), for indexing and highlighting. */
  readonly #termsOf = new Map<string, readonly string[]>();
  #wanted: { terms: readonly string[]; set: ReadonlySet<string> } = { terms: [], set: new Set() };

  constructor(locale: ContentLocale, documents: SearchDocument[]) {
    this.locale = locale;
    this.#vocabulary = new Vocabulary(locale);
    const termOf = new Map<string, string | null>();
    for (const document of documents) {
      for (const text of [document.title, document.keywords, document.summary, document.body]) {
        for (const word of tokenize(text)) {
          let term = termOf.get(word);
          if (term === undefined) termOf.set(word, (term = processTerm(locale, word)));
          if (term) this.#vocabulary.add(term);
        }
      }
    }
    this.#index = new MiniSearch<SearchDocument>({
      fields: ['title', 'keywords', 'summary', 'body'],
      tokenize,
      processTerm: (word) => {
        const terms = this.termsOf(word);
        return terms.length === 1 ? terms[0] : [...terms];
      },
      searchOptions: {
        boost: { title: 3, keywords: 2.5, summary: 1.5, body: 1 },
        weights: { fuzzy: 0.4, prefix: 0.7 },
        combineWith: 'OR',
      },
    });
    this.#index.addAll(documents);
  }

  /** The index terms of one word of text: its term, for sv and de also its stem and its compound parts. */
  termsOf(word: string): readonly string[] {
    let terms = this.#termsOf.get(word);
    if (!terms) {
      const term = processTerm(this.locale, word);
      const all = new Set<string>();
      if (term) {
        all.add(term);
        if (this.#vocabulary.compounds) {
          const stem = this.#vocabulary.stem(term);
          if (stem) all.add(stem);
          for (const part of this.#vocabulary.split(term, false) ?? []) all.add(part);
        }
      }
      terms = [...all];
      this.#termsOf.set(word, terms);
    }
    return terms;
  }

  /**
   * What to look for for one word of a query: the word itself, its stem, a swap of two letters that
   * makes it a known word, for an unknown word its root; and for a compound each of its parts.
   */
  queryWord(word: string, last = true): QueryWord | null {
    const term = processTerm(this.locale, word);
    if (!term) return null;
    // A word the texts contain is taken as meant and complete (unless it is the last of the query,
    // which may still be being typed), and searched by its index terms: itself, its stem, its parts,
    // which already match its inflections and the compounds containing it. Prefix search, typo
    // tolerance, roots and loose compound splitting are for the words the texts do not contain.
    // This also keeps common words from fanning out into dozens of near terms. A word the texts
    // have only once or twice may be a misspelling kept as a keyword ("retrun") or a loan word
    // ("Refund" in German): typo tolerance looks for the words it is near as well.
    const known = this.#vocabulary.has(term);
    const rare = this.#vocabulary.count(term) <= RARE;
    const open = last || !known;
    const whole: QueryTerm[] = [{ term, weight: 1, prefix: open && term.length >= 3, fuzzy: rare ? typoEdits(term) : false }];
    const add = (terms: QueryTerm[], candidate: QueryTerm) => {
      if (!terms.some((t) => t.term === candidate.term)) terms.push(candidate);
    };
    if (this.#vocabulary.compounds) {
      const stem = this.#vocabulary.stem(term);
      if (stem) add(whole, { term: stem, weight: STEM_WEIGHT, prefix: last, fuzzy: false });
      const root = known ? undefined : this.#vocabulary.root(term);
      if (root) add(whole, { term: root, weight: ROOT_WEIGHT, prefix: true, fuzzy: false });
    }
    // A swap of two letters is two edits: fuzzy search finds it in longer unknown words only.
    if (term.length >= 4 && (known || term.length < 6)) {
      for (let i = 0; i + 1 < term.length; i++) {
        const swapped: string = `${term.slice(0, i)}${term[i + 1]}${term[i]}${term.slice(i + 2)}`;
        if (swapped !== term && this.#vocabulary.has(swapped)) add(whole, { term: swapped, weight: SWAP_WEIGHT, prefix: last, fuzzy: false });
      }
    }
    const split = this.#vocabulary.split(term, !known) ?? [];
    const parts = split.map((part, i) => {
      const knownPart = this.#vocabulary.has(part);
      const terms: QueryTerm[] = [
        { term: part, weight: PART_WEIGHT, prefix: !known || (last && i === split.length - 1), fuzzy: known || knownPart ? false : typoEdits(part) && 1 },
      ];
      // The last part names what the compound is about: "liefer*" of "Kreditkarten|lieferung" finds "Lieferzeit".
      const root = known || i < split.length - 1 ? undefined : this.#vocabulary.root(part);
      if (root) add(terms, { term: root, weight: PART_WEIGHT * ROOT_WEIGHT, prefix: true, fuzzy: false });
      return terms;
    });
    return {
      key: [whole, ...parts]
        .flat()
        .map((t) => t.term)
        .join(' '),
      whole,
      parts,
    };
  }

  /**
   * Documents matching the query, best first. A document's score is the sum of its scores for each
   * word of the query, times how many of the words it matches (a compound counts as matched by the
   * square of the share of its parts it matches), as MiniSearch does for plain OR queries. One
   * MiniSearch query for all the words: each term says which words and parts it stands for.
   */
  search(query: string): RankedMatch[] {
    const words: QueryWord[] = [];
    const seen = new Set<string>();
    const tokens = tokenize(query);
    for (const [i, token] of tokens.entries()) {
      const word = this.queryWord(token, i === tokens.length - 1);
      if (word && !seen.has(word.key)) {
        seen.add(word.key);
        words.push(word);
      }
    }
    if (words.length === 0) return [];
    const leaves = new Map<string, QueryTerm>();
    /** The words each searched term stands for as a whole (not as a compound part). */
    const wholeOf = new Map<string, number[]>();
    const add = (t: QueryTerm) => {
      const leaf = leaves.get(t.term);
      if (!leaf) leaves.set(t.term, { ...t });
      else {
        leaf.weight = Math.max(leaf.weight, t.weight);
        leaf.prefix ||= t.prefix;
        leaf.fuzzy = Math.max(Number(leaf.fuzzy), Number(t.fuzzy)) || false;
      }
    };
    words.forEach((word, i) => {
      for (const t of word.whole) {
        add(t);
        wholeOf.set(t.term, [...(wholeOf.get(t.term) ?? []), i]);
      }
      for (const part of word.parts) part.forEach(add);
    });
    const compounds = words.flatMap((word, i) => (word.parts.length > 0 ? [{ i, parts: word.parts.map((p) => new Set(p.map((t) => t.term))) }] : []));
    const tree: Query = {
      combineWith: 'OR',
      queries: [...leaves.values()].map((t) => ({ queries: [t.term], prefix: t.prefix, fuzzy: t.fuzzy, boostTerm: () => t.weight })),
    };
    const results: SearchResult[] = this.#index.search(tree, { tokenize: (s) => [s], processTerm: (s) => s });
    const matched = new Int32Array(words.length).fill(-1);
    results.forEach((result, r) => {
      let coverage = 0;
      for (const term of result.queryTerms) {
        for (const i of wholeOf.get(term) ?? []) {
          if (matched[i] !== r) {
            matched[i] = r;
            coverage += 1;
          }
        }
      }
      for (const { i, parts } of compounds) {
        if (matched[i] === r) continue;
        const share = parts.filter((terms) => result.queryTerms.some((t) => terms.has(t))).length / parts.length;
        // A document with one part of a compound is rarely about the compound: half the parts count a quarter.
        coverage += share ** 2;
      }
      // MiniSearch multiplies the sum by the number of terms matched; the coverage of the words replaces that.
      result.score = (result.score / Math.max(1, result.queryTerms.length)) * coverage;
    });
    return results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }

  /** Character ranges in `text` of the words one of whose index terms is among `terms` (matched index terms). */
  highlight(text: string, terms: readonly string[]): [number, number][] {
    if (terms.length === 0) return [];
    // The service highlights a title, a summary and sentences with the terms of one hit in a row.
    if (this.#wanted.terms !== terms) this.#wanted = { terms, set: new Set(terms) };
    const wanted = this.#wanted.set;
    const ranges: [number, number][] = [];
    for (const match of text.matchAll(WORD)) {
      if (this.termsOf(match[0]).some((t) => wanted.has(t))) ranges.push([match.index, match.index + match[0].length]);
    }
    return ranges;
  }
}
