import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { cachedDist, type Dist } from '../../packages/embed/build/dist.js';
import { CHROME_ARGS, findChrome } from '../support/chrome.mjs';
import { serveSite } from '../support/serve.js';

/**
 * The examples of docs/examples, each as an application would have it: copied into a folder of its
 * own with @assist/elements installed as npm publishes it (dist/esm, package.json after
 * publishConfig) and its framework from this repository, built by Vite with the example's own
 * config, served with the reference API, and used in Chromium: the component renders, takes a
 * property from the framework, and its event reaches the framework's code.
 */
const chromePath = findChrome();
const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'docs', 'examples');

describe('framework examples', { skip: chromePath ? false : 'Chromium not found (apt-get install -y chromium, or set CHROME_PATH)' }, () => {
  let dist: Dist;
  let browser: Browser;
  const apps: string[] = [];

  before(async () => {
    dist = await cachedDist();
    browser = await chromium.launch({ executablePath: chromePath!, args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    for (const app of apps) rmSync(app, { recursive: true, force: true });
  });

  /** The example in a folder of its own, with its dependencies installed; answers the built folder. */
  async function buildApp(name: string, dependencies: string[]): Promise<string> {
    const app = mkdtempSync(join(tmpdir(), `assist-example-${name}-`));
    apps.push(app);
    cpSync(join(examples, name), app, { recursive: true });
    const modules = join(app, 'node_modules');
    const elements = join(modules, '@assist', 'elements');
    cpSync(dist.esm, join(elements, 'dist', 'esm'), { recursive: true });
    const { publishConfig, ...manifest } = JSON.parse(readFileSync(join(root, 'packages', 'elements', 'package.json'), 'utf8')) as { publishConfig: object };
    writeFileSync(join(elements, 'package.json'), JSON.stringify({ ...manifest, ...publishConfig }));
    const from = (dir: string, dep: string) => realpathSync(join(dir, 'node_modules', dep));
    const links: [string, string][] = [
      ['lit', from(join(root, 'packages', 'elements'), 'lit')],
      ['i18next', from(join(root, 'packages', 'elements'), 'i18next')],
      ...dependencies.map((dep): [string, string] => [dep, from(join(root, 'test'), dep)]),
    ];
    for (const [dep, target] of links) {
      mkdirSync(join(modules, dep, '..'), { recursive: true });
      symlinkSync(target, join(modules, dep));
    }
    const config = join(app, 'vite.config.js');
    // Not minified, so that a test can read what the framework's compiler made of the template.
    await build({ root: app, configFile: existsSync(config) ? config : false, logLevel: 'silent', build: { outDir: join(app, 'dist'), emptyOutDir: true, minify: false } });
    return join(app, 'dist');
  }

  /** Serves the page, searches, checks the framework's limit and that the choice reached its code. */
  async function use(files: Record<string, string>): Promise<void> {
    const site = await serveSite({ files, api: '/api' });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      const all = (await (await fetch(`${site.url}/api/v1/help/search?q=return&limit=10`)).json()) as { hits: unknown[] };
      assert.ok(all.hits.length > 3, 'the query finds more than the example shows');
      await page.goto(`${site.url}/`);
      const input = page.locator('assist-faq-search input');
      await input.fill('return');
      const options = page.locator('assist-faq-search [role="option"]');
      await options.first().waitFor();
      assert.equal(await options.count(), 3, 'limit=3 came through');
      const title = (await options.first().locator('.option__title').textContent())!.trim();
      await options.first().click();
      await page.getByRole('status').filter({ hasText: 'You chose:' }).waitFor();
      assert.equal((await page.getByRole('status').filter({ hasText: 'You chose:' }).textContent())!.trim(), `You chose: ${title}`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      await site.close();
    }
  }

  it('plain HTML: the script tag', async () => {
    await use({ [`/assist/${dist.version}/`]: dist.cdn, '/': join(examples, 'html') });
  });

  it('ES modules in a Vite page', async () => {
    await use({ '/': await buildApp('vite', ['vite']) });
  });

  it('React 19: a property and an event handler on the custom element', async () => {
    await use({ '/': await buildApp('react', ['vite', 'react', 'react-dom', '@vitejs/plugin-react']) });
  });

  it('Vue 3: isCustomElement, :limit and @assist-article-select', async () => {
    const built = await buildApp('vue', ['vite', 'vue', '@vitejs/plugin-vue']);
    const code = readdirSync(join(built, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(built, 'assets', f), 'utf8'))
      .join('\n');
    assert.match(code, /"assist-faq-search"/);
    assert.doesNotMatch(code, /resolveComponent\("assist-faq-search"\)/, 'the tag is compiled as an element, not looked up as a Vue component');
    await use({ '/': built });
  });
});
