/**
 * What Assist costs the main thread of a checkout page, and how fast its panel opens, at 4× CPU
 * slowdown (Emulation.setCPUThrottlingRate), in headless Chromium, with the CDN build served as a
 * CDN would (gzip, long max-age) and a fresh browser context for every load (a cold cache).
 *
 * Four pages, loaded in turn in every round so that the machine's load falls on all of them alike:
 * - the checkout page without Assist (the reference);
 * - the loader alone (`data-components="help-center"`: the launcher shows, nobody touches it);
 * - an inline help center (`<assist-help-center>` in the page, with the loader);
 * - the README's embed (`data-components="chat-launcher,help-center"`) after intent: a pointer over the
 *   launcher, then what that downloads and runs (the reference page gets the same pointer move).
 * Per load: script time (Performance.getMetrics ScriptDuration, thread time) and, from a DevTools trace
 * of the load, the tasks of 50 ms or more on the page's main thread, split into Assist's own (a file
 * under /assist/ runs in it, or module code and promise jobs, which on this page only Assist has) and
 * the page's. Figures: the median over the rounds, minus the reference page's median.
 *
 * Then click to open: the loader alone on a cold page, a pointer over the launcher (as a shopper's
 * pointer gets there) and a click HOVER_MS later; from the click event to the help center's panel
 * shown with its topics painted (the frame after). p95 of CLICKS clicks, budget 150 ms.
 *
 * Run: node --import tsx test/bench/main-thread.bench.ts   (ASSIST_BENCH_RUNS=5, ASSIST_BENCH_CLICKS=20)
 * Before and after a change: ASSIST_BENCH_BASELINE=<another release folder> (e.g. a copy of
 * packages/elements/dist/cdn/<version> built from the commit before) is served beside the build and
 * measured in the same rounds, interleaved; its rows are marked "baseline" and have no budget.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { createApp } from '../../mock-server/src/app.js';
import { launchChromium, NO_CHROMIUM, withNameShim, networkQuiet } from './support/browser.js';
import { checkoutPage, SHOP_CSS, SHOP_JS, type AssistSnippet } from './support/checkout.js';
import { cdnBuild } from './support/dist.js';
import { envNumber, progress, runDirect, type BenchResult, type Row } from './support/report.js';
import { median, percentiles, signed } from './support/stats.js';
import { serveSite } from '../support/serve.js';

const RUNS = envNumber('ASSIST_BENCH_RUNS', 5);
const CLICKS = envNumber('ASSIST_BENCH_CLICKS', 20);
const CPU_SLOWDOWN = 4;
const LONG_TASK_MS = 50;
/** No request for this long: nothing more is coming before the shopper acts again. */
const QUIET_MS = 500;
/** From the pointer reaching the launcher to the click. */
const HOVER_MS = 150;

const BUDGET = {
  loaderScript: 5,
  loaderLongTasks: 0,
  inlineScript: 40,
  inlineOwnLongTasks: 0,
  clickP95: 150,
};

type Variant = 'plain' | 'loader' | 'inline' | 'intent';

interface Figures {
  /** ms of JavaScript (ScriptDuration). */
  script: number;
  /** Tasks of 50 ms or more on the page's main thread. */
  longTasks: number;
  /** Of which Assist's own. */
  ownLongTasks: number;
  /** Their durations, ms. */
  own: number[];
}

const LOADER = (folder: string, components: string) =>
  `<script src="${folder}assist.js" data-api-base="/api" data-locale="en" data-market="SE" data-components="${components}" async></script>`;

/** The pages of one release, served from `folder` (a path with /assist/ in it: how its scripts are told from the page's). */
const snippets = (folder: string): Record<Exclude<Variant, 'plain'>, AssistSnippet> => ({
  loader: { markup: '', scripts: LOADER(folder, 'help-center') },
  inline: { markup: '<assist-help-center market="SE" locale="en"></assist-help-center>', scripts: LOADER(folder, 'help-center') },
  intent: { markup: '', scripts: LOADER(folder, 'chat-launcher,help-center') },
});

interface Release {
  label: 'build' | 'baseline';
  folder: string;
  dir: string;
  samples: Record<Variant, Figures[]>;
  clicks: number[];
}

/** The launcher's button, in the loader's shadow root (Playwright's CSS selectors pierce open shadow roots). */
const LAUNCHER = 'assist-embed button[part=launcher]';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string }; url?: string; fileName?: string; beginData?: { url?: string }; name?: string };
}

