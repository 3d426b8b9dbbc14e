import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { cdnDir } from '../../elements/build/options.js';
import { componentNames, version } from '../../elements/build/package.js';

/** The import map of a release, next to assist.js. */
export const IMPORT_MAP = 'importmap.json';
/** The prefix assist.js imports through; it resolves only through the import map. */
export const MAP_PREFIX = '@assist/cdn/';
/** What the loader itself is, or what a page loads by script tag: not loaded through the map. */
const OUTSIDE_MAP = new Set(['assist.js', 'queue.js']);
/** A translation: `<folder>/strings/<locale>.js`; listed in its language's map, not in the code map. */
const STRINGS = /\/strings\/([a-z]{2})\.js$/;
/** The folder of the language maps: `maps/<locale>.js`, each pinned by the code map. */
export const MAPS_DIR = 'maps';

/** One file of the CDN folder, as a payment page's script inventory (PCI DSS 6.4.3) lists it. */
export interface ScriptEntry {
  file: string;
  /** Subresource Integrity value: `integrity="…"` on a script tag, or in an import map's `integrity`. */
  integrity: string;
  /** Why the file is on the page. */
  purpose: string;
  /** When the browser fetches it. */
  loaded: string;
  size: { raw: number; gzip: number };
  /** Files it imports (static imports load with it; dynamic ones only when needed). */
  imports: string[];
  dynamicImports: string[];
}

export interface Inventory {
  name: '@assist/elements';
  version: string;
  algorithm: 'sha384';
  files: ScriptEntry[];
  /** The import map assist.js installs (its hash is pinned in assist.js): every file it may load, with its integrity. */
  importMap: { file: typeof IMPORT_MAP; integrity: string; size: { raw: number; gzip: number } };
  /** What the browser downloads for a component: its module and everything it imports statically (core included). */
  components: Record<string, { tag: string; files: string[]; raw: number; gzip: number }>;
}

const LANGUAGES: Record<string, string> = {
  ar: 'Arabic',
  cs: 'Czech',
  da: 'Danish',
  de: 'German',
  en: 'English',
  es: 'Spanish',
  fi: 'Finnish',
  fr: 'French',
  he: 'Hebrew',
  it: 'Italian',
  nb: 'Norwegian',
  nl: 'Dutch',
  pl: 'Polish',
  pt: 'Portuguese',
  sv: 'Swedish',
};
const ON_DEMAND = 'on demand: a click on the launcher, Assist.open(), browser idle time, or its tag in the page';

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

/** Relative module specifiers in built (minified) ES modules: `from"./x.js"`, `import"./x.js"`, `import("./x.js")`. */
export function moduleImports(code: string): { imports: string[]; dynamicImports: string[] } {
  const imports = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
  const dynamicImports = [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1]!);
  return { imports: [...new Set(imports)], dynamicImports: [...new Set(dynamicImports)] };
}

/** The SRI hash integrity.json lists for merchants (the algorithm their own `integrity` attributes usually take). */
export const sri = (bytes: Buffer | string) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
/**
 * The hash the integrity chain pins (assist.js → importmap.json → modules and language maps): sha256, which
 * every browser supporting SRI must support. A hash does not compress, and every page downloads the map's:
 * 44 characters instead of sha384's 64 save about 20 bytes per file listed.
 */
export const pin = (bytes: Buffer | string) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
export const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/**
 * The link from assist.js to every other file: `importmap.json` maps the loader's prefix to the folder
 * (and each component's tag to its module) and gives the integrity of every module and translation (URLs relative to the folder; the loader
 * makes them absolute). Its own hash is then written into assist.js in place of the placeholder (or
 * of the hash an earlier run wrote), so a changed module, a changed map and a changed loader are each
 * caught by the link before them.
 */
