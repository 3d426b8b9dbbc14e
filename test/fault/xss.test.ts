import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ARTICLES, CATEGORY_IDS, CONTENT_LOCALES, type ArticleSeed, type ArticleText, type ContentLocale } from '../../mock-server/src/fixtures/help/index.js';
import { parseArticle } from '../../mock-server/src/help/markdown.js';
import { HelpContent } from '../../mock-server/src/help/service.js';
import { launchChromium, withNameShim } from '../bench/support/browser.js';
import { bundlePage } from '../bench/support/bundle.js';
import { serveSite, type Site } from '../support/serve.js';
import { findChrome } from '../support/chrome.mjs';
import { DEMO_AGENT_TOKEN, testApp, type TestApp } from './support.js';

/**
 * Injection payloads through every text path the components have, rendered in Chromium: text the
 * shopper types (search queries, feedback comments, chat messages, return comments and problem
 * descriptions) and text the API sends back (article titles, summaries and bodies, search snippets
 * and highlights, an agent's name and messages). The payloads call a trap function if they ever run;
 * the page is served with a report-only Content-Security-Policy (script-src 'self',
 * require-trusted-types-for 'script'), so anything that would run or would need a policy is reported
 * without being blocked; and after each path no injected element or attribute (script, iframe, object,
 * style, on* handlers, javascript: URLs) may exist in any shadow root. Each payload must also be shown,
 * as text, where it was sent: the path was really taken.
 */

const root = join(import.meta.dirname, '..', '..');
const elements = join(root, 'packages', 'elements', 'src');
const registration = (folder: string) => join(elements, folder, `${folder}.ts`);

/** Each calls __xss(n) if it runs. */
const PAYLOADS = [
  '<script>__xss(1)</script>',
  '<img src=x onerror="__xss(2)">',
  '<svg onload=__xss(3)>',
  '<svg><script>__xss(4)</script></svg>',
  'javascript:__xss(5)',
  '"><script>__xss(6)</script>',
  "'><img src=x onerror=__xss(7)>",
  '${__xss(8)}',
  '{{__xss(9)}}',
  '</textarea><script>__xss(10)</script>',
  '<!--<script>__xss(11)</script>-->',
  ']]><script>__xss(12)</script>',
  '`;__xss(13);`',
  '<iframe src="javascript:__xss(14)"></iframe>',
  '<a href="javascript:__xss(15)">click</a>',
  '<details open ontoggle=__xss(16)>',
  '<body onload=__xss(17)>',
  '<input autofocus onfocus=__xss(18)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(19)>',
  '＜script＞__xss(20)＜/script＞',
  '\u202e<img src=x onerror=__xss(21)>',
  '<scr\u0000ipt>__xss(22)</script>',
  '%3Cscript%3E__xss(23)%3C/script%3E',
  '&lt;script&gt;__xss(24)&lt;/script&gt;',
  '<img src=x onerror=&#95;&#95;xss(25)>',
  '<object data="data:text/html,<script>parent.__xss(26)</script>"></object>',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(27)">',
  '<a href="jav&#x09;ascript:__xss(28)">tab</a>',
  '<svg><a xlink:href="javascript:__xss(29)"><text>x</text></a></svg>',
  '[x](javascript:__xss(30))',
  '**<img src=x onerror=__xss(31)>**',
  '[x](article:"><img src=x onerror=__xss(32)>)',
  '<template><script>__xss(33)</script></template>',
  '<style>@import "javascript:__xss(34)";</style>',
  '<form><button formaction="javascript:__xss(35)">go</button></form>',
  '<div style="background:url(javascript:__xss(36))">',
  '\u2028<script>__xss(37)</script>\u2029',
];

