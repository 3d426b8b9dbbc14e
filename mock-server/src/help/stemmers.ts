/**
 * Light stemmers for the content languages the Snowball ports we use do not cover (Czech, Polish):
 * one inflection ending stripped, as in the light stemmers of Dolamic and Savoy (2009) that Lucene
 * ships for Czech. They run on folded words (no diacritics), on the texts and the queries alike, so
 * both sides meet on the same stem even when a shopper types without diacritics.
 */

const stripLongest = (term: string, endings: readonly string[], minStem: number): string => {
  for (const ending of endings) {
    if (term.length - ending.length >= minStem && term.endsWith(ending)) return term.slice(0, -ending.length);
  }
  return term;
};

/** Czech case endings, longest first (folded: ů → u, ě → e, í → i). */
const CZECH_CASES = [
  'atech',
  'etem',
  'atum',
  ...'ech ich eho emi emu ete eti iho imi imu ach ata aty ych ama ami ove ovi ymi'.split(' '),
  ...'em es im um at am os us ym mi ou'.split(' '),
  ...'a e i o u y'.split(' '),
];

/** Czech: case ending, then a possessive (-ov, -in), then the last consonant normalised (c → k, z → h) and a mobile e dropped (Lucene's CzechStemmer). */
export function stemCzech(term: string): string {
  if (term.length < 4 || /\d/.test(term)) return term;
  let stem = stripLongest(term, CZECH_CASES, 3);
  if (stem.length > 5) stem = stripLongest(stem, ['ov', 'in', 'uv'], 4);
  const last = stem.at(-1);
  if (last === 'c') stem = `${stem.slice(0, -1)}k`;
  else if (last === 'z') stem = `${stem.slice(0, -1)}h`;
  if (stem.length > 3 && stem.at(-2) === 'e') stem = stem.slice(0, -2) + stem.at(-1)!;
  return stem;
}

/** Polish noun, adjective and verb endings, longest first (folded: ą → a, ę → e, ó → o, ł → l). */
const POLISH_ENDINGS = [
  ...'owania owanie ujacy ajacy iejsza iejszy iejsze'.split(' '),
  ...'owac ywac iwac ania anie enia enie'.split(' '),
  ...'ami ach owi ego emu iej ymi imi ych ich owy owa owe ow om em ie ia ii ym im ej ac'.split(' '),
  ...'a e i o u y'.split(' '),
];

/** Polish: one ending stripped, leaving at least 4 letters (zwrotu, zwrotem, zwroty → zwrot; platnosci → platnosc). */
export function stemPolish(term: string): string {
  if (term.length < 5 || /\d/.test(term)) return term;
  return stripLongest(term, POLISH_ENDINGS, 4);
}
