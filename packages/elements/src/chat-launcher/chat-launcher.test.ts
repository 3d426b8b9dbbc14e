import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { Email, OrderReference, Phone, luhnValid } from '@assist/contract';
import { API, faults, resetMockApi, scenario, setClock, startMockApi } from '../../../../test/support/mock-api.js';
import './chat-launcher.js';
import type { AssistChatLauncher } from './chat-launcher.component.js';
import { email, orderReference, phone } from './rules.js';
import { network } from '../../../../test/support/flaky-network.js';

const AGENT_TOKEN = 'demo-agent-token';
const root = (el: AssistChatLauncher) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: AssistChatLauncher, selector: string) => root(el).querySelector<T & Element>(selector);
const active = (el: AssistChatLauncher) => root(el).activeElement as HTMLElement | null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const panel = (el: AssistChatLauncher) => $(el, '[role="dialog"]');
/** The launcher's accessible name: its text without what is hidden from assistive technology. */
const name = (el: AssistChatLauncher) =>
  [...launcher(el).querySelectorAll('span:not([aria-hidden]), svg')]
    .filter((n) => !n.closest('[aria-hidden="true"]') && n.tagName !== 'svg' && !n.querySelector('span'))
    .map(text)
    .join(' ');
const launcher = (el: AssistChatLauncher) => $<HTMLButtonElement>(el, '.launcher')!;
const confirmed = (el: AssistChatLauncher) => [...root(el).querySelectorAll<HTMLElement>('.msg:not(.msg--pending)')];
const pending = (el: AssistChatLauncher) => [...root(el).querySelectorAll<HTMLElement>('.msg--pending')];
const button = (el: AssistChatLauncher, label: string | RegExp) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))));

async function tab(back = false): Promise<void> {
  if (back) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (back) await sendKeys({ up: 'Shift' });
}

/** Presses Tab (or Shift+Tab) until the focused element inside the launcher matches. */
async function tabTo(el: AssistChatLauncher, match: (node: HTMLElement) => boolean, shift = false): Promise<HTMLElement> {
  for (let i = 0; i < 60; i++) {
    const node = active(el);
    if (node && match(node)) return node;
    await tab(shift);
  }
  throw new Error(`not reachable by keyboard; focus is on ${active(el)?.outerHTML}`);
}
const named = (label: string | RegExp) => (node: HTMLElement) => (typeof label === 'string' ? text(node) === label : label.test(text(node)));

async function until(check: () => unknown, what: string, timeout = 8000): Promise<void> {
  await waitUntil(check, what, { timeout });
}

