import type { Intent } from '../../mock-server/src/chat/intent-keywords.js';
import type { ReplyLanguage } from '../../mock-server/src/chat/format.js';

/** One shopper phrase: the language it is written in, the page (chat) locale it is sent from, and what it asks for. */
export interface EvalPhrase {
  language: ReplyLanguage;
  page: string;
  text: string;
  intent: Intent;
}

/** The page locale of each language's own market pages. */
export const HOME_PAGE: Record<ReplyLanguage, string> = {
  en: 'en-GB',
  sv: 'sv-SE',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  it: 'it-IT',
  nl: 'nl-NL',
  fi: 'fi-FI',
  da: 'da-DK',
  nb: 'nb-NO',
  pl: 'pl-PL',
  ar: 'ar-SA',
  cs: 'cs-CZ',
  pt: 'pt-PT',
  he: 'he-IL',
};

/** `[intent, text]` on the language's own page, or `[intent, text, page]` sent from another page. */
export type Row = [Intent, string] | [Intent, string, string];

export function rows(language: ReplyLanguage, list: Row[]): EvalPhrase[] {
  return list.map(([intent, text, page]) => ({ language, page: page ?? HOME_PAGE[language], text, intent }));
}
