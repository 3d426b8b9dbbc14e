import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { faults, resetMockApi, scenario, startMockApi } from '../../../../test/support/mock-api.js';
import './faq-search.js';
import type { AssistFaqSearch } from './faq-search.component.js';

const input = (el: AssistFaqSearch) => el.shadowRoot!.querySelector('input')!;
const options = (el: AssistFaqSearch) => [...el.shadowRoot!.querySelectorAll('[role="option"]')];
const status = (el: AssistFaqSearch) => el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();

async function typeInto(el: AssistFaqSearch, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
}

/**
 * The queries the searches sent to the API, in order, and the searches answered (`assist-search`).
 * Keys are typed one at a time: on a busy machine a pause between two of them can outlast the 200 ms
 * debounce, and what was typed so far is searched (and answered, and shown) before the whole text is.
 * So a test that types waits for the search of the whole text, not for the first one.
 */
let sent: string[] = [];
let answered: string[] = [];
const original: typeof fetch = Reflect.get(window, 'fetch');
const pageFetch = original.bind(window);
const recordAnswer = (event: Event) => answered.push((event as CustomEvent<{ query: string }>).detail.query);

/** Types `text` and waits until its search (of `query`, what is sent for it) went out: what shows from then on is its answer. */
async function search(el: AssistFaqSearch, text: string, query = text): Promise<void> {
  await typeInto(el, text);
  await waitUntil(() => sent.at(-1) === query, `no search for ${query} (sent: ${sent.join(' | ')})`, { timeout: 5000 });
}

async function resultsFor(el: AssistFaqSearch, text: string): Promise<void> {
  await search(el, text);
  await waitUntil(() => answered.at(-1) === text && options(el).length > 0, `no results for ${text}`, { timeout: 5000 });
}

before(startMockApi);
beforeEach(async () => {
  await resetMockApi();
  localStorage.clear();
  sent = [];
  answered = [];
  window.fetch = (resource: RequestInfo | URL, init?: RequestInit) => {
    const url = resource instanceof Request ? resource.url : String(resource);
    if (url.includes('/v1/help/search')) sent.push(new URL(url, location.href).searchParams.get('q') ?? '');
    return pageFetch(resource, init);
  };
  document.addEventListener('assist-search', recordAnswer);
});
afterEach(() => {
  window.fetch = original;
  document.removeEventListener('assist-search', recordAnswer);
});

