/**
 * What Assist ships, as files: the CDN build (packages/elements/dist/cdn/<version>/), the loader
 * (packages/embed/dist), and this repository's own equivalent build for what the distribution does not
 * produce yet (esbuild with code splitting, Lit's template whitespace collapsed, then terser per file).
 * Used by the size budget (size.ts) and by the pages the browser benchmarks load.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { minify } from 'terser';
import { minifyTemplates } from '../../../packages/elements/build/minify-templates.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const elements = join(root, 'packages', 'elements');
export const embed = join(root, 'packages', 'embed');

/** A set of built files, as the browser fetches them. */
export interface Output {
  /** Where the files come from: the CDN build or this repository's own build. */
  source: string;
  files: Map<string, string>;
}

/** Relative specifiers of static imports and re-exports (`import(...)` is lazy and not followed). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const pattern = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?(["'])(\.{1,2}\/[^"']+)\1/g;
  for (const match of code.matchAll(pattern)) out.push(match[2]!);
  return out;
}

/** The entry and every file it imports statically; null when one of them is missing. */
export function closure(output: Output, entry: string): Set<string> | null {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const code = output.files.get(file);
    if (code === undefined) return null;
    seen.add(file);
    for (const specifier of staticImports(code)) queue.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
  }
  return seen;
}

/** Every .js file under `dir`, by its posix path relative to `dir`. */
export function walk(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, base, out);
    else if (name.endsWith('.js') || name.endsWith('.mjs')) out.set(relative(base, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  }
  return out;
}

export const elementsVersion = (): string => (JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8')) as { version: string }).version;

export interface CdnBuild {
  output: Output;
  integrity: unknown;
  dir: string;
}

/** The newest modification time of the files under `dir` that `keep` accepts. */
function newest(dir: string, keep: (name: string) => boolean): number {
  if (!existsSync(dir)) return 0;
  let time = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) time = Math.max(time, name === 'node_modules' || name === 'dist' ? 0 : newest(path, keep));
    else if (keep(name)) time = Math.max(time, stat.mtimeMs);
  }
  return time;
}

/**
 * Whether the CDN folder is older than the sources it is built from (a build from before the latest
 * changes): its figures would not describe the code any more.
 */
export function cdnIsStale(dir: string): boolean {
  const built = newest(dir, (name) => name.endsWith('.js'));
  const source = (name: string) => name.endsWith('.ts') && !name.endsWith('.test.ts');
  return Math.max(newest(join(elements, 'src'), source), newest(join(embed, 'src'), source)) > built;
}

/** The CDN build of the elements, if there is one and it is not older than the sources. */
export function cdnBuild(options: { evenIfStale?: boolean } = {}): CdnBuild | null {
  const version = elementsVersion();
  // ASSIST_DIST_DIR: where the build wrote (the elements build honours it too).
  const dir = join(process.env.ASSIST_DIST_DIR || join(elements, 'dist'), 'cdn', version);
  const files = walk(dir);
  if (files.size === 0) return null;
  if (!options.evenIfStale && cdnIsStale(dir)) return null;
  const integrityPath = [join(dir, 'integrity.json'), join(dir, '..', 'integrity.json')].find(existsSync);
  let integrity: unknown = null;
  if (integrityPath) {
    try {
      integrity = JSON.parse(readFileSync(integrityPath, 'utf8')) as unknown;
    } catch {
      integrity = null;
    }
  }
  return { output: { source: `dist/cdn/${version}`, files }, integrity, dir };
}

