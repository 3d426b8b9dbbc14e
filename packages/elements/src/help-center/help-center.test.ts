import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { API, resetMockApi, scenario, setClock, startMockApi } from '../../../../test/support/mock-api.js';
import { LOCALES } from '../i18n/locales.js';
import './help-center.js';
import type { AssistHelpCenter } from './help-center.component.js';

const root = (el: AssistHelpCenter) => el.shadowRoot!;
const heading = (el: AssistHelpCenter) => root(el).querySelector('h2')?.textContent?.trim() ?? '';
const button = (el: AssistHelpCenter, text: string) => [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent.trim().startsWith(text));

async function ready(el: AssistHelpCenter): Promise<AssistHelpCenter> {
  await waitUntil(() => root(el).querySelector('.topic, article, [role="alert"]'), 'help center did not load', { timeout: 8000 });
  return el;
}

async function articleShown(el: AssistHelpCenter, title?: RegExp): Promise<void> {
  await waitUntil(() => root(el).querySelector('article') && (!title || title.test(heading(el))), `article ${title} not shown`, { timeout: 8000 });
}

// The dev server serves hundreds of modules: room for the entries the tests look for.
performance.setResourceTimingBufferSize(100_000);

before(async () => {
  // A shopper in Sweden (the times are the shopper's; help-center.zone.test.ts has one elsewhere).
  await executeServerCommand('time-zone', { zone: 'Europe/Stockholm' });
  await startMockApi();
});
after(() => executeServerCommand('time-zone', { zone: null }));
// Opening an article writes it into this page's URL: each test starts from the page's own.
const page = location.href;
afterEach(() => history.replaceState(null, '', page));
beforeEach(async () => {
  await resetMockApi();
  await setClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 in Stockholm
  localStorage.clear();
});

