import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { Options } from 'tsup';
import { LOCALES } from '../src/i18n/locales.js';
import { minifyTemplates } from './minify-templates.js';
import { packageDir, srcDir } from './package.js';

/**
 * How the CDN build keeps one shared `core.js` and small components:
 *
 * 1. `core.js` is built on its own, as one file (build/cdn-core.ts: Lit, i18next, the API client,
 *    configuration, the base element). One file compresses better than the several chunks a split
 *    build makes of the same modules, and the loader needs one request for it.
 * 2. Each component is built on its own (with its lazy chunks), every module that is in the core
 *    replaced by an import of `core.js` (`coreExternal`), so no component carries a second copy of Lit
 *    or of a shared singleton (configuration, language, API clients). Building them apart keeps code
 *    two components use (routes, helpers) out of extra shared files.
 * 3. `linkCore` checks that every name a component imports from the core is exported by it, merges
 *    those imports into one, and points them at the file.
 *
 * Pure data modules may be copied instead (`COPIED`): the route table stays out of the core so each
 * component carries only the routes it calls.
 */
export const CORE_SPECIFIER = 'assist:core';
export const COMPONENT_SPECIFIER = 'assist:component:';
const CORE_ENTRY = join(packageDir, 'build', 'cdn-core.ts');
type TsupPlugin = NonNullable<Options['plugins']>[number];
const COPIED = [/\/contract\/src\/endpoints\.ts$/];

/** The esbuild settings both CDN builds share. */
export const cdnEsbuild = {
  format: 'esm' as const,
  platform: 'browser' as const,
  target: 'es2022',
  conditions: ['browser', 'production'],
  legalComments: 'none' as const,
};

/**
 * Rewrites a `strings/index.ts` for the CDN: the table of `import()` calls becomes `stringsFrom(folder)`
 * (build/cdn-strings.ts), which loads `<folder>/strings/<locale>.js` from the published files. The
 * table must list every translated language, so a missing translation fails the build.
 */
export function rewriteStringsIndex(source: string, path: string): string {
  const table = /defineStrings\(\s*'(\w+)',\s*en,\s*\{([^}]*)\}\s*,?\s*\)/.exec(source);
  if (!table) throw new Error(`${path}: expected defineStrings('<namespace>', en, { <locale>: () => import('./<locale>.js'), ... })`);
  const listed = [...table[2]!.matchAll(/(\w+): \(\) => import\('\.\/([\w-]+)\.js'\)/g)].map(([, key, file]) => {
    if (key !== file) throw new Error(`${path}: ${key} loads ./${file}.js`);
    return key;
  });
  const expected = LOCALES.filter((locale) => locale !== 'en');
  if (listed.join() !== expected.join()) throw new Error(`${path}: the translations listed (${listed.join(', ')}) are not ${expected.join(', ')}`);
  const folder = relative(srcDir, dirname(dirname(path)))
    .split(sep)
    .join('/');
  return (
    `import { stringsFrom } from ${JSON.stringify(join(packageDir, 'build', 'cdn-strings.ts'))};\n` +
    source.replace(table[0], `defineStrings('${table[1]}', en, stringsFrom(${JSON.stringify(folder)}))`)
  );
}

/** `rewriteStringsIndex` for every `strings/index.ts` of the sources. */
export const stringsLoader: Plugin = {
  name: 'assist-cdn-strings',
  setup(build) {
    build.onLoad({ filter: /packages\/elements\/src\/.*\/strings\/index\.ts$/ }, async (args) => ({
      contents: rewriteStringsIndex(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
      resolveDir: dirname(args.path),
    }));
  },
};

export interface CoreModules {
  /** Absolute paths of the modules bundled into core.js. */
  modules: Set<string>;
  /** The names core.js exports. */
  exports: Set<string>;
}

/** What core.js contains and exports (a build in memory of the same entry, with the same settings). */
export async function coreModules(): Promise<CoreModules> {
  const result = await build({
    ...cdnEsbuild,
    absWorkingDir: packageDir,
    entryPoints: { core: CORE_ENTRY },
    outdir: join(packageDir, '.core-analysis'),
    bundle: true,
    splitting: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [stringsLoader, minifyTemplates],
  });
  const outputs = Object.values(result.metafile.outputs).filter((output) => output.entryPoint !== undefined || Object.keys(output.inputs).length > 0);
  // A dynamic import() in the core would split it into chunks again.
  if (outputs.length !== 1) throw new Error(`core.js must build to one file; its build makes ${outputs.length}`);
  const core = outputs[0]!;
  return {
    modules: new Set(Object.keys(core.inputs).map((input) => resolve(packageDir, input))),
    exports: new Set(core.exports),
  };
}

/**
 * Replaces every import of a module that is in core.js with an import of `CORE_SPECIFIER`, and every
 * import of another component's registration (the help center registers the search it embeds) with
 * `COMPONENT_SPECIFIER` + its name, so each component is built on its own and still shares one copy.
 */
export function coreExternal(core: Promise<CoreModules>, components: readonly string[]): Plugin {
  const registrations = new Map(components.map((name) => [join(srcDir, name, `${name}.ts`), name]));
  return {
    name: 'assist-core-external',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || (args.pluginData as { inner?: boolean } | undefined)?.inner) return undefined;
        const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { inner: true } });
        if (found.errors.length > 0 || found.external) return undefined;
        const component = registrations.get(found.path);
        if (component) return { path: COMPONENT_SPECIFIER + component, external: true };
        if (COPIED.some((pattern) => pattern.test(found.path))) return undefined;
        if ((await core).modules.has(found.path)) return { path: CORE_SPECIFIER, external: true };
        return undefined;
      });
    },
  };
}

