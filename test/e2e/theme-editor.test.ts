import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../support/chrome.mjs';
import { startPlayground, type Playground } from '../support/playground.js';

/** The playground's theme editor (theme.html): inputs change the live components and the CSS to paste. */
const chromePath = findChrome();

describe('theme editor', { skip: chromePath ? false : 'Chromium not found (apt-get install -y chromium, or set CHROME_PATH)' }, () => {
  let playground: Playground;
  let browser: Browser;
  let page: Page;

  before(async () => {
    playground = await startPlayground();
    browser = await chromium.launch({ executablePath: chromePath!, args: CHROME_ARGS });
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${playground.url}/theme.html`);
    await page.waitForFunction(() => document.getElementById('api-status')?.dataset.state === 'ok', undefined, { timeout: 30_000 });
    await page.locator('assist-help-center .topic').first().waitFor();
    assert.deepEqual(errors, []);
  });

  after(async () => {
    await browser?.close();
    await playground?.close();
  });

  const css = () => page.locator('#css').textContent();
  const accentOfHelpCenter = () => page.locator('assist-help-center').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.hc')!).getPropertyValue('--_accent').trim());

  it('starts from the components’ defaults, with nothing to paste', async () => {
    assert.equal(await page.inputValue('#color-accent'), '#0b5c4b');
    assert.match((await css()) ?? '', /nothing to add/);
    assert.match((await page.locator('#contrast').textContent()) ?? '', /Text on the background: \d+\.\d:1 passes AA/);
  });

  it('changes the accent colour of the live components and prints the CSS for it', async () => {
    await page.locator('#color-accent').fill('#6d28d9');
    assert.match((await css()) ?? '', /:root \{\n {2}--assist-color-accent: #6d28d9;\n\}/);
    assert.equal(await accentOfHelpCenter(), '#6d28d9');
  });

  it('sets radius and font, and warns about poor contrast', async () => {
    await page.locator('#radius').fill('1');
    await page.selectOption('#font', { label: 'Serif: Georgia' });
    await page.locator('#color-on-accent').fill('#7c3aed');
    const text = (await css()) ?? '';
    assert.match(text, /--assist-radius: 1rem;/);
    assert.match(text, /--assist-font-family: Georgia, 'Times New Roman', serif;/);
    assert.match((await page.locator('#contrast li[data-pass="false"]').textContent()) ?? '', /Text on the accent: 1\.\d:1 below 4\.5:1/);
    const font = await page.locator('header assist-faq-search').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('input')!).fontFamily);
    assert.match(font, /Georgia/);
  });

  it('switches the palette of every component and says how to ship it', async () => {
    await page.selectOption('#theme', 'dark');
    for (const tag of ['assist-help-center', 'assist-faq-search', 'assist-return-reporter', 'assist-chat-launcher']) {
      assert.equal(await page.locator(tag).first().getAttribute('theme'), 'dark', tag);
    }
    assert.equal(await page.inputValue('#color-surface'), '#1e1e22', 'the dark default of the background');
    assert.match((await css()) ?? '', /data-theme="dark"/);
    await page.click('#reset');
    assert.match((await css()) ?? '', /nothing to add/);
    assert.equal(await accentOfHelpCenter(), '#5fd3b7');
  });
});