/** File paths named anywhere in integrity.json (keys, or `path`/`file`/`src` fields, ending in .js). */
export function integrityFiles(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) integrityFiles(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (/\.m?js$/.test(k)) out.add(k.replace(/^\.?\//, ''));
      if ((k === 'path' || k === 'file' || k === 'src') && typeof v === 'string' && /\.m?js$/.test(v)) out.add(v.replace(/^\.?\//, ''));
      integrityFiles(v, out);
    }
  }
  return out;
}

/** The built loader: `assist.js` under packages/embed/dist, or in the CDN folder. */
export function builtLoader(cdn: CdnBuild | null): { source: string; path: string; code: string } | null {
  for (const [path, code] of walk(join(embed, 'dist'))) {
    if (posix.basename(path) === 'assist.js') return { source: `packages/embed/dist/${path}`, path: join(embed, 'dist', path), code };
  }
  const inCdn = cdn?.output.files.get('assist.js');
  if (inCdn !== undefined) return { source: `${cdn!.output.source}/assist.js`, path: join(cdn!.dir, 'assist.js'), code: inCdn };
  return null;
}

/** The loader's source, when the embed package has one. */
export function loaderSource(): string | null {
  return ['assist.ts', 'loader.ts', 'index.ts', 'embed.ts'].map((f) => join(embed, 'src', f)).find(existsSync) ?? null;
}

/** A component's registration file, e.g. src/help-center/help-center.ts. */
export const registration = (folder: string): string => join(elements, 'src', folder, `${folder}.ts`);
export const entryOf = (folder: string): string => `${folder}/${folder}.js`;

/** What the shared core holds: Lit, i18next, the API client, the base element, localization, config and styles. */
const CORE_MODULES = [
  'src/config.ts',
  'src/internal/assist-element.ts',
  'src/internal/api.ts',
  'src/internal/define.ts',
  'src/i18n/i18n.ts',
  'src/i18n/localize-controller.ts',
  'src/i18n/locales.ts',
  'src/i18n/strings.ts',
  'src/i18n/strings/index.ts',
  'src/styles/tokens.ts',
  'src/styles/controls.ts',
];
const CORE_PACKAGES = ['lit', 'i18next', '@assist/client'];
const CORE_ENTRY = 'assist-core-entry';

/** A `core` entry that pins the shared modules into chunks of their own, as a CDN core chunk would be. */
const coreEntry: Plugin = {
  name: 'assist-core-entry',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${CORE_ENTRY}$`) }, () => ({ path: CORE_ENTRY, namespace: 'assist-core' }));
    b.onLoad({ filter: /.*/, namespace: 'assist-core' }, () => {
      const modules = [...CORE_PACKAGES, ...CORE_MODULES.filter((m) => existsSync(join(elements, m))).map((m) => `./${m}`)];
      return {
        contents: `${modules.map((m, i) => `import * as m${i} from '${m}';`).join('\n')}\nexport { ${modules.map((_, i) => `m${i}`).join(', ')} };\n`,
        resolveDir: elements,
        loader: 'ts',
      };
    });
  },
};

/**
 * This repository's build of the given components in the CDN layout: `core.js`, `<folder>/<folder>.js`
 * per component, shared `chunks/`, translations as lazy chunks; each file minified by terser.
 */
export async function ownBuild(folders: readonly string[]): Promise<Output> {
  const result = await build({
    entryPoints: [{ in: CORE_ENTRY, out: 'core' }, ...folders.map((f) => ({ in: registration(f), out: `${f}/${f}` }))],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser', 'production'],
    legalComments: 'none',
    minify: true,
    tsconfig: join(root, 'tsconfig.json'),
    write: false,
    outdir: '/virtual',
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [coreEntry, minifyTemplates],
  });
  const files = new Map<string, string>();
  for (const file of result.outputFiles) {
    const code = (await minify(file.text, { module: true, ecma: 2020, compress: { passes: 2 } })).code!;
    files.set(relative('/virtual', file.path).split('\\').join('/'), code);
  }
  return { source: 'esbuild', files };
}

/** The loader built from its source (a classic script), minified by terser. */
export async function ownLoader(path: string): Promise<string> {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    tsconfig: join(root, 'tsconfig.json'),
    write: false,
    outdir: '/virtual',
  });
  return (await minify(result.outputFiles[0]!.text, { ecma: 2020, compress: { passes: 2 } })).code!;
}

/**
 * The help center (with the FAQ search) as a merchant page loads it without the loader: the CDN
 * build when its files are all there, else this repository's build. `entry` is the module to load.
 */
export async function helpCenterModules(): Promise<Output & { entry: string }> {
  const cdn = cdnBuild();
  if (cdn && closure(cdn.output, entryOf('help-center'))) return { ...cdn.output, entry: entryOf('help-center') };
  return { ...(await ownBuild(['help-center'])), entry: entryOf('help-center') };
}