async function api(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<any> {
  const response = await fetch(`${API}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.method === 'POST' ? { 'idempotency-key': `test${Math.random().toString(36).slice(2, 14)}` } : {}),
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

const agentSettings = (settings: Record<string, unknown>) => api('/__admin/chat/agent', { method: 'POST', body: settings });
const saved = () => JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith('assist:chat:'))!)!) as { id: string; token: string };
const transcript = async () =>
  (await api(`/v1/chat/sessions/${saved().id}/transcript`, { token: saved().token })).messages as { id: string; sequence: number; author: string; text: string }[];

/** Opens the panel and starts an unverified chat; resolves when the assistant's greeting is shown. */
async function startGuest(el: AssistChatLauncher): Promise<void> {
  el.open();
  await el.updateComplete;
  button(el, 'Ask a general question without verifying')!.click();
  await until(() => confirmed(el).some((m) => m.classList.contains('msg--assistant')), 'no greeting');
}

async function say(el: AssistChatLauncher, words: string): Promise<void> {
  const field = $<HTMLTextAreaElement>(el, '.composer textarea')!;
  field.focus();
  await sendKeys({ type: words });
  await sendKeys({ press: 'Enter' });
}

const answers = (el: AssistChatLauncher) => confirmed(el).filter((m) => !m.classList.contains('msg--shopper'));

before(startMockApi);
beforeEach(async () => {
  await resetMockApi();
  await setClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 in Stockholm: agents and phones open
  sessionStorage.clear();
  localStorage.clear();
  network.restore();
});
afterEach(() => network.restore());

describe('<assist-chat-launcher>', () => {
  it('is a labelled button of at least 44 px that stores nothing until the shopper starts a chat', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    const rect = launcher(el).getBoundingClientRect();
    expect(name(el)).to.equal('Chat with us');
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('false');
    expect(rect.width).to.be.at.least(44);
    expect(rect.height).to.be.at.least(44);
    expect(panel(el)).to.equal(null);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('verifies, answers the next payment, extends the due date after confirmation, hands over to an agent who answers, and is rated: all by keyboard', async function () {
    this.timeout(40_000);
    await agentSettings({ replyDelayMs: 1500, followUpDelayMs: 500 });
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher market="SE" lang="en"></assist-chat-launcher>`);
    const events: string[] = [];
    for (const name of ['assist-chat-open', 'assist-chat-started', 'assist-chat-message-sent', 'assist-chat-escalated', 'assist-chat-rated'] as const) {
      el.addEventListener(name, () => events.push(name));
    }

    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(launcher(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The panel is there at once, before any answer from the network.
    expect(panel(el)!.getAttribute('aria-modal')).to.equal('true');
    expect(text(root(el).getElementById(panel(el)!.getAttribute('aria-labelledby')!))).to.equal('Customer service chat');
    await until(() => active(el)?.getAttribute('name') === 'reference', 'the reference field did not get focus');
    await expect(el).to.be.accessible();

    await sendKeys({ type: 'se-4k7m2qxp' });
    await tabTo(el, (n) => n.getAttribute('name') === 'contact');
    await sendKeys({ type: 'Astrid.Lindqvist@example.se' });
    await tabTo(el, (n) => n.getAttribute('name') === 'consent');
    await sendKeys({ press: 'Space' });
    await tabTo(el, named('Start chat'));
    await sendKeys({ press: 'Enter' });
    await until(() => /Hi Astrid!/.test(text($(el, '.msg--assistant'))), 'no greeting by name', 10_000);
    expect(text($(el, '.ticket'))).to.match(/^Ticket T-[A-Z0-9]{6} Expected answer by /);
    expect(active(el)).to.equal($(el, '.composer textarea'));

    await sendKeys({ type: 'When is my next payment?' });
    await sendKeys({ press: 'Enter' });
    await until(() => text(answers(el).at(-1)).includes('Payment plan'), 'no payment plan card');
    expect(text(answers(el).at(-1))).to.match(/next payment is SEK\s?437\.00/);
    const planCard = answers(el).at(-1)!.querySelector('[part="card"]')!;
    expect(text(planCard)).to.contain('Payment 1');
    await expect(el).to.be.accessible();

    await sendKeys({ type: 'Can I extend the due date?' });
    await sendKeys({ press: 'Enter' });
    await until(() => button(el, /^\+14 days/), 'no extension offer');
    await expect(el).to.be.accessible();
    const offer = await tabTo(el, named(/^\+14 days/), true);
    await sendKeys({ press: 'Enter' });
    await until(() => /^Done: your payment of SEK\s?437\.00 is now due on/.test(text(answers(el).at(-1)?.querySelector('.msg__text'))), 'extension not confirmed');
    expect((offer as HTMLButtonElement).disabled).to.equal(true);
    const session = saved();
    const plan = await api('/v1/orders/ord_se_outdoor/payment-plan', {
      token: (await api('/v1/auth/verify', { method: 'POST', body: { orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' } })).token,
    });
    expect(plan.instalments.some((i: { originalDueDate: string | null }) => i.originalDueDate !== null)).to.equal(true);

    const escalated = oneEvent(el, 'assist-chat-escalated');
    await tabTo(el, named('Talk to a person'), true);
    await sendKeys({ press: 'Enter' });
    expect((await escalated).detail.level).to.equal('level_1');
    await until(() => /^Your place in the queue: 1\. Expected wait: \d+ minutes?\.$/.test(text($(el, '.banner'))), 'no queue position');
    await expect(el).to.be.accessible();
    // Handed over: the expected wait is the one time shown, and the assistant's old quick replies cannot be sent again.
    expect(text($(el, '.ticket'))).to.not.contain('Expected answer by');
    const replies = [...root(el).querySelectorAll<HTMLButtonElement>('.msg--assistant .msg__actions button')];
    expect(replies.length).to.be.greaterThan(0);
    expect(replies.filter((b) => !b.disabled).map(text)).to.deep.equal([]);
    expect([...root(el).querySelectorAll<HTMLButtonElement>('button')].filter((b) => text(b) === 'Talk to a person' && !b.disabled)).to.deep.equal([]);
    await until(() => confirmed(el).some((m) => m.classList.contains('msg--agent')), 'the agent did not answer', 10_000);
    expect(text($(el, '.msg--agent .msg__text'))).to.contain('Sam');

    await tabTo(el, named('End chat'), true);
    await sendKeys({ press: 'Enter' });
    await until(() => active(el)?.getAttribute('name') === 'rating', 'rating did not get focus');
    await expect(el).to.be.accessible();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await tabTo(el, (n) => n.tagName === 'TEXTAREA');
    await sendKeys({ type: 'Quick and clear' });
    const rated = oneEvent(el, 'assist-chat-rated');
    await tabTo(el, named('Send rating'));
    await sendKeys({ press: 'Enter' });
    expect((await rated).detail).to.deep.equal({ sessionId: session.id, rating: 4, comment: true });
    await until(() => text($(el, '.body')).includes('Chat ended'), 'no ended state');
    expect(text($(el, '.body'))).to.contain('Thank you for your feedback.');
    await expect(el).to.be.accessible();
    const metrics = await api('/v1/metrics', { token: AGENT_TOKEN });
    expect(metrics.csat.responses).to.equal(1);
    expect(metrics.csat.averageRating).to.equal(4);
    expect(events).to.include.members(['assist-chat-open', 'assist-chat-started', 'assist-chat-message-sent', 'assist-chat-escalated', 'assist-chat-rated']);
    expect(sessionStorage.length).to.equal(0);
  });

  it('shows what is wrong in the verification form, linked to the fields, and moves focus to the first error', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    el.open();
    await el.updateComplete;
    button(el, 'Start chat')!.click();
    await until(() => $(el, '[aria-invalid="true"]'), 'no errors');
    const reference = $<HTMLInputElement>(el, 'input[name="reference"]')!;
    const contact = $<HTMLInputElement>(el, 'input[name="contact"]')!;
    expect(active(el)).to.equal(reference);
    for (const [field, message] of [
      [reference, 'Enter the order reference from your confirmation email: 6 to 24 letters, digits or dashes.'],
      [contact, 'Enter your email address, for example name@example.com.'],
    ] as const) {
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const described = field
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => text(root(el).getElementById(id)));
      expect(described).to.include(message);
    }
    await expect(el).to.be.accessible();

    // Phone instead of email: its own rules and hint.
    $<HTMLInputElement>(el, 'input[value="phone"]')!.click();
    await el.updateComplete;
    reference.value = 'SE-4K7M2QXP';
    $<HTMLInputElement>(el, 'input[name="contact"]')!.value = '0701740605';
    button(el, 'Start chat')!.click();
    await until(() => text($(el, '.field .error')).startsWith('Enter your phone number with country code'), 'no phone error');
    expect(active(el)?.getAttribute('name')).to.equal('contact');

    // Details that match no order: one message, which never says which part was wrong.
    $<HTMLInputElement>(el, 'input[name="contact"]')!.value = '+46 70 000 00 00';
    button(el, 'Start chat')!.click();
    await until(() => $(el, '[role="alert"]'), 'no mismatch message');
    expect(text($(el, '[role="alert"]'))).to.equal('We could not match these details to an order. Check them and try again.');
    expect(active(el)).to.equal($(el, '[role="alert"]'));
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('starts verified with a merchant-signed token, without the form', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    const issuedAt = Math.floor(Date.parse('2026-11-18T10:00:00Z') / 1000);
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('demo-merchant-secret-change-me'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`cus_olivia.${issuedAt}`)));
    el.identify(`cus_olivia.${issuedAt}.${[...signature].map((b) => b.toString(16).padStart(2, '0')).join('')}`);
    el.open();
    await el.updateComplete;
    expect($(el, 'input[name="reference"]')).to.equal(null);
    expect(text($(el, '.start'))).to.contain('You are signed in through the store');
    button(el, 'Start chat')!.click();
    await until(() => /Hi Olivia!/.test(text($(el, '.msg--assistant'))), 'not greeted by name');
  });

  it('keeps focus inside the open panel, closes on Escape and gives focus back to the button', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    launcher(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => active(el)?.getAttribute('name') === 'reference', 'no focus in the panel');
    const inside = new Set<HTMLElement>();
    for (let i = 0; i < 14; i++) {
      await tab();
      const node = active(el);
      expect(node && panel(el)!.contains(node), `Tab ${i + 1} left the panel`).to.equal(true);
      inside.add(node!);
    }
    expect(inside.size).to.be.greaterThan(4);
    // From the first control back to the last, and on from the last to the first.
    $<HTMLButtonElement>(el, '.close')!.focus();
    await tab(true);
    expect(text(active(el))).to.equal('Request a callback');
    await tab();
    expect(active(el)).to.equal($(el, '.close'));

    const closed = oneEvent(el, 'assist-chat-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
    expect(active(el)).to.equal(launcher(el));
    await expect(el).to.be.accessible();
  });

  it('keeps a message typed while offline, shows it as not sent, and delivers it once when the connection is back', async function () {
    this.timeout(30_000);
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    await startGuest(el);
    network.offline();
    network.dropStreams();
    const sent = oneEvent(el, 'assist-chat-message-sent');
    await say(el, 'Where is my refund?');
    await sent;
    await until(() => pending(el).length === 1, 'message not kept');
    expect(text(pending(el)[0]!.querySelector('.msg__text'))).to.equal('Where is my refund?');
    await until(() => text(pending(el)[0]).includes('Not sent'), 'not shown as failed', 15_000);
    await until(() => /Connection lost/.test(text($(el, '.body'))), 'no reconnecting notice');
    expect(button(el, 'Send again')).to.not.equal(undefined);
    expect(JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage)[0]!)!).outbox).to.have.length(1);
    await expect(el).to.be.accessible();

    network.restore();
    window.dispatchEvent(new Event('online'));
    await until(() => pending(el).length === 0 && confirmed(el).some((m) => text(m.querySelector('.msg__text')) === 'Where is my refund?'), 'not delivered', 10_000);
    const stored = (await transcript()).filter((m) => m.text === 'Where is my refund?');
    expect(stored).to.have.length(1);
    expect(root(el).querySelectorAll(`[data-id="${stored[0]!.id}"]`)).to.have.length(1);
    expect(saved()).to.have.property('outbox').that.has.length(0);
  });

  it('sends a message whose answer was lost only once, however often it is sent again', async function () {
    this.timeout(30_000);
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    await startGuest(el);
    network.dropStreams({ hold: true });
    // The API stores each attempt, but every answer is lost on the way back.
    await faults({ errorRate: 1, errorStatus: 503, timing: 'after', pathPrefix: '/v1/chat' });
    await say(el, 'How do I return my order?');
    await until(() => text(pending(el)[0]).includes('Not sent'), 'not shown as failed', 15_000);
    await faults({ errorRate: 0 });
    network.restore();
    button(el, 'Send again')!.click();
    await until(() => pending(el).length === 0, 'not confirmed', 10_000);
    await until(async () => (await transcript()).length >= 3, 'no answer');
    const stored = (await transcript()).filter((m) => m.text === 'How do I return my order?');
    expect(stored).to.have.length(1);
    expect(confirmed(el).filter((m) => text(m.querySelector('.msg__text')) === 'How do I return my order?')).to.have.length(1);
  });

  it('resumes the conversation after a reload, with unsent messages, and counts answers that came while closed', async function () {
    this.timeout(30_000);
    const first = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    await startGuest(first);
    await say(first, 'How do I return my order?');
    await until(() => answers(first).length >= 2, 'no answer');
    const ticket = text($(first, '.ticket'));
    const shown = confirmed(first).map((m) => m.dataset.id);
    network.offline();
    await say(first, 'And how long does the refund take?');
    await until(() => pending(first).length === 1, 'not kept');
    first.close();
    fixtureCleanup();

    network.restore();
    const again = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    // Answers to the message sent from the outbox arrive while the panel is closed: unread.
    await until(() => $(again, '.badge'), 'no unread badge', 10_000);
    expect(name(again)).to.match(/^Chat with us New messages: \d+$/);
    await expect(again).to.be.accessible();
    again.open();
    await again.updateComplete;
    expect(text($(again, '.ticket'))).to.equal(ticket);
    const ids = confirmed(again).map((m) => m.dataset.id);
    expect(ids.slice(0, shown.length)).to.deep.equal(shown);
    expect(confirmed(again).filter((m) => text(m.querySelector('.msg__text')) === 'And how long does the refund take?')).to.have.length(1);
    await again.updateComplete;
    expect($(again, '.badge')).to.equal(null);
  });

  it('shows a verified shopper the problem they reported as a card, with its status in words', async function () {
    this.timeout(20_000);
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher market="DE" lang="en"></assist-chat-launcher>`);
    el.open();
    await el.updateComplete;
    await until(() => $(el, 'input[name="reference"]'), 'no verification form');
    $<HTMLInputElement>(el, 'input[name="reference"]')!.focus();
    await sendKeys({ type: 'DE-N0W55120' });
    await tabTo(el, (n) => n.getAttribute('name') === 'contact');
    await sendKeys({ type: 'jonas.becker@example.de' });
    await tabTo(el, (n) => n.getAttribute('name') === 'consent');
    await sendKeys({ press: 'Space' });
    await tabTo(el, named('Start chat'));
    await sendKeys({ press: 'Enter' });
    await until(() => /Hi Jonas!/.test(text($(el, '.msg--assistant'))), 'no greeting by name', 10_000);

    await say(el, 'Did the store answer about the problem I reported?');
    await until(() => text(answers(el).at(-1)).includes('Problem P-WRNG5J'), 'no problem card');
    const card = answers(el).at(-1)!.querySelector('[part="card"]')!;
    expect(text(card.querySelector('h3'))).to.equal('Problem P-WRNG5J');
    expect([...card.querySelectorAll('dt, dd')].map(text)).to.deep.equal(['Status', 'Solved']);
    expect(text(answers(el).at(-1)!.querySelector('.msg__text'))).to.match(/^Your problem report P-WRNG5J on order DE-N0W55120: solved\./);
    await expect(el).to.be.accessible();
  });

  it('tells the shopper when agents are back outside hours and books a callback within phone hours', async function () {
    this.timeout(20_000);
    await scenario('outside-hours');
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher market="SE" lang="en-GB"></assist-chat-launcher>`);
    await startGuest(el);
    button(el, 'Talk to a person')!.click();
    await until(() => /Our agents are back /.test(text($(el, '[part="card"]'))), 'no agents-offline card');
    expect(text($(el, '[part="card"]'))).to.match(/back Mon(day)?,? /);
    // The card offers the callback: the one "Request a callback" button in the chat.
    expect([...root(el).querySelectorAll('button')].filter((b) => text(b) === 'Request a callback')).to.have.length(1);
    expect([...root(el).querySelectorAll('.msg__text')].map(text).filter((t) => / back /.test(t))).to.deep.equal([]);
    // Its time is in the shopper's zone, the zone named when Stockholm's clock shows another time.
    const { chat: hours } = await api('/v1/availability?market=SE');
    const back = new Date(hours.nextOpening as string);
    const hm = { hour: '2-digit', minute: '2-digit' } as const;
    const differs = (at: Date) => new Intl.DateTimeFormat('en-GB', { ...hm, timeZone: 'Europe/Stockholm' }).format(at) !== new Intl.DateTimeFormat('en-GB', hm).format(at);
    const shown = (at: Date, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...o, ...(differs(at) ? { timeZoneName: 'short' } : {}) }).format(at);
    await until(() => text($(el, '[part="card"]')).includes(shown(back, { weekday: 'short', ...hm })), `card time not in the shopper's zone: ${text($(el, '[part="card"]'))}`);
    await expect(el).to.be.accessible();

    $(el, '[part="card"] button')!.click();
    await until(() => $(el, 'select[name="slot"]'), 'no call times', 8000);
    expect(text($(el, 'select[name="day"] option'))).to.match(/^Monday/);
    const firstSlot = text($(el, 'select[name="slot"] option'));
    expect(text($(el, '.field'))).to.contain('for example +46 70 123 45 67');
    await expect(el).to.be.accessible();

    const phoneField = $<HTMLInputElement>(el, 'input[name="phone"]')!;
    phoneField.value = '070 174 06 05';
    button(el, 'Request callback')!.click();
    await until(() => phoneField.getAttribute('aria-invalid') === 'true', 'local number accepted');
    expect(active(el)).to.equal(phoneField);
    await expect(el).to.be.accessible();

    phoneField.value = '+46 70 174 06 05';
    $<HTMLSelectElement>(el, 'select[name="topic"]')!.value = 'payments';
    const booked = oneEvent(el, 'assist-callback-requested');
    button(el, 'Request callback')!.click();
    const detail = (await booked).detail;
    expect(detail.sessionId).to.equal(saved().id);
    await until(() => text($(el, '.body')).includes('Callback booked'), 'no confirmation');
    const confirmation = text($(el, '.body'));
    expect(confirmation).to.contain('+46 ••• •• 06 05');
    expect(confirmation).not.to.contain('174 06 05');
    expect(confirmation).to.contain(`Your reference: ${detail.reference}`);
    // Monday 09:00–10:00 in Stockholm, in the shopper's zone, alike in the form and the confirmation.
    const [start, end] = [new Date(detail.window.start), new Date(detail.window.end)];
    expect(new Intl.DateTimeFormat('en-GB', { ...hm, timeZone: 'Europe/Stockholm' }).format(start)).to.equal('09:00');
    expect(firstSlot).to.equal(`${new Intl.DateTimeFormat('en-GB', hm).format(start)}–${shown(end, hm)}`);
    expect(confirmation).to.contain(`between ${new Intl.DateTimeFormat('en-GB', hm).format(start)} and ${shown(end, hm)}`);
    await expect(el).to.be.accessible();
    button(el, 'Back')!.click();
    await until(() => confirmed(el).some((m) => text(m).includes(detail.reference)), 'no note of the callback in the chat');
  });

  it('starts the callback form with the phone the shopper verified with, and gives an example number of the market', async function () {
    this.timeout(20_000);
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher market="GB" lang="en-GB"></assist-chat-launcher>`);
    el.open();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[value="phone"]')!.click();
    await el.updateComplete;
    expect(text($(el, '.start')))
      .to.contain('With country code, for example +44 7700 900123.')
      .and.not.contain('+46');
    $<HTMLInputElement>(el, 'input[name="reference"]')!.value = 'GB-DU3T0M0R';
    $<HTMLInputElement>(el, 'input[name="contact"]')!.value = '+44 7700 900123';
    button(el, 'Start chat')!.click();
    await until(() => /Hi Olivia!/.test(text($(el, '.msg--assistant'))), 'not greeted by name', 10_000);
    button(el, 'Request a callback')!.click();
    await until(() => $(el, 'input[name="phone"]'), 'no callback form');
    expect($<HTMLInputElement>(el, 'input[name="phone"]')!.value).to.equal('+447700900123');
    expect(text($(el, 'form')))
      .to.contain('for example +44 7700 900123')
      .and.not.contain('+46');
    await until(() => $(el, 'select[name="slot"]'), 'no call times');
    await expect(el).to.be.accessible();
  });

  it('starts the callback form with the phone on the order of a shopper who verified by email, with an example number of their market', async function () {
    this.timeout(30_000);
    for (const [market, reference, address, phoneOnOrder, example] of [
      ['DE', 'DE-TW1CE7K4', 'jonas.becker@example.de', '+4915112345678', '+49 151 1234 5678'],
      ['US', 'US-F1N4NC12', 'mason.carter@example.com', '+12025550143', '+1 201 555 0123'],
    ] as const) {
      sessionStorage.clear();
      const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher market=${market} lang="en-GB"></assist-chat-launcher>`);
      el.open();
      await el.updateComplete;
      $<HTMLInputElement>(el, 'input[name="reference"]')!.value = reference;
      $<HTMLInputElement>(el, 'input[name="contact"]')!.value = address;
      button(el, 'Start chat')!.click();
      await until(() => confirmed(el).some((m) => m.classList.contains('msg--assistant')), `${market}: not verified`, 10_000);
      button(el, 'Request a callback')!.click();
      await until(() => $(el, 'input[name="phone"]'), `${market}: no callback form`);
      expect($<HTMLInputElement>(el, 'input[name="phone"]')!.value, market).to.equal(phoneOnOrder);
      expect(text($(el, 'form')), market)
        .to.contain(`for example ${example}`)
        .and.not.contain('+46');
      await until(() => $(el, 'select[name="slot"]') || $(el, 'form [role="alert"]'), `${market}: no call times`);
      await expect(el).to.be.accessible();
      fixtureCleanup();
    }
  });

  it('opens the callback form when the help center asks for a callback', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    const opened = oneEvent(el, 'assist-chat-open');
    document.body.dispatchEvent(new CustomEvent('assist-callback-request', { detail: { source: 'help-center' }, bubbles: true, composed: true }));
    expect((await opened).detail.view).to.equal('callback');
    await until(() => $(el, 'select[name="slot"]'), 'no call times');
    expect(text($(el, 'h3'))).to.equal('Request a callback');
    expect(active(el)?.getAttribute('name')).to.equal('phone');
  });

  it('warns about a card number in the composer and sends only its last four digits', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    await startGuest(el);
    const field = $<HTMLTextAreaElement>(el, '.composer textarea')!;
    field.focus();
    await sendKeys({ type: 'Call me on +46 70 174 06 05 about SE-4K7M2QXP' });
    await el.updateComplete;
    expect(text($(el, '.composer__warn'))).to.equal('');
    field.value = '';
    expect(luhnValid('4111111111111111')).to.equal(true);
    await sendKeys({ type: 'My card is 4111 1111 1111 1111' });
    await el.updateComplete;
    expect(text($(el, '.composer__warn'))).to.equal('This looks like a card number. Only the last 4 digits will be sent.');
    expect(field.getAttribute('aria-describedby')).to.equal($(el, '.composer__warn')!.id);
    const sent = oneEvent(el, 'assist-chat-message-sent');
    await sendKeys({ press: 'Enter' });
    expect((await sent).detail.redacted).to.equal(true);
    await until(() => confirmed(el).some((m) => m.classList.contains('msg--shopper')), 'not confirmed');
    const mine = confirmed(el).find((m) => m.classList.contains('msg--shopper'))!;
    expect(text(mine.querySelector('.msg__text'))).to.equal('My card is •••• 1111');
    expect(text(mine)).to.contain('Card number hidden');
    expect(root(el).textContent).not.to.contain('4111 1111 1111 1111');
    expect(sessionStorage.getItem(Object.keys(sessionStorage)[0]!)).not.to.contain('4111 1111');
    expect((await transcript()).some((m) => m.text.includes('4111 1111 1111'))).to.equal(false);
  });

  it('links articles the assistant answers with, for the help center to open', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    await startGuest(el);
    await say(el, 'Why was I charged a late fee?');
    await until(() => $(el, '.msg__links a'), 'no article link');
    const link = $<HTMLAnchorElement>(el, '.msg__links a')!;
    expect(text(link)).to.match(/^Read the article: /);
    el.addEventListener('assist-article-select', (e) => e.preventDefault(), { once: true });
    const selected = oneEvent(el, 'assist-article-select');
    link.click();
    const detail = (await selected).detail;
    expect(detail.slug).to.match(/^[a-z0-9-]+$/);
    expect(text(link)).to.contain(detail.title);
  });

  it('downloads the transcript as a text file without markup', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    await startGuest(el);
    await say(el, 'Hello <b>there</b>');
    await until(() => answers(el).length >= 2, 'no answer');
    const blobs: Blob[] = [];
    const clicked: HTMLAnchorElement[] = [];
    // The originals, kept only to be put back after the test.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const create = URL.createObjectURL;
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return create.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      button(el, 'Download transcript')!.click();
      await until(() => clicked.length === 1, 'no download');
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    const ticket = text($(el, '.ticket')).match(/T-[A-Z0-9]{6}/)![0];
    expect(clicked[0]!.download).to.equal(`chat-${ticket}.txt`);
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(blobs[0]!.type).to.equal('text/plain;charset=utf-8');
    const content = await blobs[0]!.text();
    expect(content.split('\n')[0]).to.equal(`Chat transcript, ticket ${ticket}`);
    expect(content).to.match(/\] You: Hello <b>there<\/b>\n/);
    expect(content).to.match(/\] Assistant: /);
    expect($(el, 'a[download]')).to.equal(null);
  });

  it('shows the unread count on the button when an agent writes while the panel is closed', async function () {
    this.timeout(20_000);
    await agentSettings({ behaviour: 'none' });
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    await startGuest(el);
    button(el, 'Talk to a person')!.click();
    await until(() => $(el, '.banner'), 'not queued');
    el.close();
    const id = saved().id;
    await api(`/v1/agent/sessions/${id}/claim`, { method: 'POST', token: AGENT_TOKEN, body: { agentName: 'Kim' } });
    await api(`/v1/agent/sessions/${id}/messages`, { method: 'POST', token: AGENT_TOKEN, body: { id: 'agentmsg01', text: 'Hi, Kim here.' } });
    await api(`/v1/agent/sessions/${id}/messages`, { method: 'POST', token: AGENT_TOKEN, body: { id: 'agentmsg02', text: 'I can see your chat.' } });
    await until(() => text($(el, '.badge [aria-hidden="true"]')) === '2', 'no unread count');
    expect(name(el)).to.equal('Chat with us New messages: 2');
    await expect(el).to.be.accessible();
    el.open();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.badge')).to.equal(null);
    expect(text($(el, '.ticket'))).to.match(/^Ticket T-/);
  });

  it('keeps the resolution in view above the rating form on a 320 px wide phone', async function () {
    this.timeout(20_000);
    await setViewport({ width: 320, height: 568 });
    try {
      await agentSettings({ behaviour: 'none' });
      const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher lang="en-GB"></assist-chat-launcher>`);
      await startGuest(el);
      button(el, 'Talk to a person')!.click();
      await until(() => $(el, '.banner'), 'not queued');
      const id = saved().id;
      await api(`/v1/agent/sessions/${id}/claim`, { method: 'POST', token: AGENT_TOKEN, body: { agentName: 'Kim' } });
      for (let i = 1; i <= 4; i++) {
        await api(`/v1/agent/sessions/${id}/messages`, { method: 'POST', token: AGENT_TOKEN, body: { id: `agentmsg0${i}`, text: `Checking your payment, step ${i} of 4.` } });
      }
      await api(`/v1/agent/sessions/${id}/resolve`, { method: 'POST', token: AGENT_TOKEN, body: { summary: 'Your refund of 437 kr is on its way to your card.' } });
      await until(() => $(el, '.rating'), 'no rating form');
      const resolution = () => confirmed(el).find((m) => text(m).includes('Your refund of 437 kr is on its way'));
      await until(resolution, 'no resolution message');
      // Within the visible part of the conversation, and of the panel, once the layout has settled.
      const visible = () => {
        const box = resolution()!.getBoundingClientRect();
        const log = $(el, '.log')!.getBoundingClientRect();
        const shown = panel(el)!.getBoundingClientRect();
        return box.height > 0 && box.top >= log.top - 1 && box.bottom <= log.bottom + 1 && box.top >= shown.top && box.bottom <= Math.min(shown.bottom, innerHeight);
      };
      await until(visible, `resolution out of view: ${JSON.stringify(resolution()!.getBoundingClientRect())} in ${JSON.stringify($(el, '.log')!.getBoundingClientRect())}`);
      // The rating form starts on screen below it (the rest of the panel scrolls to it).
      expect($(el, '.rating h3')!.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
      expect($(el, '.rating')!.getBoundingClientRect().top).to.be.at.least($(el, '.log')!.getBoundingClientRect().bottom - 1);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('ends with a rating screen that needs a choice, and can start over', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
    await startGuest(el);
    button(el, 'End chat')!.click();
    await until(() => $(el, '.rating'), 'no rating form');
    button(el, 'Send rating')!.click();
    await until(() => text($(el, '.rating .error')) === 'Choose a rating from 1 to 5.', 'no rating error');
    expect($(el, '.stars')!.getAttribute('aria-describedby')).to.equal($(el, '.rating .error')!.id);
    await expect(el).to.be.accessible();
    button(el, 'Skip')!.click();
    await until(() => text($(el, '.body')).includes('Chat ended'), 'not ended');
    expect(text($(el, '.body'))).not.to.contain('Thank you for your feedback.');
    await expect(el).to.be.accessible();
    button(el, 'Start a new chat')!.click();
    await el.updateComplete;
    expect($(el, '.start')).to.not.equal(null);
    expect($(el, '.ticket')).to.equal(null);
  });

  it('sits where the page says, in logical directions, and moves off the page’s focused element', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher position="bottom-start" offset="6rem 2rem"></assist-chat-launcher>`);
    await el.updateComplete;
    let rect = launcher(el).getBoundingClientRect();
    expect(Math.round(innerHeight - rect.bottom)).to.equal(96);
    expect(Math.round(rect.left)).to.equal(32);

    const page = await fixture<HTMLDivElement>(html`<div>
      <button style="position: fixed; inset-block-end: 1rem; inset-inline-end: 1rem; inline-size: 12rem; block-size: 3rem">Pay</button>
      <assist-chat-launcher></assist-chat-launcher>
    </div>`);
    const other = page.querySelector('assist-chat-launcher')!;
    await other.updateComplete;
    const pay = page.querySelector('button')!;
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    expect(overlaps(launcher(other).getBoundingClientRect(), pay.getBoundingClientRect())).to.equal(true);
    pay.focus();
    await other.updateComplete;
    rect = launcher(other).getBoundingClientRect();
    expect(overlaps(rect, pay.getBoundingClientRect())).to.equal(false);
  });

  it('speaks Arabic and mirrors: bottom-end is on the left', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher lang="ar"></assist-chat-launcher>`);
    await until(() => name(el) === 'تحدّث معنا', 'not Arabic');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(launcher(el).getBoundingClientRect().left).to.be.lessThan(innerWidth / 2);
    el.open();
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('محادثة خدمة العملاء');
    expect(panel(el)!.getBoundingClientRect().left).to.be.lessThan(innerWidth / 2);
    await expect(el).to.be.accessible();
  });

  it('speaks Hebrew and mirrors like Arabic: bottom-end is on the left, text runs from the right', async () => {
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher lang="he-IL"></assist-chat-launcher>`);
    await until(() => name(el) === 'דברו איתנו בצ׳אט', 'not Hebrew');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(launcher(el).getBoundingClientRect().left).to.be.lessThan(innerWidth / 2);
    el.open();
    await el.updateComplete;
    const title = $(el, 'h2')!;
    expect(text(title)).to.equal('צ׳אט עם שירות הלקוחות');
    expect(getComputedStyle(title).direction).to.equal('rtl');
    // The heading's text starts at its right edge.
    const range = document.createRange();
    range.selectNodeContents(title);
    expect(Math.abs(range.getBoundingClientRect().right - title.getBoundingClientRect().right)).to.be.lessThan(24);
    expect(panel(el)!.getBoundingClientRect().left).to.be.lessThan(innerWidth / 2);
    expect(text(button(el, 'התחלת צ׳אט'))).to.equal('התחלת צ׳אט');
    await expect(el).to.be.accessible();
  });

  it('checks the forms with the same rules as the API', () => {
    const samples = {
      reference: ['SE-4K7M2QXP', ' se-4k7m2qxp ', 'SE-1', '-SE4K7M2QXP', 'SE 4K7M2QXP', 'A'.repeat(24), 'A'.repeat(25), ''],
      email: ['astrid@example.se', ' Astrid@Example.SE ', 'a.b@c.io', 'a..b@c.io', '.a@c.io', 'a@c', 'a@-c.io', `${'a'.repeat(250)}@c.io`, ''],
      phone: ['+46 70 174 06 05', '+46(70)174-06.05', '0701740605', '+0701740605', '+4670', '+467017406051234567', `+46${' '.repeat(40)}701740605`, ''],
    };
    const parse = (schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, value: string) => {
      const result = schema.safeParse(value);
      return result.success ? result.data : undefined;
    };
    for (const value of samples.reference) expect(orderReference(value), value).to.equal(parse(OrderReference, value));
    for (const value of samples.email) expect(email(value), value).to.equal(parse(Email, value));
    for (const value of samples.phone) expect(phone(value), value).to.equal(parse(Phone, value));
  });
});
