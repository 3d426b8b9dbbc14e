/**
 * Translation loaders of the CDN build, part of `core.js`. Every translation is published as
 * `<folder>/strings/<locale>.js` next to `core.js`, so one function finds them all instead of a table
 * of `import()` calls in every component (see `stringsLoader` in build/cdn-split.ts).
 */
import { LOCALES } from '../src/i18n/locales.js';

/** The loaders of the strings in `folder` (relative to the version folder, e.g. `help-center`). */
export function stringsFrom(folder: string): Record<string, () => Promise<{ default: Record<string, string> }>> {
  const load: Record<string, () => Promise<{ default: Record<string, string> }>> = {};
  for (const locale of LOCALES.slice(1)) {
    // Resolved against core.js, which sits at the root of the version folder.
    const url = new URL(`${folder}/strings/${locale}.js`, import.meta.url).href;
    load[locale] = () => import(/* @vite-ignore */ url);
  }
  return load;
}
