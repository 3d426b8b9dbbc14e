import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { ContentLocale } from '../fixtures/help/types.js';

/**
 * Full-text search over help articles, one MiniSearch index per content language: diacritics folded,
 * light stemming, field boosts so a match in a title or keyword outranks one deep in a body, prefix
 * matching and typo tolerance for words the texts do not contain (one edit for short words, two for
 * longer ones, a swap of two letters counts as one), and for Swedish and German the parts of compound
 * words, in the index and in queries. Why and how: docs/decisions/0005-search-index.md.
 */

export interface SearchDocument {
  id: string;
  title: string;
  keywords: string;
  summary: string;
  body: string;
}

interface LocaleRules {
  stopWords: Set<string>;
  /** Frequent words that are never a part of a compound ("nach" in "Nachricht"). */
  notParts: Set<string>;
  stem: (term: string) => string;
  /** Split compound words into the words of the vocabulary they are made of. */
  compounds: boolean;
  /** Linking letters between the parts of a compound: betalning-s-plan, Karte-n-antrag. */
  links: readonly string[];
  /** Inflection endings stripped to reach a word of the vocabulary: kortet → kort, Zahlungen → Zahlung. */
  endings: readonly string[];
  /** Endings a first part of a compound drops: Rücksend(ung)-e-etikett, Mahn(ung)-gebühr, betal(a)-plan. */
  truncations: readonly string[];
  /** Word endings always followed by a linking s in a compound: betalning-s-plan, Zahlung-s-plan. */
  sLinkAfter: readonly string[];
}

const words = (list: string) => new Set(list.split(' '));

function stemEnglish(term: string): string {
  let t = term.replace(/'s$/, '');
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && t.length > 3) t = t.slice(0, -1);
  if (t.endsWith('ing') && t.length > 5) t = t.slice(0, -3);
  else if (t.endsWith('ed') && t.length > 4) t = t.slice(0, -2);
  if (t.endsWith('e') && t.length > 4) t = t.slice(0, -1);
  return t;
}

const RULES: Record<ContentLocale, LocaleRules> = {
  en: {
    stopWords: words('a an and are as at be by can do does for from how i if in is it my of on or so than that the this to was what when where which who why will with you your'),
    notParts: new Set(),
    stem: stemEnglish,
    compounds: false,
    links: [],
    endings: [],
    truncations: [],
    sLinkAfter: [],
  },
  sv: {
    stopWords: words('att av de den det du och en ett for fran har hur i ingen jag kan med min mitt mina nar om pa som till var vad varfor vem vilken ar'),
    notParts: words('alla andra bara blir dessa detta denna deras dina ditt eller efter finns hade inom inte kommer mycket over sedan samma utan under vill'),
    stem: (term) => term,
    compounds: true,
    links: ['s', 'e', 'a', 'o', 'u'],
    endings: ['arna', 'erna', 'orna', 'ens', 'ets', 'ade', 'are', 'en', 'et', 'na', 'ar', 'er', 'or', 'ad', 'at', 'a', 'e', 's', 't'],
    truncations: ['ning', 'ing', 'a', 'e'],
    sLinkAfter: ['ning', 'het', 'tion', 'tet', 'dom', 'skap'],
  },
  de: {
    stopWords: words('am an auf aus bei das dem den der des die ein eine einen einer es fur hat ich ihr ihre im in ist kann mein meine mit oder sie und von was wann warum wer wie wo zu'),
    notParts: words('alle auch dann dass diese dieser durch einem gegen haben keine kein mehr nach nicht noch ohne schon sehr sich sind uber unter werden wenn wird'),
    stem: (term) => term,
    compounds: true,
    links: ['es', 'en', 'er', 's', 'n', 'e'],
    endings: ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'],
    truncations: ['ungen', 'ung', 'en', 'e', 'n'],
    sLinkAfter: ['ung', 'heit', 'keit', 'tat', 'ion', 'schaft', 'ling'],
  },
};

