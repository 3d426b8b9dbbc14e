/**
 * `core.js` of the CDN build: what every component shares (Lit, i18next, the API client, the
 * configuration, the base element), built as one file. The components' builds import these modules
 * from this file (build/cdn-split.ts), so it exports every name they use; the build fails naming any
 * that is missing. The script-tag loader imports this file first, to configure the page and to hand
 * the shopper's session to the components.
 */
import { startSession } from '@assist/contract/endpoints';
import { clientFor, configure as configurePage, getConfig, type AssistConfig } from '../src/config.js';
import { installMaps } from './cdn-strings.js';

export { clientFor, getConfig, onConfigChange, type AssistConfig } from '../src/config.js';
export { AssistElement } from '../src/internal/assist-element.js';
export { define } from '../src/internal/define.js';
export { LocalizeController } from '../src/i18n/localize-controller.js';
export { tokens } from '../src/styles/tokens.js';
export { controls } from '../src/styles/controls.js';
export { loadLocale } from '../src/i18n/i18n.js';
export { defineStrings } from '../src/i18n/strings.js';
export { directionOf } from '../src/i18n/locales.js';
export { stringsFrom } from './cdn-strings.js';
export { AssistApiError, AssistClient, CLIENT_ID_HEADER, createClient, newKey } from '@assist/client';
export { LitElement, css, html, nothing, render, svg } from 'lit';

/**
 * `configure()` for the loader: the page's settings, and (once, when assist.js has imported this file)
 * how it installs an import map, which the translations need (build/cdn-strings.ts).
 */
export function configure(changes: Partial<AssistConfig>, install?: (map: string) => unknown): void {
  if (install) installMaps(install);
  configurePage(changes);
}

type Signable = HTMLElement & { token?: string; identify?(token: string): void };
let session: { token: string; bearer: Promise<string> } | undefined;

/**
 * Signs the shopper in on every Assist component of the page with a merchant-signed session token
 * (`Assist.identify({ token })`): the chat launcher takes the merchant token itself (its chat then
 * starts verified); the return reporter takes a shopper token, which this exchanges for once
 * (`POST /v1/auth/session`) when a return reporter is on the page. Tokens stay in memory.
 */
export function identify(token: string): void {
  for (const chat of document.querySelectorAll<Signable>('assist-chat-launcher')) chat.identify?.(token);
  const reporters = document.querySelectorAll<Signable>('assist-return-reporter');
  if (reporters.length === 0) return;
  if (session?.token !== token) {
    const bearer = clientFor(getConfig().apiBase)
      .call(startSession, { body: { token } })
      .then((answer) => answer.token);
    session = { token, bearer };
  }
  session.bearer.then(
    (bearer) => reporters.forEach((reporter) => (reporter.token = bearer)),
    (error: unknown) => console.warn('[assist] The session token was refused; the shopper verifies with the order reference.', error),
  );
}
