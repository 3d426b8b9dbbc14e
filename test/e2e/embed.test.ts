import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_MERCHANT_SECRET } from '../../mock-server/src/app.js';
import { signMerchantToken } from '../../mock-server/src/routes/auth.js';
import { cachedDist, type Dist } from '../../packages/embed/build/dist.js';
import { CHROME_ARGS, findChrome } from '../support/chrome.mjs';
import { serveSite, type Site } from '../support/serve.js';

/**
 * The script-tag loader (assist.js) as a merchant's page sees it, from the built CDN folder: what it
 * fetches and when, the call queue, the launcher, the autoloader, identify, locale, destroy.
 */
const chromePath = findChrome();

interface PageOptions {
  /** `data-*` attributes of the script tag, without `data-`. */
  data?: Record<string, string>;
  /** Scripts before the loader (the queue snippet is always first). */
  before?: string;
  body?: string;
  lang?: string;
  dir?: string;
}

type Win = Window & {
  Assist: {
    version?: string;
    open(component?: string): Promise<void>;
    close(): void;
    toggle(component?: string): Promise<void>;
    identify(identity: { token: string }): void;
    setLocale(locale: string): void;
    on(name: string, fn: (event: CustomEvent) => void): () => void;
    off(name: string, fn: (event: CustomEvent) => void): void;
    destroy(): void;
  };
  seen: string[];
  idle: (() => void)[];
};

