import { stemmer as stemArabic } from '@orama/stemmers/arabic';
import { stemmer as stemDanish } from '@orama/stemmers/danish';
import { stemmer as stemDutch } from '@orama/stemmers/dutch';
import { stemmer as stemFinnish } from '@orama/stemmers/finnish';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stemmer as stemGerman } from '@orama/stemmers/german';
import { stemmer as stemItalian } from '@orama/stemmers/italian';
import { stemmer as stemNorwegian } from '@orama/stemmers/norwegian';
import { stemmer as stemPortuguese } from '@orama/stemmers/portuguese';
import { stemmer as stemSpanish } from '@orama/stemmers/spanish';
import { stemmer as stemSwedish } from '@orama/stemmers/swedish';
import { stopwords as arabicStopWords } from '@orama/stopwords/arabic';
import { stopwords as danishStopWords } from '@orama/stopwords/danish';
import { stopwords as dutchStopWords } from '@orama/stopwords/dutch';
import { stopwords as finnishStopWords } from '@orama/stopwords/finnish';
import { stopwords as frenchStopWords } from '@orama/stopwords/french';
import { stopwords as italianStopWords } from '@orama/stopwords/italian';
import { stopwords as norwegianStopWords } from '@orama/stopwords/norwegian';
import { stopwords as portugueseStopWords } from '@orama/stopwords/portuguese';
import { stopwords as spanishStopWords } from '@orama/stopwords/spanish';
import { CONTENT_LOCALES, type ContentLocale } from '../fixtures/help/types.js';
import { stemCzech, stemPolish } from './stemmers.js';
import { SYNONYMS } from './synonyms.js';

/**
 * Words and terms of the help search, per content language: how text is cut into words, folded
 * (ä → a, ß → ss, Arabic and Hebrew letter variants), stripped of stop words and stemmed, and the
 * rules compound splitting follows. Why: docs/decisions/0005-search-index.md and
 * docs/decisions/0018-search-in-every-language.md.
 */

/** How one content language's words become index terms and compound parts. */
export interface LocaleRules {
  stopWords: Set<string>;
  /** Frequent words that are never a part of a compound ("nach" in "Nachricht"). */
  notParts: Set<string>;
  /** The index term of a folded word: its stem in languages stemmed by rule, the word itself where the vocabulary decides (compounds). */
  stem: (term: string) => string;
  /** The Snowball stemmer of a compounding language: which words of the texts are inflections of one another (Vocabulary.inflections). */
  extraStem?: (term: string) => string;
  /** The stemmer run on the word with its accents, for stemmers that read accented endings (Spanish -ción); its stem is folded and indexed beside the other. */
  accentStem?: (word: string) => string;
  /** Split compound words into the words of the vocabulary they are made of. */
  compounds: boolean;
  /** Linking letters between the parts of a compound: betalning-s-plan, Karte-n-antrag. */
  links: readonly string[];
  /** Inflection endings stripped to reach a word of the vocabulary: kortet → kort, Zahlungen → Zahlung. */
  endings: readonly string[];
  /** Letters that attach to the front of a word and are stripped to reach a word of the vocabulary (Hebrew ו ה ב ל מ ש כ). */
  prefixes: readonly string[];
  /** Plural endings indexed off a word beside its prefix letters (Hebrew ים, ות). */
  plurals: readonly string[];
  /** Endings a first part of a compound drops: Rücksend(ung)-e-etikett, Mahn(ung)-gebühr, betal(a)-plan. */
  truncations: readonly string[];
  /** Word endings always followed by a linking s in a compound: betalning-s-plan, Zahlung-s-plan. */
  sLinkAfter: readonly string[];
  /** A spelling shoppers type without the language's letters (Ruecksendung for Rücksendung), tried when the word as typed is unknown. */
  transliterate?: (term: string) => string;
  /** Elided articles and pronouns written onto the next word (French l'article, Italian dell'ordine), dropped from it. */
  elision?: RegExp;
  /** Groups of words and phrases that mean the same here, folded: any of them in a query also searches the others. */
  synonyms: readonly (readonly string[])[];
}