const relativeImport = (from: string, to: string) => {
  const path = relative(dirname(from), to).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
};

/**
 * One import statement that binds each core export once. esbuild gives every module that imports a
 * name its own alias (`html as html2`), and terser keeps every alias in the import list: the later
 * aliases are renamed to the first one in the chunk's code, so each export is bound once.
 */
export function importOnce(names: readonly string[], code: string): { imports: string[]; code: string } {
  const first = new Map<string, string>();
  const renamed = new Map<string, string>();
  const pairs = names.map((item) => item.split(/\s+as\s+/) as [string, string?]);
  // A name some module imports as itself is bound as itself: only esbuild's aliases (`svg2`) are
  // renamed, never a plain word that template text may hold too (`<svg`, "nothing").
  const plain = new Set(pairs.filter(([name, local = name]) => local === name).map(([name]) => name));
  for (const [name, local = name] of pairs) {
    const bound = first.get(name) ?? (plain.has(name) ? name : local);
    first.set(name, bound);
    if (bound !== local) renamed.set(local, bound);
  }
  const imports = [...first].map(([name, local]) => (name === local ? name : `${name} as ${local}`));
  if (renamed.size === 0) return { imports, code };
  // Identifiers esbuild made unique in the chunk; never a property (after a dot, or a key before a colon
  // in an object literal) and never part of a longer name.
  const locals = [...renamed.keys()].map((local) => local.replaceAll('$', '\\$')).join('|');
  const alias = new RegExp(`(?<![\\w$.])(?<![{,]\\s*)(${locals})(?![\\w$])|(?<=[{,]\\s*)(${locals})(?!\\s*:)(?![\\w$])`, 'g');
  return { imports, code: code.replace(alias, (local: string) => renamed.get(local)!) };
}

/**
 * Links a component's files to the core (a tsup plugin, before terser): checks that core.js exports
 * every name imported from it (the build fails naming any that is missing), merges those imports into
 * one statement and points it, and the imports of other components, at the published files.
 */
export function linkCore(outDir: string, core: Promise<CoreModules>): TsupPlugin {
  const quoted = JSON.stringify(CORE_SPECIFIER);
  const named = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*${quoted};?\\n?`, 'g');
  const bare = new RegExp(`import\\s*${quoted};?\\n?`, 'g');
  return {
    name: 'assist-link-core',
    async renderChunk(code, chunk) {
      if (!chunk.path.endsWith('.js')) return undefined;
      const { exports } = await core;
      const names: string[] = [];
      let linked = code.replace(named, (_, list: string) => {
        names.push(
          ...list
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean),
        );
        return '';
      });
      const missing = names.map((item) => item.split(/\s+as\s+/)[0]!).filter((name) => !exports.has(name));
      if (missing.length > 0) {
        throw new Error(`${relative(outDir, chunk.path)} imports ${missing.join(', ')} from core.js, which does not export them (add them to build/cdn-core.ts)`);
      }
      const coreFile = relativeImport(chunk.path, join(outDir, 'core.js'));
      if (names.length > 0) {
        const once = importOnce(names, linked.replace(bare, ''));
        linked = `import { ${once.imports.join(', ')} } from ${JSON.stringify(coreFile)};\n${once.code}`;
      }
      linked = linked
        .replaceAll(quoted, JSON.stringify(coreFile))
        .replace(/"assist:component:([a-z-]+)"/g, (_, name: string) => JSON.stringify(relativeImport(chunk.path, join(outDir, name, `${name}.js`))));
      return linked === code ? undefined : { code: linked };
    },
    // A chunk of nothing but esbuild's helpers (`__export` for a namespace import in a lazy chunk) has no
    // side effects, yet esbuild makes the entry import it; the files that use it import it by name.
    buildEnd({ writtenFiles }) {
      const files = writtenFiles.map((file) => resolve(file.name)).filter((file) => file.endsWith('.js'));
      const helpers = files.filter((file) => {
        const code = readFileSync(file, 'utf8');
        const exported = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(code)?.[1];
        return !/\bimport\b/.test(code) && exported !== undefined && exported.split(',').every((item) => /(^|\sas\s)__\w+$/.test(item.trim()));
      });
      for (const file of files) {
        const code = readFileSync(file, 'utf8');
        let pruned = code;
        for (const helper of helpers) pruned = pruned.replaceAll(`import${JSON.stringify(relativeImport(file, helper))};`, '');
        if (pruned !== code) writeFileSync(file, pruned);
      }
    },
  };
}