describe('assist.js, the script-tag loader', { skip: chromePath ? false : 'Chromium not found (apt-get install -y chromium, or set CHROME_PATH)' }, () => {
  let dist: Dist;
  let site: Site;
  let browser: Browser;
  let queue: string;
  const pages = new Map<string, PageOptions>();

  /** Serves a page with the loader at `path` and opens it; `requested` lists the CDN files it fetches. */
  async function open(options: PageOptions, setup?: (page: Page) => Promise<unknown>) {
    const path = `/page-${pages.size}`;
    pages.set(path, options);
    const page = await browser.newPage();
    const requested: string[] = [];
    const warnings: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/cdn/')) requested.push(url.pathname.slice(`/cdn/${dist.version}/`.length));
    });
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await setup?.(page);
    await page.goto(site.url + path);
    await page.waitForFunction(() => 'version' in (window as unknown as Win).Assist);
    return { page, requested, warnings };
  }

  /** Resolves once the page has loaded and the browser has been idle twice since: an idle preload would have started by then. */
  const loadedAndIdle = (page: Page) =>
    page.evaluate(async () => {
      if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve));
    });

  /** Holds back requestIdleCallback until the test runs the callbacks. */
  const holdIdle = (page: Page) =>
    page.addInitScript(() => {
      const win = window as unknown as Win;
      win.idle = [];
      win.requestIdleCallback = ((fn: () => void) => (win.idle.push(fn), 0)) as typeof requestIdleCallback;
    });

  before(async () => {
    dist = await cachedDist();
    queue = readFileSync(join(dist.cdn, 'queue.js'), 'utf8');
    site = await serveSite({
      files: { [`/cdn/${dist.version}/`]: dist.cdn },
      pages: Object.fromEntries(
        Array.from({ length: 40 }, (_, i) => [
          `/page-${i}`,
          () => {
            const options = pages.get(`/page-${i}`)!;
            const data = Object.entries({ 'api-base': '/api', market: 'SE', ...options.data })
              .map(([name, value]) => ` data-${name}="${value}"`)
              .join('');
            return {
              body: `<!doctype html><html${options.lang === '' ? '' : ` lang="${options.lang ?? 'en'}"`} dir="${options.dir ?? 'ltr'}"><head><meta charset="utf-8"><title>Shop</title>
                <script>${queue}</script>${options.before ?? ''}
                <script src="/cdn/${dist.version}/assist.js"${data} async></script></head>
                <body><main><h1>Checkout</h1>${options.body ?? ''}</main></body></html>`,
            };
          },
        ]),
      ),
      api: '/api',
    });
    browser = await chromium.launch({ executablePath: chromePath!, args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('adds nothing to window but Assist (until components load: Lit keeps its version lists there)', async () => {
    const bare = await browser.newPage();
    await bare.goto(`${site.url}/cdn/${dist.version}/integrity.json`);
    const baseline = await bare.evaluate(() => Object.keys(window));
    await bare.close();
    const { page } = await open({ data: { components: 'help-center' } }, holdIdle);
    const added = (await page.evaluate(() => Object.keys(window))).filter((key) => !baseline.includes(key) && key !== 'idle');
    assert.deepEqual(added, ['Assist']);
    await page.close();
  });

  it('fetches nothing but itself on a page nobody touches, also once it has loaded and the browser is idle; a click loads the component', async () => {
    const { page, requested } = await open({ data: { components: 'help-center' } });
    await loadedAndIdle(page);
    assert.deepEqual(requested, ['assist.js']);
    const launcher = page.locator('assist-embed button.l');
    assert.equal(await launcher.getAttribute('aria-label'), 'Help');
    assert.equal(await launcher.getAttribute('aria-expanded'), 'false');
    await launcher.click();
    await page.locator('assist-embed assist-help-center .topic').first().waitFor();
    assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
    for (const file of ['core.js', 'ui.js', 'help-center/help-center.js']) assert.ok(requested.includes(file), `${file} was not loaded`);
    assert.ok(!requested.some((f) => f.startsWith('chat-launcher/') || f.startsWith('return-reporter/')), 'only what was opened is loaded');
    await page.close();
  });

  it('with data-preload="idle", loads the components it offers when the browser is idle, and the chat launcher takes over the corner', async () => {
    const { page, requested } = await open({ data: { components: 'chat-launcher,help-center', offset: '5rem 2rem', preload: 'idle' } }, holdIdle);
    await page.waitForFunction(() => document.readyState === 'complete');
    assert.deepEqual(requested, ['assist.js'], 'nothing before the browser is idle');
    assert.equal(await page.evaluate(() => (window as unknown as Win).idle.length), 1, 'the preload waits for the browser to be idle');
    await page.evaluate(() => (window as unknown as Win).idle.forEach((fn) => fn()));
    const chat = page.locator('assist-chat-launcher');
    await chat.locator('button.launcher').waitFor();
    assert.ok(requested.includes('chat-launcher/chat-launcher.js') && requested.includes('help-center/help-center.js'));
    assert.equal(await page.locator('assist-embed button.l').isHidden(), true);
    assert.equal(await chat.getAttribute('position'), 'bottom-end');
    assert.equal(await chat.getAttribute('offset'), '5rem 2rem');
    const box = (await chat.locator('button.launcher').boundingBox())!;
    const viewport = page.viewportSize()!;
    assert.ok(Math.abs(viewport.height - (box.y + box.height) - 80) <= 1, `5rem from the bottom: ${JSON.stringify(box)}`);
    await page.close();
  });

  it('loads the components it offers on intent: a pointer over the launcher, and the chat launcher takes over the corner', async () => {
    const { page, requested } = await open({ data: { components: 'chat-launcher,help-center' } });
    await loadedAndIdle(page);
    assert.deepEqual(requested, ['assist.js']);
    await page.locator('assist-embed button.l').hover();
    await page.locator('assist-chat-launcher button.launcher').waitFor();
    for (const file of ['core.js', 'ui.js', 'chat-launcher/chat-launcher.js', 'help-center/help-center.js']) assert.ok(requested.includes(file), `${file} was not loaded`);
    assert.equal(await page.locator('assist-chat-launcher').evaluate((chat) => (chat as unknown as { isOpen: boolean }).isOpen), false, 'nothing opens before a click');
    await page.close();
  });

  it('loads the components it offers on intent: focus on the launcher, before Enter', async () => {
    const { page, requested } = await open({ data: { components: 'help-center' } });
    await loadedAndIdle(page);
    assert.deepEqual(requested, ['assist.js']);
    await page.locator('assist-embed button.l').focus();
    await page.waitForFunction(() => customElements.get('assist-help-center'));
    for (const file of ['core.js', 'ui.js', 'help-center/help-center.js']) assert.ok(requested.includes(file), `${file} was not loaded`);
    assert.equal(await page.locator('assist-embed button.l').getAttribute('aria-expanded'), 'false', 'nothing opens before Enter');
    await page.close();
  });

  it('loads the component on Assist.open() on a page nobody touched', async () => {
    const { page, requested } = await open({ data: { components: 'help-center' } });
    await loadedAndIdle(page);
    assert.deepEqual(requested, ['assist.js']);
    await page.evaluate(() => (window as unknown as Win).Assist.open('return-reporter'));
    const reporter = page.locator('assist-embed assist-return-reporter');
    await reporter.locator('form').waitFor();
    for (const file of ['core.js', 'ui.js', 'return-reporter/return-reporter.js']) assert.ok(requested.includes(file), `${file} was not loaded`);
    // Its validation (the contract's rules, with zod) loads when it first checks, not when it shows.
    const rules = () => requested.filter((file) => file.includes('.rules-'));
    assert.deepEqual(rules(), []);
    await reporter.getByRole('button', { name: 'Find order' }).click();
    await reporter.locator('[aria-invalid="true"]').first().waitFor();
    assert.equal(rules().length, 1, requested.join(', '));
    await page.close();
  });

  it('replays the calls made before it arrived, in order, and keeps them working afterwards', async () => {
    const { page } = await open({
      data: { components: 'help-center' },
      before: `<script>
        window.seen = [];
        Assist.on('open', (e) => seen.push('open ' + e.detail.component));
        const stop = Assist.on('close', () => seen.push('close (removed)'));
        stop();
        Assist.on('assist-help-navigate', (e) => seen.push('navigate ' + e.detail.view));
        Assist.open('help-center');
        window.early = window.Assist;
      </script>`,
    });
    await page.locator('assist-embed assist-help-center .topic').first().waitFor();
    await page.waitForFunction(() => (window as unknown as Win).seen.includes('open help-center'));
    // A reference kept from before the loader arrived still works.
    await page.evaluate(() => (window as unknown as { early: Win['Assist'] }).early.close());
    await page.waitForFunction(() => document.querySelector('assist-embed')!.shadowRoot!.querySelector<HTMLElement>('.p')!.hidden);
    assert.deepEqual(await page.evaluate(() => (window as unknown as Win).seen), ['open help-center']);
    await page.close();
  });

  it('warns and does nothing when loaded twice', async () => {
    const { page, warnings } = await open({ data: { components: 'help-center' } });
    await page.evaluate(
      (src) =>
        new Promise((resolve) => {
          const script = document.createElement('script');
          script.src = src;
          script.onload = resolve;
          document.head.append(script);
        }),
      `/cdn/${dist.version}/assist.js`,
    );
    assert.ok(
      warnings.some((w) => /Loaded twice/.test(w)),
      warnings.join('\n'),
    );
    assert.equal(await page.locator('assist-embed').count(), 1);
    await page.close();
  });

  it('loads a component when its tag appears in the page', async () => {
    const { page, requested } = await open({}, holdIdle);
    assert.deepEqual(requested, ['assist.js']);
    assert.equal(await page.locator('assist-embed button.l').isHidden(), true, 'no launcher without data-components');
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.innerHTML = '<assist-faq-search placeholder="Search"></assist-faq-search>';
      document.querySelector('main')!.append(section);
    });
    await page.locator('assist-faq-search input').waitFor();
    assert.ok(requested.includes('faq-search/faq-search.js'));
    assert.ok(!requested.includes('help-center/help-center.js'));
    await page.close();
  });

  it('places the launcher by data-position and data-offset, mirrored in right-to-left pages', async () => {
    const { page } = await open({ data: { components: 'help-center', position: 'bottom-start', offset: '4rem 2rem' } });
    const viewport = page.viewportSize()!;
    let box = (await page.locator('assist-embed button.l').boundingBox())!;
    assert.deepEqual([box.x, viewport.height - box.y - box.height], [32, 64]);
    await page.close();
    const rtl = await open({ data: { components: 'help-center', position: 'bottom-start' }, lang: 'ar', dir: 'rtl' });
    box = (await rtl.page.locator('assist-embed button.l').boundingBox())!;
    assert.equal(viewport.width - box.x - box.width, 16, 'bottom-start is on the right in Arabic');
    assert.equal(await rtl.page.locator('assist-embed button.l').getAttribute('aria-label'), 'المساعدة');
    await rtl.page.close();
  });

  it('names the launcher in Czech, Portuguese and Hebrew, mirrors it in Hebrew and loads Hebrew strings through their pinned map', async () => {
    const { page } = await open({ data: { components: 'help-center', position: 'bottom-start' }, body: '<assist-faq-search></assist-faq-search>', lang: 'he', dir: 'rtl' });
    const viewport = page.viewportSize()!;
    const launcher = page.locator('assist-embed button.l');
    const box = (await launcher.boundingBox())!;
    assert.equal(viewport.width - box.x - box.width, 16, 'bottom-start is on the right in Hebrew');
    assert.equal(await launcher.getAttribute('aria-label'), 'עזרה');
    // The Hebrew strings come through maps/he.js, which importmap.json pins.
    await page.waitForFunction(() => document.querySelector('assist-faq-search')?.shadowRoot?.querySelector('input')?.placeholder.includes('חיפוש'));
    assert.equal(await page.locator('assist-faq-search').getAttribute('dir'), 'rtl');
    await page.evaluate(() => document.documentElement.removeAttribute('lang'));
    const labels: Record<string, string> = { cs: 'Nápověda', pt: 'Ajuda', nl: 'Help', ru: 'Help', en: 'Help' };
    for (const [locale, label] of Object.entries(labels)) {
      await page.evaluate((l) => (window as unknown as Win).Assist.setLocale(l), locale);
      assert.equal(await launcher.getAttribute('aria-label'), label, locale);
    }
    await page.close();
  });

  it('moves out of the way of the element in focus', async () => {
    const { page } = await open({
      data: { components: 'help-center' },
      body: '<button id="under" style="position:fixed;right:0;bottom:0;width:6rem;height:6rem">Pay</button>',
    });
    // The launcher learns to move with its module, loaded on intent.
    await page.locator('assist-embed button.l').hover();
    await page.waitForFunction(() => document.querySelector('assist-embed')!.shadowRoot!.querySelector('.p'));
    const before = (await page.locator('assist-embed button.l').boundingBox())!;
    await page.focus('#under');
    const moved = (await page.locator('assist-embed button.l').boundingBox())!;
    const pay = (await page.locator('#under').boundingBox())!;
    assert.ok(moved.x < before.x, 'the launcher moved to the other corner');
    assert.ok(moved.x + moved.width <= pay.x, 'and no longer covers the focused button');
    await page.close();
  });

  it('closes the panel on Escape, gives focus back to the launcher and says so', async () => {
    const { page } = await open({
      data: { components: 'help-center' },
      before: `<script>window.seen = []; Assist.on('close', (e) => seen.push('close ' + e.detail.component));</script>`,
    });
    await page.locator('assist-embed button.l').click();
    await page.locator('assist-embed assist-help-center .topic').first().waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (window as unknown as Win).seen.length > 0);
    assert.deepEqual(await page.evaluate(() => (window as unknown as Win).seen), ['close help-center']);
    assert.equal(await page.evaluate(() => document.querySelector('assist-embed')!.shadowRoot!.activeElement?.className), 'l');
    await page.close();
  });

  it('applies data-theme and data-locale to the components, and setLocale later', async () => {
    // Without <html lang>: the page's language would come first.
    const { page } = await open({ data: { theme: 'dark', locale: 'sv' }, body: '<assist-faq-search></assist-faq-search>', lang: '' });
    const search = page.locator('assist-faq-search');
    await page.waitForFunction(() => document.querySelector('assist-faq-search')?.shadowRoot?.querySelector('input')?.placeholder.includes('Sök'));
    assert.equal(await search.getAttribute('theme'), 'dark');
    await page.evaluate(() => (window as unknown as Win).Assist.setLocale('de'));
    await page.waitForFunction(() => /Such|such/.test(document.querySelector('assist-faq-search')!.shadowRoot!.querySelector('input')!.placeholder));
    assert.equal(await page.locator('assist-embed button.l').getAttribute('aria-label'), 'Hilfe');
    assert.equal(await page.evaluate(() => document.querySelector('assist-embed')!.shadowRoot!.adoptedStyleSheets.length), 1, 'nothing but the stand-in yet');
    assert.equal(
      await page.locator('assist-embed button.l').evaluate((button) => getComputedStyle(button).backgroundColor),
      'rgb(95, 211, 183)',
      'the dark accent of the design tokens',
    );
    await page.close();
  });

  it('passes data-client-id to the components: every API call names the merchant with Assist-Client-Id', async () => {
    const sent: (string | undefined)[] = [];
    const { page } = await open({ data: { 'client-id': 'demo' }, body: '<assist-faq-search></assist-faq-search>' }, (p) =>
      Promise.resolve(p.on('request', (request) => new URL(request.url()).pathname.startsWith('/api/') && sent.push(request.headers()['assist-client-id']))),
    );
    await page.locator('assist-faq-search input').fill('return');
    await page.locator('assist-faq-search [role="option"]').first().waitFor();
    assert.ok(sent.length > 0, 'the search called the API');
    assert.deepEqual(new Set(sent), new Set(['demo']));
    await page.close();
  });

  it('signs the shopper in on the chat launcher and the return reporter with identify()', async () => {
    const token = await signMerchantToken(DEMO_MERCHANT_SECRET, 'cus_olivia', Math.floor(Date.now() / 1000));
    const { page, requested } = await open({
      before: `<script>Assist.identify({ token: ${JSON.stringify(token)} });</script>`,
      body: '<assist-chat-launcher></assist-chat-launcher><assist-return-reporter></assist-return-reporter>',
    });
    await page.waitForFunction((t) => (document.querySelector('assist-chat-launcher') as unknown as { token?: string }).token === t, token);
    await page.waitForFunction(() => ((document.querySelector('assist-return-reporter') as unknown as { token?: string }).token ?? '').length > 0);
    const bearer = await page.evaluate(() => (document.querySelector('assist-return-reporter') as unknown as { token: string }).token);
    assert.notEqual(bearer, token, 'the return reporter gets a shopper token, not the merchant token');
    assert.ok(requested.includes('core.js'));
    await page.locator('assist-chat-launcher button.launcher').click();
    await page.locator('assist-chat-launcher').getByText('You are signed in through the store').waitFor();
    await page.close();
  });

  it('reports a module that cannot be loaded with an error event and a rejected open()', async () => {
    // Blocked before the page loads: a preload (a pointer over the launcher) would try it too.
    const { page } = await open(
      { data: { components: 'help-center' }, before: `<script>window.seen = []; Assist.on('error', (e) => seen.push('error ' + e.detail.component));</script>` },
      (p) => p.route('**/help-center/help-center.js', (route) => route.abort()),
    );
    const result = await page.evaluate(() =>
      (window as unknown as Win).Assist.open('help-center').then(
        () => 'opened',
        () => 'failed',
      ),
    );
    assert.equal(result, 'failed');
    // Once for open(), and once more if a preload had tried already.
    const seen = await page.evaluate(() => (window as unknown as Win).seen);
    assert.ok(seen.length >= 1 && seen.every((entry) => entry === 'error help-center'), seen.join(', '));
    await page.close();
  });

  it('removes itself with destroy(): launcher, panel, listeners and window.Assist', async () => {
    const { page } = await open({ data: { components: 'help-center' }, before: `<script>window.seen = []; Assist.on('assist-search', () => seen.push('search'));</script>` });
    await page.evaluate(() => (window as unknown as Win).Assist.destroy());
    assert.equal(await page.locator('assist-embed').count(), 0);
    assert.equal(await page.evaluate(() => 'Assist' in window), false);
    await page.evaluate(() => document.dispatchEvent(new CustomEvent('assist-search')));
    assert.deepEqual(await page.evaluate(() => (window as unknown as Win).seen), []);
    await page.close();
  });
});