/** Lowercase, fold diacritics (ä → a, ß → ss), so shoppers can type without special characters. */
export function fold(term: string): string {
  return term
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The one index term of a word: folded, stop words dropped, English stemmed. Compound parts come on top (HelpIndex). */
export function processTerm(locale: ContentLocale, raw: string): string | null {
  const term = fold(raw);
  const rules = RULES[locale];
  if (term.length === 0 || rules.stopWords.has(term)) return null;
  return rules.stem(term);
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
export const tokenize = (text: string): string[] => text.match(WORD) ?? [];

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
const MIN_PART = 4;
const MIN_HEAD = 3;
const MIN_TRUNCATED = 4;
const MIN_UNKNOWN = 4;
/** Shorter roots ("zahl", "kart") would match too many words to say anything. */
const MIN_ROOT = 5;
/** A known word seen at most this often in the texts still gets typo tolerance. */
const RARE = 2;
const typoEdits = (term: string): number | false => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false);

export class HelpIndex {
  readonly #index: MiniSearch<SearchDocument>;
  readonly locale: ContentLocale;
  readonly #rules: LocaleRules;
  /** Every index term of the documents (before compound splitting) and how often it occurs: the words compounds are split into. */
  readonly #vocabulary = new Map<string, number>();
  /** Index terms of a word of the texts (term, stem, compound parts), for indexing and highlighting. */
  readonly #termsOf = new Map<string, readonly string[]>();
  #wanted: { terms: readonly string[]; set: ReadonlySet<string> } = { terms: [], set: new Set() };

  constructor(locale: ContentLocale, documents: SearchDocument[]) {
    this.locale = locale;
    this.#rules = RULES[locale];
    const termOf = new Map<string, string | null>();
    for (const document of documents) {
      for (const text of [document.title, document.keywords, document.summary, document.body]) {
        for (const word of tokenize(text)) {
          let term = termOf.get(word);
          if (term === undefined) termOf.set(word, (term = processTerm(locale, word)));
          if (term) this.#vocabulary.set(term, (this.#vocabulary.get(term) ?? 0) + 1);
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
        if (this.#rules.compounds) {
          const stem = this.#stem(term);
          if (stem) all.add(stem);
          for (const part of this.split(term, false) ?? []) all.add(part);
        }
      }
      terms = [...all];
      this.#termsOf.set(word, terms);
    }
    return terms;
  }

  /** The word without an inflection ending, when that is a word of the vocabulary. */
  #stem(term: string): string | undefined {
    for (const ending of this.#rules.endings) {
      if (term.length - ending.length < MIN_PART || !term.endsWith(ending)) continue;
      const stem = term.slice(0, -ending.length);
      if (this.#vocabulary.has(stem)) return stem;
    }
    return undefined;
  }

  #known(piece: string): boolean {
    return this.#vocabulary.has(piece) && !this.#rules.notParts.has(piece);
  }

  /** A vocabulary word without the ending it drops as the first part of a compound: "mahn" of "Mahnung". */
  #truncated(piece: string): boolean {
    return piece.length >= MIN_TRUNCATED && this.#rules.truncations.some((ending) => this.#known(piece + ending));
  }

  /**
   * The parts of a compound word, by dynamic programming over its letters: the split with the fewest
   * and surest parts, each a vocabulary word (at least 4 letters, 3 for the last) or a vocabulary
   * word without the ending it drops in a compound ("rucksend" of "Rücksendung"). Linking letters may
   * join two parts and an inflection ending may follow the last. `loose`, for a query word the texts
   * do not contain, also allows one unknown word at either end next to a known part of at least
   * 5 letters ("inkasso|brief") and a truncated last part ("kort|sparr"), both searched as prefixes.
   * Null when the word is not a compound of known words.
   */
  split(term: string, loose: boolean): string[] | null {
    const n = term.length;
    if (!this.#rules.compounds || n < MIN_PART + MIN_HEAD) return null;
    interface State {
      cost: number;
      parts: string[];
      unknown: boolean;
      /** Letters of the linking element just before this position. */
      link: number;
    }
    const best: (State | undefined)[] = new Array(n + 1);
    best[0] = { cost: 0, parts: [], unknown: false, link: 0 };
    let done: State | undefined;
    const offer = (at: number, state: State) => {
      const current = best[at];
      if (!current || state.cost < current.cost) best[at] = state;
    };
    const finish = (state: State) => {
      if (!done || state.cost < done.cost) done = state;
    };
    for (let i = 0; i < n; i++) {
      const from = best[i];
      if (!from) continue;
      for (let j = i + MIN_HEAD; j <= n; j++) {
        if (i === 0 && j === n) break;
        const piece = term.slice(i, j);
        const last = j === n;
        let cost: number;
        let unknown = false;
        // Fewest parts first; among as many parts, the more frequent words (Koehn and Knight 2003).
        if (this.#known(piece) && (piece.length >= MIN_PART || last)) {
          cost = (piece.length >= MIN_PART ? 1 : 1.5) - 0.02 * Math.log(this.#vocabulary.get(piece)!);
        }
        else if ((!last || loose) && this.#truncated(piece)) cost = 1.2;
        else if (loose && !from.unknown && piece.length >= MIN_UNKNOWN && (i === 0 || last)) {
          cost = 3;
          unknown = true;
        } else continue;
        // Ambiguous letters at a joint: "zuruck-s-enden" loses to "zuruck-senden".
        if (from.link > 0 && this.#known(term.slice(i - from.link, j))) cost += 0.1;
        const state: State = { cost: from.cost + cost, parts: [...from.parts, piece], unknown: from.unknown || unknown, link: 0 };
        if (last) {
          finish(state);
          continue;
        }
        offer(j, state);
        for (const link of this.#rules.links) {
          if (j + link.length >= n || !term.startsWith(link, j)) continue;
          // A linking element is preferred ("ersattning-s-vara"), unless it is the end of a longer word ("fehler-meldung").
          let bonus = this.#known(piece + link) ? 0.05 : -0.05;
          if (link === 's' && this.#rules.sLinkAfter.some((suffix) => piece.endsWith(suffix))) bonus -= 0.2;
          offer(j + link.length, { ...state, cost: state.cost + bonus, link: link.length });
        }
        if (!unknown && this.#known(piece) && this.#rules.endings.includes(term.slice(j))) finish({ ...state, cost: state.cost + 0.2 });
      }
    }
    if (!done || done.parts.length < 2) return null;
    // An unknown part only counts next to a known part of at least 5 letters.
    if (done.unknown && !done.parts.some((p) => p.length >= 5 && this.#known(p))) return null;
    return done.parts;
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
    const rare = (this.#vocabulary.get(term) ?? 0) <= RARE;
    const open = last || !known;
    const whole: QueryTerm[] = [{ term, weight: 1, prefix: open && term.length >= 3, fuzzy: rare ? typoEdits(term) : false }];
    const add = (terms: QueryTerm[], candidate: QueryTerm) => {
      if (!terms.some((t) => t.term === candidate.term)) terms.push(candidate);
    };
    if (this.#rules.compounds) {
      const stem = this.#stem(term);
      if (stem) add(whole, { term: stem, weight: STEM_WEIGHT, prefix: last, fuzzy: false });
      const root = known ? undefined : this.#root(term);
      if (root) add(whole, { term: root, weight: ROOT_WEIGHT, prefix: true, fuzzy: false });
    }
    // A swap of two letters is two edits: fuzzy search finds it in longer unknown words only.
    if (term.length >= 4 && (known || term.length < 6)) {
      for (let i = 0; i + 1 < term.length; i++) {
        const swapped: string = `${term.slice(0, i)}${term[i + 1]}${term[i]}${term.slice(i + 2)}`;
        if (swapped !== term && this.#vocabulary.has(swapped)) add(whole, { term: swapped, weight: SWAP_WEIGHT, prefix: last, fuzzy: false });
      }
    }
    const split = this.split(term, !known) ?? [];
    const parts = split.map((part, i) => {
      const knownPart = this.#vocabulary.has(part);
      const terms: QueryTerm[] = [
        { term: part, weight: PART_WEIGHT, prefix: !known || (last && i === split.length - 1), fuzzy: known || knownPart ? false : typoEdits(part) && 1 },
      ];
      // The last part names what the compound is about: "liefer*" of "Kreditkarten|lieferung" finds "Lieferzeit".
      const root = known || i < split.length - 1 ? undefined : this.#root(part);
      if (root) add(terms, { term: root, weight: PART_WEIGHT * ROOT_WEIGHT, prefix: true, fuzzy: false });
      return terms;
    });
    return { key: [whole, ...parts].flat().map((t) => t.term).join(' '), whole, parts };
  }

  /**
   * The word without the ending it drops as the first part of a compound, searched as a prefix:
   * "liefer" of "Lieferung" finds "Lieferzeit"; else without an inflection ending: "debiter" of
   * "debiterad" finds "debiterats".
   */
  #root(term: string): string | undefined {
    for (const ending of [...this.#rules.truncations, ...this.#rules.endings]) {
      if (term.length - ending.length >= MIN_ROOT && term.endsWith(ending)) return term.slice(0, -ending.length);
    }
    return undefined;
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
