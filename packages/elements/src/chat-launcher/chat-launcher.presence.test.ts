import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { API, resetMockApi, setClock, startMockApi } from '../../../../test/support/mock-api.js';
import './chat-launcher.js';
import type { AssistChatLauncher } from './chat-launcher.component.js';

/** Suggestions while typing, and presence: who is typing, unread answers in the title, the opt-in sound. */

const AGENT_TOKEN = 'demo-agent-token';
const root = (el: AssistChatLauncher) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: AssistChatLauncher, selector: string) => root(el).querySelector<T & Element>(selector);
const active = (el: AssistChatLauncher) => root(el).activeElement as HTMLElement | null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const field = (el: AssistChatLauncher) => $<HTMLTextAreaElement>(el, '.composer textarea')!;
const options = (el: AssistChatLauncher) => [...root(el).querySelectorAll<HTMLButtonElement>('.suggest button')];
const confirmed = (el: AssistChatLauncher) => [...root(el).querySelectorAll<HTMLElement>('.msg:not(.msg--pending)')];
const button = (el: AssistChatLauncher, label: string) => [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
/** The polite region that says how many articles were found. */
const said = (el: AssistChatLauncher) => text([...root(el).querySelectorAll('.composer [aria-live="polite"]')].at(-1));
const until = (check: () => unknown, what: string, timeout = 8000) => waitUntil(check, what, { timeout });

async function api(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<any> {
  const response = await fetch(`${API}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}
const saved = () => JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith('assist:chat:'))!)!) as { id: string; token: string };
const transcript = async () => (await api(`/v1/chat/sessions/${saved().id}/transcript`, { token: saved().token })).messages as { author: string; text: string }[];

/** Every help search the page makes, by its `q`. */
let searches: string[] = [];
const realFetch = window.fetch.bind(window);

async function startGuest(el: AssistChatLauncher): Promise<void> {
  el.open();
  await el.updateComplete;
  button(el, 'Ask a general question without verifying')!.click();
  await until(() => confirmed(el).some((m) => m.classList.contains('msg--assistant')), 'no greeting');
}

/** An agent takes the chat (the simulated one is off), while the panel is closed or open. */
async function handToAgent(el: AssistChatLauncher): Promise<string> {
  await api('/__admin/chat/agent', { method: 'POST', body: { behaviour: 'none' } });
  button(el, 'Talk to a person')!.click();
  await until(() => $(el, '.banner'), 'not queued');
  const id = saved().id;
  await api(`/v1/agent/sessions/${id}/claim`, { method: 'POST', token: AGENT_TOKEN, body: { agentName: 'Kim' } });
  return id;
}

before(startMockApi);
beforeEach(async () => {
  await resetMockApi();
  await setClock('2026-11-18T10:00:00Z');
  sessionStorage.clear();
  localStorage.clear();
  searches = [];
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname.endsWith('/v1/help/search')) searches.push(url.searchParams.get('q') ?? '');
    return realFetch(input, init);
  };
});
afterEach(() => {
  window.fetch = realFetch;
  fixtureCleanup();
});

describe('<assist-chat-launcher> suggestions while typing', () => {
  it('suggests articles after a pause, reached by the arrow keys, and opens the chosen one inside the chat', async function () {
    this.timeout(20_000);
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher lang="en"></assist-chat-launcher>`);
    await startGuest(el);
    field(el).focus();
    await sendKeys({ type: 'ho' });
    await el.updateComplete;
    expect(options(el)).to.have.length(0);
    await sendKeys({ type: 'w do I return my order' });
    await until(() => options(el).length > 0, 'no suggestions');
    expect(searches.at(-1)).to.equal('how do I return my order');
    expect(searches.every((q) => q.length >= 3)).to.equal(true);
    expect(options(el).length).to.be.at.most(3);
    expect(text(options(el)[0])).to.equal('How do I return my order?');
    expect(said(el)).to.match(/^\d help articles? may answer your question\. Press the down arrow/);
    expect($(el, '.suggest')!.getAttribute('aria-label')).to.equal('Help articles that may answer your question');
    await expect(el).to.be.accessible();

    // Down at the end of the text moves into the list, Up from the first option back to the field.
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)).to.equal(options(el)[0]);
    if (options(el).length > 1) {
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)).to.equal(options(el)[1]);
      await sendKeys({ press: 'ArrowUp' });
    }
    await sendKeys({ press: 'ArrowUp' });
    expect(active(el)).to.equal(field(el));
    await sendKeys({ press: 'ArrowDown' });

    const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('assist-article-select', (e) => resolve(e as CustomEvent), { once: true }));
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.include({ title: 'How do I return my order?', query: 'how do I return my order' });
    await until(() => $(el, '.article p:not([role])'), 'the article did not load');
    // In the chat: the panel is open, the article where the conversation was, its title focused.
    expect(el.isOpen).to.equal(true);
    expect($(el, '.log')).to.equal(null);
    expect(text($(el, '.article h3'))).to.equal('How do I return my order?');
    expect(active(el)).to.equal($(el, '.article h3'));
    expect(options(el)).to.have.length(0);
    await expect(el).to.be.accessible();

    button(el, 'Back to the chat')!.click();
    await until(() => $(el, '.log') && active(el) === field(el), 'not back in the conversation');
    expect(field(el).value).to.equal('how do I return my order');
    expect((await transcript()).filter((m) => m.author === 'shopper')).to.have.length(0);
  });

  it('still sends with Enter while suggestions show, and Escape closes them before the panel', async function () {
    this.timeout(20_000);
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher lang="en"></assist-chat-launcher>`);
    await startGuest(el);
    field(el).focus();
    await sendKeys({ type: 'return my order' });
    await until(() => options(el).length > 0, 'no suggestions');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(options(el)).to.have.length(0);
    expect(said(el)).to.equal('');
    expect(el.isOpen).to.equal(true);
    expect(active(el)).to.equal(field(el));

    await sendKeys({ type: ' please' });
    await until(() => options(el).length > 0, 'no suggestions for the new text');
    await sendKeys({ press: 'Enter' });
    await until(async () => (await transcript()).some((m) => m.author === 'shopper' && m.text === 'return my order please'), 'not sent');
    expect(field(el).value).to.equal('');
    expect(options(el)).to.have.length(0);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.isOpen).to.equal(false);
  });

  it('never searches for a text with a card number in it', async function () {
    this.timeout(20_000);
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher lang="en"></assist-chat-launcher>`);
    await startGuest(el);
    field(el).focus();
    await sendKeys({ type: 'charged twice on 4111 1111 1111 1111' });
    await until(() => text($(el, '.composer__warn')) !== '', 'no card warning');
    // Longer than the pause before a search: a search would have started by now.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(options(el)).to.have.length(0);
    expect(searches.filter((q) => /\d{4}/.test(q))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('<assist-chat-launcher> presence', () => {
  it('shows and announces when the agent types, and hides it when they stop', async function () {
    this.timeout(20_000);
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher lang="en"></assist-chat-launcher>`);
    await startGuest(el);
    const id = await handToAgent(el);
    const typing = $(el, '.typing')!;
    expect(typing.getAttribute('aria-live')).to.equal('polite');
    await api(`/v1/agent/sessions/${id}/typing`, { method: 'POST', token: AGENT_TOKEN, body: { typing: true } });
    await until(() => text($(el, '.typing')) === 'An agent is typing…', 'no typing indicator');
    expect($(el, '.typing')!.getClientRects().length).to.be.above(0);
    await expect(el).to.be.accessible();
    await api(`/v1/agent/sessions/${id}/typing`, { method: 'POST', token: AGENT_TOKEN, body: { typing: false } });
    await until(() => text($(el, '.typing')) === '', 'the indicator stays');
    // Typing again, then the answer: the answer ends the indicator.
    await api(`/v1/agent/sessions/${id}/typing`, { method: 'POST', token: AGENT_TOKEN, body: { typing: true } });
    await until(() => text($(el, '.typing')) !== '', 'no typing indicator');
    await api(`/v1/agent/sessions/${id}/messages`, { method: 'POST', token: AGENT_TOKEN, body: { id: 'agentmsg01', text: 'Hi, Kim here.' } });
    await until(() => text($(el, '.typing')) === '' && confirmed(el).some((m) => m.classList.contains('msg--agent')), 'the answer did not end it');
  });

  it('counts unread answers in the title only when asked to, and restores the title on open and removal', async function () {
    this.timeout(20_000);
    document.title = 'Checkout';
    const plain = await fixture<AssistChatLauncher>(html`<assist-chat-launcher lang="en"></assist-chat-launcher>`);
    await startGuest(plain);
    const first = await handToAgent(plain);
    plain.close();
    await api(`/v1/agent/sessions/${first}/messages`, { method: 'POST', token: AGENT_TOKEN, body: { id: 'agentmsg01', text: 'Hi.' } });
    await until(() => $(plain, '.badge'), 'no unread badge');
    expect(document.title).to.equal('Checkout');
    fixtureCleanup();
    sessionStorage.clear();

    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher lang="en" title-count></assist-chat-launcher>`);
    await startGuest(el);
    const id = await handToAgent(el);
    el.close();
    await api(`/v1/agent/sessions/${id}/messages`, { method: 'POST', token: AGENT_TOKEN, body: { id: 'agentmsg02', text: 'Hi, Kim here.' } });
    await until(() => document.title === '(1) Checkout', `title is ${document.title}`);
    await api(`/v1/agent/sessions/${id}/messages`, { method: 'POST', token: AGENT_TOKEN, body: { id: 'agentmsg03', text: 'I can see your chat.' } });
    await until(() => document.title === '(2) Checkout', `title is ${document.title}`);
    expect(text($(el, '.launcher'))).to.include('New messages: 2');
    await expect(el).to.be.accessible();
    el.open();
    await el.updateComplete;
    await el.updateComplete;
    expect(document.title).to.equal('Checkout');
    el.close();
    await api(`/v1/agent/sessions/${id}/messages`, { method: 'POST', token: AGENT_TOKEN, body: { id: 'agentmsg04', text: 'Still there?' } });
    await until(() => document.title === '(1) Checkout', `title is ${document.title}`);
    el.remove();
    expect(document.title).to.equal('Checkout');
  });

  it('beeps for a new answer only when the sound is switched on', async function () {
    this.timeout(20_000);
    const tones: number[] = [];
    const RealAudioContext = window.AudioContext;
    class FakeAudioContext {
      currentTime = 0;
      destination = {};
      resume = () => Promise.resolve();
      close = () => Promise.resolve();
      createGain = () => ({ gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (next: unknown) => next });
      createOscillator = () => ({ frequency: { value: 0 }, connect: (next: unknown) => next, start: () => tones.push(1), stop() {} });
    }
    Object.assign(window, { AudioContext: FakeAudioContext });
    try {
      for (const sound of [false, true]) {
        const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher lang="en" ?sound=${sound}></assist-chat-launcher>`);
        await startGuest(el);
        const id = await handToAgent(el);
        // A real key press: browsers allow sound only after the shopper has interacted with the page.
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(el.isOpen).to.equal(false);
        await api(`/v1/agent/sessions/${id}/messages`, { method: 'POST', token: AGENT_TOKEN, body: { id: `agentmsg0${sound ? 2 : 1}`, text: 'Hi, Kim here.' } });
        await until(() => $(el, '.badge'), 'no unread badge');
        if (sound) await until(() => tones.length === 1, 'no beep');
        else expect(tones).to.deep.equal([]);
        fixtureCleanup();
        sessionStorage.clear();
      }
    } finally {
      Object.assign(window, { AudioContext: RealAudioContext });
    }
  });
});