describe('<assist-faq-search>', () => {
  it('is an accessible, labelled combobox before anything is typed, and stores nothing', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    const field = input(el);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.labels?.[0]?.textContent).to.equal('Search help articles');
    expect(localStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('reads the recent searches only when the shopper is about to search, not while the page loads', async () => {
    localStorage.setItem('assist:recent-searches', JSON.stringify(['late fee']));
    const read: string[] = [];
    const getItem: Storage['getItem'] = Reflect.get(Storage.prototype, 'getItem');
    Storage.prototype.getItem = function (this: Storage, key: string) {
      read.push(key);
      return getItem.call(this, key);
    };
    try {
      const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
      expect(read).to.deep.equal([]);
      input(el).focus();
      await waitUntil(() => options(el).length > 0, 'no recent searches offered');
      expect(read).to.deep.equal(['assist:recent-searches']);
      expect(options(el).map((o) => o.textContent.trim())).to.deep.equal(['late fee']);
    } finally {
      Storage.prototype.getItem = getItem;
    }
  });

  it('searches what was typed without a focus or pointer first (the popup then loads with the search)', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    const field = input(el);
    field.value = 'refund';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => options(el).length > 0, 'no results for refund', { timeout: 5000 });
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows highlighted results as the shopper types, and announces how many', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    const searches: CustomEvent<{ query: string; total: number }>[] = [];
    el.addEventListener('assist-search', (event) => searches.push(event));
    await resultsFor(el, 'retrun');
    const { detail } = searches.at(-1)!;
    expect(detail.query).to.equal('retrun');
    expect(detail.total).to.be.greaterThan(0);
    expect(options(el)[0]!.textContent).to.match(/return/i);
    expect(el.shadowRoot!.querySelectorAll('mark').length).to.be.greaterThan(0);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => /articles? found/.test(status(el)));
    await expect(el).to.be.accessible();
  });

  it('is accessible while a search is in flight', async () => {
    await faults({ latencyMs: 400 });
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    await typeInto(el, 'refund');
    await waitUntil(() => status(el) === 'Searching…', 'no loading state', { timeout: 2000 });
    await expect(el).to.be.accessible();
  });

  it('finds and opens an article by keyboard alone', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    await resultsFor(el, 'late fee');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const second = options(el)[1]!;
    expect(second.getAttribute('aria-selected')).to.equal('true');
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(second.id);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(options(el).at(-1)!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    const title = options(el)[0]!.querySelector('.option__title')!.textContent;
    const selected = oneEvent(el, 'assist-article-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.title).to.equal(title);
    expect(detail.slug).to.match(/^[a-z0-9-]+$/);
    expect(detail.query).to.equal('late fee');
  });

  it('closes with Escape, then clears with a second Escape', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    await resultsFor(el, 'payment plan');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('payment plan');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
  });

  it('offers a chat when nothing matches', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    await search(el, 'zzqxv');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="chat-button"]'), 'no chat offer', { timeout: 5000 });
    expect(el.shadowRoot!.textContent).to.contain('No articles match “zzqxv”.');
    await expect(el).to.be.accessible();
    const requested = oneEvent(el, 'assist-chat-request');
    (el.shadowRoot!.querySelector('[part="chat-button"]') as HTMLButtonElement).click();
    expect((await requested).detail).to.deep.equal({ source: 'faq-search', query: 'zzqxv' });
  });

  it('shows an error with a retry when the API is down, and recovers', async () => {
    await scenario('api-down');
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    await search(el, 'refund');
    await waitUntil(() => el.shadowRoot!.querySelector('.search__error'), 'no error state', { timeout: 15000 });
    expect(status(el)).to.equal('Search is not available right now.');
    await expect(el).to.be.accessible();
    await resetMockApi();
    (el.shadowRoot!.querySelector('.search__message button') as HTMLButtonElement).click();
    await waitUntil(() => options(el).length > 0, 'no results after retry', { timeout: 5000 });
  });

  it('shows only the latest search when an earlier answer arrives late', async () => {
    // Every answer takes 2 s: the first is still on its way while the rest is typed.
    await faults({ latencyMs: 2000 });
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    const seen: string[] = [];
    el.addEventListener('assist-search', (e) => seen.push(e.detail.query));
    await typeInto(el, 'card');
    await waitUntil(() => status(el) === 'Searching…', 'the first search did not start', { timeout: 2000 });
    await sendKeys({ type: ' blocked' });
    await waitUntil(() => options(el).length > 0, 'no results', { timeout: 8000 });
    expect(seen).to.deep.equal(['card blocked']);
  });

  it('remembers searches only after one was made, and offers them on focus', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    expect(localStorage.getItem('assist:recent-searches')).to.equal(null);
    await resultsFor(el, 'gift card');
    // Every search answered, newest first (typed slowly, what was typed before the whole text is one too).
    const stored = JSON.parse(localStorage.getItem('assist:recent-searches')!) as string[];
    expect(stored[0]).to.equal('gift card');
    expect(stored).to.deep.equal([...new Set([...answered].reverse())].slice(0, 5));
    const second = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    input(second).focus();
    await second.updateComplete;
    expect(options(second).map((o) => o.textContent.trim())).to.deep.equal(stored);
    await expect(second).to.be.accessible();
  });

  it('follows the theme, and a merchant’s own tokens win over it', async () => {
    const dark = await fixture<AssistFaqSearch>(html`<assist-faq-search theme="dark"></assist-faq-search>`);
    const field = dark.shadowRoot!.querySelector('.search__field')!;
    expect(getComputedStyle(field).backgroundColor).to.equal('rgb(30, 30, 34)');
    await search(dark, 'zzqxv');
    await waitUntil(() => dark.shadowRoot!.querySelector('[part="chat-button"]'), 'no chat offer', { timeout: 5000 });
    await expect(dark).to.be.accessible();
    const branded = await fixture<AssistFaqSearch>(html`<assist-faq-search theme="dark" style="--assist-color-surface: rgb(0, 0, 80)"></assist-faq-search>`);
    expect(getComputedStyle(branded.shadowRoot!.querySelector('.search__field')!).backgroundColor).to.equal('rgb(0, 0, 80)');
  });

  it('keeps two instances on one page independent', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <assist-faq-search id="a"></assist-faq-search><assist-faq-search id="b"></assist-faq-search>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('assist-faq-search')] as AssistFaqSearch[];
    await resultsFor(a!, 'charged twice');
    expect(options(b!)).to.have.length(0);
    expect(input(b!).value).to.equal('');
    expect(input(a!).id).not.to.equal(input(b!).id);
  });

  it('speaks the page language and mirrors for right-to-left', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search lang="ar"></assist-faq-search>`);
    await waitUntil(() => input(el).labels?.[0]?.textContent !== 'Search help articles', 'Arabic strings did not load');
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
    const de = await fixture<AssistFaqSearch>(html`<assist-faq-search locale="de-DE"></assist-faq-search>`);
    await resultsFor(de, 'Rücksendung');
    expect(de.getAttribute('dir')).to.equal('ltr');
    expect(options(de)[0]!.getAttribute('lang')).to.equal('de');
  });

  it('masks a card number typed into the search before it is sent, told to the page or kept among recent searches', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    await search(el, 'refund 4111 1111 1111 1111', 'refund •••• 1111');
    await waitUntil(() => answered.at(-1) === 'refund •••• 1111', 'the page was not told of the search', { timeout: 5000 });
    // Typed slowly, the first digits may be searched before the number is whole: the number itself never leaves.
    expect(sent.filter((q) => q.includes('4111 1111 1111 1111'))).to.deep.equal([]);
    expect(answered.filter((q) => q.includes('4111 1111 1111 1111'))).to.deep.equal([]);
    expect(localStorage.getItem('assist:recent-searches') ?? '')
      .to.include('refund •••• 1111')
      .and.not.include('4111 1111 1111 1111');
    // A number not yet whole (twelve of its digits) is no card number to the contract's rule, and still never sent.
    const again = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    await search(again, 'refund 4111 1111 1111', 'refund ••••');
    expect(sent.filter((q) => /\d(?:[ -]?\d){11}/.test(q))).to.deep.equal([]);
  });

  it('leads from "N articles found" to the full list, by keyboard', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search limit="3"></assist-faq-search>`);
    await resultsFor(el, 'card');
    await waitUntil(() => /found/.test(status(el)), 'no count announced');
    const total = Number(/\d+/.exec(status(el))![0]);
    expect(total).to.be.greaterThan(3);
    expect(options(el)).to.have.length(3);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]')!;
    expect(more.textContent.trim()).to.equal(`Show all ${total} articles`);
    await expect(el).to.be.accessible();
    // Tab leaves the field for the popup's controls (Clear, then Show all) without closing it.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(more);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => options(el).length === Math.min(total, 50), `not every result shown (${options(el).length} of ${total})`, { timeout: 5000 });
    // The field has the focus back, on the first result that was not shown before.
    await waitUntil(() => el.shadowRoot!.activeElement === input(el), 'the field did not get the focus back');
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(options(el)[3]!.id);
    expect(options(el)[3]!.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="show-all"]')).to.equal(null);
    expect(status(el)).to.equal(`${total} articles found`);
    await sendKeys({ press: 'ArrowDown' });
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(options(el)[4]!.id);
    await expect(el).to.be.accessible();
  });

  it('says "Show all" in Polish with the plural it takes', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search lang="pl" limit="1"></assist-faq-search>`);
    await resultsFor(el, 'card');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="show-all"]'), 'no Show all', { timeout: 5000 });
    const total = Number(/\d+/.exec(status(el))![0]);
    const form = new Intl.PluralRules('pl').select(total);
    const expected =
      { one: `Pokaż ${total} artykuł`, few: `Pokaż wszystkie ${total} artykuły`, many: `Pokaż wszystkie ${total} artykułów` }[form as 'one'] ?? `Pokaż wszystkie ${total} artykułu`;
    expect(el.shadowRoot!.querySelector('[part="show-all"]')!.textContent.trim()).to.equal(expected);
  });

  it('offers the first 50 when more match than one answer holds', async () => {
    const el = await fixture<AssistFaqSearch>(html`<assist-faq-search></assist-faq-search>`);
    await resultsFor(el, 'pay');
    await waitUntil(() => /found/.test(status(el)), 'no count announced');
    const total = Number(/\d+/.exec(status(el))![0]);
    expect(total).to.be.greaterThan(50);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]')!;
    expect(more.textContent.trim()).to.equal('Show the first 50 articles');
    more.click();
    await waitUntil(() => options(el).length === 50, `not 50 results (${options(el).length})`, { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part="show-all"]')).to.equal(null);
    expect(status(el)).to.equal(`${total} articles found`);
    const first50 = options(el).map((o) => o.textContent);

    // Past 50: "Show more" pages on by keyboard, below the results shown, the first new one active and its range announced.
    const showMore = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-more"]');
    expect(showMore()?.textContent.trim()).to.equal('Show more');
    await expect(el).to.be.accessible();
    input(el).focus();
    while (el.shadowRoot!.activeElement !== showMore()) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => options(el).length === total, `not every result shown (${options(el).length} of ${total})`, { timeout: 5000 });
    expect(
      options(el)
        .slice(0, 50)
        .map((o) => o.textContent),
    ).to.deep.equal(first50);
    expect(new Set(options(el).map((o) => o.id)).size).to.equal(total);
    await waitUntil(() => el.shadowRoot!.activeElement === input(el), 'the field did not get the focus back');
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(options(el)[50]!.id);
    expect(options(el)[50]!.getAttribute('aria-selected')).to.equal('true');
    expect(status(el)).to.equal(`Articles 51–${total} of ${total}`);
    expect(showMore()).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
