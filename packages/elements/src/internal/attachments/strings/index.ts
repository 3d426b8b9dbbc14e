import { defineStrings } from '../../../i18n/strings.js';
import en from './en.js';

declare module '../../../i18n/strings.js' {
  interface AssistStrings {
    attachments: typeof en;
  }
}

/** Strings of attachments: loaded with their module, when the shopper first picks a file or a message shows one. */
export const attachmentStrings = defineStrings('attachments', en, {
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