/** Anything but printable ASCII: a letter, mark or sign fold() may change (or a control character, left to the full path). */
const NOT_PLAIN = /[^ -~]/;

/** Lowercase, fold diacritics and letter variants, so shoppers can type without special characters. */
export function fold(term: string): string {
  // Printable ASCII has nothing to fold or normalise: lower case is all of it.
  if (!NOT_PLAIN.test(term)) return term.toLowerCase();
  return (
    term
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/œ/g, 'oe')
      .replace(/[øł]/g, (c) => (c === 'ø' ? 'o' : 'l'))
      .replace(/đ/g, 'd')
      // Arabic: tatweel, alef maqsura as yeh, teh marbuta as heh (أ إ آ ؤ ئ lose their hamza below).
      .replace(/\u0640/g, '')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
      // Hebrew final letters as the ordinary ones.
      .replace(/[ךםןףץ]/g, (c) => HEBREW_FINALS[c]!)
      .normalize('NFD')
      // Latin combining marks, Hebrew points (niqqud, cantillation), Arabic harakat, hamza and madda above or below.
      .replace(/[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670]/g, '')
      .normalize('NFC')
  );
}

const HEBREW_FINALS: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

const words = (list: string | readonly string[], without = '') => {
  const drop = new Set(without.split(' ').map(fold));
  return new Set((typeof list === 'string' ? list.split(' ') : list).map(fold).filter((w) => w && !drop.has(w)));
};

function stemEnglish(term: string): string {
  let t = term.replace(/'s$/, '');
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && t.length > 3) t = t.slice(0, -1);
  if (t.endsWith('ing') && t.length > 5) t = t.slice(0, -3);
  else if (t.endsWith('ed') && t.length > 4) t = t.slice(0, -2);
  if (t.endsWith('e') && t.length > 4) t = t.slice(0, -1);
  return t;
}

/** Arabic: the conjunction و or ف before the article ال, which Snowball's Arabic stemmer leaves on, then Snowball. */
const stemArabicWord = (term: string): string => stemArabic(term.length > 4 ? term.replace(/^[وف](?=ال)/, '') : term);

/**
 * Spanish and Portuguese endings Snowball reads only with their accents (-ción, -ção), put back on
 * a folded word before stemming, so "devolucion" and "devoluciones" meet on "devolu"; Portuguese
 * -ções is read as -ção, which Snowball leaves apart ("devoluções", "devolução").
 */
const reaccentSpanish = (term: string): string => term.replace(/([cs])ion$/, '$1ión');
const reaccentPortuguese = (term: string): string => term.replace(/([cs])oes$/, '$1ao').replace(/([cs])ao$/, '$1ão');

/** German umlauts typed as ae, oe, ue (Ruecksendung): the same word as Rücksendung once folded. */
const germanTransliteration = (term: string): string => term.replace(/([aou])e/g, '$1');
/** Danish and Norwegian å typed as aa (the old spelling), ø as oe. */
const nordicTransliteration = (term: string): string => term.replace(/aa/g, 'a').replace(/oe/g, 'o');

const plain = { notParts: new Set<string>(), compounds: false, links: [], endings: [], prefixes: [], plurals: [], truncations: [], sLinkAfter: [] } as const;

