import i18next, { type i18n as I18n } from 'i18next';
import { en, type Translation } from './en.js';
import { LOCALES, type Locale } from './locales.js';

/**
 * One i18next instance for all Assist components. English is bundled; every other language is a
 * separate chunk loaded on first use.
 */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Translation }>> = {
  sv: () => import('./translations/sv.js'),
  de: () => import('./translations/de.js'),
  fr: () => import('./translations/fr.js'),
  es: () => import('./translations/es.js'),
  it: () => import('./translations/it.js'),
  nl: () => import('./translations/nl.js'),
  fi: () => import('./translations/fi.js'),
  da: () => import('./translations/da.js'),
  nb: () => import('./translations/nb.js'),
  pl: () => import('./translations/pl.js'),
  ar: () => import('./translations/ar.js'),
};

export const i18n: I18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  resources: { en: { translation: en } },
  initAsync: false,
  // Lit escapes every interpolated value when it renders text.
  interpolation: { escapeValue: false },
  returnNull: false,
});

const loading = new Map<Locale, Promise<void>>();

/** Loads a language's strings once; resolves when `t()` can use them. Falls back to English on failure. */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || i18n.hasResourceBundle(locale, 'translation')) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]()
      .then((module) => {
        i18n.addResourceBundle(locale, 'translation', module.default, true, true);
      })
      .catch((error: unknown) => {
        loading.delete(locale);
        console.warn(`[assist] Could not load the ${locale} strings; showing English.`, error);
      });
    loading.set(locale, pending);
  }
  return pending;
}

export function isLoaded(locale: Locale): boolean {
  return locale === 'en' || i18n.hasResourceBundle(locale, 'translation');
}
