/**
 * Keystroke to rendered results, in headless Chromium through the MSW twin of the API: a page with
 * <assist-faq-search> and the reference API running in the browser's service worker over a synthetic
 * 2,000-article corpus. For each query (half misspelt) the field is cleared, the query typed with real
 * key presses, and the time taken from the last `input` event to the frame after the results are in
 * the shadow DOM (assist-search fired, the update rendered, the next frame). Includes the component's
 * 200 ms typing debounce, which the reference column subtracts.
 * Run: node --import tsx test/bench/search-input.bench.ts   (ASSIST_BENCH_QUERIES=60)
 */
import { join } from 'node:path';
import { launchChromium, NO_CHROMIUM, withNameShim } from './support/browser.js';
import { bundlePage, mswWorkerScript } from './support/bundle.js';
import { root } from './support/dist.js';
import { envNumber, progress, runDirect, type BenchResult, type Row } from './support/report.js';
import { serveSite } from '../support/serve.js';
import { percentiles, type Percentiles } from './support/stats.js';

const QUERIES = envNumber('ASSIST_BENCH_QUERIES', 60);
const WARM_UP = 5;
const ARTICLES = 2000;
const DEBOUNCE_MS = 200;

export interface SearchInputData {
  articles: number;
  queries: number;
  latency: Percentiles;
  /** Queries whose results showed at least one article. */
  withResults: number;
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FAQ search</title></head>
<body><main style="max-width:640px;margin:40px auto"><assist-faq-search api-base="/mock-api" limit="6"></assist-faq-search></main>
<script type="module" src="/entry.js"></script></body></html>`;

interface Measured {
  elapsed: number;
  options: number;
}

export async function run(): Promise<BenchResult<SearchInputData | null>> {
  const section = 'search (browser, MSW)';
  const browser = await launchChromium();
  if (!browser) return { name: 'search-input', rows: [{ section, name: 'keystroke to rendered results', value: NO_CHROMIUM, status: 'not available' }], data: null };
  progress('search (browser): bundling the page');
  const files = new Map<string, string>([
    ['/index.html', PAGE],
    ['/mockServiceWorker.js', mswWorkerScript()],
    ...(await bundlePage(join(root, 'test', 'bench', 'pages', 'search-input.entry.ts'))),
  ]);
  const site = await serveSite({ files });
  const times: number[] = [];
  let withResults = 0;
  try {
    const page = await withNameShim(await browser.newPage());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.url}/?articles=${ARTICLES}&queries=${QUERIES + WARM_UP}`);
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true, undefined, { timeout: 60_000 });
    const list = await page.evaluate(() => (window as unknown as { benchQueries: string[] }).benchQueries);
    const input = page.locator('assist-faq-search input');
    progress(`search (browser): ${QUERIES} queries over ${ARTICLES} articles`);
    for (const [i, q] of list.entries()) {
      await input.fill('');
      await input.focus();
      // Arm the measurement, then type: the last input event starts the clock, the frame after the
      // results for this query are rendered stops it.
      await page.evaluate((query) => {
        const el = document.querySelector('assist-faq-search') as HTMLElement & { updateComplete: Promise<boolean> };
        const field = el.shadowRoot!.querySelector('input')!;
        let lastInput = 0;
        const onInput = () => void (lastInput = performance.now());
        field.addEventListener('input', onInput);
        (window as unknown as { benchMeasure: Promise<Measured> }).benchMeasure = new Promise<Measured>((resolve) => {
          const onSearch = (event: Event) => {
            if ((event as CustomEvent<{ query: string }>).detail.query !== query) return;
            el.removeEventListener('assist-search', onSearch);
            field.removeEventListener('input', onInput);
            void el.updateComplete.then(() =>
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => resolve({ elapsed: performance.now() - lastInput, options: el.shadowRoot!.querySelectorAll('[role="option"]').length });
                channel.port2.postMessage(null);
              }),
            );
          };
          el.addEventListener('assist-search', onSearch);
        });
      }, q);
      await input.pressSequentially(q);
      const result = await page.evaluate(() =>
        Promise.race([
          (window as unknown as { benchMeasure: Promise<Measured> }).benchMeasure,
          new Promise<Measured>((_, reject) => setTimeout(() => reject(new Error('no results within 10 s')), 10_000)),
        ]),
      );
      if (i < WARM_UP) continue;
      times.push(result.elapsed);
      if (result.options > 0) withResults++;
    }
    if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await site.close();
  }
  const latency = percentiles(times);
  const rows: Row[] = [
    {
      section,
      name: `keystroke to rendered results, ${ARTICLES.toLocaleString('en-US')} articles, ${times.length} queries`,
      value: `p50 ${latency.p50.toFixed(0)} · p95 ${latency.p95.toFixed(0)} ms`,
      reference: `after the ${DEBOUNCE_MS} ms debounce: p50 ${(latency.p50 - DEBOUNCE_MS).toFixed(0)} · p95 ${(latency.p95 - DEBOUNCE_MS).toFixed(0)} ms; ${withResults}/${times.length} with results`,
      status: 'info',
    },
  ];
  return { name: 'search-input', rows, data: { articles: ARTICLES, queries: times.length, latency, withResults } };
}

await runDirect(import.meta.url, run);
