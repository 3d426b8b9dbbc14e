/**
 * Size of what merchants load, against the budgets. Two views:
 *
 * - The distribution (script tag): the loader, the shared core and each component's closure (its entry
 *   file and every file it imports statically) beyond the core, measured on the real CDN build
 *   (packages/elements/dist/cdn/<version>/, packages/embed/dist/) after `pnpm build`. An entry the
 *   build does not produce yet is built here the same way (esbuild with code splitting, Lit's template
 *   whitespace collapsed, then terser per file); a component without source yet is "not built".
 * - An app's bundler (npm): each import bundled into one file, as `measure` does.
 *
 * Every file is measured raw, gzip (level 9) and brotli (quality 11); a closure is the sum of its files,
 * since each is fetched on its own. Exits 1 when a figure is over budget.
 * Run: node --import tsx test/bench/size.ts [--no-build]  (ASSIST_BENCH_NO_BUILD=1 also skips the build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minify } from 'terser';
import { minifyTemplates } from '../../packages/elements/build/minify-templates.js';
import { builtLoader, cdnBuild, closure, elements, entryOf, integrityFiles, loaderSource, ownBuild, ownLoader, registration, root, type Output } from './support/dist.js';
import { progress, runDirect, type BenchResult, type Row } from './support/report.js';
import { kb } from './support/stats.js';
export { minifyTemplates };

const KB = 1024;

/** The budgets of the distribution, gzip bytes. */
export const BUDGETS = {
  loader: 2 * KB,
  core: 25 * KB,
  helpCenter: 8 * KB,
  chat: 15 * KB,
  returns: 10 * KB,
  everything: 60 * KB,
} as const;

function judge(gzip: number, budget: keyof typeof BUDGETS): 'ok' | 'over' {
  return gzip <= BUDGETS[budget] ? 'ok' : 'over';
}

/** The components, by the folder of their registration file under packages/elements/src. */
const COMPONENTS = {
  helpCenter: { label: 'help center + FAQ search', folders: ['help-center', 'faq-search'], budget: BUDGETS.helpCenter },
  chat: { label: 'chat launcher', folders: ['chat-launcher'], budget: BUDGETS.chat },
  returns: { label: 'return reporter', folders: ['return-reporter'], budget: BUDGETS.returns },
} as const;
type ComponentKey = keyof typeof COMPONENTS;

/** Entries bundled as an app's bundler does (npm users), with their budgets. */
const APP_ENTRIES = [
  { name: 'help center + FAQ search (with Lit, i18next, client)', source: "import '@assist/elements/help-center.js';", budgetGzip: 32 * KB },
  { name: 'FAQ search alone (with Lit, i18next, client)', source: "import '@assist/elements/faq-search.js';", budgetGzip: 32 * KB },
  { name: 'API client alone', source: "export { createClient } from '@assist/client';", budgetGzip: 3 * KB },
];

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizeOf(bytes: Uint8Array | string): Size {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Size = { raw: 0, gzip: 0, brotli: 0 };

/** The sum of each file's own sizes: each file is fetched (and compressed) on its own. */
function sizeOfFiles(output: Output, files: Iterable<string>, cache: Map<string, Size>): Size {
  let total = ZERO;
  for (const file of files) {
    let size = cache.get(`${output.source}:${file}`);
    if (!size) {
      size = sizeOf(output.files.get(file)!);
      cache.set(`${output.source}:${file}`, size);
    }
    total = add(total, size);
  }
  return total;
}

/**
 * One entry as an app's bundler bundles it: the entry file and the chunks it imports statically (code
 * it shares with its lazy parts), each minified; lazy chunks (translations, views loaded on demand) apart.
 */
export async function measure(source: string) {
  const result = await build({
    stdin: { contents: source, resolveDir: elements, loader: 'ts' },
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
    metafile: true,
    plugins: [minifyTemplates],
  });
  const outputs = result.metafile.outputs;
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const dependency of outputs[file]!.imports) if (dependency.kind === 'import-statement' && !dependency.external) visit(dependency.path);
  };
  visit(Object.keys(outputs).find((file) => file.endsWith('stdin.js'))!);
  let total = ZERO;
  for (const file of result.outputFiles) {
    if (!initial.has(relative(process.cwd(), file.path))) continue;
    // The same second pass as the shipped build (packages/elements/tsup.config.ts).
    total = add(total, sizeOf(Buffer.from((await minify(file.text, { module: true, ecma: 2020, compress: { passes: 2 } })).code!)));
  }
  return { ...total, lazyChunks: result.outputFiles.length - initial.size };
}