const RULES: Record<ContentLocale, Omit<LocaleRules, 'synonyms'>> = {
  en: {
    ...plain,
    stopWords: words('a an and are as at be by can do does for from how i if in is it my of on or so than that the this to was what when where which who why will with you your'),
    stem: stemEnglish,
  },
  sv: {
    ...plain,
    stopWords: words('att av de den det du och en ett for fran har hur i ingen jag kan med min mitt mina nar om pa som till var vad varfor vem vilken ar'),
    notParts: words('alla andra bara blir dessa detta denna deras dina ditt eller efter finns hade inom inte kommer mycket over sedan samma utan under vill'),
    stem: (term) => term,
    extraStem: stemSwedish,
    compounds: true,
    links: ['s', 'e', 'a', 'o', 'u'],
    endings: ['arna', 'erna', 'orna', 'ens', 'ets', 'ade', 'are', 'en', 'et', 'na', 'ar', 'er', 'or', 'ad', 'at', 'a', 'e', 's', 't'],
    truncations: ['ning', 'ing', 'a', 'e'],
    sLinkAfter: ['ning', 'het', 'tion', 'tet', 'dom', 'skap'],
  },
  de: {
    ...plain,
    stopWords: words(
      'am an auf aus bei das dem den der des die ein eine einen einer es fur hat ich ihr ihre im in ist kann mein meine mit oder sie und von was wann warum wer wie wo zu',
    ),
    notParts: words('alle auch dann dass diese dieser durch einem gegen haben keine kein mehr nach nicht noch ohne schon sehr sich sind uber unter werden wenn wird'),
    stem: (term) => term,
    extraStem: stemGerman,
    compounds: true,
    links: ['es', 'en', 'er', 's', 'n', 'e'],
    endings: ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'],
    truncations: ['ungen', 'ung', 'en', 'e', 'n'],
    sLinkAfter: ['ung', 'heit', 'keit', 'tat', 'ion', 'schaft', 'ling'],
    transliterate: germanTransliteration,
  },
  fr: { ...plain, stopWords: words(frenchStopWords), stem: stemFrench, accentStem: stemFrench, elision: /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]/ },
  es: {
    ...plain,
    // The list's content words stay searchable: cuenta (account), tarde (late), nueva, parte…
    stopWords: words(
      spanishStopWords,
      'cuenta tarde horas tiempo final mejor nueva nuevo nuevas nuevos parte ejemplo lugar manera momento general cosas breve claro lleva llevar conseguir intenta intentar intento debido primer primera primero primeros realizar pasado pasada cerca dentro fuera segunda segundo siguiente largo igual cinco cuatro siete tercera mayor medio posible',
    ),
    stem: (term) => fold(stemSpanish(reaccentSpanish(term))),
    accentStem: stemSpanish,
  },
  it: { ...plain, stopWords: words(italianStopWords), stem: stemItalian, accentStem: stemItalian, elision: /^(?:[lm]|un|dell|all|nell|dall|sull|quest|quell|c)['’]/ },
  nl: {
    ...plain,
    stopWords: words(dutchStopWords),
    notParts: words('niet zijn voor maar over naar door deze geen meer onder zonder tegen andere'),
    stem: (term) => term,
    extraStem: stemDutch,
    compounds: true,
    links: ['en', 's', 'e'],
    endings: ['eren', 'en', 'es', 'er', 'e', 's'],
    truncations: ['en', 'e'],
    sLinkAfter: ['ing', 'heid', 'teit', 'schap', 'tie'],
  },
  fi: {
    ...plain,
    stopWords: words(finnishStopWords),
    notParts: words('olla ovat mutta kanssa mukaan koska sitten vielä'),
    stem: (term) => term,
    extraStem: stemFinnish,
    compounds: true,
    links: [],
    endings: [
      ...'ssaan ssani staan llaan ltaan lleen ksesi kseen mme'.split(' '),
      ...'issa ista ihin illa ilta ille iksi ssa sta lla lta lle ksi tta ien iin ina ita nsa'.split(' '),
      ...'an en in on un yn na ta ja ni si a n t'.split(' '),
    ],
    truncations: ['nen', 'en', 'a', 'o', 'i'],
    sLinkAfter: [],
  },
  da: {
    ...plain,
    stopWords: words(danishStopWords),
    notParts: words('ikke eller efter under over denne dette meget mange blive bliver'),
    stem: (term) => term,
    extraStem: stemDanish,
    compounds: true,
    links: ['s', 'e'],
    endings: ['erne', 'ene', 'ens', 'ets', 'en', 'et', 'er', 'e', 's', 'r'],
    truncations: ['ning', 'e'],
    sLinkAfter: ['ning', 'hed', 'tion', 'skab', 'dom'],
    transliterate: nordicTransliteration,
  },
  nb: {
    ...plain,
    stopWords: words(norwegianStopWords),
    notParts: words('ikke eller etter under over denne dette mange blir bare uten'),
    stem: (term) => term,
    extraStem: stemNorwegian,
    compounds: true,
    links: ['s', 'e'],
    endings: ['ene', 'ens', 'ets', 'en', 'et', 'er', 'a', 'e', 's', 'r'],
    truncations: ['ning', 'e'],
    sLinkAfter: ['ning', 'het', 'sjon', 'skap', 'dom'],
    transliterate: nordicTransliteration,
  },
  pl: {
    ...plain,
    stopWords: words(
      'a aby ale ani az bez bo by byc byl byla bylo ci co czy dla do gdy gdzie i ich ja jak jaki jakie jako je jego jej jest jestem jesli jeszcze juz ktora ktore ktory kto ma mam mi mnie moj moja moje moge mozna na nad nie o od oraz po pod przez przy sa sie sobie ta tak tam te tego tej ten to tu ty u w we wiec z za ze zeby',
    ),
    stem: stemPolish,
  },
  ar: {
    ...plain,
    // Snowball's list holds a few words shoppers search with: رجع and عاد (return), إعادة, اليوم…
    stopWords: words(arabicStopWords, 'رجع عاد اعادة إعادة صفر عدد قوة يوم اليوم الوقت ايام سنة عام عاما عامة زيارة مليون مليار قال طاق'),
    stem: stemArabicWord,
  },
  cs: {
    ...plain,
    stopWords: words(
      'a aby ale ani asi az bez by byl byla bylo byt co do i jak jako je jeho jej jsem jsou jste k kde kdy kdyz ke ktera ktere ktery mam me mi mne moje muj na nebo neni o od pak po pod pro proc pri s se si ta tak tam ten to u v ve z za ze zda mohu muzu muzete',
    ),
    stem: stemCzech,
  },
  pt: { ...plain, stopWords: words(portugueseStopWords), stem: (term) => fold(stemPortuguese(reaccentPortuguese(term))), accentStem: stemPortuguese },
  he: {
    ...plain,
    stopWords: words('של את על עם זה זו זאת לא כן אני אתה את הוא היא אנחנו אתם הם הן מה איך למה מתי איפה או גם אם כי אבל יש אין כל רק עוד כבר אל'),
    stem: (term) => term,
    // A light stemmer led by the vocabulary: a prefix letter or a plural ending comes off when what is left is a word of the texts.
    // Folded, as the words are: the plural ים is written with a final mem.
    endings: ['ים', 'ות', 'ה', 'י'].map(fold),
    prefixes: ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'],
    plurals: ['ים', 'ות'].map(fold),
  },
};

const withSynonyms = (locale: ContentLocale): LocaleRules => ({ ...RULES[locale], synonyms: SYNONYMS[locale].map((group) => group.map(fold)) });

export const LOCALE_RULES = Object.fromEntries(CONTENT_LOCALES.map((locale) => [locale, withSynonyms(locale)])) as Record<ContentLocale, LocaleRules>;

/** The one index term of a folded word: stop words dropped, stemmed where the language stems by rule. Compound parts come on top (Vocabulary). */
export function termOf(locale: ContentLocale, word: string): string | null {
  const rules = LOCALE_RULES[locale];
  const folded = rules.elision ? word.replace(rules.elision, '') : word;
  if (folded.length === 0 || rules.stopWords.has(folded)) return null;
  return rules.stem(folded);
}

/** The one index term of a word as written. */
export function processTerm(locale: ContentLocale, raw: string): string | null {
  return termOf(locale, fold(raw));
}

/** A word: letters with their combining marks (Arabic harakat, Hebrew points), digits, an apostrophe inside (l'article, don't). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}][\p{L}\p{M}]*)?/gu;
export const tokenize = (text: string): string[] => text.match(WORD) ?? [];
