/**
 * Translation loaders of the CDN build, part of `core.js`. Every translation is published as
 * `<folder>/strings/<locale>.js` next to `core.js`, so one function finds them all instead of a table
 * of `import()` calls in every component (see `stringsLoader` in build/cdn-split.ts).
 *
 * Integrity (decision record 0017): the release's code map (`importmap.json`, pinned by assist.js)
 * does not list translations. Each language has a map of its own, `maps/<locale>.js`, a module the
 * code map pins, which maps the prefix `@assist/<locale>/` to the release folder and gives the
 * sha256 of that language's translations. A translation is imported only through its language's
 * prefix, which nothing but that map resolves: before the first translation of a language (on the
 * page's language, `Assist.setLocale()` or an element's `lang`), its map is imported and installed;
 * when it cannot be (a changed map, or no loader to install it), the import fails and the component
 * shows English.
 */
import { LOCALES } from '../src/i18n/locales.js';

type Strings = { default: Record<string, string> };
/** How the loader installs an import map (with its nonce, through its Trusted Types policy); none without the loader. */
let install: ((map: string) => unknown) | undefined;
const maps: Record<string, Promise<unknown>> = {};

/** The loader hands over how it installs an import map (assist.js calls it when it has imported this file). */
export function installMaps(how: (map: string) => unknown): void {
  install = how;
}

/** The map of a language's translations, imported (checked against the code map) and installed once. */
function languageMap(locale: string): Promise<unknown> {
  const url = `@assist/cdn/maps/${locale}.js`;
  return (maps[locale] ??= import(/* @vite-ignore */ url).then((module: { default: unknown }) => {
    if (!install) throw new Error(`[assist] No loader to install the ${locale} strings' import map`);
    install(JSON.stringify(module.default));
  }));
}

/** The loaders of the strings in `folder` (relative to the version folder, e.g. `help-center`). */
export function stringsFrom(folder: string): Record<string, () => Promise<Strings>> {
  const load: Record<string, () => Promise<Strings>> = {};
  for (const locale of LOCALES.slice(1)) {
    const url = `@assist/${locale}/${folder}/strings/${locale}.js`;
    load[locale] = () => languageMap(locale).then(() => import(/* @vite-ignore */ url) as Promise<Strings>);
  }
  return load;
}
