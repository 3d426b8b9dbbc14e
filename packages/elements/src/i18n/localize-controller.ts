import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConfig, onConfigChange } from '../config.js';
import { isLoaded, loadLocale, register, translate } from './i18n.js';
import { directionOf, matchLocale, type Locale } from './locales.js';
import type { StringBundle, TranslationKey } from './strings.js';
import { commonStrings } from './strings/index.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocalizeController>();

/** Intl formatters by kind, language and options: making one costs far more than using it. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(Kind: new (tag: string, options?: object) => F, tag: string, options?: object): F {
  const key = `${Kind.name} ${tag} ${JSON.stringify(options)}`;
  let made = formatters.get(key) as F | undefined;
  if (!made) formatters.set(key, (made = new Kind(tag, options)));
  return made;
}
let documentObserver: MutationObserver | undefined;

function watchDocument(): void {
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => {
    for (const controller of hosts) controller.refresh();
  });
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Gives a component its language: the element's `locale` or `lang` attribute, else `<html lang>`,
 * else the SDK configuration. Loads the language's strings of the given bundles (and the common
 * strings) on demand, re-renders when any of these change, and
 * sets `dir` on the element so right-to-left languages mirror the layout.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;
  readonly #bundles: readonly StringBundle[];
  #observer: MutationObserver | undefined;
  #unsubscribe: (() => void) | undefined;
  /** The full language tag in use (for Intl formatting), e.g. `sv-SE`. */
  tag = 'en';
  /** The translated language in use. */
  locale: Locale = 'en';

  constructor(host: Host, ...bundles: StringBundle[]) {
    this.#host = host;
    this.#bundles = [commonStrings, ...bundles];
    this.#bundles.forEach(register);
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    watchDocument();
    this.#observer = new MutationObserver(() => this.refresh());
    this.#observer.observe(this.#host, { attributes: true, attributeFilter: ['lang', 'locale'] });
    this.#unsubscribe = onConfigChange(() => this.refresh());
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    this.#observer?.disconnect();
    this.#unsubscribe?.();
  }

  /** Re-reads the language and re-renders the host when it changed or its strings arrived. */
  refresh(): void {
    const tag = this.#host.getAttribute('locale') || this.#host.getAttribute('lang') || document.documentElement.lang || getConfig().locale || 'en';
    const locale = matchLocale(tag);
    const changed = tag !== this.tag || locale !== this.locale;
    this.tag = tag;
    this.locale = locale;
    const dir = directionOf(locale);
    if (this.#host.getAttribute('dir') !== dir) this.#host.setAttribute('dir', dir);
    if (!isLoaded(locale, this.#bundles)) {
      void loadLocale(locale, this.#bundles).then(() => {
        if (this.locale === locale) this.#host.requestUpdate();
      });
    }
    if (changed) this.#host.requestUpdate();
  }

  /** A translated string; plural keys take `{ count }`. Falls back to English while a language loads. */
  t(key: TranslationKey, values?: Record<string, string | number>): string {
    return translate(isLoaded(this.locale, this.#bundles) ? this.locale : 'en', key, values);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatter(Intl.NumberFormat, this.tag, options).format(value);
  }

  /** Money from integer minor units, e.g. `money(43700, 'SEK')` → `437,00 kr`. */
  money(minorUnits: number, currency: string): string {
    const digits = formatter(Intl.NumberFormat, 'en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return formatter(Intl.NumberFormat, this.tag, { style: 'currency', currency }).format(minorUnits / 10 ** digits);
  }

  date(value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
    return formatter(Intl.DateTimeFormat, this.tag, options).format(date);
  }
}
