/**
 * Bytes a page really downloads: headless Chromium loads a page with one component, or with all four,
 * waits until it settles, and sums what it fetched from Assist's files, each file gzip level 9 (as
 * size.ts measures, and as the test server sends it). Two ways a merchant ships Assist:
 *
 * - **script tag**: the `pnpm build` output (the loader from the CDN folder, `packages/elements/dist/cdn/<version>/`)
 *   served under `/cdn/<version>/`; every file fetched from that folder counts: `assist.js`,
 *   `importmap.json`, modules, lazy chunks and the translations of the page's language.
 * - **app bundle**: the fixture app in test/bench/pages/downloads-app (one page per component and one with
 *   all four), built by Vite with its production defaults against @assist/elements as npm publishes it
 *   (dist/esm); every file fetched from the app's folder but its HTML counts.
 *
 * "Settles": every component is defined and rendered (the help center shows its topics), then no request
 * for QUIET_MS. The return reporter loads its validation rules at the first check: each page with it is
 * measured again after a check (the form sent empty, errors shown, quiet again). "Beyond the core": a
 * page's files minus the files every one-component page fetches (for the script tag: the loader, the
 * import map, `core.js` and the common strings), found from the pages, not listed here.
 * Each page is loaded ASSIST_BENCH_RUNS times (default 2) in a fresh context; a figure that differs
 * between runs is reported with its range.
 * Run: node --import tsx test/bench/downloads.bench.ts [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { createApp } from '../../mock-server/src/app.js';
import { serveSite, type Site } from '../support/serve.js';
import { launchChromium, NO_CHROMIUM, withNameShim } from './support/browser.js';
import { cdnBuild, elements, elementsVersion, root } from './support/dist.js';
import { envNumber, progress, runDirect, type BenchResult, type Row } from './support/report.js';
import { kb } from './support/stats.js';
import { BUDGETS } from './size.js';

const RUNS = envNumber('ASSIST_BENCH_RUNS', 2);
/** No request for this long after the page rendered: nothing more is coming before the shopper acts. */
const QUIET_MS = 500;
/** The languages pages are measured in: English (the strings built into the components) and Swedish (the README's example: strings fetched). */
const LANGUAGES = ['en', 'sv'] as const;
/** Figures in this language are held to the budgets; the others are reported. */
const BUDGETED = 'en';
const APP_FIXTURE = join(root, 'test', 'bench', 'pages', 'downloads-app');

type Language = (typeof LANGUAGES)[number];

interface Page {
  key: string;
  label: string;
  tags: string[];
  /** Gzip budget: beyond the core for one component, in total for all four. */
  budget: number;
}

const PAGES: Page[] = [
  { key: 'help-center', label: 'help center (with its FAQ search)', tags: ['assist-help-center'], budget: BUDGETS.helpCenter },
  { key: 'faq-search', label: 'FAQ search', tags: ['assist-faq-search'], budget: BUDGETS.helpCenter },
  { key: 'chat-launcher', label: 'chat launcher', tags: ['assist-chat-launcher'], budget: BUDGETS.chat },
  { key: 'return-reporter', label: 'return reporter', tags: ['assist-return-reporter'], budget: BUDGETS.returns },
  { key: 'all', label: 'all four components', tags: ['assist-faq-search', 'assist-help-center', 'assist-return-reporter', 'assist-chat-launcher'], budget: BUDGETS.everything },
];
const ONE_COMPONENT = PAGES.filter((p) => p.key !== 'all').map((p) => p.key);

/** What one settled page fetched: file → gzip bytes. */
type Fetched = Map<string, number>;

export interface PageFigure {
  delivery: 'script tag' | 'app bundle';
  page: string;
  language: Language;
  /** After the return reporter's first check (its validation rules loaded), or as rendered. */
  state: 'rendered' | 'after the first check';
  /** gzip bytes per run. */
  totals: number[];
  beyondCore: number[];
  files: Record<string, number>;
}

