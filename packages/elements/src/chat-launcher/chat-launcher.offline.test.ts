import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { API, resetMockApi, scenario, startMockApi } from '../../../../test/support/mock-api.js';
import './chat-launcher.js';
import type { AssistChatLauncher } from './chat-launcher.component.js';
import { network } from '../../../../test/support/flaky-network.js';
import he from './offline/strings/he.js';
import heLauncher from './strings/he.js';

const root = (el: AssistChatLauncher) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: AssistChatLauncher, selector: string) => root(el).querySelector<T & Element>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: AssistChatLauncher) => root(el).activeElement as HTMLElement | null;
const buttons = (el: AssistChatLauncher, label: string) => [...root(el).querySelectorAll<HTMLButtonElement>('button')].filter((b) => text(b) === label);
const button = (el: AssistChatLauncher, label: string) => buttons(el, label)[0]!;
const field = <T extends HTMLElement = HTMLInputElement>(el: AssistChatLauncher, name: string) => $<T>(el, `.offline [name="${name}"]`)!;
/** The error shown under a field, found through the field's aria-describedby (as assistive technology finds it). */
const describedError = (el: AssistChatLauncher, name: string) => {
  const ids = (field(el, name).getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => root(el).getElementById(id)).find((node) => node?.classList.contains('error'));
};

async function until(check: () => unknown, what: string, timeout = 8000): Promise<void> {
  await waitUntil(check, what, { timeout });
}

const realFetch = window.fetch.bind(window);
/** Keys the offline messages were sent with; while `loseAnswers`, each reaches the API and its answer is lost. */
let keys: string[] = [];
let loseAnswers = false;
/** While set, offline messages wait for it before they go out. */
let hold: Promise<void> | undefined;

before(startMockApi);
beforeEach(async () => {
  await resetMockApi();
  await scenario('outside-hours');
  sessionStorage.clear();
  network.restore();
  keys = [];
  loseAnswers = false;
  hold = undefined;
  const inner = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (!request.url.endsWith('/v1/offline-messages')) return inner(request);
    keys.push(request.headers.get('idempotency-key') ?? '');
    await hold;
    const response = await inner(request);
    if (loseAnswers) throw new TypeError('Failed to fetch');
    return response;
  };
});
afterEach(() => {
  window.fetch = realFetch;
  network.restore();
});

/** Asks for a person outside hours: resolves when the card with the two ways on is shown. */
async function askForPerson(el: AssistChatLauncher): Promise<void> {
  await until(() => button(el, 'Talk to a person'), 'no way to a person', 10_000);
  button(el, 'Talk to a person').click();
  await until(() => $(el, '[part="card"] button + button'), 'no agents-offline card');
}

async function mails(): Promise<{ kind: string; subject: string; to: string }[]> {
  return (await (await fetch(`${API}/__admin/mail`)).json()).mails;
}

