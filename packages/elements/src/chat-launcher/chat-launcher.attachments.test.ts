import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { API, resetMockApi, setClock, startMockApi } from '../../../../test/support/mock-api.js';
import { captureRequests, list, pdf, photo, png, text as textFile } from '../internal/attachments/test-files.js';
import './chat-launcher.js';
import type { AssistChatLauncher } from './chat-launcher.component.js';

type El = AssistChatLauncher;
const AGENT_TOKEN = 'demo-agent-token';
const root = (el: El) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => root(el).querySelector<T & Element>(selector);
const said = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: El, label: string) => [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => said(b) === label);
const picker = (el: El) => $<HTMLInputElement>(el, '.composer input[type=file]')!;
const rows = (el: El) => [...root(el).querySelectorAll<HTMLElement>('.att')];
const confirmed = (el: El) => [...root(el).querySelectorAll<HTMLElement>('.msg:not(.msg--pending)')];
const saved = () => JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith('assist:chat:'))!)!) as { id: string; token: string };

async function api(path: string, init: { token?: string; body?: unknown } = {}): Promise<any> {
  const response = await fetch(`${API}${path}`, {
    method: init.body ? 'POST' : 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body ? { 'idempotency-key': `test${Math.random().toString(36).slice(2, 14)}` } : {}),
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Opens the panel and starts an unverified chat; resolves when the assistant's greeting is shown. */
async function startGuest(el: El): Promise<void> {
  el.open();
  await el.updateComplete;
  button(el, 'Ask a general question without verifying')!.click();
  await waitUntil(() => confirmed(el).some((m) => m.classList.contains('msg--assistant')), 'no greeting', { timeout: 8000 });
}

async function attach(el: El, ...files: File[]): Promise<void> {
  picker(el).files = list(...files);
  picker(el).dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await waitUntil(() => rows(el).length || $(el, '.att-problems'), 'nothing happened to the picked files', { timeout: 8000 });
}

const uploaded = (el: El, count: number) =>
  waitUntil(() => rows(el).filter((r) => r.classList.contains('att--done')).length === count, `expected ${count} uploaded files`, { timeout: 10_000 });

before(startMockApi);
beforeEach(async () => {
  await resetMockApi();
  await setClock('2026-11-18T10:00:00Z');
  sessionStorage.clear();
});
afterEach(() => fixtureCleanup());

describe('<assist-chat-launcher> attachments', () => {
  it('attaches a photo and a receipt to a message, never without words, and shows them in the conversation after a reload', async function () {
    this.timeout(30_000);
    const el = await fixture<El>(html`<assist-chat-launcher></assist-chat-launcher>`);
    await startGuest(el);
    // The attach button is the file input, named by its label, reached by the keyboard.
    const input = picker(el);
    expect(input.getAttribute('aria-label')).to.equal('Attach photos or a PDF');
    $<HTMLTextAreaElement>(el, '.composer textarea')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root(el).activeElement).to.equal(input);
    await expect(el).to.be.accessible();

    await attach(el, await photo('parcel.jpg', 1200, 900), pdf('receipt.pdf'), textFile('notes.txt'));
    await waitUntil(() => said($(el, '.att-problems')).includes('notes.txt'), 'the text file was not refused');
    expect(said($(el, '.att-problems'))).to.equal('notes.txt wasn’t added: only JPEG, PNG or WebP photos and PDF files can be attached.');
    await uploaded(el, 2);
    expect(said($(el, '.composer [aria-live]:last-of-type'))).to.contain('parcel.jpg added.');
    await expect(el).to.be.accessible();

    // Files alone do not make a message.
    const field = $<HTMLTextAreaElement>(el, '.composer textarea')!;
    field.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => said($(el, '.att-problems')) === 'Write a message to go with your files.', 'sent files without words');
    expect(rows(el)).to.have.length(2);

    const requests = captureRequests('/messages');
    try {
      await sendKeys({ type: 'The parcel arrived crushed, photo and receipt attached.' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => requests.bodies.length, 'the message was not sent');
      expect((requests.bodies[0]!.attachments as string[]).length).to.equal(2);
    } finally {
      requests.stop();
    }
    expect(rows(el), 'the list empties for the next message').to.have.length(0);
    const mine = () => confirmed(el).find((m) => m.classList.contains('msg--shopper') && said(m).includes('parcel arrived crushed'));
    await waitUntil(() => mine()?.querySelector('.att-shown img'), 'the sent message shows no photo', { timeout: 8000 });
    expect(mine()!.querySelector<HTMLImageElement>('.att-shown img')!.alt).to.equal('parcel.jpg');
    expect(said(mine()!.querySelector('.att-shown a:not(:has(img))'))).to.equal('receipt.pdf');
    await expect(el).to.be.accessible();

    // A reload: the conversation comes back with its files.
    fixtureCleanup();
    const again = await fixture<El>(html`<assist-chat-launcher></assist-chat-launcher>`);
    again.open();
    await waitUntil(() => root(again).querySelector('.msg--shopper .att-shown img'), 'the files were lost in the reload', { timeout: 8000 });
  });

  it('shows a photo an agent sends, and the list of files right to left in Hebrew', async function () {
    this.timeout(30_000);
    const el = await fixture<El>(html`<assist-chat-launcher locale="he"></assist-chat-launcher>`);
    el.open();
    await waitUntil(() => button(el, 'שאלה כללית בלי אימות'), 'the start view is not in Hebrew', { timeout: 8000 });
    button(el, 'שאלה כללית בלי אימות')!.click();
    await waitUntil(() => picker(el), 'no chat', { timeout: 8000 });
    await attach(el, await png('צילום.png'));
    await uploaded(el, 1);
    await waitUntil(() => said(rows(el)[0]).includes('הועלה'), 'not in Hebrew');
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();

    // The agent answers with a photo of their own.
    const { id, token } = saved();
    await api('/__admin/chat/agent', { body: { behaviour: 'none' } });
    await api(`/v1/chat/sessions/${id}/escalate`, { token, body: { reason: 'shopper_request' } });
    const bytes = await (await png('label.png')).arrayBuffer();
    const upload = await fetch(`${API}/v1/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${AGENT_TOKEN}`, 'content-type': 'image/png', 'x-file-name': 'label.png', 'idempotency-key': 'agentupload01' },
      body: bytes,
    });
    expect(upload.status).to.equal(201);
    const attachment = (await upload.json()) as { id: string };
    await api(`/v1/agent/sessions/${id}/claim`, { token: AGENT_TOKEN, body: { agentName: 'Kim' } });
    await api(`/v1/agent/sessions/${id}/messages`, { token: AGENT_TOKEN, body: { id: 'agentmsg01', text: 'Here is your return label.', attachments: [attachment.id] } });
    await waitUntil(() => root(el).querySelector('.msg--agent .att-shown img'), 'the agent’s photo is not shown', { timeout: 8000 });
    expect(root(el).querySelector<HTMLImageElement>('.msg--agent .att-shown img')!.alt).to.equal('label.png');
    await expect(el).to.be.accessible();
  });
});
