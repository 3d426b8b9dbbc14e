/**
 * Size of what merchants load: each entry is bundled for the browser as an app's bundler would (Lit's
 * production build, template whitespace collapsed as Lit recommends, minified by esbuild then terser),
 * then measured raw, gzip and brotli and compared with its budget. Exits 1 when an entry is over budget.
 * Run: node --import tsx test/bench/size.ts
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { minifyTemplates } from '../../packages/elements/build/minify-templates.js';
export { minifyTemplates };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Entry {
  name: string;
  source: string;
  budgetGzip: number;
}

const ENTRIES: Entry[] = [
  { name: 'help center + FAQ search (with Lit, i18next, client)', source: "import '@assist/elements/help-center.js';", budgetGzip: 32 * 1024 },
  { name: 'FAQ search alone (with Lit, i18next, client)', source: "import '@assist/elements/faq-search.js';", budgetGzip: 32 * 1024 },
  { name: 'API client alone', source: "export { createClient } from '@assist/client';", budgetGzip: 3 * 1024 },
];

export async function measure(source: string) {
  const result = await build({
    stdin: { contents: source, resolveDir: join(root, 'packages', 'elements'), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser', 'production'],
    legalComments: 'none',
    tsconfig: join(root, 'tsconfig.json'),
    write: false,
    outdir: '/virtual',
    splitting: true,
    plugins: [minifyTemplates],
  });
  const entry = result.outputFiles.find((f) => f.path.endsWith('stdin.js'))!;
  // The same second pass as the shipped build (packages/elements/tsup.config.ts).
  const bytes = Buffer.from((await minify(entry.text, { module: true, ecma: 2020, compress: { passes: 2 } })).code!);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    lazyChunks: result.outputFiles.length - 1,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  let over = false;
  console.log('entry'.padEnd(56), 'raw'.padStart(9), 'gzip'.padStart(9), 'brotli'.padStart(9), 'budget gz'.padStart(10), '');
  for (const entry of ENTRIES) {
    const size = await measure(entry.source);
    const ok = size.gzip <= entry.budgetGzip;
    over ||= !ok;
    console.log(entry.name.padEnd(56), kb(size.raw).padStart(9), kb(size.gzip).padStart(9), kb(size.brotli).padStart(9), kb(entry.budgetGzip).padStart(10), ok ? 'ok' : 'OVER');
  }
  process.exit(over ? 1 : 0);
}
