import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cachedDist, type Dist } from '../../packages/embed/build/dist.js';
import type { Inventory } from '../../packages/embed/build/integrity.js';
import { CHROME_ARGS, findChrome } from '../support/chrome.mjs';
import { serveSite, type Site } from '../support/serve.js';
import { checkoutPage, CSP, openRecorded, PAGE_CSS, type Reports } from './strict-page.js';
import { verifyAndAskNextPayment } from './chat-steps.js';

/**
 * Assist on a payment page with a strict Content Security Policy: scripts only by nonce (and what
 * they load, 'strict-dynamic'), styles only from the page's origin (no inline styles, no style
 * attributes), Trusted Types required for every script sink. The page loads the built loader by
 * script tag with SRI, and the import map pins every module it may load to its integrity.json hash.
 * Every component is opened and used; any CSP or Trusted Types report fails the test.
 */
const chromePath = findChrome();

describe('a payment page with a strict CSP', { skip: chromePath ? false : 'Chromium not found (apt-get install -y chromium, or set CHROME_PATH)' }, () => {
  let dist: Dist;
  let inventory: Inventory;
  let site: Site;
  let browser: Browser;
  let page: Page;
  let reports: Reports;
  const requested: string[] = [];

  const clean = () => assert.deepEqual({ violations: reports.violations, console: reports.console }, { violations: [], console: [] });

  before(async () => {
    dist = await cachedDist();
    inventory = JSON.parse(readFileSync(join(dist.cdn, 'integrity.json'), 'utf8')) as Inventory;
    const strict = (body: string, components: string) => () => {
      const nonce = randomBytes(16).toString('base64');
      return { body: checkoutPage(dist, { nonce, components, body, inventory }), headers: { 'content-security-policy': CSP.replace('{nonce}', nonce) } };
    };
    site = await serveSite({
      files: { [`/cdn/${dist.version}/`]: dist.cdn },
      pages: {
        '/checkout': strict('<assist-faq-search placeholder="Search help"></assist-faq-search>', 'help-center'),
        '/tampered': () => {
          const nonce = randomBytes(16).toString('base64');
          const core = inventory.files.find((f) => f.file === 'core.js')!;
          const tampered = { ...inventory, files: inventory.files.map((f) => (f === core ? { ...f, integrity: inventory.files.find((g) => g.file === 'ui.js')!.integrity } : f)) };
          return { body: checkoutPage(dist, { nonce, components: '', inventory: tampered }), headers: { 'content-security-policy': CSP.replace('{nonce}', nonce) } };
        },
        '/page.css': () => ({ body: PAGE_CSS, headers: { 'content-type': 'text/css' } }),
      },
      api: '/api',
    });
    browser = await chromium.launch({ executablePath: chromePath!, args: CHROME_ARGS });
    ({ page, reports } = await openRecorded(browser, `${site.url}/checkout`, requested));
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('reports a violation when there is one (the check itself works)', async () => {
    const probe = await openRecorded(browser, `${site.url}/checkout`);
    await probe.page.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
      try {
        div.innerHTML = '<b>not trusted</b>';
      } catch {
        /* Trusted Types throws, and reports */
      }
    });
    await probe.page.waitForTimeout(200);
    assert.ok(
      probe.reports.violations.some((v) => v.startsWith('style-src')),
      `no style-src report: ${probe.reports.violations.join('; ')}`,
    );
    assert.ok(
      probe.reports.violations.some((v) => v.startsWith('require-trusted-types-for')),
      `no Trusted Types report: ${probe.reports.violations.join('; ')}`,
    );
    await probe.page.close();
  });

  it('searches the help from the FAQ search in the page', async () => {
    const search = page.locator('assist-faq-search input');
    await search.fill('retrun');
    await page.locator('assist-faq-search [role="option"]').first().waitFor();
    assert.ok((await page.locator('assist-faq-search mark').count()) > 0, 'matches are highlighted');
    clean();
  });

  it('opens the help center from the launcher, which sits clear of the pay button, and reads an article', async () => {
    const launcher = page.locator('assist-embed button.l');
    await launcher.waitFor();
    const [a, b] = [await launcher.boundingBox(), await page.locator('#pay').boundingBox()];
    assert.ok(a && b && (a.y + a.height <= b.y - 8 || a.x + a.width <= b.x), `the launcher ${JSON.stringify(a)} covers the pay button ${JSON.stringify(b)}`);
    assert.equal(await launcher.getAttribute('aria-label'), 'Help');
    await launcher.click();
    const help = page.locator('assist-embed assist-help-center');
    await help.locator('.topic ul a, .topic ul button').first().click();
    await help.locator('article h2').waitFor();
    assert.ok((await help.locator('article p').count()) > 0, 'the article body is rendered');
    await page.waitForFunction(() => (window as unknown as { seen: string[] }).seen.includes('assist-help-navigate'));
    clean();
  });

  it('opens an article chosen in the FAQ search in the help center', async () => {
    const search = page.locator('assist-faq-search input');
    // The earlier test's results stay on screen until this search answers: wait for its answer.
    const searched = page.evaluate(
      () => new Promise<string>((resolve) => document.querySelector('assist-faq-search')!.addEventListener('assist-search', (e) => resolve(e.detail.query), { once: true })),
    );
    await search.fill('return');
    assert.equal(await searched, 'return');
    await page.locator('assist-faq-search [role="option"]').first().waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    const heading = page.locator('assist-embed assist-help-center article h2');
    await heading.waitFor();
    assert.match((await heading.textContent()) ?? '', /return/i);
    clean();
  });

  it('verifies the shopper in the chat and gets an answer from the assistant', async () => {
    await page.evaluate(() => (window as unknown as { Assist: { open(c: string): Promise<void> } }).Assist.open('chat-launcher'));
    const chat = page.locator('assist-chat-launcher');
    await verifyAndAskNextPayment(chat);
    assert.equal(await page.locator('assist-embed button.l').isHidden(), true, 'the chat launcher took over from the stand-in');
    await page.keyboard.press('Escape');
    clean();
  });

  it('finds the shopper’s orders in the return reporter', async () => {
    await page.evaluate(() => (window as unknown as { Assist: { open(c: string): Promise<void> } }).Assist.open('return-reporter'));
    const reporter = page.locator('assist-embed assist-return-reporter');
    await reporter.getByLabel(/order reference/i).fill('SE-4K7M2QXP');
    await reporter.locator('input[type="email"]').fill('astrid.lindqvist@example.se');
    await reporter.locator('input[type="email"]').press('Enter');
    // The order step replaces the verification form (which has radios of its own).
    await reporter.locator('h2', { hasText: 'Which order is it about?' }).waitFor({ timeout: 15_000 });
    assert.ok((await reporter.locator('input[type="radio"]').count()) > 0, 'orders are listed');
    clean();
  });

  it('refuses a module whose hash is not the one in integrity.json', async () => {
    const probe = await openRecorded(browser, `${site.url}/tampered`);
    const failure = await probe.page.evaluate(() => {
      const assist = (window as unknown as { Assist: { open(c: string): Promise<void> } }).Assist;
      return assist.open('help-center').then(
        () => 'opened',
        (error: unknown) => String(error),
      );
    });
    assert.notEqual(failure, 'opened');
    assert.equal(await probe.page.evaluate(() => customElements.get('assist-help-center')), undefined);
    await probe.page.close();
  });

  it('loads translations by path under the policy when the page’s language changes', async () => {
    type Assist = { open(component: string): Promise<void> };
    await page.evaluate(() => (document.documentElement.lang = 'sv'));
    await page.waitForFunction(() => document.querySelector('assist-faq-search')?.shadowRoot?.querySelector('label')?.textContent?.includes('Sök i hjälpartiklar'));
    await page.evaluate(() => (window as unknown as { Assist: Assist }).Assist.open('help-center'));
    const help = page.locator('assist-embed assist-help-center');
    await help.evaluate((element) => (element as HTMLElement & { openArticle(slug: string): void }).openArticle('how-to-return'));
    await help.getByText('Var artikeln till hjälp?').waitFor();
    assert.ok(
      requested.some((path) => path.endsWith('/help-center/article/strings/sv.js')),
      'the article view’s Swedish strings were fetched',
    );
    assert.ok(
      requested.some((path) => path.endsWith('/i18n/strings/sv.js')),
      'the common Swedish strings were fetched',
    );
    clean();
  });

  it('loaded each module once, each pinned by the import map', () => {
    const modules = requested.filter((path) => path.startsWith(`/cdn/${dist.version}/`));
    assert.deepEqual(
      modules.filter((path, i) => modules.indexOf(path) !== i),
      [],
      'a module was fetched twice',
    );
    for (const path of modules) {
      const file = path.slice(`/cdn/${dist.version}/`.length);
      // The loader's import map (importmap.json, pinned by assist.js) is fetched too: it is not a module, and integrity.json lists it apart.
      assert.ok(inventory.files.some((f) => f.file === file) || file === inventory.importMap.file, `${file} is not in integrity.json`);
    }
    assert.ok(modules.includes(`/cdn/${dist.version}/core.js`));
    clean();
  });
});
