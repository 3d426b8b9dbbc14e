import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'tsup';
import { minifyTemplates } from './build/minify-templates.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const src = join(import.meta.dirname, 'src');

/** Every translation file: an entry of its own, so a language loads as `<component>/strings/<locale>.js`. */
function stringFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) stringFiles(path, out);
    else if (/\/strings\/[a-z]{2}\.ts$/.test(path) && !path.endsWith('/en.ts')) out.push(relative(import.meta.dirname, path));
  }
  return out;
}

/**
 * The CDN build: every dependency bundled, one module per component, a shared chunk for what they
 * have in common (Lit, i18next, the client), minified with terser after Lit's template whitespace is
 * collapsed. The folder name carries the version, so files inside it never change and need no hash.
 */
export default defineConfig({
  entry: ['src/index.ts', 'src/faq-search/faq-search.ts', 'src/help-center/help-center.ts', ...stringFiles(src)],
  outDir: `dist/cdn/${version}`,
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  splitting: true,
  treeshake: false,
  bundle: true,
  noExternal: [/.*/],
  minify: process.env.MINIFY === 'esbuild' ? true : 'terser',
  terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
  sourcemap: false,
  dts: false,
  clean: true,
  esbuildPlugins: [minifyTemplates],
  esbuildOptions(options) {
    options.conditions = ['browser', 'production'];
    options.outbase = 'src';
    options.entryNames = '[dir]/[name]';
    options.chunkNames = 'chunks/[name]-[hash]';
    options.legalComments = 'none';
  },
});
