import type { ContentLocale } from '../fixtures/help/types.js';

/**
 * Words and terms of the help search, per content language: how text is cut into words, folded
 * (ä → a, ß → ss), stripped of stop words and stemmed, and the rules compound splitting follows.
 */

/** How one content language's words become index terms and compound parts. */
export interface LocaleRules {
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

export const LOCALE_RULES: Record<ContentLocale, LocaleRules> = {
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
    stopWords: words(
      'am an auf aus bei das dem den der des die ein eine einen einer es fur hat ich ihr ihre im in ist kann mein meine mit oder sie und von was wann warum wer wie wo zu',
    ),
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

/** The one index term of a word: folded, stop words dropped, English stemmed. Compound parts come on top (Vocabulary). */
export function processTerm(locale: ContentLocale, raw: string): string | null {
  const term = fold(raw);
  const rules = LOCALE_RULES[locale];
  if (term.length === 0 || rules.stopWords.has(term)) return null;
  return rules.stem(term);
}

export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
export const tokenize = (text: string): string[] => text.match(WORD) ?? [];