describe('<assist-chat-launcher> leave a message while agents are away', () => {
  it('offers a message beside the one callback, starts it with what a verified shopper gave and wrote, and sends it once however often it is retried', async function () {
    this.timeout(40_000);
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher market="SE" lang="en-GB"></assist-chat-launcher>`);
    el.open();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name="reference"]')!.value = 'SE-4K7M2QXP';
    $<HTMLInputElement>(el, 'input[name="contact"]')!.value = 'astrid.lindqvist@example.se';
    button(el, 'Start chat').click();
    await until(() => /Astrid/.test(text($(el, '.msg--assistant'))), 'not verified', 10_000);
    const field0 = $<HTMLTextAreaElement>(el, '.composer textarea')!;
    field0.focus();
    await sendKeys({ type: 'My refund has not arrived' });
    await sendKeys({ press: 'Enter' });
    await until(() => root(el).querySelectorAll('.msg--shopper:not(.msg--pending)').length === 1, 'message not sent');
    await askForPerson(el);

    // One "Request a callback" in the chat (the card's), and beside it "Leave a message".
    expect(buttons(el, 'Request a callback')).to.have.length(1);
    expect(buttons(el, 'Leave a message')).to.have.length(1);
    expect(buttons(el, 'Leave a message')[0]!.parentElement).to.equal(buttons(el, 'Request a callback')[0]!.parentElement);
    await expect(el).to.be.accessible();

    // The form: the shopper's name, their email on file (kept unless they choose another), the order and what they wrote.
    button(el, 'Leave a message').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.offline'), 'no message form');
    expect(text($(el, '.offline h3'))).to.equal('Leave a message');
    expect(field(el, 'name').value).to.equal('Astrid');
    expect(field(el, 'email').value).to.equal('astrid.lindqvist@example.se');
    expect(field(el, 'email').readOnly).to.equal(true);
    expect(text($(el, '.offline')))
      .to.contain('About order SE-4K7M2QXP')
      .and.contain('The email on your order');
    const message = field<HTMLTextAreaElement>(el, 'message');
    expect(message.value).to.equal('My refund has not arrived');
    await until(() => active(el) === message, 'focus not on the first field to fill in');
    await expect(el).to.be.accessible();

    // Too short: the error is named, linked to the field, and focused; the rest is kept.
    message.value = 'x';
    message.dispatchEvent(new Event('input'));
    button(el, 'Send message').click();
    await until(() => message.getAttribute('aria-invalid') === 'true', 'short message accepted');
    expect(text(describedError(el, 'message'))).to.equal('Write your message, at least 2 characters.');
    expect(active(el)).to.equal(message);
    expect(field(el, 'name').value).to.equal('Astrid');
    await expect(el).to.be.accessible();

    // The answer is lost on the way back: the message stays, and sending again is the same message.
    message.focus();
    message.select();
    await sendKeys({ type: 'My refund for SE-4K7M2QXP has not arrived after 12 days.' });
    loseAnswers = true;
    button(el, 'Send message').click();
    await until(() => /could not be sent/.test(text($(el, '.offline [role="alert"]'))), 'no failure shown', 20_000);
    expect(field<HTMLTextAreaElement>(el, 'message').value).to.equal('My refund for SE-4K7M2QXP has not arrived after 12 days.');
    expect(active(el)).to.equal($(el, '.offline [role="alert"]'));
    expect(button(el, 'Send message').getAttribute('aria-describedby')).to.equal($(el, '.offline [role="alert"]')!.id);
    await expect(el).to.be.accessible();

    // Sending: the button is busy and says so.
    loseAnswers = false;
    let release!: () => void;
    hold = new Promise((resolve) => (release = resolve));
    const sentEvent = oneEvent(el, 'assist-offline-message-sent');
    button(el, 'Send message').click();
    await until(() => text($(el, '.offline [role="status"]')) === 'Sending your message…', 'not shown as sending');
    expect(button(el, 'Sending your message…').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    release();
    const { reference } = (await sentEvent).detail;

    // Sent: when support answers (an hour after agents are back), in the shopper's zone, where the copy went, the reference.
    await until(() => text($(el, '.body h3')) === 'Message sent', 'not sent');
    expect(active(el)).to.equal($(el, '.body h3'));
    const { chat } = await (await fetch(`${API}/v1/availability?market=SE`)).json();
    const answerBy = new Date(Date.parse(chat.nextOpening) + 3_600_000);
    const options = { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' } as const;
    const differs = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Europe/Stockholm' }).format(answerBy) !== new Intl.DateTimeFormat('en-GB', options).format(answerBy);
    const when = new Intl.DateTimeFormat('en-GB', { ...options, ...(differs ? { timeZoneName: 'short' } : {}) }).format(answerBy);
    expect(text($(el, '.body')))
      .to.contain(`Support answers by email by ${when}`)
      .and.contain('A copy of your message was mailed to a••••@example.se');
    expect(text($(el, '.body'))).to.contain(`Your reference: ${reference}`);
    await expect(el).to.be.accessible();
    expect(new Set(keys).size, 'every attempt sent with one idempotency key').to.equal(1);
    expect(keys.length).to.be.greaterThan(1);
    const sent = await mails();
    expect(sent.map((m) => m.kind).sort()).to.deep.equal(['offline_copy', 'offline_message']);
    expect(sent.find((m) => m.kind === 'offline_message')!.subject).to.contain(reference);

    // Back in the chat, on the button that opened the form.
    button(el, 'Back').click();
    await until(() => active(el) === button(el, 'Leave a message'), 'focus not back on "Leave a message"');
  });

  it('takes a message from a guest in Hebrew: named errors, a failed send keeps the text, then sent', async function () {
    this.timeout(40_000);
    const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher market="SE" lang="he"></assist-chat-launcher>`);
    el.open();
    await until(() => button(el, heLauncher.guest), 'no Hebrew start form');
    button(el, heLauncher.guest).click();
    await until(() => button(el, heLauncher.toAgent), 'no way to a person', 10_000);
    button(el, heLauncher.toAgent).click();
    await until(() => $(el, '[part="card"] button + button'), 'no agents-offline card');
    expect(buttons(el, heLauncher.callback)).to.have.length(1);
    button(el, heLauncher.leave).click();
    await until(() => $(el, '.offline'), 'no message form');
    expect(text($(el, '.offline h3'))).to.equal(he.title);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(field(el, 'email').readOnly).to.equal(false);
    expect(field(el, 'name').value).to.equal('');
    await until(() => active(el) === field(el, 'name'), 'focus not on the name');
    await expect(el).to.be.accessible();

    // Empty: every field says what is missing, in Hebrew, and focus goes to the first.
    button(el, he.send).click();
    await until(() => field(el, 'name').getAttribute('aria-invalid') === 'true', 'empty form accepted');
    expect(text(describedError(el, 'name'))).to.equal(he.errName);
    expect(text(describedError(el, 'email'))).to.equal(heLauncher.errEmail);
    expect(text(describedError(el, 'message'))).to.equal(he.errMessage);
    expect(active(el)).to.equal(field(el, 'name'));
    await expect(el).to.be.accessible();

    // Filled in by keyboard; offline, the send fails and keeps everything.
    await sendKeys({ type: 'נועה' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'noa@example.co.il' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'שלום, התשלום שלי נכשל פעמיים.' });
    network.offline();
    button(el, he.send).click();
    await until(() => text($(el, '.offline [role="alert"]')) === he.errNetwork, 'no failure shown', 20_000);
    expect([field(el, 'name').value, field(el, 'email').value, field<HTMLTextAreaElement>(el, 'message').value]).to.deep.equal([
      'נועה',
      'noa@example.co.il',
      'שלום, התשלום שלי נכשל פעמיים.',
    ]);
    await expect(el).to.be.accessible();

    network.restore();
    button(el, he.send).click();
    await until(() => text($(el, '.body h3')) === he.sentTitle, 'not sent');
    expect(text($(el, '.body'))).to.contain('n••••@example.co.il');
    await expect(el).to.be.accessible();
    expect((await mails()).filter((m) => m.to.startsWith('noa@') || m.kind === 'offline_message')).to.have.length(2);
  });
});