/** Script events: a file under /assist/, or module evaluation and promise jobs (the checkout page has neither of its own). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'RunMicrotasks', 'TimerFire', 'FireIdleCallback']);

function isAssists(event: TraceEvent): boolean {
  const url = event.args?.data?.url ?? event.args?.url ?? event.args?.fileName ?? '';
  if (url.includes('/assist/')) return true;
  return (event.name === 'v8.evaluateModule' || event.name === 'RunMicrotasks') && (event.dur ?? 0) >= 1000;
}

/** Long tasks on the page's main thread (the renderer that parsed the page), and which are Assist's. */
export function longTasks(events: readonly TraceEvent[], pageUrl: string): { all: number[]; own: number[] } {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(pageUrl));
  if (!parse) throw new Error(`no ParseHTML of ${pageUrl} in the trace`);
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined);
  const all: number[] = [];
  const own: number[] = [];
  for (const task of main) {
    if (task.name !== 'RunTask' || task.dur! < LONG_TASK_MS * 1000 || task.ts < parse.ts - 1) continue;
    all.push(task.dur! / 1000);
    const end = task.ts + task.dur!;
    if (main.some((e) => SCRIPT_EVENTS.has(e.name) && e.ts >= task.ts && e.ts + e.dur! <= end && isAssists(e))) own.push(task.dur! / 1000);
  }
  return { all, own };
}

async function loadOnce(browser: Browser, url: string, variant: Variant): Promise<Figures> {
  const context = await withNameShim(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'] });
  let trace: Buffer;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (variant === 'inline') {
      await page.waitForFunction(() => !!document.querySelector('assist-help-center')?.shadowRoot?.querySelector('.topic'), undefined, { timeout: 30_000, polling: 50 });
    }
    await networkQuiet(page, QUIET_MS);
    if (variant === 'intent' || variant === 'plain') {
      // The same pointer move on both pages: onto the launcher, or where it would be.
      const quiet = networkQuiet(page, QUIET_MS);
      if (variant === 'intent') await page.hover(LAUNCHER);
      else await page.mouse.move(1240, 860);
      await quiet;
    }
    if (variant === 'intent') {
      // The chat launcher took over the corner: what the intent loaded has run.
      await page.waitForFunction(() => !!document.querySelector('assist-chat-launcher')?.shadowRoot?.firstElementChild, undefined, { timeout: 30_000, polling: 50 });
    }
  } finally {
    trace = await browser.stopTracing();
  }
  if (errors.length > 0) throw new Error(`${variant}: the page reported ${errors.join('; ')}`);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await context.close();
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const tasks = longTasks(Array.isArray(parsed) ? parsed : parsed.traceEvents, url);
  return { script: (metrics.ScriptDuration ?? 0) * 1000, longTasks: tasks.all.length, ownLongTasks: tasks.own.length, own: tasks.own };
}

/** From a click on the launcher (a pointer over it HOVER_MS before) to the help center's panel open with its topics painted. */
async function clickToOpen(browser: Browser, url: string): Promise<number> {
  const context = await withNameShim(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await networkQuiet(page, QUIET_MS);
  await page.evaluate(() => {
    const w = window as unknown as { __open?: Promise<number> };
    w.__open = new Promise<number>((resolve) => {
      document.addEventListener(
        'click',
        (event) => {
          const clicked = event.timeStamp;
          const check = () => {
            const help = document.querySelector('assist-embed assist-help-center, assist-help-center');
            const panel = document.querySelector('assist-embed')?.shadowRoot?.querySelector<HTMLElement>('[part=panel]');
            if (panel && !panel.hidden && help?.shadowRoot?.querySelector('.topic')) {
              // The frame that shows it.
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clicked)));
            } else requestAnimationFrame(check);
          };
          check();
        },
        { capture: true, once: true },
      );
    });
  });
  await page.hover(LAUNCHER);
  await page.waitForTimeout(HOVER_MS);
  await page.click(LAUNCHER);
  const ms = await page.evaluate(() => (window as unknown as { __open: Promise<number> }).__open);
  await context.close();
  if (errors.length > 0) throw new Error(`click to open: the page threw ${errors.join('; ')}`);
  return ms;
}

export interface MainThreadData {
  runs: number;
  cpuSlowdown: number;
  samples: Record<Variant, Figures[]>;
  clicks: number[];
  baseline?: { samples: Record<Variant, Figures[]>; clicks: number[] };
}

