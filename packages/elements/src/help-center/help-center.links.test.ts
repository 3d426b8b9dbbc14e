import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetMockApi, setClock, startMockApi } from '../../../../test/support/mock-api.js';
import './help-center.js';
import type { AssistHelpCenter } from './help-center.component.js';

const root = (el: AssistHelpCenter) => el.shadowRoot!;
const heading = (el: AssistHelpCenter) => root(el).querySelector('h2')?.textContent?.trim() ?? '';
const button = (el: AssistHelpCenter, text: string) => [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent.trim().startsWith(text));
const param = (name = 'assist-article') => new URLSearchParams(location.search).get(name);

async function articleShown(el: AssistHelpCenter, title?: RegExp): Promise<void> {
  await waitUntil(() => root(el).querySelector('article') && (!title || title.test(heading(el))), `article ${title} not shown (${heading(el)})`, { timeout: 8000 });
}

async function homeShown(el: AssistHelpCenter): Promise<void> {
  await waitUntil(() => heading(el) === 'How can we help?' && root(el).querySelector('.topic'), `home not shown (${heading(el)})`, { timeout: 8000 });
}

/** The page's URL with `search` (and `hash`) in place of its own, keeping the test runner's parameters. */
function visit(search: Record<string, string>, hash = ''): void {
  const url = new URL(page);
  for (const [name, value] of Object.entries(search)) url.searchParams.set(name, value);
  url.hash = hash;
  history.replaceState({ shop: 'checkout' }, '', url.href);
}

/** The help center's mark on the page's current history entry. */
const mark = () => Object.entries((history.state ?? {}) as Record<string, { v?: { kind?: string } }>).find(([key]) => key.startsWith('assist-help-center-'))?.[1];

const page = location.href;
before(startMockApi);
beforeEach(async () => {
  await resetMockApi();
  await setClock('2026-11-18T10:00:00Z');
  localStorage.clear();
});
afterEach(() => history.replaceState(null, '', page));

