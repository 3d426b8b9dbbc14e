import i18next, { type i18n as I18n } from 'i18next';
import type { Locale } from './locales.js';
import type { StringBundle } from './strings.js';

/**
 * One i18next instance for all Assist components. Each component brings its own string bundle:
 * English is registered when the component is first used, other languages load on first use.
 * i18next starts once, at the first string asked for, with the English strings registered by then
 * as its resources; bundles that come later are added to it.
 */
export const i18n: I18n = i18next.createInstance();
/** English strings registered before i18next started, by namespace. */
const english: Record<string, Record<string, string>> = {};
let started = false;

/** Starts i18next now (once); answers whether it was started by this call. */
export function startStrings(): boolean {
  if (started) return false;
  started = true;
  void i18n.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: english } },
    initAsync: false,
    // Lit escapes every interpolated value when it renders text.
    interpolation: { escapeValue: false },
  });
  return true;
}

const ready = new Set<string>();
const loading = new Map<string, Promise<void>>();
const id = (locale: Locale, bundle: StringBundle) => `${locale}/${bundle.namespace}`;

/** Strings already looked up, by language and key (those without values): a render asks for the same ones again. */
const translated = new Map<string, string>();

function add(locale: Locale, bundle: StringBundle, strings: Record<string, string>): void {
  startStrings();
  i18n.addResourceBundle(locale, 'translation', { [bundle.namespace]: strings }, true, true);
  ready.add(id(locale, bundle));
  translated.clear();
}

/** A string as it is stored in this language, when `i18n.t` would return it unchanged (nothing to interpolate). */
function stored(lng: Locale, key: string): string | undefined {
  const text: unknown = i18n.getResource(lng, 'translation', key);
  return typeof text === 'string' && !text.includes('{{') ? text : undefined;
}

/**
 * `i18n.t` in this language; strings without values are looked up once, and read from i18next's store
 * when there is nothing to interpolate in them (most are: `t` costs far more, above all in the first
 * render of a page; no string nests another). A string missing in the language goes through `t`, which
 * falls back to English.
 */
export function translate(lng: Locale, key: string, values?: Record<string, string | number>): string {
  startStrings();
  if (values) return i18n.t(key, { ...values, lng });
  const cacheKey = `${lng} ${key}`;
  let text = translated.get(cacheKey);
  if (text === undefined) translated.set(cacheKey, (text = stored(lng, key) ?? i18n.t(key, { lng })));
  return text;
}

/** Makes a bundle's English strings available (once). */
export function register(bundle: StringBundle): void {
  if (ready.has(id('en', bundle))) return;
  if (started) return add('en', bundle, bundle.en);
  english[bundle.namespace] = bundle.en;
  ready.add(id('en', bundle));
}

/** Loads a language's strings of these bundles once; resolves when `t()` can use them. Falls back to English on failure. */
export function loadLocale(locale: Locale, bundles: readonly StringBundle[]): Promise<void> {
  return Promise.all(
    bundles.map((bundle) => {
      if (locale === 'en' || ready.has(id(locale, bundle))) return;
      const key = id(locale, bundle);
      let pending = loading.get(key);
      if (!pending) {
        pending = bundle.load[locale]()
          .then((module) => add(locale, bundle, module.default))
          .catch((error: unknown) => console.warn(`[assist] Could not load the ${locale} ${bundle.namespace} strings; showing English.`, error))
          .finally(() => loading.delete(key));
        loading.set(key, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

export function isLoaded(locale: Locale, bundles: readonly StringBundle[]): boolean {
  return bundles.every((bundle) => ready.has(id(locale, bundle)));
}