/** Runs in the page before anything else: the trap, the CSP listener and the scan of every shadow root. */
const PAGE_GUARDS = `
  window.__xssHits = [];
  window.__xss = (n) => window.__xssHits.push(String(n));
  window.alert = (m) => window.__xssHits.push('alert ' + m);
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')), true);
  window.__injected = () => {
    const out = [];
    // Elements that load or run something by themselves; any other injected element shows up by its on* or javascript: attributes.
    const DANGEROUS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'meta', 'base', 'link', 'style']);
    const URL_ATTRS = /^(href|src|action|formaction|xlink:href|data|srcdoc|background|poster)$/i;
    const scan = (root, inShadow) => {
      for (const el of root.querySelectorAll('*')) {
        // The page's own markup (data-page) is not checked itself; what components render inside it is.
        if (!el.hasAttribute('data-page')) {
          if (inShadow ? DANGEROUS.has(el.localName) : el.localName === 'script') out.push('<' + el.localName + '> in ' + (root.host ? root.host.localName : 'document'));
          for (const a of el.attributes) {
            if (/^on/i.test(a.name)) out.push(a.name + ' on <' + el.localName + '>');
            if (URL_ATTRS.test(a.name) && /^(javascript|data|vbscript):/i.test(a.value.replace(/[\\u0000-\\u0020]/g, ''))) out.push(a.name + '=' + a.value.slice(0, 40) + ' on <' + el.localName + '>');
          }
        }
        if (el.shadowRoot) scan(el.shadowRoot, true);
      }
    };
    scan(document, false);
    return out;
  };
`;

/** The help content the API serves here: the real articles plus one article per payload, the payload in every field. */
function poisonedHelp(): HelpContent {
  const poisoned: ArticleSeed[] = PAYLOADS.map((payload, i) => {
    const next = `xss-${(i + 1) % PAYLOADS.length}`;
    const text: ArticleText = {
      title: `Payload ${i}: ${payload}`,
      summary: `Summary ${payload}`,
      keywords: ['xsscheck', payload],
      body: [
        `## ${payload}`,
        `A paragraph with ${payload} inside it, about xsscheck.`,
        `- ${payload}`,
        `- **${payload}** and *${payload}*`,
        `1. [${payload}](article:${next})`,
        `2. [click](javascript:__xss(${100 + i})) [open](https://example.com/${encodeURIComponent(payload)}) [data](data:text/html,${encodeURIComponent(payload)})`,
      ].join('\n\n'),
    };
    return {
      id: `art_xss_${i}`,
      slug: `xss-${i}`,
      category: CATEGORY_IDS[i % (CATEGORY_IDS.length - 1)]!,
      faq: null,
      related: [next, ARTICLES[0]!.slug],
      content: Object.fromEntries(CONTENT_LOCALES.map((locale) => [locale, text])) as Record<ContentLocale, ArticleText>,
    };
  });
  return new HelpContent([...poisoned, ...ARTICLES]);
}

/** The text a paragraph of the article markdown subset shows: `**b**` is bold "b", `[x](…)` is "x". */
function shownText(markdown: string): string {
  const [block] = parseArticle(markdown) as { content?: { text: string }[] }[];
  return (block?.content ?? []).map((span) => span.text).join('');
}

interface Findings {
  hits: string[];
  violations: string[];
  injected: string[];
}

const findings = (page: Page): Promise<Findings> =>
  page.evaluate(() => {
    const w = window as unknown as { __xssHits: string[]; __violations: string[]; __injected: () => string[] };
    return { hits: w.__xssHits, violations: w.__violations, injected: w.__injected() };
  });

/** Lets late payloads (image errors, focus, navigations) happen, then asserts none ran, was reported or was injected. */
async function assertClean(page: Page, where: string): Promise<void> {
  await page.waitForTimeout(300);
  const found = await findings(page);
  assert.deepEqual(found, { hits: [], violations: [], injected: [] }, where);
}

/** All text of a component, through its shadow root and the shadow roots inside it. */
const allText = (page: Page, tag: string): Promise<string> =>
  page.evaluate((name) => {
    const text = (node: Node): string =>
      [...node.childNodes].map((c) => (c.nodeType === Node.TEXT_NODE ? c.textContent : text(c))).join('') +
      ((node as Element).shadowRoot ? text((node as Element).shadowRoot!) : '');
    const el = document.querySelector(name);
    return el ? text(el.shadowRoot ?? el) : '';
  }, tag);

