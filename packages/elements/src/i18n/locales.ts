/** Languages the components are translated into. */
export const LOCALES = ['en', 'sv', 'de', 'fr', 'es', 'it', 'nl', 'fi', 'da', 'nb', 'pl', 'ar', 'cs', 'pt', 'he'] as const;
export type Locale = (typeof LOCALES)[number];

const RTL = new Set<string>(['ar', 'he', 'fa', 'ur']);
const ALIASES: Record<string, Locale> = { no: 'nb', nn: 'nb' };

/** The translated language for any language tag: `sv-SE` → `sv`, `no` → `nb`, unknown → `en`. */
export function matchLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().split(/[-_]/)[0]!.toLowerCase();
  if ((LOCALES as readonly string[]).includes(primary)) return primary as Locale;
  return ALIASES[primary] ?? 'en';
}

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL.has(tag.split(/[-_]/)[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
