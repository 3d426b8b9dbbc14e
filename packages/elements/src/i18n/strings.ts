import type { Locale } from './locales.js';

/**
 * Every component's UI strings, by namespace. Each string folder adds its namespace to this interface
 * (`declare module`), which is what makes `t('faqSearch.label')` type-checked everywhere.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging, which needs an interface
export interface AssistStrings {}

/** The shape of a translation: the English keys, any text. */
export type Strings<T> = { -readonly [K in keyof T]: string };

type StripPlural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
/** Every key `t()` accepts, e.g. `faqSearch.results` (plural, takes `count`) or `common.retry`. */
export type TranslationKey = {
  [N in Extract<keyof AssistStrings, string>]: `${N}.${StripPlural<Extract<keyof AssistStrings[N], string>>}`;
}[Extract<keyof AssistStrings, string>];

type Table = Record<string, string>;

/**
 * One namespace of strings: English is bundled with the component that uses it; every other
 * language is a separate chunk, loaded the first time a component shows that language.
 */
export interface StringBundle {
  readonly namespace: string;
  readonly en: Table;
  readonly load: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<{ default: Table }>>>;
}

export function defineStrings<N extends Extract<keyof AssistStrings, string>>(
  namespace: N,
  en: AssistStrings[N],
  load: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Strings<AssistStrings[N]> }>>,
): StringBundle {
  return { namespace, en, load };
}
