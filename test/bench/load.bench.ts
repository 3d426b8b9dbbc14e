/**
 * What Assist costs a checkout page: a fake merchant checkout page loaded in headless Chromium with and
 * without Assist, CPU slowed down 4× (Emulation.setCPUThrottlingRate) as on a mid-range phone. Per
 * load, over the DevTools protocol and PerformanceObserver: script time (Performance.getMetrics
 * ScriptDuration), long tasks and total blocking time, requests and bytes before any interaction,
 * cumulative layout shift and the load event. The median of RUNS loads of each page (alternating,
 * each in a fresh browser context, so nothing is cached); the difference is what Assist adds.
 * Assist is loaded through the loader script tag when packages/embed has been built, else as the ES
 * module of the help center (the CDN build, or this repository's equivalent build).
 * Run: node --import tsx test/bench/load.bench.ts   (ASSIST_BENCH_RUNS=5)
 */
import type { Browser, CDPSession } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../mock-server/src/app.js';
import { launchChromium, NO_CHROMIUM, withNameShim, networkQuiet } from './support/browser.js';
import { checkoutPage, SHOP_CSS, SHOP_JS, type AssistSnippet } from './support/checkout.js';
import { builtLoader, cdnBuild, helpCenterModules } from './support/dist.js';
import { envNumber, progress, runDirect, type BenchResult, type Row } from './support/report.js';
import { serveSite } from '../support/serve.js';
import { kb, median, signed } from './support/stats.js';

const RUNS = envNumber('ASSIST_BENCH_RUNS', 5);
const CPU_SLOWDOWN = 4;
/** No request for this long after the page is ready: nothing more is coming before the shopper acts. */
const QUIET_MS = 500;
const CLS_BUDGET = 0.1;

export interface LoadFigures {
  /** ms of JavaScript execution (Performance.getMetrics ScriptDuration). */
  script: number;
  /** ms of main-thread tasks of any kind (TaskDuration). */
  task: number;
  longTasks: number;
  /** Sum over long tasks of the time beyond 50 ms. */
  blocking: number;
  requests: number;
  /** Bytes on the wire (encodedDataLength), compressed as served. */
  bytes: number;
  cls: number;
  /** ms from navigation start to the end of the load event. */
  load: number;
}

export interface LoadData {
  how: string;
  runs: number;
  cpuSlowdown: number;
  without: LoadFigures;
  with: LoadFigures;
  samples: { without: LoadFigures[]; with: LoadFigures[] };
}

const OBSERVERS = `
  window.__assistBench = { longTasks: [], cls: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__assistBench.longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__assistBench.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
`;

/** How a merchant page loads Assist here, and the files that takes. */
async function assistFiles(): Promise<{ snippet: AssistSnippet; files: Map<string, string>; how: string }> {
  const cdn = cdnBuild();
  const loader = builtLoader(cdn);
  const files = new Map<string, string>();
  const markup = '<assist-help-center market="SE" locale="en"></assist-help-center>';
  if (loader) {
    files.set('/assist/assist.js', loader.code);
    for (const [path, code] of cdn?.output.files ?? []) if (path !== 'assist.js') files.set(`/assist/${path}`, code);
    // The import map the loader pins and installs before any module (its integrity chain).
    const map = cdn && join(cdn.dir, 'importmap.json');
    if (map && existsSync(map)) files.set('/assist/importmap.json', readFileSync(map, 'utf8'));
    return {
      snippet: { markup, scripts: '<script src="/assist/assist.js" data-api-base="/api" data-locale="en" data-market="SE" async></script>' },
      files,
      how: `loader script tag (${loader.source})`,
    };
  }
  const modules = await helpCenterModules();
  for (const [path, code] of modules.files) files.set(`/assist/${path}`, code);
  return {
    snippet: {
      markup: markup.replace('<assist-help-center ', '<assist-help-center api-base="/api" '),
      scripts: `<script type="module" src="/assist/${modules.entry}"></script>`,
    },
    files,
    how: `ES module of the help center (${modules.source}; no loader built yet)`,
  };
}

