import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify, type MinifyOptions } from 'terser';
import type { Options } from 'tsup';
import { cdnDir } from '../../elements/build/options.js';
import { componentNames, version } from '../../elements/build/package.js';

/** packages/embed, also when tsup has bundled this file next to its config. */
const embedDir = [import.meta.dirname, join(import.meta.dirname, '..')].find((dir) => existsSync(join(dir, 'src', 'assist.ts')))!;

/** What assist.js holds until build/integrity.ts writes the hash of importmap.json in its place: as long as a real one. */
export const MAP_PLACEHOLDER = `sha256-${'A'.repeat(43)}=`;

/** The queue snippet, minified: what a merchant pastes (or serves as `queue.js`). */
export async function queueSnippet(): Promise<string> {
  const source = readFileSync(join(embedDir, 'src', 'queue.js'), 'utf8');
  const { code } = await minify(source, { ecma: 5, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return code!;
}

/**
 * The loader: one classic script (IIFE, no imports of its own) that knows the components of this
 * release and finds their modules next to itself. Minified with terser; budget 2 KB gzip.
 */
export function loaderOptions(outDir = cdnDir()): Options {
  return {
    name: 'loader',
    entry: { assist: join(embedDir, 'src', 'assist.ts') },
    outDir,
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    platform: 'browser',
    target: 'es2022',
    bundle: true,
    minify: false,
    sourcemap: false,
    dts: false,
    clean: false,
    define: {
      __ASSIST_VERSION__: JSON.stringify(version),
      __ASSIST_COMPONENTS__: JSON.stringify(componentNames()),
      // build/integrity.ts replaces it with the hash of importmap.json once every module is built.
      __ASSIST_MAP__: JSON.stringify(MAP_PLACEHOLDER),
    },
    async onSuccess() {
      // The loader needs no strict mode of its own: its code is the same in both, and the directive costs bytes of its budget.
      // Its function expressions become arrows (none uses `this`, `arguments` or `new`): bytes of its budget.
      const options = terserOptions(false);
      await minifyFile(join(outDir, 'assist.js'), { ...options, compress: { ...(options.compress as object), unsafe_arrows: true } }, (code) => code.replace(/^"use strict";/, ''));
      writeFileSync(join(outDir, 'queue.js'), `${await queueSnippet()}\n`);
    },
  };
}

/** What the launcher opens (ui.js), an ES module the loader imports on first use. */
export function uiOptions(outDir = cdnDir()): Options {
  return {
    name: 'ui',
    entry: { ui: join(embedDir, 'src', 'ui.ts') },
    outDir,
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    bundle: true,
    minify: false,
    sourcemap: false,
    dts: false,
    clean: false,
    define: { __ASSIST_COMPONENTS__: JSON.stringify(componentNames()) },
    async onSuccess() {
      await minifyFile(join(outDir, 'ui.js'), terserOptions(true));
    },
  };
}

/**
 * Two compress passes, as the components' build, and `toplevel: false` for the classic script: with
 * `toplevel` (tsup's default for an IIFE) or `module` (which terser writes into a shared `compress`
 * object, so every call gets fresh options) the function wrapper goes and the loader's variables
 * become globals of the merchant's page. A test checks that assist.js adds nothing to window but `Assist`.
 */
const terserOptions = (module: boolean): MinifyOptions => ({
  ecma: 2022,
  module,
  toplevel: false,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false },
});

async function minifyFile(path: string, options: MinifyOptions, after = (code: string) => code): Promise<void> {
  const { code } = await minify(readFileSync(path, 'utf8'), options);
  writeFileSync(path, after(code!));
}