export function writeImportMap(cdnDir: string, files: string[]): { integrity: string; size: { raw: number; gzip: number } } {
  const integrity = Object.fromEntries(files.filter((file) => !OUTSIDE_MAP.has(file) && !STRINGS.test(file)).map((file) => [`./${file}`, pin(readFileSync(join(cdnDir, file)))]));
  const listed = files.filter((file) => file.startsWith(`${MAPS_DIR}/`)).length;
  const languages = new Set(files.flatMap((file) => STRINGS.exec(file)?.[1] ?? []));
  if (listed !== languages.size) throw new Error(`${listed} language maps for ${languages.size} languages: write them (writeLanguageMaps) before the code map`);
  // The loader imports a component by its tag (`@assist/cdn/assist-help-center`); everything else by its path under the prefix.
  const imports = { [MAP_PREFIX]: './', ...Object.fromEntries(componentNames().map((name) => [`${MAP_PREFIX}assist-${name}`, `./${name}/${name}.js`])) };
  const map = `${JSON.stringify({ imports, integrity })}\n`;
  writeFileSync(join(cdnDir, IMPORT_MAP), map);
  const loaderPath = join(cdnDir, 'assist.js');
  const loader = readFileSync(loaderPath, 'utf8');
  const pins = loader.match(/sha256-[A-Za-z0-9+/]{43}=/g) ?? [];
  if (pins.length !== 1) throw new Error(`assist.js should hold one sha256 (the import map's, or its placeholder) and holds ${pins.length}`);
  writeFileSync(loaderPath, loader.replace(pins[0], pin(map)));
  return { integrity: pin(map), size: { raw: Buffer.byteLength(map), gzip: gzipSize(Buffer.from(map)) } };
}

/**
 * One map per language, `maps/<locale>.js`: an ES module (so the code map pins it like any other
 * module) whose default export is an import map mapping the prefix `@assist/<locale>/` to the folder,
 * with the sha256 of that language's translations. core.js imports a translation only through that
 * prefix, after installing the map (build/cdn-strings.ts), so a translation is never loaded unchecked
 * and a page in one language downloads the hashes of that language only. Answers the files written.
 */
export function writeLanguageMaps(cdnDir: string, files: string[]): string[] {
  const byLanguage = new Map<string, string[]>();
  for (const file of files) {
    const locale = STRINGS.exec(file)?.[1];
    if (locale) byLanguage.set(locale, [...(byLanguage.get(locale) ?? []), file]);
  }
  mkdirSync(join(cdnDir, MAPS_DIR), { recursive: true });
  return [...byLanguage].map(([locale, strings]) => {
    const map = { imports: { [`@assist/${locale}/`]: './' }, integrity: Object.fromEntries(strings.map((file) => [`./${file}`, pin(readFileSync(join(cdnDir, file)))])) };
    const file = `${MAPS_DIR}/${locale}.js`;
    writeFileSync(join(cdnDir, file), `export default ${JSON.stringify(map)};\n`);
    return file;
  });
}

/**
 * Writes `importmap.json` (see writeImportMap) and `integrity.json` into a CDN folder: every script with its SRI hash, purpose, when it loads
 * and its size (raw and gzip level 9), plus what each component costs in total.
 */
