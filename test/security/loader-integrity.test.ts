import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cachedDist, type Dist } from '../../packages/embed/build/dist.js';
import type { Inventory } from '../../packages/embed/build/integrity.js';
import { CHROME_ARGS, findChrome } from '../support/chrome.mjs';
import { serveSite, type Site } from '../support/serve.js';

/**
 * The loader's integrity chain against a CDN that serves a changed file: assist.js pins the hash of
 * importmap.json, which pins every module and translation. Each case serves a copy of the built CDN
 * folder with one byte of one file changed (the file still parses and would run), on a page that has
 * no import map of its own, and checks that the changed file does not run, that the page hears an
 * `error` event and that the page's own script goes on working.
 */
const chromePath = findChrome();
const TAGS = ['assist-chat-launcher', 'assist-faq-search', 'assist-help-center', 'assist-return-reporter'];

type Win = Window & { seen: string[]; paid: number; Assist: { open(component: string): Promise<void> } };

/** Changes one byte of `file` in `dir`: the first letter of `marker`, which must be in it, to upper case. */
function tamper(dir: string, file: string, marker: string): void {
  const path = join(dir, file);
  const bytes = readFileSync(path);
  const at = bytes.indexOf(marker);
  assert.ok(at >= 0, `${marker} is not in ${file}`);
  const changed = Buffer.from(bytes);
  changed[at] = marker.toUpperCase().charCodeAt(0);
  assert.notDeepEqual(changed, bytes);
  writeFileSync(path, changed);
}

