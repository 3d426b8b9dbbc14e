import SearchableMap from 'minisearch/SearchableMap';
import type { ContentLocale } from '../fixtures/help/types.js';
import { Vocabulary } from './compounds.js';
import { deepFreeze } from '../store/records.js';
import { LOCALE_RULES, WORD, fold, processTerm, termOf, tokenize, type LocaleRules } from './terms.js';

/**
 * Full-text search over help articles, one index per content language: diacritics folded, light
 * stemming, field boosts so a match in a title or keyword outranks one deep in a body (BM25+, scored
 * once per term and document when the index is built, kept in typed arrays), prefix matching and typo
 * tolerance for words the texts do not contain (one edit for short words, two for longer ones, a swap
 * of two letters counts as one), and in German, Swedish, Dutch, Danish, Norwegian and Finnish the parts of compound words, in the index
 * and in queries (terms.ts, compounds.ts). A query adds up the postings of its terms and keeps only the
 * best hits in order. Why and how: docs/decisions/0005-search-index.md, docs/decisions/0012-search-postings.md.
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
  /** The fields that contain one of those terms: where a snippet can show one. */
  fields: SearchField[];
}

export type SearchField = (typeof FIELDS)[number];

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
/** A synonym of a query word counts almost as much as the word. */
const SYNONYM_WEIGHT = 0.9;
/** A known word seen at most this often in the texts still gets typo tolerance. */
const RARE = 2;
const typoEdits = (term: string): number | false => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false);

/** Fields of a document, in index order, and how much a match in each counts. */
const FIELDS = ['title', 'keywords', 'summary', 'body'] as const;
const FIELD_BOOST = [3, 2.5, 1.5, 1];
/** BM25+ (Lv and Zhai 2011) as MiniSearch scores it: saturation k, length normalisation b, floor d. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** A prefix or a typo match counts less than the word typed, and less the further it is from it. */
const PREFIX_WEIGHT = 0.7;
const FUZZY_WEIGHT = 0.4;

/** Adds a searched term to the leaves of a query, or raises the leaf of the same term to it. */
function addLeaf(leaves: Map<string, QueryTerm>, t: QueryTerm): void {
  const leaf = leaves.get(t.term);
  if (!leaf) leaves.set(t.term, { ...t });
  else {
    leaf.weight = Math.max(leaf.weight, t.weight);
    leaf.prefix ||= t.prefix;
    leaf.fuzzy = Math.max(Number(leaf.fuzzy), Number(t.fuzzy)) || false;
  }
}

/** The bits of these searched terms, `stride` 32-bit words long. */
function bitsOf(leafOf: ReadonlyMap<string, number>, stride: number, terms: Iterable<QueryTerm>): Uint32Array {
  const bits = new Uint32Array(stride);
  for (const t of terms) {
    const i = leafOf.get(t.term)!;
    bits[i >>> 5]! |= 1 << (i & 31);
  }
  return bits;
}

/** Whether the document whose bits start at `at` matched one of `bits`. */
function hasAny(masks: Uint32Array, at: number, bits: Uint32Array, stride: number): boolean {
  for (let s = 0; s < stride; s++) if ((masks[at + s]! & bits[s]!) !== 0) return true;
  return false;
}

/** Whether document a ranks before document b: a higher score, or the same score and an id first in string order. */
function before(rank: Int32Array, a: number, aScore: number, b: number, bScore: number): boolean {
  return aScore > bScore || (aScore === bScore && rank[a]! < rank[b]!);
}

/** How many searched terms' expansions, and query words' analyses, an index keeps (HelpIndex.#expand, HelpIndex.queryWord). */
const EXPANSIONS_KEPT = 20_000;

/** Documents matching a query: how many, and the best ones in order. */
export interface SearchResults {
  total: number;
  matches: RankedMatch[];
}

/** One index term matched for one searched term: which term and how much its pre-scored postings count. */
interface Expansion {
  term: number;
  weight: number;
}

