import type { ContentLocale } from '../fixtures/help/types.js';
import { LOCALE_RULES, type LocaleRules } from './terms.js';

const MIN_PART = 4;
const MIN_HEAD = 3;
const MIN_TRUNCATED = 4;
const MIN_UNKNOWN = 4;
/** Shorter roots ("zahl", "kart") would match too many words to say anything. */
const MIN_ROOT = 5;
/** A Hebrew word keeps at least 3 letters when its prefix letters come off: most roots have 3. */
const MIN_PREFIXED = 3;
const MIN_INFLECTION_STEM = 4;

/**
 * The index terms of one language's help texts and how often each occurs: the words compound words
 * are split into, and what stems and roots must be to count.
 */
export class Vocabulary {
  readonly #rules: LocaleRules;
  readonly #counts = new Map<string, number>();

  constructor(locale: ContentLocale) {
    this.#rules = LOCALE_RULES[locale];
  }

  /** Whether the language splits compound words (Swedish, German, Dutch, Danish, Norwegian, Finnish). */
  get compounds(): boolean {
    return this.#rules.compounds;
  }

  /** Whether words are stemmed against the vocabulary (compounding languages, Hebrew). */
  get stems(): boolean {
    return this.#rules.endings.length > 0 || this.#rules.prefixes.length > 0;
  }

  add(term: string): void {
    this.#counts.set(term, (this.#counts.get(term) ?? 0) + 1);
    this.#inflections = undefined;
  }

  /** Words of the texts by their Snowball stem, most frequent first: the inflections of one word. */
  #inflections: Map<string, string[]> | undefined;

  /**
   * Other inflections of a word that the texts contain, by the language's Snowball stemmer: "andrade"
   * finds "ändra" and "ändrar". The stemmer only says which words belong together; what is searched
   * are words of the texts, so no stem of its own enters the index. Stems under 4 letters say too
   * little ("and" of "ändern"). At most three, the most frequent.
   */
  inflections(term: string): string[] {
    const stemmer = this.#rules.extraStem;
    if (!stemmer) return [];
    if (!this.#inflections) {
      const groups = new Map<string, string[]>();
      for (const word of this.#counts.keys()) {
        const stem = stemmer(word);
        if (stem.length < MIN_INFLECTION_STEM) continue;
        const group = groups.get(stem);
        if (group) group.push(word);
        else groups.set(stem, [word]);
      }
      for (const group of groups.values()) group.sort((a, b) => this.#counts.get(b)! - this.#counts.get(a)! || (a < b ? -1 : 1));
      this.#inflections = groups;
    }
    const stem = stemmer(term);
    if (stem.length < MIN_INFLECTION_STEM) return [];
    return (this.#inflections.get(stem) ?? []).filter((word) => word !== term).slice(0, 3);
  }

  has(term: string): boolean {
    return this.#counts.has(term);
  }

  /** How often a term occurs in the texts (0 for an unknown one). */
  count(term: string): number {
    return this.#counts.get(term) ?? 0;
  }

  /**
   * The word without an inflection ending, when that is a word of the vocabulary; in Hebrew also
   * without the prefix letters written onto it (ו ה ב ל מ ש כ: "ובכרטיס" → "כרטיס").
   */
  stem(term: string): string | undefined {
    const bare = this.#withoutEnding(term, MIN_PART);
    if (bare) return bare;
    const prefixes = this.#rules.prefixes;
    let rest = term;
    for (let i = 0; i < 3 && rest.length > MIN_PREFIXED && prefixes.includes(rest[0]!); i++) {
      rest = rest.slice(1);
      if (this.#counts.has(rest)) return rest;
      const stem = this.#withoutEnding(rest, MIN_PREFIXED);
      if (stem) return stem;
    }
    return undefined;
  }

  /**
   * For indexing a word of the texts in a language with prefix letters (Hebrew): the word without up
   * to two of them and without a plural ending, each a term of its own, so a query for the bare word
   * finds "ההזמנה" and "הזמנות". Queries strip only down to words of the texts (stem).
   */
  variants(term: string): string[] {
    const prefixes = this.#rules.prefixes;
    if (prefixes.length === 0) return [];
    const found: string[] = [];
    let rest = term;
    for (let i = 0; i <= 2; i++) {
      if (i > 0) found.push(rest);
      for (const ending of this.#rules.plurals) if (rest.length - ending.length >= MIN_PREFIXED && rest.endsWith(ending)) found.push(rest.slice(0, -ending.length));
      if (rest.length <= MIN_PREFIXED || !prefixes.includes(rest[0]!)) break;
      rest = rest.slice(1);
    }
    return found;
  }

  #withoutEnding(term: string, min: number): string | undefined {
    for (const ending of this.#rules.endings) {
      if (term.length - ending.length < min || !term.endsWith(ending)) continue;
      const stem = term.slice(0, -ending.length);
      if (this.#counts.has(stem)) return stem;
    }
    return undefined;
  }

  #known(piece: string): boolean {
    return this.#counts.has(piece) && !this.#rules.notParts.has(piece);
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
    const best = new Array<State | undefined>(n + 1);
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
          cost = (piece.length >= MIN_PART ? 1 : 1.5) - 0.02 * Math.log(this.#counts.get(piece)!);
        } else if ((!last || loose) && this.#truncated(piece)) cost = 1.2;
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
   * The word without the ending it drops as the first part of a compound, searched as a prefix:
   * "liefer" of "Lieferung" finds "Lieferzeit"; else without an inflection ending: "debiter" of
   * "debiterad" finds "debiterats".
   */
  root(term: string): string | undefined {
    for (const ending of [...this.#rules.truncations, ...this.#rules.endings]) {
      if (term.length - ending.length >= MIN_ROOT && term.endsWith(ending)) return term.slice(0, -ending.length);
    }
    return undefined;
  }
}
