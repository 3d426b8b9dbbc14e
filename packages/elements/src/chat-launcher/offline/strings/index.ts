import { defineStrings } from '../../../i18n/strings.js';
import en from './en.js';

declare module '../../../i18n/strings.js' {
  interface AssistStrings {
    chatOffline: typeof en;
  }
}

/** Strings of the chat launcher's offline message form (loaded with it). */
export const chatOfflineStrings = defineStrings('chatOffline', en, {
  sv: () => import('./sv.js'),
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
  fi: () => import('./fi.js'),
  da: () => import('./da.js'),
  nb: () => import('./nb.js'),
  pl: () => import('./pl.js'),
  ar: () => import('./ar.js'),
  cs: () => import('./cs.js'),
  pt: () => import('./pt.js'),
  he: () => import('./he.js'),
});