export async function run(): Promise<BenchResult<MainThreadData | null>> {
  const section = `main thread (CPU ${CPU_SLOWDOWN}× slower)`;
  const cdn = cdnBuild();
  if (!cdn || !cdn.output.files.has('assist.js')) {
    return { name: 'main-thread', rows: [{ section, name: 'loader and help center', value: 'no CDN build (pnpm build)', status: 'not built' }], data: null };
  }
  const browser = await launchChromium();
  if (!browser) return { name: 'main-thread', rows: [{ section, name: 'loader and help center', value: NO_CHROMIUM, status: 'not available' }], data: null };
  const empty = (): Record<Variant, Figures[]> => ({ plain: [], loader: [], inline: [], intent: [] });
  const releases: Release[] = [{ label: 'build', folder: '/assist/', dir: cdn.dir, samples: empty(), clicks: [] }];
  const baselineDir = process.env.ASSIST_BENCH_BASELINE;
  if (baselineDir) releases.push({ label: 'baseline', folder: '/baseline/assist/', dir: baselineDir, samples: empty(), clicks: [] });
  const { app } = createApp({ demo: true });
  const pages = mkdtempSync(join(tmpdir(), 'assist-main-thread-'));
  writeFileSync(join(pages, 'shop.css'), SHOP_CSS);
  writeFileSync(join(pages, 'shop.js'), SHOP_JS);
  writeFileSync(join(pages, 'plain.html'), checkoutPage(null));
  for (const release of releases) {
    for (const [variant, snippet] of Object.entries(snippets(release.folder))) writeFileSync(join(pages, `${release.label}-${variant}.html`), checkoutPage(snippet));
  }
  // Each release folder as it is on disk (modules, translations, importmap.json), gzipped and cached like a CDN.
  const site = await serveSite({
    files: { ...Object.fromEntries(releases.map((r) => [r.folder, r.dir])), '/': pages },
    api: { prefix: '/api', fetch: app.fetch },
    cacheScripts: true,
  });
  const plain: Figures[] = [];
  try {
    progress(`main thread: ${RUNS} rounds of ${1 + 3 * releases.length} pages, then ${CLICKS} clicks to open${baselineDir ? ' each' : ''}, CPU ${CPU_SLOWDOWN}× slower`);
    await loadOnce(browser, `${site.url}/build-inline.html`, 'inline'); // warms the server up
    for (let i = 0; i < RUNS; i++) {
      plain.push(await loadOnce(browser, `${site.url}/plain.html`, 'plain'));
      for (const variant of ['loader', 'inline', 'intent'] as const) {
        for (const release of releases) release.samples[variant].push(await loadOnce(browser, `${site.url}/${release.label}-${variant}.html`, variant));
      }
    }
    for (let i = 0; i < CLICKS; i++) for (const release of releases) release.clicks.push(await clickToOpen(browser, `${site.url}/${release.label}-loader.html`));
  } finally {
    await browser.close();
    await site.close();
    rmSync(pages, { recursive: true, force: true });
  }
  const med = (samples: Figures[], key: 'script' | 'longTasks' | 'ownLongTasks') => median(samples.map((s) => s[key]));
  const reference = { script: med(plain, 'script'), longTasks: med(plain, 'longTasks') };
  const rows: Row[] = [];
  for (const release of releases) {
    const budgeted = release.label === 'build';
    const tag = budgeted ? '' : ' [baseline]';
    const row = (variant: Exclude<Variant, 'plain'>, what: string, scriptBudget?: number, ownBudget?: number): void => {
      const samples = release.samples[variant];
      const script = med(samples, 'script') - reference.script;
      const perRound = samples.map((s, i) => s.script - plain[i]!.script).sort((a, b) => a - b);
      const own = med(samples, 'ownLongTasks');
      const all = med(samples, 'longTasks') - reference.longTasks;
      const longest = Math.max(0, ...samples.flatMap((s) => s.own));
      scriptBudget = budgeted ? scriptBudget : undefined;
      ownBudget = budgeted ? ownBudget : undefined;
      rows.push(
        {
          section,
          name: `${what}: script time${tag}`,
          value: `${signed(script, 1)} ms`,
          reference: `page alone ${reference.script.toFixed(0)} ms; per round ${perRound[0]!.toFixed(1)} to ${perRound.at(-1)!.toFixed(1)} ms`,
          ...(scriptBudget === undefined ? {} : { budget: `≤ ${scriptBudget} ms` }),
          status: scriptBudget === undefined ? 'info' : script <= scriptBudget ? 'ok' : 'over',
        },
        {
          section,
          name: `${what}: long tasks, Assist's own (all)${tag}`,
          value: `${own} (${signed(all, 0)})`,
          reference: `page alone ${reference.longTasks}; Assist's longest ${longest.toFixed(0)} ms`,
          ...(ownBudget === undefined ? {} : { budget: `${ownBudget} of Assist's own` }),
          status: ownBudget === undefined ? 'info' : own <= ownBudget ? 'ok' : 'over',
        },
      );
    };
    row('loader', 'loader only, untouched', BUDGET.loaderScript, BUDGET.loaderLongTasks);
    row('inline', 'inline help center', BUDGET.inlineScript, BUDGET.inlineOwnLongTasks);
    row('intent', 'chat launcher + help center after intent');
    const click = percentiles(release.clicks);
    rows.push({
      section,
      name: `click to open help center (cold, pointer over ${HOVER_MS} ms before)${tag}`,
      value: `p95 ${click.p95.toFixed(0)} ms`,
      reference: `p50 ${click.p50.toFixed(0)} ms, max ${Math.max(...release.clicks).toFixed(0)} ms, ${release.clicks.length} clicks`,
      ...(budgeted ? { budget: `p95 ≤ ${BUDGET.clickP95} ms` } : {}),
      status: !budgeted ? 'info' : click.p95 <= BUDGET.clickP95 ? 'ok' : 'over',
    });
  }
  const [build, baseline] = releases;
  return {
    name: 'main-thread',
    rows,
    data: {
      runs: RUNS,
      cpuSlowdown: CPU_SLOWDOWN,
      samples: { ...build!.samples, plain },
      clicks: build!.clicks,
      ...(baseline ? { baseline: { samples: baseline.samples, clicks: baseline.clicks } } : {}),
    },
  };
}

await runDirect(import.meta.url, run);