export interface DownloadsData {
  built: 'pnpm build' | 'skipped';
  runs: number;
  core: Record<string, { files: Record<string, number>; gzip: number }>;
  pages: PageFigure[];
}

function runBuild(): DownloadsData['built'] {
  if (process.argv.includes('--no-build') || process.env.ASSIST_BENCH_NO_BUILD === '1') return 'skipped';
  progress('downloads: pnpm build');
  const result = spawnSync('pnpm', ['build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`pnpm build failed (exit ${result.status})`);
  }
  return 'pnpm build';
}

const gzipCache = new Map<string, number>();
function gzipOf(path: string): number {
  let size = gzipCache.get(path);
  if (size === undefined) gzipCache.set(path, (size = gzipSync(readFileSync(path), { level: 9 }).length));
  return size;
}

/**
 * Loads `url` in a fresh context and waits until it settles; answers the files fetched under `prefix`
 * (mapped to `dir` on disk) with their gzip size, as rendered and, for a page with the return reporter,
 * after its first check.
 */
async function measurePage(browser: Browser, url: string, tags: string[], prefix: string, dir: string): Promise<{ rendered: Fetched; checked: Fetched | null }> {
  const context = await withNameShim(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  const page = await context.newPage();
  const fetched: Fetched = new Map();
  const problems: string[] = [];
  let inFlight = 0;
  let lastActivity = performance.now();
  page.on('request', () => {
    inFlight++;
    lastActivity = performance.now();
  });
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = performance.now();
  };
  page.on('requestfailed', (request) => {
    ended();
    if (request.url().includes(prefix)) problems.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('requestfinished', (request) => {
    ended();
    const path = new URL(request.url()).pathname;
    if (!path.startsWith(prefix) || path.endsWith('.html') || path.endsWith('/')) return;
    void request.response().then((response) => {
      if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status() ?? '?'}`);
    });
    const file = join(dir, decodeURIComponent(path.slice(prefix.length)));
    if (!existsSync(file)) problems.push(`${path}: fetched, but not in ${relative(root, dir) || dir}`);
    else fetched.set(path.slice(prefix.length), gzipOf(file));
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => void (message.type() === 'error' && problems.push(`console: ${message.text()}`)));
  const quiet = async () => {
    const deadline = performance.now() + 30_000;
    while (inFlight > 0 || performance.now() - lastActivity < QUIET_MS) {
      if (performance.now() > deadline) throw new Error(`${url}: the network never went quiet`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(
      (names: string[]) =>
        names.every((name) => {
          const element = document.querySelector(name);
          if (!element?.matches(':defined') || !element.shadowRoot?.querySelector('*')) return false;
          // The help center's home view: its topics, with everything they load.
          return name !== 'assist-help-center' || !!element.shadowRoot.querySelector('.topic');
        }),
      tags,
      { timeout: 30_000, polling: 50 },
    );
    await quiet();
    const rendered = new Map(fetched);
    let checked: Fetched | null = null;
    if (tags.includes('assist-return-reporter')) {
      // The first check: the form sent empty; the reporter loads its rules and shows what is missing.
      await page.evaluate(() => document.querySelector('assist-return-reporter')!.shadowRoot!.querySelector('form')!.requestSubmit());
      await page.waitForFunction(() => !!document.querySelector('assist-return-reporter')!.shadowRoot!.querySelector('[aria-invalid="true"]'), undefined, {
        timeout: 30_000,
        polling: 50,
      });
      await quiet();
      checked = new Map(fetched);
    }
    if (problems.length > 0) throw new Error(`${url}: ${problems.join('; ')}`);
    return { rendered, checked };
  } finally {
    await context.close();
  }
}

const sum = (files: Fetched, except: ReadonlySet<string> = new Set()): number => [...files].reduce((total, [file, size]) => total + (except.has(file) ? 0 : size), 0);

/** The script-tag page: the loader's tag as the README has it, the components' tags in the page. */
function scriptTagPage(page: Page, language: Language, version: string): string {
  const markup = page.tags.map((tag) => `<${tag}${tag === 'assist-faq-search' ? '' : ' market="SE"'}></${tag}>`).join('\n      ');
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="utf-8" />
    <title>Checkout: ${page.label}</title>
    <script src="/cdn/${version}/assist.js" data-api-base="/api" data-client-id="demo" data-locale="${language}" data-market="SE" async></script>
  </head>
  <body>
    <main>
      <h1>Checkout</h1>
      ${markup}
    </main>
  </body>
</html>
`;
}

/** The fixture app with @assist/elements as npm publishes it (dist/esm), built by Vite; answers its dist folder. */
async function buildApp(work: string): Promise<string> {
  const { build } = await import('vite');
  const app = join(work, 'app');
  cpSync(APP_FIXTURE, app, { recursive: true });
  const modules = join(app, 'node_modules');
  const published = join(modules, '@assist', 'elements');
  cpSync(join(elements, 'dist', 'esm'), join(published, 'dist', 'esm'), { recursive: true });
  const { publishConfig, ...manifest } = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8')) as { publishConfig: object };
  writeFileSync(join(published, 'package.json'), JSON.stringify({ ...manifest, ...publishConfig }));
  for (const dependency of ['lit', 'i18next']) {
    mkdirSync(join(modules, dependency, '..'), { recursive: true });
    symlinkSync(realpathSync(join(elements, 'node_modules', dependency)), join(modules, dependency));
  }
  const input = Object.fromEntries(readdirSync(app).flatMap((name) => (name.endsWith('.html') ? [[name.slice(0, -5), join(app, name)]] : [])));
  // Served under /app/ (next to the script-tag pages), so Vite's absolute URLs say so.
  await build({ root: app, base: '/app/', configFile: false, logLevel: 'silent', build: { outDir: join(app, 'dist'), emptyOutDir: true, rolldownOptions: { input } } });
  return join(app, 'dist');
}

/** Every file under `dir`, for the served pages of the app. */
function filesUnder(dir: string, base = dir, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, base, out);
    else out.push(relative(base, path).split('\\').join('/'));
  }
  return out;
}

interface Delivery {
  delivery: PageFigure['delivery'];
  url: (page: Page, language: Language) => string;
  prefix: string;
  dir: string;
}

export async function run(): Promise<BenchResult<DownloadsData | null>> {
  const built = runBuild();
  const cdn = cdnBuild();
  if (!cdn) throw new Error('no CDN build of the current sources: run pnpm build (or leave out --no-build)');
  if (!existsSync(join(elements, 'dist', 'esm'))) throw new Error('no npm build (packages/elements/dist/esm): run pnpm build');
  const browser = await launchChromium();
  if (!browser) return { name: 'downloads', rows: [{ section: 'downloads', name: 'pages with Assist', value: NO_CHROMIUM, status: 'not available' }], data: null };
  const version = elementsVersion();
  const work = mkdtempSync(join(tmpdir(), 'assist-downloads-'));
  let site: Site | undefined;
  const figures: PageFigure[] = [];
  const cores: DownloadsData['core'] = {};
  try {
    progress('downloads: the fixture app, built by Vite');
    const appDist = await buildApp(work);
    const appHtml = new Map(filesUnder(appDist).flatMap((file) => (file.endsWith('.html') ? [[file, readFileSync(join(appDist, file), 'utf8')]] : [])));
    const pages: Record<string, () => { body: string }> = {};
    for (const language of LANGUAGES) {
      for (const page of PAGES) {
        pages[`/tag/${language}/${page.key}.html`] = () => ({ body: scriptTagPage(page, language, version) });
        const html = appHtml.get(`${page.key}.html`);
        if (!html) throw new Error(`the app build has no ${page.key}.html`);
        // The app's page in the language measured: the components take <html lang>.
        pages[`/app/${language}/${page.key}.html`] = () => ({ body: html.replace('<html lang="en">', `<html lang="${language}">`) });
      }
    }
    const { app } = createApp({ demo: true });
    site = await serveSite({ files: { [`/cdn/${version}/`]: cdn.dir, '/app/assets/': join(appDist, 'assets') }, pages, api: { prefix: '/api', fetch: app.fetch } });
    const deliveries: Delivery[] = [
      { delivery: 'script tag', url: (page, language) => `/tag/${language}/${page.key}.html`, prefix: `/cdn/${version}/`, dir: cdn.dir },
      { delivery: 'app bundle', url: (page, language) => `/app/${language}/${page.key}.html`, prefix: '/app/assets/', dir: join(appDist, 'assets') },
    ];
    for (const delivery of deliveries) {
      for (const language of LANGUAGES) {
        progress(`downloads: ${delivery.delivery}, ${language}, ${PAGES.length} pages × ${RUNS}`);
        const runs: { page: Page; rendered: Fetched; checked: Fetched | null }[][] = [];
        for (let i = 0; i < RUNS; i++) {
          const round: (typeof runs)[number] = [];
          for (const page of PAGES) round.push({ page, ...(await measurePage(browser, site.url + delivery.url(page, language), page.tags, delivery.prefix, delivery.dir)) });
          runs.push(round);
        }
        // The core: the files every one-component page fetched, in every run.
        const oneComponent = runs.flat().filter((r) => ONE_COMPONENT.includes(r.page.key));
        const core = new Set([...oneComponent[0]!.rendered.keys()].filter((file) => oneComponent.every((r) => r.rendered.has(file))));
        const coreFiles = Object.fromEntries([...core].sort().map((file) => [file, oneComponent[0]!.rendered.get(file)!]));
        cores[`${delivery.delivery} ${language}`] = { files: coreFiles, gzip: Object.values(coreFiles).reduce((a, b) => a + b, 0) };
        for (const page of PAGES) {
          const of = runs.map((round) => round.find((r) => r.page === page)!);
          for (const state of ['rendered', 'after the first check'] as const) {
            const fetched = of.map((r) => (state === 'rendered' ? r.rendered : r.checked));
            if (fetched.some((f) => f === null)) continue;
            const last = fetched.at(-1)!;
            figures.push({
              delivery: delivery.delivery,
              page: page.key,
              language,
              state,
              totals: fetched.map((f) => sum(f!)),
              beyondCore: fetched.map((f) => sum(f!, core)),
              files: Object.fromEntries([...last].sort(([a], [b]) => a.localeCompare(b))),
            });
          }
        }
      }
    }
  } finally {
    await browser.close();
    await site?.close();
    rmSync(work, { recursive: true, force: true });
  }

  const range = (values: number[]) => {
    const low = Math.min(...values);
    const high = Math.max(...values);
    return low === high ? kb(high) : `${kb(low)} to ${kb(high)}`;
  };
  const rows: Row[] = [];
  for (const figure of figures) {
    const page = PAGES.find((p) => p.key === figure.page)!;
    const all = page.key === 'all';
    const value = all ? figure.totals : figure.beyondCore;
    const budgeted = figure.language === BUDGETED && figure.state === 'rendered';
    const coreOf = cores[`${figure.delivery} ${figure.language}`]!;
    rows.push({
      section: `downloads (${figure.delivery}, ${figure.language})`,
      name: `${page.label}${all ? '' : ' beyond the core'}${figure.state === 'rendered' ? '' : `, ${figure.state}`}`,
      value: `${range(value)} gz`,
      reference: all
        ? `${Object.keys(figure.files).length} files`
        : `page ${range(figure.totals)} in ${Object.keys(figure.files).length} files; core ${kb(coreOf.gzip)} in ${Object.keys(coreOf.files).length}`,
      budget: `≤ ${kb(page.budget)} gz${budgeted ? '' : ' (reported)'}`,
      status: budgeted ? (Math.max(...value) <= page.budget ? 'ok' : 'over') : 'info',
    });
  }
  return { name: 'downloads', rows, data: { built, runs: RUNS, core: cores, pages: figures } };
}

await runDirect(import.meta.url, run);