export class HelpIndex {
  readonly locale: ContentLocale;
  /** Every index term of the documents (before compound splitting) and how often it occurs: the words compounds are split into. */
  readonly #vocabulary: Vocabulary;
  /** Index terms of a word of the texts (term, stem, compound parts), for indexing and highlighting. */
  readonly #termsOf = new Map<string, readonly string[]>();
  #wanted: { terms: readonly string[]; set: ReadonlySet<string> } = { terms: [], set: new Set() };
  readonly #ids: string[];
  /** A document's place among the ids in string order: equal scores rank by id. */
  readonly #idRank: Int32Array;
  /** Index term → term number, searchable by prefix and by edit distance. */
  readonly #terms = new SearchableMap<number>();
  readonly #termNames: string[] = [];
  /** Postings of term t: documents #postingDocs[#postingStart[t] … #postingStart[t + 1]), ascending, and each one's score. */
  readonly #postingStart: Int32Array;
  readonly #postingDocs: Int32Array;
  /** The term's BM25+ score in the document, summed over the fields with their boosts: computed once, at build time. */
  readonly #postingScores: Float64Array;
  /** Which fields of the document contain the term: bit f for FIELDS[f]. */
  readonly #postingFields: Uint8Array;
  /** Per-query scratch, one slot per document, reused: the score so far and which searched terms matched. */
  readonly #scores: Float64Array;
  #masks = new Uint32Array(0);
  readonly #touched: Int32Array;

  readonly #rules: LocaleRules;