describe('<assist-help-center>', () => {
  it('greets, lists every topic with its questions, and shows contact options with today’s phone hours', async () => {
    const el = await ready(await fixture<AssistHelpCenter>(html`<assist-help-center market="SE" lang="en-GB"></assist-help-center>`));
    expect(heading(el)).to.equal('How can we help?');
    const topics = [...root(el).querySelectorAll('.topic h4')].map((h) => h.textContent);
    expect(topics).to.include.members(['Payments', 'Refunds and returns', 'Problems and disputes', 'Credit card', 'Balance']);
    expect(root(el).querySelectorAll('.topic a').length).to.be.greaterThan(20);
    expect(root(el).textContent).to.contain('More ways we can help');
    await waitUntil(() => root(el).querySelector('a[href^="tel:"]'), 'no phone number');
    expect(root(el).querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+46846500400');
    expect(root(el).textContent).to.contain('Today 09:00–17:00');
    expect(root(el).textContent).to.match(/Open now, until 17:00/);
    // The article view (article/article.ts) loads with the first article, not with the home view.
    const articleViewRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/help-center/article/article.'));
    expect(articleViewRequested()).to.equal(false);
    const us = await ready(await fixture<AssistHelpCenter>(html`<assist-help-center market="US" lang="en-US"></assist-help-center>`));
    // A US shop's hours (09:00–21:00 in New York) on the Swedish shopper's clock, the zone named once.
    await waitUntil(() => /Today 03:00\sPM–03:00\sAM\sGMT\+1(?!.*GMT)/.test(root(us).textContent), `US hours: ${root(us).querySelector('[part=contact]')?.textContent}`);
    await expect(el).to.be.accessible();
  });

  it('fetches at most 5 KB of JSON for its home view, in every language it ships', async () => {
    // Every API answer the home view fetches, by body size as received: the help content (topics and the
    // questions listed under them) and the phone hours of the contact block, together within 5 KB.
    const saved: typeof fetch = Reflect.get(window, 'fetch');
    const original = saved.bind(window);
    const sizes: { url: string; bytes: number }[] = [];
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await original(...args);
      const url = args[0] instanceof Request ? args[0].url : String(args[0]);
      if (url.includes(API)) sizes.push({ url, bytes: (await response.clone().arrayBuffer()).byteLength });
      return response;
    };
    try {
      for (const locale of LOCALES) {
        sizes.length = 0;
        const el = await ready(await fixture<AssistHelpCenter>(html`<assist-help-center market="SE" lang=${locale}></assist-help-center>`));
        await waitUntil(() => root(el).querySelector('a[href^="tel:"]'), `${locale}: no phone number`);
        expect(root(el).querySelectorAll('.topic a').length, `${locale}: questions under the topics`).to.be.greaterThan(20);
        const seen = sizes.map((entry) => `${new URL(entry.url).pathname.replace(/.*\/v1\//, '')} ${entry.bytes} B`).join(', ');
        const help = sizes.filter((entry) => entry.url.includes('/v1/help/'));
        expect(help.length, `${locale}: help requests (${seen})`).to.be.greaterThan(0);
        expect(
          sizes.every((entry) => entry.url.includes('/v1/help/') || entry.url.includes('/v1/availability')),
          `${locale}: only help content and phone hours (${seen})`,
        ).to.equal(true);
        expect(
          sizes.reduce((sum, entry) => sum + entry.bytes, 0),
          `${locale}: ${seen}`,
        ).to.be.at.most(5 * 1024);
      }
    } finally {
      window.fetch = saved;
    }
  });

  it('says when the phones open again outside hours', async () => {
    await setClock('2026-11-22T21:00:00Z'); // Sunday night
    const el = await ready(await fixture<AssistHelpCenter>(html`<assist-help-center market="DE"></assist-help-center>`));
    await waitUntil(() => /Closed now, opens/.test(root(el).textContent), 'no closed notice');
    expect(root(el).textContent).to.contain('Closed today');
  });

  it('keeps the phone hours current: when the phones close, and when the page is shown again after the clock moved', async function () {
    this.timeout(20_000);
    await setClock('2026-11-18T15:59:57Z'); // Wednesday 16:59:57 in Stockholm: three seconds before the phones close
    const el = await ready(await fixture<AssistHelpCenter>(html`<assist-help-center market="SE" lang="en-GB"></assist-help-center>`));
    const contact = () => root(el).querySelector('[part=contact]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    await waitUntil(() => /Open now, until 17:00/.test(contact()), `not open: ${contact()}`);
    await expect(el).to.be.accessible();
    await waitUntil(() => /Closed now, opens Thu/.test(contact()), `still shown as open after closing time: ${contact()}`, { timeout: 10_000 });
    await expect(el).to.be.accessible();

    // The clock moves (a scenario) while the page is hidden: shown again, the hours are read again.
    await setClock('2026-11-19T10:00:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => /Open now, until 17:00/.test(contact()), `not refreshed when shown: ${contact()}`, { timeout: 8000 });
  });

  it('keeps the phone number on one line in a narrow column', async () => {
    const el = await ready(await fixture<AssistHelpCenter>(html`<assist-help-center market="SE" lang="en-GB" style="width: 140px"></assist-help-center>`));
    await waitUntil(() => root(el).querySelector('a[href^="tel:"] span'), 'no phone number');
    // The lines the number's text runs over: one.
    const range = document.createRange();
    range.selectNodeContents(root(el).querySelector('a[href^="tel:"] span')!);
    expect(new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('finds an article with the search and opens it in place, by keyboard alone', async () => {
    const el = await ready(await fixture<AssistHelpCenter>(html`<assist-help-center></assist-help-center>`));
    const search = root(el).querySelector('assist-faq-search')!;
    await sendKeys({ press: 'Tab' });
    expect(search.shadowRoot!.activeElement?.getAttribute('role')).to.equal('combobox');
    await sendKeys({ type: 'retrun' });
    await waitUntil(() => search.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'no results', { timeout: 5000 });
    await sendKeys({ press: 'ArrowDown' });
    const navigated = oneEvent(el, 'assist-help-navigate');
    await sendKeys({ press: 'Enter' });
    expect((await navigated).detail.view).to.equal('article');
    await articleShown(el, /return/i);
    expect(root(el).activeElement?.tagName).to.equal('H2');
    await expect(el).to.be.accessible();
  });

  it('opens a deep-linked article, follows links in place, and goes back and forward', async () => {
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center article="how-to-return"></assist-help-center>`);
    await articleShown(el, /How do I return my order\?/);
    expect(root(el).querySelector('nav ol')!.textContent).to.contain('Refunds and returns');
    const related = root(el).querySelector<HTMLAnchorElement>('article section a')!;
    const relatedTitle = related.textContent.trim();
    related.click();
    const relatedPattern = new RegExp(relatedTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    await articleShown(el, relatedPattern);
    expect(button(el, 'Forward')).to.equal(undefined);
    button(el, 'Back')!.click();
    await articleShown(el, /How do I return my order\?/);
    button(el, 'Forward')!.click();
    await articleShown(el, relatedPattern);
    button(el, 'Back')!.click();
    await articleShown(el, /How do I return my order\?/);
    button(el, 'Back')!.click();
    await waitUntil(() => heading(el) === 'How can we help?');
    expect(root(el).querySelector('nav')).to.equal(null);
  });

  it('lists a topic’s articles and navigates by breadcrumb', async () => {
    const el = await ready(await fixture<AssistHelpCenter>(html`<assist-help-center></assist-help-center>`));
    const topic = [...root(el).querySelectorAll<HTMLButtonElement>('.topic button')].find((b) => b.textContent.includes('Credit card'))!;
    topic.click();
    await waitUntil(() => heading(el) === 'Credit card');
    expect(root(el).querySelectorAll('.articles li')).to.have.length(7);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLAnchorElement>('.articles a')!.click();
    await articleShown(el);
    const crumbs = [...root(el).querySelectorAll<HTMLButtonElement>('nav button')];
    crumbs[1]!.click();
    await waitUntil(() => heading(el) === 'Credit card');
  });

  it('collects "was this helpful?" feedback, with a reason when it was not', async () => {
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center article="late-fee-charged"></assist-help-center>`);
    await articleShown(el);
    button(el, 'No')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('fieldset legend')!.textContent).to.equal('What was wrong?');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLInputElement>('input[value="incomplete"]')!.click();
    root(el).querySelector<HTMLTextAreaElement>('textarea')!.value = 'Which fee applies in Sweden?';
    const sent = oneEvent(el, 'assist-article-feedback');
    button(el, 'Send feedback')!.click();
    expect((await sent).detail).to.deep.equal({ articleId: 'art_late_fee_charged', slug: 'late-fee-charged', helpful: false, reason: 'incomplete' });
    await waitUntil(() => root(el).textContent.includes('Thank you, your feedback helps us improve.'));
    await expect(el).to.be.accessible();
  });

  it('tells the shopper when an article does not exist', async () => {
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center article="no-such-article"></assist-help-center>`);
    await waitUntil(() => root(el).textContent.includes('We couldn’t find that article.'), 'no not-found state', { timeout: 8000 });
    await expect(el).to.be.accessible();
    button(el, 'Back to all topics')!.click();
    await ready(el);
    await waitUntil(() => heading(el) === 'How can we help?');
  });

  it('shows an error with a retry when the API is down, and recovers', async () => {
    await scenario('api-down');
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center></assist-help-center>`);
    await waitUntil(() => root(el).querySelector('.error'), 'no error state', { timeout: 15000 });
    await expect(el).to.be.accessible();
    await resetMockApi();
    button(el, 'Try again')!.click();
    await waitUntil(() => root(el).querySelector('.topic'), 'no recovery', { timeout: 8000 });
  });

  it('hands chat and callback requests to the page', async () => {
    const el = await ready(await fixture<AssistHelpCenter>(html`<assist-help-center></assist-help-center>`));
    const chat = oneEvent(el, 'assist-chat-request');
    const contact = oneEvent(el, 'assist-contact-select');
    button(el, 'Chat with us')!.click();
    expect((await chat).detail.source).to.equal('help-center');
    expect((await contact).detail.channel).to.equal('chat');
    const callback = oneEvent(el, 'assist-callback-request');
    button(el, 'Request a callback')!.click();
    expect((await callback).detail.source).to.equal('help-center');
  });

  it('shows Swedish content for sv-SE and mirrors for Arabic', async () => {
    const sv = await fixture<AssistHelpCenter>(html`<assist-help-center lang="sv-SE" article="how-to-return"></assist-help-center>`);
    await articleShown(sv, /retur/i);
    expect(root(sv).querySelector('article')!.getAttribute('lang')).to.equal('sv');
    // The article view waits for its own Swedish strings: no English first.
    expect(root(sv).querySelector('[part=article]')!.textContent).to.contain('Var artikeln till hjälp?');
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('/help-center/article/article.'))).to.equal(true);
    // The Swedish article is in the page URL now, which a help center added later would open: back to the page's own URL.
    history.replaceState(null, '', page);
    const ar = await ready(await fixture<AssistHelpCenter>(html`<assist-help-center lang="ar"></assist-help-center>`));
    await waitUntil(() => heading(ar) !== 'How can we help?', 'Arabic strings did not load');
    expect(ar.getAttribute('dir')).to.equal('rtl');
    await expect(ar).to.be.accessible();
    // Articles have Arabic text: the article is marked Arabic inside the mirrored layout.
    ar.openArticle('charged-twice');
    await articleShown(ar);
    expect(root(ar).querySelector('article')!.getAttribute('lang')).to.equal('ar');
    expect(root(ar).querySelector('article')!.getAttribute('dir')).to.equal('rtl');
  });

  it('speaks Hebrew and mirrors: headings and topics run from the right, articles keep their own direction', async () => {
    const el = await ready(await fixture<AssistHelpCenter>(html`<assist-help-center lang="he"></assist-help-center>`));
    await waitUntil(() => heading(el) === 'איך אפשר לעזור?', `Hebrew strings did not load: ${heading(el)}`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    const title = root(el).querySelector('h2')!;
    expect(getComputedStyle(title).direction).to.equal('rtl');
    const range = document.createRange();
    range.selectNodeContents(title);
    expect(Math.abs(range.getBoundingClientRect().right - title.getBoundingClientRect().right)).to.be.lessThan(24);
    expect(root(el).textContent).to.contain('דרכים נוספות לקבל עזרה');
    await expect(el).to.be.accessible();
    // An article is shown right to left when it is in Hebrew, and left to right in the English fallback.
    el.openArticle('charged-twice');
    await articleShown(el);
    const article = root(el).querySelector('article')!;
    expect(article.getAttribute('dir')).to.equal(article.getAttribute('lang') === 'he' ? 'rtl' : 'ltr');
    expect(root(el).querySelector('[part=article]')!.textContent).to.contain('המאמר הזה עזר לך?');
  });

  it('keeps two instances on one page independent', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><assist-help-center></assist-help-center><assist-help-center></assist-help-center></div>`);
    const [a, b] = [...wrapper.querySelectorAll('assist-help-center')] as AssistHelpCenter[];
    await ready(a!);
    await ready(b!);
    a!.openArticle('charged-twice');
    await articleShown(a!, /charged twice/i);
    expect(heading(b!)).to.equal('How can we help?');
  });
});
