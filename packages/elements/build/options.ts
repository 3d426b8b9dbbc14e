import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Options } from 'tsup';
import { cdnEsbuild, coreExternal, coreModules, linkCore, stringsLoader } from './cdn-split.js';
import { minifyTemplates } from './minify-templates.js';
import { componentNames, packageDir, srcDir as src, version } from './package.js';
import { emitTypes } from './types.js';

/**
 * Where builds go: `dist/` of the package, or `ASSIST_DIST_DIR` (tests build into a temporary folder
 * so they never touch what a developer or the size benchmark reads).
 */
export function distDir(): string {
  return process.env.ASSIST_DIST_DIR || join(packageDir, 'dist');
}

/** The versioned CDN folder: files in it never change once published, so they need no hash in their names. */
export function cdnDir(root = distDir()): string {
  return join(root, 'cdn', version);
}

/** Every translation file except English (which is bundled with its component). */
function stringFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) stringFiles(path, out);
    else if (/\/strings\/[a-z]{2}\.ts$/.test(path) && !path.endsWith('/en.ts')) out.push(path);
  }
  return out;
}

const withoutExtension = (path: string) => relative(src, path).replace(/\.ts$/, '');

/** Minified with terser (`MINIFY=esbuild` compares with esbuild's own minifier). */
const cdnMinify = {
  minify: process.env.MINIFY === 'esbuild' ? true : ('terser' as const),
  terserOptions: { module: true, ecma: 2020 as const, compress: { passes: 3 } },
};

/**
 * The CDN build, what the script-tag loader loads (`assist.js` of packages/embed, from the same folder),
 * in two builds (see build/cdn-split.ts):
 * - `core.js`, one file: Lit, i18next, the API client, configuration and the base element;
 * - one module per component registration importing the core, their lazy chunks, and each translation
 *   as `<folder>/strings/<locale>.js`.
 * Every dependency is bundled, Lit's template whitespace is collapsed, then terser minifies.
 */
export function cdnOptions(outDir = cdnDir()): Options[] {
  const core = coreModules();
  // Without a handler, a failed analysis would reject before the component builds await it.
  core.catch(() => undefined);
  const names = componentNames();
  const shared = {
    outDir,
    format: ['esm'] as Options['format'],
    platform: 'browser' as const,
    target: cdnEsbuild.target,
    bundle: true,
    noExternal: [/.*/],
    treeshake: false,
    ...cdnMinify,
    sourcemap: false,
    dts: false,
    clean: false,
  };
  // The core and every translation (plain data: no imports, so no chunks).
  const coreEntries: Record<string, string> = { core: join(packageDir, 'build', 'cdn-core.ts') };
  for (const file of stringFiles(src)) coreEntries[withoutExtension(file)] = file;
  return [
    {
      ...shared,
      name: 'cdn-core',
      entry: coreEntries,
      splitting: false,
      esbuildPlugins: [stringsLoader, minifyTemplates],
      esbuildOptions(options) {
        options.conditions = [...cdnEsbuild.conditions];
        options.legalComments = cdnEsbuild.legalComments;
      },
    },
    ...names.map((name): Options => ({
      ...shared,
      name: `cdn-${name}`,
      entry: { [`${name}/${name}`]: join(src, name, `${name}.ts`) },
      splitting: true,
      esbuildPlugins: [stringsLoader, coreExternal(core, names), minifyTemplates],
      plugins: [linkCore(outDir, core)],
      esbuildOptions(options) {
        options.conditions = [...cdnEsbuild.conditions];
        options.chunkNames = `chunks/${name}-[name]-[hash]`;
        options.legalComments = cdnEsbuild.legalComments;
      },
    })),
  ];
}

/**
 * The npm build (`dist/esm`): the side-effect-free classes of `src/index.ts` plus one entry per
 * component registration, with type declarations in `types/`. Lit and i18next stay imports so an application
 * keeps one copy of each; the API client and the route table are bundled (they are internal).
 * Not minified: the application's bundler does that; Lit templates are still collapsed.
 */
export function esmOptions(outDir = join(distDir(), 'esm')): Options {
  const entry: Record<string, string> = { index: join(src, 'index.ts') };
  for (const name of componentNames()) entry[name] = join(src, name, `${name}.ts`);
  // Translations as entries: `strings/<folder>/<locale>.js`, a name without a content hash. An app's
  // bundler adds its own hash; a second one in every `import()` of a component's table of languages
  // would be bytes each page downloads (about 200 B gzip per component) and that compress badly.
  for (const file of stringFiles(src)) entry[`strings/${withoutExtension(file).replace('/strings/', '/')}`] = file;
  return {
    name: 'esm',
    entry,
    outDir,
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    bundle: true,
    external: ['lit', /^lit\//, 'i18next'],
    noExternal: ['@assist/client', '@assist/contract'],
    minify: false,
    sourcemap: false,
    dts: false,
    clean: false,
    // Declarations per source file (see build/types.ts), after the JavaScript. tsup wants a promise;
    // emitting is synchronous, and a failure still reaches tsup as a rejection.
    onSuccess: () =>
      Promise.resolve().then(() => {
        emitTypes(join(outDir, 'types'));
      }),
    esbuildPlugins: [minifyTemplates],
    esbuildOptions(options) {
      options.chunkNames = 'chunks/[name]-[hash]';
    },
  };
}