describe('<assist-help-center> in the page URL', () => {
  it('opens the article of the URL on load, with the home view behind it', async () => {
    visit({ 'assist-article': 'how-to-return' });
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center article="late-fee-charged"></assist-help-center>`);
    // The URL (a shared link) wins over the page's own starting article.
    await articleShown(el, /How do I return my order\?/);
    await expect(el).to.be.accessible();
    // Nothing new in the page's history: Back inside the help center shows the home view in the same entry.
    const length = history.length;
    button(el, 'Back')!.click();
    await homeShown(el);
    expect(history.length).to.equal(length);
    expect(param()).to.equal(null);
    expect(history.state.shop).to.equal('checkout');
    await expect(el).to.be.accessible();
  });

  it('starts at its article attribute in the page’s own entry, and shows it in the URL', async () => {
    const length = history.length;
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center article="late-fee-charged"></assist-help-center>`);
    await articleShown(el, /late/i);
    await waitUntil(() => param() === 'late-fee-charged', 'the article is not in the URL');
    expect(history.length).to.equal(length);
  });

  it('reads and writes the parameter the page names, or none', async () => {
    visit({ help: 'late-fee-charged', 'assist-article': 'how-to-return' });
    const named = await fixture<AssistHelpCenter>(html`<assist-help-center url-param="help"></assist-help-center>`);
    await articleShown(named, /late/i);
    named.openArticle('charged-twice');
    await articleShown(named, /charged twice/i);
    expect(param('help')).to.equal('charged-twice');
    expect(param()).to.equal('how-to-return');
    history.replaceState(null, '', page);
    visit({ 'assist-article': 'how-to-return' });
    const off = await fixture<AssistHelpCenter>(html`<assist-help-center url-param="none"></assist-help-center>`);
    await homeShown(off);
    const before = location.href;
    const length = history.length;
    off.openArticle('charged-twice');
    await articleShown(off, /charged twice/i);
    expect(location.href).to.equal(before);
    expect(history.length).to.equal(length);
    // Without a URL of its own there is no link to copy.
    expect(button(off, 'Copy link')).to.equal(undefined);
  });

  it('writes each article it opens into the URL, keeping the page’s parameters, hash and state, and follows Back and Forward', async () => {
    visit({ step: 'payment' }, '#help');
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center></assist-help-center>`);
    await homeShown(el);
    const start = location.href;
    const [first] = [...root(el).querySelectorAll<HTMLAnchorElement>('.topic a')];
    const slug = new URL(first!.href).searchParams.get('assist-article')!;
    // Every link is the page URL that opens its article (it works in a new tab).
    expect(new URL(first!.href).searchParams.get('step')).to.equal('payment');
    first!.click();
    await articleShown(el);
    await waitUntil(() => param() === slug, 'the article is not in the URL');
    expect(new URLSearchParams(location.search).get('step')).to.equal('payment');
    expect(location.hash).to.equal('#help');
    expect(history.state.shop).to.equal('checkout');
    const firstTitle = heading(el);
    const related = root(el).querySelector<HTMLAnchorElement>('article section a')!;
    const relatedSlug = new URL(related.href).searchParams.get('assist-article')!;
    related.click();
    await waitUntil(() => param() === relatedSlug && heading(el) !== firstTitle, 'the related article is not in the URL');
    await articleShown(el);
    const relatedTitle = heading(el);

    history.back();
    await waitUntil(() => param() === slug && heading(el) === firstTitle, 'Back did not return to the first article');
    expect(root(el).activeElement?.tagName).to.equal('H2');
    history.forward();
    await waitUntil(() => param() === relatedSlug && heading(el) === relatedTitle, 'Forward did not open the related article again');
    // The help center's own Back takes the page's step too.
    button(el, 'Back')!.click();
    await waitUntil(() => param() === slug && heading(el) === firstTitle, 'Back (button) did not return');
    history.back();
    // Out of the help center's history: the page is where it was, the help center at home.
    await homeShown(el);
    expect(location.href).to.equal(start);
    expect(history.state.shop).to.equal('checkout');
    await expect(el).to.be.accessible();
  });

  it('gives a topic its own entry too, without the parameter', async () => {
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center></assist-help-center>`);
    await homeShown(el);
    const start = location.href;
    [...root(el).querySelectorAll<HTMLButtonElement>('.topic button')].find((b) => b.textContent.includes('Credit card'))!.click();
    await waitUntil(() => heading(el) === 'Credit card', 'no topic');
    await waitUntil(() => mark()?.v?.kind === 'category', 'no entry of its own');
    expect(location.href).to.equal(start);
    await expect(el).to.be.accessible();
    history.back();
    await homeShown(el);
    history.forward();
    await waitUntil(() => heading(el) === 'Credit card', 'Forward did not open the topic again');
  });

  it('leaves the page’s own history entries alone', async () => {
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center></assist-help-center>`);
    await homeShown(el);
    el.openArticle('charged-twice');
    await articleShown(el, /charged twice/i);
    // The merchant's page opens its own step (a cart drawer) on top.
    const url = new URL(location.href);
    url.searchParams.set('drawer', 'cart');
    history.pushState({ drawer: 'cart' }, '', url.href);
    el.openArticle('late-fee-charged');
    await articleShown(el, /late/i);
    history.back();
    await waitUntil(() => new URLSearchParams(location.search).get('drawer') === 'cart' && param() === 'charged-twice', 'Back did not reach the page’s entry');
    // The page's entry is not the help center's: it stays where it is.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heading(el)).to.match(/late/i);
    history.back();
    await articleShown(el, /charged twice/i);
  });

  it('opens the article set after load', async () => {
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center></assist-help-center>`);
    await homeShown(el);
    el.article = 'how-to-return';
    await articleShown(el, /How do I return my order\?/);
    expect(param()).to.equal('how-to-return');
    el.setAttribute('article', 'late-fee-charged');
    await articleShown(el, /late/i);
    await expect(el).to.be.accessible();
    history.back();
    await articleShown(el, /How do I return my order\?/);
  });

  it('copies the article’s link and says so', async () => {
    visit({ step: 'payment' });
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center article="how-to-return"></assist-help-center>`);
    await articleShown(el, /How do I return my order\?/);
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const original = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
    clipboard.writeText = (text: string) => {
      copied.push(text);
      return Promise.resolve();
    };
    try {
      const status = root(el).querySelector('.share [role="status"]')!;
      expect(status.textContent.trim()).to.equal('');
      button(el, 'Copy link')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => status.textContent.trim() === 'Link copied', 'no announcement');
      expect(copied).to.have.length(1);
      const link = new URL(copied[0]!);
      expect(link.searchParams.get('assist-article')).to.equal('how-to-return');
      expect(link.searchParams.get('step')).to.equal('payment');
      await expect(el).to.be.accessible();

      // The browser refuses the clipboard: the link shows in a field, selected, to copy by hand.
      clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      button(el, 'Copy link')!.click();
      await waitUntil(() => root(el).querySelector('.share input'), 'no link field');
      const field = root(el).querySelector<HTMLInputElement>('.share input')!;
      expect(field.readOnly).to.equal(true);
      expect(field.labels?.[0]?.textContent).to.equal('Link to this article');
      expect(new URL(field.value).searchParams.get('assist-article')).to.equal('how-to-return');
      await waitUntil(() => root(el).activeElement === field, 'the field has no focus');
      expect(field.selectionStart).to.equal(0);
      expect(field.selectionEnd).to.equal(field.value.length);
      expect(status.textContent.trim()).to.equal('');
      await expect(el).to.be.accessible();
    } finally {
      if (original) Object.defineProperty(clipboard, 'writeText', original);
      else Reflect.deleteProperty(clipboard, 'writeText');
    }
  });

  it('says "Copy link" in the shopper’s language', async () => {
    const el = await fixture<AssistHelpCenter>(html`<assist-help-center lang="sv-SE" article="how-to-return"></assist-help-center>`);
    await articleShown(el, /retur/i);
    expect(button(el, 'Kopiera länk')).to.not.equal(undefined);
  });
});