export function writeIntegrity(cdnDir: string): Inventory {
  const list = () =>
    walk(cdnDir)
      .map((path) => relative(cdnDir, path).split('\\').join('/'))
      .sort();
  // The language maps of an earlier run are written afresh from the translations.
  rmSync(join(cdnDir, MAPS_DIR), { recursive: true, force: true });
  writeLanguageMaps(cdnDir, list());
  const files = list();
  const importMap = writeImportMap(cdnDir, files);
  const graph = new Map<string, { imports: string[]; dynamicImports: string[] }>();
  for (const file of files) {
    const found = moduleImports(readFileSync(join(cdnDir, file), 'utf8'));
    const resolve = (specifier: string) =>
      normalize(join(dirname(file), specifier))
        .split('\\')
        .join('/');
    graph.set(file, { imports: found.imports.map(resolve), dynamicImports: found.dynamicImports.map(resolve) });
  }
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const next of graph.get(file)?.imports ?? []) closure(next, seen);
    return seen;
  };
  const entries = files.filter((f) => f === 'core.js' || /^([a-z-]+)\/\1\.js$/.test(f));
  const sharedBy = (chunk: string) => entries.filter((entry) => entry !== chunk && closure(entry).has(chunk));

  const purpose = (file: string): [string, string] => {
    if (file === 'assist.js')
      return ['Loader: reads its script tag, installs window.Assist, shows the launcher and loads the files below on demand.', 'with the page (script tag)'];
    if (file === 'queue.js') return ['Optional queue snippet: lets the page call window.Assist before assist.js has arrived.', 'with the page (script tag), if used'];
    if (file === 'core.js') return ['Shared core: Lit, i18next, the API client and the configuration, used by every component.', ON_DEMAND];
    if (file === 'ui.js')
      return [
        'The launcher’s panel (where the help center and return reporter open) and the chat launcher’s takeover of the stand-in button.',
        'on the first click on the launcher, Assist.open(), or browser idle time when data-components is set',
      ];
    const strings = /^([a-z0-9-]+)(?:\/[a-z0-9-]+)*\/strings\/([a-z]{2})\.js$/.exec(file);
    if (strings) {
      const owner = strings[1] === 'i18n' ? 'every component (common strings)' : `<assist-${strings[1]}>`;
      return [`${LANGUAGES[strings[2]!] ?? strings[2]} strings of ${owner}.`, 'when a component is shown in that language'];
    }
    const languageMap = new RegExp(`^${MAPS_DIR}/([a-z]{2})\\.js$`).exec(file);
    if (languageMap) {
      return [
        `Import map of the ${LANGUAGES[languageMap[1]!] ?? languageMap[1]} strings: the hash of each, pinned by importmap.json; core.js installs it before the first of them.`,
        'when a component is first shown in that language',
      ];
    }
    const component = /^([a-z-]+)\/\1\.js$/.exec(file);
    if (component) return [`Defines <assist-${component[1]}>.`, ON_DEMAND];
    const users = sharedBy(file);
    if (users.length > 0) return [`Code shared by ${users.join(', ')} (one copy for all of them).`, 'with the files that import it'];
    const lazy = files.filter((f) => graph.get(f)!.dynamicImports.includes(file));
    if (lazy.length > 0) return [`A part of ${lazy.join(', ')} it loads when it needs it.`, 'when the component that imports it needs it'];
    // Imported only by lazy parts (helpers of the bundler).
    const importers = files.filter((f) => graph.get(f)!.imports.includes(file));
    if (importers.length > 0) return [`Helpers used by ${importers.join(', ')}, loaded with ${importers.length === 1 ? 'it' : 'them'}.`, 'with the files that import it'];
    throw new Error(`${file}: nothing imports it and it has no known purpose; integrity.json needs a reason for every script`);
  };

  const sizes = new Map<string, { raw: number; gzip: number }>();
  const inventory: Inventory = {
    name: '@assist/elements',
    version,
    algorithm: 'sha384',
    files: files.map((file) => {
      const bytes = readFileSync(join(cdnDir, file));
      const size = { raw: bytes.length, gzip: gzipSize(bytes) };
      sizes.set(file, size);
      const [why, loaded] = purpose(file);
      return { file, integrity: sri(bytes), purpose: why, loaded, size, ...graph.get(file)! };
    }),
    importMap: { file: IMPORT_MAP, ...importMap },
    components: {},
  };
  for (const entry of entries.filter((f) => f !== 'core.js')) {
    const name = entry.split('/')[0]!;
    const all = [...closure('core.js'), ...closure(entry)].filter((f, i, list) => list.indexOf(f) === i).sort();
    inventory.components[name] = {
      tag: `assist-${name}`,
      files: all,
      raw: all.reduce((sum, f) => sum + sizes.get(f)!.raw, 0),
      gzip: all.reduce((sum, f) => sum + sizes.get(f)!.gzip, 0),
    };
  }
  writeFileSync(join(cdnDir, 'integrity.json'), `${JSON.stringify(inventory, null, 2)}\n`);
  return inventory;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const inventory = writeIntegrity(cdnDir());
  console.log(`integrity.json: ${inventory.files.length} files`);
}