  constructor(locale: ContentLocale, documents: SearchDocument[]) {
    this.locale = locale;
    this.#rules = LOCALE_RULES[locale];
    this.#vocabulary = new Vocabulary(locale);
    const n = documents.length;
    const termOfWord = new Map<string, string | null>();
    const words = documents.map((document) =>
      FIELDS.map((field) => {
        const tokens = tokenize(document[field]);
        for (const word of tokens) {
          let term = termOfWord.get(word);
          if (term === undefined) termOfWord.set(word, (term = processTerm(locale, word)));
          if (term) this.#vocabulary.add(term);
        }
        return tokens;
      }),
    );
    // Term frequencies per field: compound parts and stems need the whole vocabulary, so a second pass.
    const F = FIELDS.length;
    const fieldLength = new Float64Array(n * F);
    const totalLength = new Float64Array(F);
    /** Per term, the documents it occurs in (ascending) and, for each, its frequency in each field. */
    const collected: { docs: number[]; freqs: number[] }[] = [];
    words.forEach((fields, doc) => {
      const seen = new Map<number, number>();
      fields.forEach((tokens, f) => {
        // A field is as long as its distinct words.
        const length = new Set(tokens).size;
        fieldLength[doc * F + f] = length;
        totalLength[f]! += length;
        for (const word of tokens) {
          for (const term of this.termsOf(word)) {
            let id = this.#terms.get(term);
            if (id === undefined) {
              id = this.#termNames.push(term) - 1;
              this.#terms.set(term, id);
              collected.push({ docs: [], freqs: [] });
            }
            const postings = collected[id]!;
            let at = seen.get(id);
            if (at === undefined) {
              seen.set(id, (at = postings.docs.push(doc) - 1));
              postings.freqs.push(0, 0, 0, 0);
            }
            postings.freqs[at * F + f]! += 1;
          }
        }
      });
    });
    const termCount = collected.length;
    this.#postingStart = new Int32Array(termCount + 1);
    collected.forEach(({ docs }, t) => (this.#postingStart[t + 1] = this.#postingStart[t]! + docs.length));
    this.#postingDocs = new Int32Array(this.#postingStart[termCount]!);
    this.#postingScores = new Float64Array(this.#postingStart[termCount]!);
    this.#postingFields = new Uint8Array(this.#postingStart[termCount]!);
    const average = [...totalLength].map((total) => total / Math.max(1, n));
    const matching = new Int32Array(F);
    collected.forEach(({ docs, freqs }, t) => {
      matching.fill(0);
      freqs.forEach((tf, i) => {
        if (tf > 0) matching[i % F]! += 1;
      });
      const idf = [...matching].map((m) => Math.log(1 + (n - m + 0.5) / (m + 0.5)));
      const start = this.#postingStart[t]!;
      docs.forEach((doc, p) => {
        let score = 0;
        let fields = 0;
        for (let f = 0; f < F; f++) {
          const tf = freqs[p * F + f]!;
          if (tf === 0) continue;
          fields |= 1 << f;
          const norm = 1 - BM25.b + (BM25.b * fieldLength[doc * F + f]!) / average[f]!;
          score += FIELD_BOOST[f]! * idf[f]! * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm));
        }
        this.#postingDocs[start + p] = doc;
        this.#postingScores[start + p] = score;
        this.#postingFields[start + p] = fields;
      });
    });
    this.#ids = documents.map((d) => d.id);
    this.#idRank = new Int32Array(n);
    const byId = [...this.#ids.keys()].sort((a, b) => (this.#ids[a]! < this.#ids[b]! ? -1 : 1));
    byId.forEach((doc, rank) => (this.#idRank[doc] = rank));
    this.#scores = new Float64Array(n);
    this.#touched = new Int32Array(n);
  }

  /** The index terms of one word of text: its term, for sv and de also its stem and its compound parts. */
  termsOf(word: string): readonly string[] {
    let terms = this.#termsOf.get(word);
    if (!terms) {
      const term = processTerm(this.locale, word);
      const all = new Set<string>();
      if (term) {
        all.add(term);
        if (this.#vocabulary.stems) {
          const stem = this.#vocabulary.stem(term);
          if (stem) all.add(stem);
        }
        for (const variant of this.#vocabulary.variants(term)) all.add(variant);
        const accented = this.#accentStem(word);
        if (accented) all.add(accented);
        for (const part of this.#vocabulary.split(term, false) ?? []) all.add(part);
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
    const key = `${last ? '1' : '0'}${word}`;
    let known = this.#queryWordOf.get(key);
    if (known === undefined) {
      known = this.#queryWord(word, last);
      if (this.#queryWordOf.size >= EXPANSIONS_KEPT) this.#queryWordOf.delete(this.#queryWordOf.keys().next().value!);
      this.#queryWordOf.set(key, known && deepFreeze(known));
    }
    return known;
  }

  /**
   * What each word of a query searches for, by the word as typed and whether it came last: a
   * function of the word and the index alone, so a word typed again (most queries share their
   * words) is not analysed again. Frozen, as several queries share each one. The oldest is forgotten first.
   */
  readonly #queryWordOf = new Map<string, QueryWord | null>();

  #queryWord(word: string, last: boolean): QueryWord | null {
    const folded = fold(word);
    let term = termOf(this.locale, folded);
    if (!term) return null;
    // Umlauts typed as ae/oe/ue, å as aa: the word the texts have, when the word as typed is not one of theirs.
    if (this.#rules.transliterate && !this.#vocabulary.has(term)) {
      const alternative = termOf(this.locale, this.#rules.transliterate(folded));
      if (alternative && alternative !== term && (this.#vocabulary.has(alternative) || this.#vocabulary.split(alternative, false))) term = alternative;
    }
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
    if (this.#vocabulary.stems) {
      const stem = this.#vocabulary.stem(term);
      if (stem) add(whole, { term: stem, weight: STEM_WEIGHT, prefix: last, fuzzy: false });
    }
    const accented = this.#accentStem(word);
    if (accented && accented !== term) add(whole, { term: accented, weight: 1, prefix: false, fuzzy: false });
    // For a word the texts do not contain, its inflections that they do, exact: as prefixes ("meld*"
    // of "melden") they would reach far more words than the one typed. A word the texts contain is taken as meant.
    if (!known) for (const inflection of this.#vocabulary.inflections(term)) add(whole, { term: inflection, weight: STEM_WEIGHT, prefix: false, fuzzy: false });
    if (this.#vocabulary.compounds) {
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
   * The stem of the word with its accents, folded afterwards: Snowball's Romance stemmers read
   * accented endings ("devolución" → "devolu"), which the stem of the folded word keeps. A word
   * written with its accents gets both terms, one typed without them its folded stem, and both
   * sides meet on one of them.
   */
  #accentStem(word: string): string | undefined {
    const stem = this.#rules.accentStem;
    if (!stem) return undefined;
    const lower = word.toLowerCase();
    const bare = this.#rules.elision ? lower.replace(this.#rules.elision, '') : lower;
    if (this.#rules.stopWords.has(fold(bare))) return undefined;
    return fold(stem(bare));
  }

  /**
   * The words of a query, with synonyms: a word or phrase of a synonym group also searches the
   * group's other single words, as alternatives of the same query word ("send back" → "return"). The
   * words of a phrase become one query word, matched by any of them or by a synonym.
   */
  queryWords(tokens: string[]): QueryWord[] {
    const read = tokens.flatMap((token, i) => {
      const word = this.queryWord(token, i === tokens.length - 1);
      return word ? [{ word, term: word.whole[0]!.term, raw: termOf(this.locale, fold(token))! }] : [];
    });
    const result: QueryWord[] = [];
    for (let i = 0; i < read.length;) {
      let matched: { length: number; others: string[][] } | undefined;
      // The phrases that can start here, in the order of the list: the first of the longest that matches wins.
      for (const { phrase, others } of this.#synonymsStarting(read[i]!.term, read[i]!.raw)) {
        if (phrase.length <= (matched?.length ?? 0) || i + phrase.length > read.length) continue;
        let all = true;
        for (let k = 0; k < phrase.length && all; k++) all = phrase[k] === read[i + k]!.term || phrase[k] === read[i + k]!.raw;
        if (all) matched = { length: phrase.length, others };
      }
      if (!matched) {
        result.push(read[i]!.word);
        i += 1;
        continue;
      }
      const span = read.slice(i, i + matched.length).map((r) => r.word);
      const whole = span.flatMap((w) => w.whole);
      // A phrase of the group finds the group's words; searched itself, its words would each find far more ("back" of "send back").
      for (const [term] of matched.others.filter((other) => other.length === 1)) {
        if (!whole.some((t) => t.term === term)) whole.push({ term: term!, weight: SYNONYM_WEIGHT, prefix: false, fuzzy: false });
      }
      result.push({ key: whole.map((t) => t.term).join(' '), whole, parts: span.length === 1 ? span[0]!.parts : [] });
      i += matched.length;
    }
    return result;
  }

  /** Every synonym phrase of the language as index terms, with the other members of its group. */
  get #synonyms(): { phrase: string[]; others: string[][] }[] {
    if (!this.#synonymCache) {
      const asTerms = (text: string) => tokenize(text).flatMap((w) => termOf(this.locale, fold(w)) ?? []);
      this.#synonymCache = this.#rules.synonyms.flatMap((group) => {
        const members = group.map(asTerms).filter((terms) => terms.length > 0);
        return members.map((phrase, m) => ({ phrase, others: members.filter((_, o) => o !== m) }));
      });
    }
    return this.#synonymCache;
  }

  #synonymCache: { phrase: string[]; others: string[][] }[] | undefined;

  /** The synonym phrases by their first term, each list in the order of #synonyms. */
  #synonymsByFirst: Map<string, { phrase: string[]; others: string[][]; at: number }[]> | undefined;

  /** The synonym phrases whose first term is `term` or `raw`, in the order of #synonyms. */
  #synonymsStarting(term: string, raw: string): readonly { phrase: string[]; others: string[][] }[] {
    if (!this.#synonymsByFirst) {
      this.#synonymsByFirst = new Map();
      this.#synonyms.forEach((entry, at) => {
        const first = entry.phrase[0]!;
        const list = this.#synonymsByFirst!.get(first);
        if (list) list.push({ ...entry, at });
        else this.#synonymsByFirst!.set(first, [{ ...entry, at }]);
      });
    }
    const byTerm = this.#synonymsByFirst.get(term) ?? [];
    if (raw === term) return byTerm;
    const byRaw = this.#synonymsByFirst.get(raw) ?? [];
    if (byTerm.length === 0) return byRaw;
    if (byRaw.length === 0) return byTerm;
    return [...byTerm, ...byRaw].sort((a, b) => a.at - b.at);
  }

  /**
   * Expansions of searched terms, by term, weight, prefix and typo tolerance: the index does not
   * change once built, so a term typed again (most queries share their words) is not looked up by
   * prefix and edit distance again. The oldest is forgotten first.
   */
  readonly #expansions = new Map<string, readonly Expansion[]>();

  /** The index terms one searched term matches: itself, longer terms it begins (prefix), near terms (typos). */
  #expand(t: QueryTerm): readonly Expansion[] {
    const key = `${t.term} ${t.weight} ${t.prefix} ${t.fuzzy}`;
    let found = this.#expansions.get(key);
    if (!found) {
      if (this.#expansions.size >= EXPANSIONS_KEPT) this.#expansions.delete(this.#expansions.keys().next().value!);
      this.#expansions.set(key, (found = Object.freeze(this.#lookUp(t))));
    }
    return found;
  }

  #lookUp(t: QueryTerm): Expansion[] {
    const found: Expansion[] = [];
    const exact = this.#terms.get(t.term);
    if (exact !== undefined) found.push({ term: exact, weight: t.weight });
    const prefixed = new Set<string>();
    if (t.prefix) {
      for (const [term, id] of this.#terms.atPrefix(t.term)) {
        const distance = term.length - t.term.length;
        if (distance === 0) continue;
        prefixed.add(term);
        found.push({ term: id, weight: (t.weight * PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance) });
      }
    }
    if (t.fuzzy) {
      for (const [term, [id, distance]] of this.#terms.fuzzyGet(t.term, t.fuzzy)) {
        if (distance === 0 || prefixed.has(term)) continue;
        found.push({ term: id, weight: (t.weight * FUZZY_WEIGHT * term.length) / (term.length + distance) });
      }
    }
    return found;
  }

  /**
   * Documents matching the query, the best `limit` of them in order, and how many match in all. A
   * document's score is the sum of the pre-scored postings of the index terms it matches, each times
   * how much the searched term counts, times how many words of the query it matches (a compound counts
   * as matched by the square of the share of its parts it matches). Only documents in the postings of
   * the query's terms are touched, and only the best `limit` are kept in order.
   */
  search(query: string, limit: number): SearchResults {
    const words: QueryWord[] = [];
    const seen = new Set<string>();
    for (const word of this.queryWords(tokenize(query))) {
      if (!seen.has(word.key)) {
        seen.add(word.key);
        words.push(word);
      }
    }
    if (words.length === 0 || limit <= 0) return { total: 0, matches: [] };
    const leaves = new Map<string, QueryTerm>();
    for (const word of words) {
      for (const t of word.whole) addLeaf(leaves, t);
      for (const part of word.parts) for (const t of part) addLeaf(leaves, t);
    }
    // Which searched terms a document matched: one bit per term, in `stride` 32-bit words per document.
    const leafOf = new Map([...leaves.keys()].map((term, i) => [term, i]));
    const stride = Math.ceil(leaves.size / 32);
    const wholeBits = words.map((word) => bitsOf(leafOf, stride, word.whole));
    const partBits = words.map((word) => word.parts.map((terms) => bitsOf(leafOf, stride, terms)));

    const n = this.#ids.length;
    if (this.#masks.length < n * stride) this.#masks = new Uint32Array(n * stride);
    const scores = this.#scores;
    const masks = this.#masks;
    const touched = this.#touched;
    let total = 0;
    const matchedTerms = new Set<number>();
    [...leaves.values()].forEach((leaf, i) => {
      const slot = i >>> 5;
      const bit = 1 << (i & 31);
      for (const { term, weight } of this.#expand(leaf)) {
        matchedTerms.add(term);
        const end = this.#postingStart[term + 1]!;
        for (let p = this.#postingStart[term]!; p < end; p++) {
          const doc = this.#postingDocs[p]!;
          const at = doc * stride;
          let fresh = true;
          for (let s = 0; s < stride; s++) if (masks[at + s] !== 0) fresh = false;
          if (fresh) touched[total++] = doc;
          masks[at + slot]! |= bit;
          scores[doc]! += weight * this.#postingScores[p]!;
        }
      }
    });

    // The best `limit` documents, best first, by insertion into a short sorted list.
    const best: { doc: number; score: number }[] = [];
    const rank = this.#idRank;
    for (let i = 0; i < total; i++) {
      const doc = touched[i]!;
      const at = doc * stride;
      let coverage = 0;
      for (let w = 0; w < wholeBits.length; w++) {
        const parts = partBits[w]!;
        if (hasAny(masks, at, wholeBits[w]!, stride)) coverage += 1;
        else if (parts.length > 0) {
          // A document with one part of a compound is rarely about the compound: half the parts count a quarter.
          let found = 0;
          for (const bits of parts) if (hasAny(masks, at, bits, stride)) found += 1;
          coverage += (found / parts.length) ** 2;
        }
      }
      const score = scores[doc]! * coverage;
      scores[doc] = 0;
      masks.fill(0, at, at + stride);
      const worst = best[limit - 1];
      if (worst && !before(rank, doc, score, worst.doc, worst.score)) continue;
      let lo = 0;
      let hi = best.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const other = best[mid]!;
        if (before(rank, other.doc, other.score, doc, score)) lo = mid + 1;
        else hi = mid;
      }
      best.splice(lo, 0, { doc, score });
      if (best.length > limit) best.pop();
    }
    const matches = best.map(({ doc, score }): RankedMatch => {
      const terms: string[] = [];
      let fields = 0;
      for (const term of matchedTerms) {
        const at = this.#posting(term, doc);
        if (at < 0) continue;
        terms.push(this.#termNames[term]!);
        fields |= this.#postingFields[at]!;
      }
      return { id: this.#ids[doc]!, score, terms, fields: FIELDS.filter((_, f) => (fields & (1 << f)) !== 0) };
    });
    return { total, matches };
  }

  /** Where a term's postings hold a document, or -1: binary search, the postings are in document order. */
  #posting(term: number, doc: number): number {
    let lo = this.#postingStart[term]!;
    let hi = this.#postingStart[term + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.#postingDocs[mid]!;
      if (at === doc) return mid;
      if (at < doc) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** Texts of the documents cut into words, by text: each is read once, not on every query that shows it. */
  readonly #texts = new Map<string, IndexedText>();

  /** A text of the documents cut into words, each with its index terms: made once per text and kept. */
  text(text: string): IndexedText {
    let indexed = this.#texts.get(text);
    if (!indexed) this.#texts.set(text, (indexed = this.cut(text)));
    return indexed;
  }

  /** A text cut into words, each with its index terms (not kept: `text` keeps the documents' own texts). */
  cut(text: string): IndexedText {
    const starts: number[] = [];
    const ends: number[] = [];
    const terms: (readonly string[])[] = [];
    const all = new Set<string>();
    for (const match of text.matchAll(WORD)) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
      const own = this.termsOf(match[0]);
      terms.push(own);
      for (const term of own) all.add(term);
    }
    return { text, starts, ends, terms, all, clips: new Map() };
  }

  /** Character ranges in `text` of the words one of whose index terms is among `terms` (matched index terms). */
  highlight(text: string | IndexedText, terms: readonly string[]): [number, number][] {
    if (terms.length === 0) return [];
    const indexed = typeof text === 'string' ? this.cut(text) : text;
    // The service highlights a title, a summary and sentences with the terms of one hit in a row.
    if (this.#wanted.terms !== terms) this.#wanted = { terms, set: new Set(terms) };
    const wanted = this.#wanted.set;
    const ranges: [number, number][] = [];
    const { starts, ends, terms: words } = indexed;
    for (let i = 0; i < words.length; i++) {
      for (const term of words[i]!) {
        if (wanted.has(term)) {
          ranges.push([starts[i]!, ends[i]!]);
          break;
        }
      }
    }
    return ranges;
  }

  /** Where the first word of `text` one of whose index terms is among `terms` begins, or -1. */
  firstMatch(text: IndexedText, terms: readonly string[]): number {
    if (!terms.some((term) => text.all.has(term))) return -1;
    const { starts, terms: words } = text;
    for (let i = 0; i < words.length; i++) for (const term of words[i]!) if (terms.includes(term)) return starts[i]!;
    return -1;
  }
}

/** A text of the index cut into words: where each word is, its index terms, and all of them. */
export interface IndexedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly terms: readonly (readonly string[])[];
  readonly all: ReadonlySet<string>;
  /** Cut-down versions of the text for snippets, by the place of the word they show. */
  readonly clips: Map<number, IndexedText>;
  /** The text as a JSON string, once a snippet shows it. */
  json?: string;
}