describe('XSS: injection payloads through every text path', { skip: findChrome() ? false : 'Chromium not found (apt-get install -y chromium, or set CHROME_PATH)' }, () => {
  let api: TestApp;
  let site: Site;
  let browser: Browser;

  before(async () => {
    api = testApp();
    api.deps.help = poisonedHelp();
    const components = ['help-center', 'chat-launcher', 'return-reporter'];
    const files = new Map<string, string>([
      [
        '/index.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>xss</title></head><body>
<main data-page><assist-faq-search data-page api-base="/api" locale="en"></assist-faq-search>
<assist-help-center data-page api-base="/api" market="SE" locale="en"></assist-help-center></main>
<assist-chat-launcher data-page api-base="/api" market="SE" locale="en"></assist-chat-launcher>
<script data-page type="module" src="/entry.js"></script></body></html>`,
      ],
      ...(await bundlePage({ contents: components.map((c) => `import ${JSON.stringify(registration(c))};`).join('\n'), resolveDir: import.meta.dirname }, { minify: false })),
    ]);
    site = await serveSite({
      files,
      api: { prefix: '/api', fetch: api.app.fetch },
      pageHeaders: { 'content-security-policy-report-only': "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'" },
    });
    browser = (await launchChromium())!;
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(): Promise<Page> {
    const page = await withNameShim(await browser.newPage());
    await page.addInitScript(PAGE_GUARDS);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.goto(site.url);
    await page.waitForFunction(() => !!document.querySelector('assist-help-center')?.shadowRoot?.querySelector('.topic'), undefined, { timeout: 20_000 });
    assert.deepEqual(errors, []);
    await assertClean(page, 'the page as loaded');
    return page;
  }

  it('help center: article titles, summaries, bodies and links from the API render as text', async () => {
    const page = await open();
    // The home page lists the first articles of each topic: the poisoned ones come first.
    const home = await allText(page, 'assist-help-center');
    const listed = PAYLOADS.filter((payload, i) => home.includes(`Payload ${i}: ${payload}`)).length;
    assert.ok(listed >= 14, `${listed} poisoned titles listed on the home page as text`);
    for (const [i, payload] of PAYLOADS.entries()) {
      await page.evaluate((slug) => (document.querySelector('assist-help-center') as HTMLElement & { openArticle(s: string): void }).openArticle(slug), `xss-${i}`);
      await page.waitForFunction(
        (title) => document.querySelector('assist-help-center')?.shadowRoot?.querySelector('article h2')?.textContent?.trim() === title,
        `Payload ${i}: ${payload}`.trim(),
        { timeout: 8_000 },
      );
      const article = await allText(page, 'assist-help-center');
      assert.ok(article.includes(shownText(`A paragraph with ${payload} inside it, about xsscheck.`)), `article ${i} body shows the payload as text`);
      const next = (i + 1) % PAYLOADS.length;
      assert.ok(article.includes(`Payload ${next}: ${PAYLOADS[next]}`), `article ${i} lists its related article ${next} by its title, as text`);
    }
    await assertClean(page, 'after opening every article');
    await page.close();
  });

  it('FAQ search: typed queries, snippets, highlights and recent searches render as text', async () => {
    const page = await open();
    const input = page.locator('main > assist-faq-search input');
    let withHits = 0;
    for (const payload of PAYLOADS) {
      const query = payload.trim();
      // Armed before the search: resolves when this query's results (or none) are rendered.
      await page.evaluate((q) => {
        const el = document.querySelector('main > assist-faq-search') as HTMLElement & { updateComplete: Promise<boolean> };
        (window as unknown as { searched: Promise<number> }).searched = new Promise<number>((resolve) => {
          const done = (event: Event) => {
            const detail = (event as CustomEvent<{ query: string; total: number }>).detail;
            if (detail.query !== q) return;
            el.removeEventListener('assist-search', done);
            void el.updateComplete.then(() => resolve(detail.total));
          };
          el.addEventListener('assist-search', done);
        });
      }, query);
      await input.fill(payload);
      await input.press('Enter');
      const total = await page.evaluate(() => (window as unknown as { searched: Promise<number> }).searched);
      const text = await allText(page, 'main > assist-faq-search');
      if (total > 0) {
        withHits++;
        assert.match(text, /Payload \d+: /, `the results for ${JSON.stringify(query)} show poisoned titles as text`);
      } else {
        assert.ok(text.includes(query), `the no-results message shows ${JSON.stringify(query)} as text`);
      }
    }
    assert.ok(withHits > PAYLOADS.length / 2, `${withHits} searches found poisoned articles (snippets and highlights rendered)`);
    // The recent searches list, made of the payloads.
    await input.fill('');
    await input.focus();
    await page.waitForFunction(() => (document.querySelector('main > assist-faq-search')?.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0) > 0);
    await assertClean(page, 'after every search');
    await page.close();
  });

  it('article feedback: comments are sent and stored as typed, and nothing runs', async () => {
    const page = await open();
    for (const [i, payload] of PAYLOADS.entries()) {
      await page.evaluate((slug) => (document.querySelector('assist-help-center') as HTMLElement & { openArticle(s: string): void }).openArticle(slug), `xss-${i}`);
      const hc = page.locator('assist-help-center');
      await hc.locator('article h2').waitFor();
      await hc.locator('.feedback__choices button').nth(1).click();
      await hc.locator('form.feedback textarea').fill(payload);
      await hc.locator('form.feedback button[type="submit"]').click();
      await hc.locator('[role="status"]', { hasText: 'Thank you' }).waitFor({ timeout: 8_000 });
      const stored = await api.deps.store.feedbackFor(`art_xss_${i}`);
      assert.deepEqual(
        stored.map((f) => f.comment),
        [payload.trim()],
        `comment ${i} stored as typed`,
      );
    }
    await assertClean(page, 'after every feedback comment');
    await page.close();
  });

  it("chat: messages the shopper types, and an agent's name, messages and summary, render as text", async () => {
    const page = await open();
    const chat = page.locator('assist-chat-launcher');
    await page.evaluate(() => (document.querySelector('assist-chat-launcher') as HTMLElement & { open(): void }).open());
    await chat.getByRole('button', { name: 'Ask a general question without verifying' }).click();
    await chat.locator('.msg--assistant').first().waitFor({ timeout: 8_000 });
    const field = chat.locator('.composer textarea');
    for (const payload of PAYLOADS) {
      await field.fill(payload);
      await field.press('Enter');
      await page.waitForFunction(
        (text) =>
          [...(document.querySelector('assist-chat-launcher')?.shadowRoot?.querySelectorAll('.msg--shopper:not(.msg--pending)') ?? [])].some((m) => m.textContent?.includes(text)),
        payload.trim(),
        { timeout: 8_000 },
      );
    }
    // The chat goes to a person. The simulated agent joins under a payload name; then a person claims it and writes payloads.
    const saved = await page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('assist:chat:'))!;
      return JSON.parse(sessionStorage.getItem(key)!) as { id: string; token: string };
    });
    const agentName = '<img src=x onerror=__xss(90)>';
    const named = await api.call('POST', '/__admin/chat/agent', { body: { name: agentName } });
    assert.equal(named.status, 200, named.text);
    const escalated = await api.call('POST', `/v1/chat/sessions/${saved.id}/escalate`, {
      token: saved.token,
      headers: { 'idempotency-key': 'xss-escalate' },
      body: { reason: 'shopper_request' },
    });
    assert.ok([200, 409].includes(escalated.status), escalated.text);
    await api.scheduler.advance(30 * 60_000);
    await page.waitForFunction((name) => document.querySelector('assist-chat-launcher')?.shadowRoot?.textContent?.includes(name) ?? false, agentName, { timeout: 10_000 });
    const claimed = await api.call('POST', `/v1/agent/sessions/${saved.id}/claim`, { token: DEMO_AGENT_TOKEN, body: { agentName: PAYLOADS[0] } });
    assert.equal(claimed.status, 200, claimed.text);
    for (const [i, payload] of PAYLOADS.entries()) {
      const sent = await api.call('POST', `/v1/agent/sessions/${saved.id}/messages`, { token: DEMO_AGENT_TOKEN, body: { id: `agent-xss-${i}`, text: `Agent says ${payload}` } });
      assert.equal(sent.status, 201, sent.text);
    }
    await page.waitForFunction(
      (last) => document.querySelector('assist-chat-launcher')?.shadowRoot?.textContent?.includes(last) ?? false,
      `Agent says ${PAYLOADS.at(-1)!}`.trim(),
      { timeout: 10_000 },
    );
    const resolved = await api.call('POST', `/v1/agent/sessions/${saved.id}/resolve`, { token: DEMO_AGENT_TOKEN, body: { summary: `Summary ${PAYLOADS[1]}` } });
    assert.equal(resolved.status, 200, resolved.text);
    const text = await allText(page, 'assist-chat-launcher');
    for (const payload of PAYLOADS) assert.ok(text.includes(`Agent says ${payload}`.trim()), `the agent's message ${payload} is shown as text`);
    assert.ok(text.includes(agentName), "the simulated agent's name is shown as text");
    await assertClean(page, 'after the conversation');
    await page.close();
  });

  it('returns and problems: comments, carrier and descriptions render as text', async () => {
    const token = await api.login('astrid');
    // Payloads in chunks that fit the fields: a comment of at most 1,000 characters, a description of at most 2,000.
    const chunks: string[] = [];
    for (const payload of PAYLOADS) {
      const last = chunks.at(-1);
      if (last !== undefined && last.length + payload.length + 3 <= 900) chunks[chunks.length - 1] = `${last} | ${payload}`;
      else chunks.push(payload);
    }
    const mount = async (page: Page, mode: 'return' | 'problem') => {
      await page.evaluate(
        ({ shopperToken, kind }) => {
          document.querySelector('assist-return-reporter')?.remove();
          const el = document.createElement('assist-return-reporter') as HTMLElement & { token?: string };
          el.setAttribute('api-base', '/api');
          el.setAttribute('locale', 'en');
          el.setAttribute('mode', kind);
          el.token = shopperToken;
          document.body.append(el);
        },
        { shopperToken: token, kind: mode },
      );
      return page.locator('assist-return-reporter');
    };
    const page = await open();
    for (const [n, comment] of chunks.entries()) {
      await api.deps.store.reset('default');
      const reporter = await mount(page, 'return');
      await reporter.locator('label', { hasText: 'Nordic Outdoor' }).click({ timeout: 8_000 });
      await reporter.getByRole('button', { name: 'Continue' }).click();
      await reporter.getByRole('heading', { name: 'What are you sending back?' }).waitFor();
      await reporter.locator('label', { hasText: 'Hiking boots' }).first().click();
      await reporter.getByRole('button', { name: 'Continue' }).click();
      await reporter.getByRole('heading', { name: 'Why are you returning it?' }).waitFor();
      await reporter.locator('label', { hasText: 'Wrong size or fit' }).click();
      await reporter.locator('textarea').fill(comment);
      await reporter.getByRole('button', { name: 'Continue' }).click();
      await reporter.getByRole('heading', { name: 'How are you sending it back?' }).waitFor();
      await reporter.locator('label', { hasText: 'Drop off at a parcel point' }).click();
      const carrier = PAYLOADS.filter((p) => p.length <= 60)[n % PAYLOADS.filter((p) => p.length <= 60).length]!;
      await reporter.locator('input[id$="-carrier"]').fill(carrier);
      await reporter.locator('input[id$="-tracking"]').fill('PN123456789SE');
      await reporter.getByRole('button', { name: 'Continue' }).click();
      await reporter.getByRole('heading', { name: 'Check and send' }).waitFor();
      const review = await allText(page, 'assist-return-reporter');
      assert.ok(review.includes(comment.trim()), `the review shows comment ${n} as text`);
      assert.ok(review.includes(carrier.trim()), `the review shows carrier ${n} as text`);
      await reporter.getByRole('button', { name: 'Report return' }).click();
      await reporter.getByRole('heading', { name: 'Your return' }).waitFor({ timeout: 8_000 });
      await assertClean(page, `after return ${n}`);
    }
    for (const [n, description] of chunks.entries()) {
      await api.deps.store.reset('default');
      const reporter = await mount(page, 'problem');
      await reporter.locator('label', { hasText: 'Nordic Outdoor' }).click({ timeout: 8_000 });
      await reporter.getByRole('button', { name: 'Continue' }).click();
      await reporter.getByRole('heading', { name: 'What went wrong?' }).waitFor();
      await reporter.locator('label', { hasText: 'The item is faulty' }).click();
      await reporter.locator('textarea').fill(`It broke: ${description}`);
      await reporter.getByRole('button', { name: 'Continue' }).click();
      await reporter.getByRole('heading', { name: 'Check and send' }).waitFor();
      assert.ok((await allText(page, 'assist-return-reporter')).includes(`It broke: ${description}`.trim()), `the review shows description ${n} as text`);
      await reporter.getByRole('button', { name: 'Report problem' }).click();
      await reporter.getByRole('heading', { name: 'Your problem' }).waitFor({ timeout: 8_000 });
      await assertClean(page, `after problem ${n}`);
    }
    await page.close();
  });
});