describe('the loader refuses a changed file on the CDN', { skip: chromePath ? false : 'Chromium not found (apt-get install -y chromium, or set CHROME_PATH)' }, () => {
  let dist: Dist;
  let inventory: Inventory;
  let site: Site;
  let browser: Browser;
  let work: string;
  /** Folder name → a copy of the CDN folder, served at `/<name>/`. */
  const folders: Record<string, string> = {};

  /** The checkout page: the queue snippet, a listener for errors, the loader (no import map), then a pay button the page wires itself. */
  const page =
    (folder: string, body: string, lang = 'en') =>
    () => ({
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Checkout</title>
      <script>${readFileSync(join(dist.cdn, 'queue.js'), 'utf8')}</script>
      <script>window.seen = []; Assist.on('error', (event) => seen.push(event.detail.component));</script>
      <script src="/${folder}/assist.js" data-api-base="/api" data-market="SE" async></script></head>
      <body><main><h1>Checkout</h1>${body}<button id="pay">Pay</button></main>
      <script>window.paid = 0; document.getElementById('pay').addEventListener('click', () => paid++);</script></body></html>`,
    });

  async function open(path: string): Promise<{ page: Page; requested: string[]; console: string[] }> {
    const tab = await browser.newPage();
    const requested: string[] = [];
    const console: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    tab.on('console', (message) => console.push(message.text()));
    await tab.goto(site.url + path);
    return { page: tab, requested, console };
  }

  /** The page's own script still works: its button counts a click. */
  async function pageStillWorks(tab: Page): Promise<void> {
    await tab.click('#pay');
    assert.equal(await tab.evaluate(() => (window as unknown as Win).paid), 1);
  }

  /** Waits (up to 10 s) until `check` holds. */
  async function until(check: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const refused = (console: string[], file: string) => console.some((text) => /integrity/i.test(text) && text.includes(file));

  const defined = (tab: Page) => tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);

  before(async () => {
    dist = await cachedDist();
    inventory = JSON.parse(readFileSync(join(dist.cdn, 'integrity.json'), 'utf8')) as Inventory;
    work = mkdtempSync(join(tmpdir(), 'assist-tampered-'));
    for (const name of ['good', 'core', 'chunk', 'strings', 'map', 'langmap', 'control']) {
      folders[name] = join(work, name);
      cpSync(dist.cdn, folders[name], { recursive: true });
    }
    // core.js: a letter of the API client's error message, so the file still parses and runs.
    tamper(folders.core!, 'core.js', 'could not be reached');
    tamper(folders.control!, 'core.js', 'could not be reached');
    // A module the help center imports statically (the FAQ search it embeds), not through the loader.
    const embedded = inventory.files.find((f) => f.file === 'help-center/help-center.js')!.imports.find((file) => file !== 'core.js');
    assert.ok(embedded, 'the help center imports a module besides the core');
    tamper(folders.chunk!, embedded, readFileSync(join(dist.cdn, embedded), 'utf8').match(/"([a-z]{4,})"/)![1]!);
    // A translation: the Swedish label of the FAQ search ("Sök i hjälpartiklar").
    tamper(folders.strings!, 'faq-search/strings/sv.js', 'hjälpartiklar');
    // The import map itself.
    tamper(folders.map!, 'importmap.json', 'imports');
    // The Swedish strings' own map (still a module that parses and would run).
    tamper(folders.langmap!, 'maps/sv.js', 'imports');

    site = await serveSite({
      files: Object.fromEntries(Object.entries(folders).map(([name, dir]) => [`/${name}/`, dir])),
      pages: {
        '/good': page('good', '<assist-help-center></assist-help-center>'),
        '/core': page('core', '<assist-help-center></assist-help-center>'),
        '/chunk': page('chunk', '<assist-help-center></assist-help-center>'),
        '/strings': page('strings', '<assist-faq-search></assist-faq-search>', 'sv'),
        '/map': page('map', '<assist-help-center></assist-help-center>'),
        '/good-sv': page('good', '<assist-faq-search></assist-faq-search>', 'sv'),
        '/good-search': page('good', '<assist-faq-search></assist-faq-search>'),
        '/langmap': page('langmap', '<assist-faq-search></assist-faq-search>', 'sv'),
        // The same changed core.js imported without the loader: it runs, so the cases above test the chain, not a broken file.
        '/control': () => ({
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control</title></head><body>
            <script type="module">import('/control/help-center/help-center.js').then(() => (window.done = 'loaded'), (e) => (window.done = String(e)));</script></body></html>`,
        }),
      },
      api: '/api',
    });
    browser = await chromium.launch({ executablePath: chromePath!, args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('loads the untouched files: the component is defined and no error is reported', async () => {
    const { page: tab, requested } = await open('/good');
    await tab.locator('assist-help-center .topic').first().waitFor();
    assert.deepEqual(await tab.evaluate(() => (window as unknown as Win).seen), []);
    assert.ok(requested.includes('/good/importmap.json') && requested.includes('/good/core.js'), requested.join(', '));
    await pageStillWorks(tab);
    await tab.close();
  });

  it('runs the changed core.js when it is imported without the loader (the change keeps it a working file)', async () => {
    const { page: tab } = await open('/control');
    await tab.waitForFunction(() => 'done' in window);
    assert.equal(await tab.evaluate(() => (window as unknown as { done: string }).done), 'loaded');
    assert.ok((await defined(tab)).includes('assist-help-center'));
    await tab.close();
  });

  it('does not run a changed core.js: no Assist element is defined, an error event reaches Assist.on, the page goes on', async () => {
    const { page: tab, requested, console } = await open('/core');
    await tab.waitForFunction(() => (window as unknown as Win).seen.length > 0);
    assert.deepEqual(await tab.evaluate(() => (window as unknown as Win).seen), ['help-center']);
    assert.ok(requested.includes('/core/core.js'), 'the browser fetched core.js and refused it');
    assert.ok(refused(console, '/core/core.js'), console.join('\n'));
    assert.deepEqual(await defined(tab), []);
    // Opening it again fails the same way, with another error event.
    const again = await tab.evaluate(() =>
      (window as unknown as Win).Assist.open('help-center').then(
        () => 'opened',
        () => 'refused',
      ),
    );
    assert.equal(again, 'refused');
    assert.deepEqual(await defined(tab), []);
    await pageStillWorks(tab);
    await tab.close();
  });

  it('does not run a component whose statically imported module was changed', async () => {
    const { page: tab, console } = await open('/chunk');
    await tab.waitForFunction(() => (window as unknown as Win).seen.length > 0);
    assert.deepEqual(await tab.evaluate(() => (window as unknown as Win).seen), ['help-center']);
    assert.ok(refused(console, '/chunk/faq-search/faq-search.js'), console.join('\n'));
    assert.deepEqual(await defined(tab), []);
    await pageStillWorks(tab);
    await tab.close();
  });

  it('does not use a changed translation', async () => {
    const { page: tab, requested, console } = await open('/strings');
    await until(() => refused(console, '/strings/faq-search/strings/sv.js'), 'the Swedish strings to be refused');
    assert.ok(requested.includes('/strings/faq-search/strings/sv.js'));
    await tab.locator('assist-faq-search input').waitFor();
    const shown = await tab.locator('assist-faq-search').evaluate((search) => search.shadowRoot!.textContent ?? '');
    assert.ok(!shown.includes('Hjälpartiklar'), `the changed text is shown: ${shown}`);
    await pageStillWorks(tab);
    await tab.close();
  });

  /** The FAQ search's label, once its input is shown. */
  const label = async (tab: Page) => {
    await tab.locator('assist-faq-search input').waitFor();
    return tab.locator('assist-faq-search').evaluate((search) => search.shadowRoot!.textContent ?? '');
  };
  /** Paths requested under `folder` for the strings of `locale`: its map, then its translations. */
  const ofLanguage = (requested: string[], folder: string, locale: string) =>
    requested.filter((path) => path === `/${folder}/maps/${locale}.js` || (path.startsWith(`/${folder}/`) && path.endsWith(`/strings/${locale}.js`)));

  it('shows a page in Swedish through the Swedish map, fetched before the Swedish strings and only those', async () => {
    const { page: tab, requested, console } = await open('/good-sv');
    await tab.waitForFunction(() => document.querySelector('assist-faq-search')?.shadowRoot?.textContent?.includes('Sök i hjälpartiklar'));
    const swedish = ofLanguage(requested, 'good', 'sv');
    assert.equal(swedish[0], '/good/maps/sv.js', swedish.join(', '));
    assert.ok(swedish.includes('/good/faq-search/strings/sv.js'), swedish.join(', '));
    assert.deepEqual(
      requested.filter((path) => /\/maps\/|\/strings\//.test(path) && !swedish.includes(path)),
      [],
      'no other language',
    );
    assert.ok(!console.some((text) => /integrity/i.test(text)), console.join('\n'));
    assert.deepEqual(await tab.evaluate(() => (window as unknown as Win).seen), []);
    await tab.close();
  });

  it('fetches a language’s map first when the language changes at runtime: an element’s lang, then Assist.setLocale()', async () => {
    const { page: tab, requested } = await open('/good-search');
    assert.ok((await label(tab)).includes('Search help articles'));
    assert.deepEqual(ofLanguage(requested, 'good', 'de'), [], 'nothing German before the change');
    await tab.evaluate(() => document.querySelector('assist-faq-search')!.setAttribute('lang', 'de'));
    await tab.waitForFunction(() => document.querySelector('assist-faq-search')!.shadowRoot!.textContent.includes('Hilfeartikel durchsuchen'));
    const german = ofLanguage(requested, 'good', 'de');
    assert.equal(german[0], '/good/maps/de.js', german.join(', '));
    assert.ok(german.includes('/good/faq-search/strings/de.js'), german.join(', '));
    // The page's language goes; the configured one (setLocale) applies.
    await tab.evaluate(() => {
      document.querySelector('assist-faq-search')!.removeAttribute('lang');
      document.documentElement.removeAttribute('lang');
      (window as unknown as { Assist: { setLocale(locale: string): void } }).Assist.setLocale('fi');
    });
    await tab.waitForFunction(() => document.querySelector('assist-faq-search')!.shadowRoot!.textContent.includes('Hae ohjeartikkeleista'));
    const finnish = ofLanguage(requested, 'good', 'fi');
    assert.equal(finnish[0], '/good/maps/fi.js', finnish.join(', '));
    assert.ok(finnish.includes('/good/faq-search/strings/fi.js'), finnish.join(', '));
    assert.deepEqual(await tab.evaluate(() => (window as unknown as Win).seen), []);
    await tab.close();
  });

  it('loads no translation when a language’s map was changed: the component shows English', async () => {
    const { page: tab, requested, console } = await open('/langmap');
    await until(() => refused(console, '/langmap/maps/sv.js'), 'the Swedish map to be refused');
    const shown = await label(tab);
    assert.ok(shown.includes('Search help articles'), `not English: ${shown}`);
    assert.deepEqual(ofLanguage(requested, 'langmap', 'sv'), ['/langmap/maps/sv.js'], 'no Swedish strings were fetched');
    await pageStillWorks(tab);
    await tab.close();
  });

  it('loads nothing when the import map was changed', async () => {
    const { page: tab, requested } = await open('/map');
    await tab.waitForFunction(() => (window as unknown as Win).seen.length > 0);
    assert.deepEqual(await tab.evaluate(() => (window as unknown as Win).seen), ['help-center']);
    assert.deepEqual(
      requested.filter((path) => path.startsWith('/map/') && path.endsWith('.js')),
      ['/map/assist.js'],
      'no module was fetched',
    );
    assert.deepEqual(await defined(tab), []);
    await pageStillWorks(tab);
    await tab.close();
  });
});