// ---------------------------------------------------------------------------------------------------

export interface DistFigure {
  name: string;
  source: string;
  files: string[];
  size: Size | null;
  budgetGzip: number;
  status: Row['status'];
}

export interface SizeData {
  built: 'pnpm build' | 'skipped' | 'no build script';
  distribution: DistFigure[];
  app: (Size & { name: string; budgetGzip: number; lazyChunks: number })[];
}

function runBuild(): SizeData['built'] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (process.argv.includes('--no-build') || process.env.ASSIST_BENCH_NO_BUILD === '1') return 'skipped';
  if (!pkg.scripts?.build) return 'no build script';
  progress('size: pnpm build');
  const result = spawnSync('pnpm', ['build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', shell: false });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`pnpm build failed (exit ${result.status})`);
  }
  return 'pnpm build';
}

export async function run(): Promise<BenchResult<SizeData>> {
  const built = runBuild();
  // ASSIST_SIZE_OWN=1 measures this script's build even where the CDN build exists, to compare the two.
  const forceOwn = process.env.ASSIST_SIZE_OWN === '1';
  const cache = new Map<string, Size>();
  const cdn = cdnBuild();
  if (!cdn && cdnBuild({ evenIfStale: true }))
    progress("size: the CDN build is older than the sources; measuring this repository's build of them instead (pnpm build to measure the real one)");
  const figures: DistFigure[] = [];

  // Components: from the CDN build when its entry and every file it imports are there, else built here.
  const present = (Object.keys(COMPONENTS) as ComponentKey[]).filter((k) => existsSync(registration(COMPONENTS[k].folders[0])));
  const fromCdn = new Map<ComponentKey, Set<string>[]>();
  if (cdn && !forceOwn) {
    for (const key of present) {
      const closures = COMPONENTS[key].folders.map((f) => closure(cdn.output, entryOf(f)));
      if (closures.every((c) => c !== null)) fromCdn.set(key, closures);
    }
  }
  const missing = present.filter((k) => !fromCdn.has(k));
  progress(`size: ${fromCdn.size} component(s) from the CDN build, ${missing.length} built here${present.length < 3 ? `, ${3 - present.length} not written yet` : ''}`);
  const own = forceOwn || missing.length > 0 || !cdn || fromCdn.size === 0 ? await ownBuild(present.flatMap((k) => [...COMPONENTS[k].folders])) : null;

  // The core: in the CDN build, the closure of its `core.js` (without one: the files every component's
  // entry imports); in this script's build, the chunks its core entry pins.
  let cdnCore: Set<string> | null = null;
  if (cdn && fromCdn.size > 0) {
    const explicit = ['core.js', 'assist-core.js', 'core/core.js'].find((f) => cdn.output.files.has(f));
    if (explicit) cdnCore = closure(cdn.output, explicit);
    if (!cdnCore) {
      const all = [...fromCdn.values()].flat();
      const entries = new Set([...fromCdn.keys()].flatMap((k) => COMPONENTS[k].folders.map(entryOf)));
      cdnCore = new Set([...all[0]!].filter((f) => !entries.has(f) && all.every((c) => c.has(f))));
    }
  }
  // The core entry only pins the shared modules into their own chunks; what components load is those chunks.
  const ownCore = own ? new Set([...closure(own, 'core.js')!].filter((f) => f !== 'core.js')) : null;

  const coreOutput = cdnCore ? cdn!.output : own!;
  const coreFiles = cdnCore ?? ownCore!;
  const coreSize = sizeOfFiles(coreOutput, coreFiles, cache);
  figures.push({
    name: `core (Lit, i18next, client, base element: ${coreFiles.size} file${coreFiles.size === 1 ? '' : 's'})`,
    source: coreOutput.source,
    files: [...coreFiles].sort(),
    size: coreSize,
    budgetGzip: BUDGETS.core,
    status: judge(coreSize.gzip, 'core'),
  });

  // The loader.
  const loader = builtLoader(cdn);
  const loaderPath = loader ? null : loaderSource();
  if (loader || loaderPath) {
    const size = sizeOf(loader ? loader.code : await ownLoader(loaderPath!));
    figures.push({
      name: 'loader (assist.js)',
      source: loader ? loader.source : 'esbuild',
      files: [loader ? loader.source : relative(root, loaderPath!)],
      size,
      budgetGzip: BUDGETS.loader,
      status: judge(size.gzip, 'loader'),
    });
  } else {
    figures.push({ name: 'loader (assist.js)', source: '-', files: [], size: null, budgetGzip: BUDGETS.loader, status: 'not built' });
  }

  // Each component beyond the core; then everything together.
  let everything = coreSize;
  const everythingFiles = new Set<string>();
  for (const key of Object.keys(COMPONENTS) as ComponentKey[]) {
    const component = COMPONENTS[key];
    const name = `${component.label} beyond the core`;
    if (!present.includes(key)) {
      figures.push({ name, source: '-', files: [], size: null, budgetGzip: component.budget, status: 'not built' });
      continue;
    }
    const cdnClosures = fromCdn.get(key);
    const output = cdnClosures ? cdn!.output : own!;
    const core = cdnClosures ? cdnCore! : ownCore!;
    const closures = cdnClosures ?? component.folders.map((f) => closure(own!, entryOf(f))!);
    const beyond = new Set(closures.flatMap((c) => [...c]).filter((f) => !core.has(f)));
    const size = sizeOfFiles(output, beyond, cache);
    for (const f of beyond) {
      if (!everythingFiles.has(`${output.source}:${f}`)) everything = add(everything, sizeOfFiles(output, [f], cache));
      everythingFiles.add(`${output.source}:${f}`);
    }
    figures.push({ name, source: output.source, files: [...beyond].sort(), size, budgetGzip: component.budget, status: judge(size.gzip, key) });
  }
  figures.push({
    name: `all four components with the core${present.length < 3 ? ` (${present.length + (present.includes('helpCenter') ? 1 : 0)} of 4 built)` : ''}`,
    source: [...new Set([coreOutput.source, ...[...everythingFiles].map((f) => f.slice(0, f.indexOf(':')))])].join(' + '),
    files: [...everythingFiles],
    size: everything,
    budgetGzip: BUDGETS.everything,
    status: judge(everything.gzip, 'everything'),
  });

  // Inventory check: every file the figures count is listed in integrity.json, when there is one.
  if (cdn?.integrity) {
    const listed = integrityFiles(cdn.integrity);
    const prefix = `${cdn.output.source}:`;
    const counted = figures
      .flatMap((f) => f.files)
      .map((f) => (f.startsWith(prefix) ? f.slice(prefix.length) : f))
      .filter((f) => cdn.output.files.has(f));
    const unlisted = [...new Set(counted)].filter((f) => !listed.has(f));
    if (listed.size > 0 && unlisted.length > 0) progress(`size: integrity.json does not list ${unlisted.join(', ')}`);
  }

  progress('size: app bundles');
  const app: SizeData['app'] = [];
  for (const entry of APP_ENTRIES) app.push({ name: entry.name, budgetGzip: entry.budgetGzip, ...(await measure(entry.source)) });

  const fmt = (s: Size) => `${kb(s.gzip)} gz · ${kb(s.raw)} raw · ${kb(s.brotli)} br`;
  const rows: Row[] = [
    ...figures.map((f) => ({
      section: 'size (script tag)',
      name: f.name,
      value: f.size ? fmt(f.size) : 'not built',
      reference: f.source === '-' ? '' : `from ${f.source}`,
      budget: `≤ ${kb(f.budgetGzip)} gz`,
      status: f.status,
    })),
    ...app.map((a): Row => ({
      section: 'size (app bundler)',
      name: a.name,
      value: fmt(a),
      reference: a.lazyChunks ? `+ ${a.lazyChunks} lazy chunks (translations, views)` : '',
      budget: `≤ ${kb(a.budgetGzip)} gz`,
      status: a.gzip <= a.budgetGzip ? 'ok' : 'over',
    })),
  ];
  return { name: 'size', rows, data: { built, distribution: figures, app } };
}

await runDirect(import.meta.url, run);