async function loadOnce(browser: Browser, url: string, withAssist: boolean): Promise<LoadFigures> {
  const context = await withNameShim(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Network.enable');
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => void requests++);
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => void (bytes += event.encodedDataLength));
  await page.addInitScript(OBSERVERS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (withAssist) {
    await page.waitForFunction(
      () => {
        // The help center rendered its topics (the loader's own stand-in elements are never defined: not waited for).
        const help = document.querySelector('assist-help-center');
        return !!help?.matches(':defined') && !!help.shadowRoot?.querySelector('.topic, article, [role="alert"]');
      },
      undefined,
      { timeout: 30_000, polling: 50 },
    );
  }
  await networkQuiet(page, QUIET_MS);
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const observed = await page.evaluate(() => {
    const bench = (window as unknown as { __assistBench: { longTasks: number[]; cls: number } }).__assistBench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { longTasks: bench.longTasks, cls: bench.cls, load: nav.loadEventEnd };
  });
  await context.close();
  return {
    script: (metrics.ScriptDuration ?? 0) * 1000,
    task: (metrics.TaskDuration ?? 0) * 1000,
    longTasks: observed.longTasks.length,
    blocking: observed.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    requests,
    bytes,
    cls: observed.cls,
    load: observed.load,
  };
}

const medianOf = (samples: LoadFigures[]): LoadFigures =>
  Object.fromEntries((Object.keys(samples[0]!) as (keyof LoadFigures)[]).map((k) => [k, median(samples.map((s) => s[k]))])) as unknown as LoadFigures;

export async function run(): Promise<BenchResult<LoadData | null>> {
  const browser = await launchChromium();
  if (!browser) return { name: 'load', rows: [{ section: 'page load', name: 'checkout page with and without Assist', value: NO_CHROMIUM, status: 'not available' }], data: null };
  const { app } = createApp({ demo: true });
  const assist = await assistFiles();
  const files = new Map<string, string>([
    ['/plain.html', checkoutPage(null)],
    ['/assist.html', checkoutPage(assist.snippet)],
    ['/shop.css', SHOP_CSS],
    ['/shop.js', SHOP_JS],
    ...assist.files,
  ]);
  const site = await serveSite({ files, api: { prefix: '/api', fetch: app.fetch }, cacheScripts: true });
  const samples = { without: [] as LoadFigures[], with: [] as LoadFigures[] };
  try {
    progress(`page load: ${assist.how}, ${RUNS} loads of each page, CPU ${CPU_SLOWDOWN}× slower`);
    await loadOnce(browser, `${site.url}/assist.html`, true); // warms the server up (every measured load has a fresh browser context)
    for (let i = 0; i < RUNS; i++) {
      samples.without.push(await loadOnce(browser, `${site.url}/plain.html`, false));
      samples.with.push(await loadOnce(browser, `${site.url}/assist.html`, true));
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const without = medianOf(samples.without);
  const withAssist = medianOf(samples.with);
  const section = `page load (CPU ${CPU_SLOWDOWN}× slower)`;
  const rows: Row[] = [
    { section, name: 'Assist loaded as', value: assist.how, reference: `median of ${RUNS} loads each`, status: 'info' },
    {
      section,
      name: 'Assist script time (ScriptDuration difference)',
      value: `${signed(withAssist.script - without.script)} ms`,
      reference: `page alone ${without.script.toFixed(0)} ms, with Assist ${withAssist.script.toFixed(0)} ms`,
      status: 'info',
    },
    {
      section,
      name: 'main-thread task time',
      value: `${signed(withAssist.task - without.task)} ms`,
      reference: `page alone ${without.task.toFixed(0)} ms`,
      status: 'info',
    },
    {
      section,
      name: 'long tasks (total blocking time)',
      value: `${signed(withAssist.longTasks - without.longTasks)} (${signed(withAssist.blocking - without.blocking)} ms)`,
      reference: `page alone ${without.longTasks} (${without.blocking.toFixed(0)} ms)`,
      status: 'info',
    },
    {
      section,
      name: 'requests before interaction (bytes)',
      value: `${signed(withAssist.requests - without.requests)} (+${kb(withAssist.bytes - without.bytes)})`,
      reference: `page alone ${without.requests} (${kb(without.bytes)})`,
      status: 'info',
    },
    {
      section,
      name: 'cumulative layout shift',
      value: `${withAssist.cls.toFixed(3)} (${signed(withAssist.cls - without.cls, 3)})`,
      reference: `page alone ${without.cls.toFixed(3)}`,
      budget: `≤ ${CLS_BUDGET} with Assist`,
      status: withAssist.cls <= CLS_BUDGET ? 'ok' : 'over',
    },
    {
      section,
      name: 'load event',
      value: `${signed(withAssist.load - without.load)} ms`,
      reference: `page alone ${without.load.toFixed(0)} ms`,
      status: 'info',
    },
  ];
  return { name: 'load', rows, data: { how: assist.how, runs: RUNS, cpuSlowdown: CPU_SLOWDOWN, without, with: withAssist, samples } };
}

await runDirect(import.meta.url, run);
