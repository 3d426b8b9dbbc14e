import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { API, resetMockApi, setClock, startMockApi } from '../../../../test/support/mock-api.js';
import './chat-launcher.js';
import type { AssistChatLauncher } from './chat-launcher.component.js';
import { network } from '../../../../test/support/flaky-network.js';

const root = (el: AssistChatLauncher) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shown = (el: AssistChatLauncher) =>
  [...root(el).querySelectorAll<HTMLElement>('.msg:not(.msg--pending)')].map((m) => ({
    id: m.dataset.id!,
    sequence: Number(m.dataset.sequence),
    text: text(m.querySelector('.msg__text')),
  }));
const pending = (el: AssistChatLauncher) => root(el).querySelectorAll('.msg--pending').length;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A pseudo-random but repeatable delay, so a failure can be replayed. */
let seed = 7;
const jitter = (max: number) => {
  seed = (seed * 16807) % 2147483647;
  return seed % max;
};

async function stored(): Promise<{ id: string; sequence: number; author: string; text: string }[]> {
  const key = Object.keys(sessionStorage).find((k) => k.startsWith('assist:chat:'))!;
  const { id, token } = JSON.parse(sessionStorage.getItem(key)!) as { id: string; token: string };
  const response = await fetch(`${API}/v1/chat/sessions/${id}/transcript`, { headers: { authorization: `Bearer ${token}` } });
  return (await response.json()).messages;
}

async function mount(): Promise<AssistChatLauncher> {
  const el = await fixture<AssistChatLauncher>(html`<assist-chat-launcher></assist-chat-launcher>`);
  el.open();
  await el.updateComplete;
  return el;
}

function send(el: AssistChatLauncher, words: string): void {
  const field = root(el).querySelector<HTMLTextAreaElement>('.composer textarea')!;
  field.value = words;
  field.form!.requestSubmit();
}

before(startMockApi);
beforeEach(async () => {
  await resetMockApi();
  await setClock('2026-11-18T10:00:00Z');
  sessionStorage.clear();
  network.restore();
});
afterEach(() => network.restore());

describe('<assist-chat-launcher> under a failing connection', () => {
  it('shows every message exactly once and in order through 20 dropped streams and two reloads', async function () {
    this.timeout(120_000);
    let el = await mount();
    root(el)
      .querySelectorAll<HTMLButtonElement>('button')
      .forEach((b) => text(b) === 'Ask a general question without verifying' && b.click());
    await waitUntil(() => shown(el).length === 1, 'no greeting', { timeout: 8000 });

    const questions = Array.from({ length: 10 }, (_, i) => `Question ${i + 1}: how long until my return is registered?`);
    let drops = 0;
    for (const [i, question] of questions.entries()) {
      send(el, question);
      for (let d = 0; d < 2; d++) {
        await waitUntil(() => network.open > 0, 'the stream did not come back', { timeout: 15_000 });
        await pause(jitter(250));
        drops += network.dropStreams() > 0 ? 1 : 0;
      }
      if (i === 3 || i === 7) {
        // A reload, perhaps with the question still on its way.
        fixtureCleanup();
        el = await mount();
      }
    }
    expect(drops).to.equal(20);

    await waitUntil(
      async () => {
        const server = await stored();
        return pending(el) === 0 && server.filter((m) => m.author === 'shopper').length === questions.length && shown(el).length === server.length;
      },
      'the conversation did not settle',
      { timeout: 30_000, interval: 250 },
    );
    const server = await stored();
    const screen = shown(el);
    expect(screen.map((m) => m.id)).to.deep.equal(server.map((m) => m.id));
    expect(screen.map((m) => m.sequence)).to.deep.equal(server.map((_, i) => i + 1));
    expect(new Set(screen.map((m) => m.id)).size).to.equal(screen.length);
    expect(server.filter((m) => m.author === 'shopper').map((m) => m.text)).to.deep.equal(questions);
    // Every question was answered, each answer once.
    expect(server.filter((m) => m.author === 'assistant')).to.have.length(questions.length + 1);

    // A reconnect asks only for what came after the last event received.
    const opened = network.opened;
    network.dropStreams();
    await waitUntil(() => network.opened > opened && network.open > 0, 'no reconnect', { timeout: 15_000 });
    expect(network.lastEventId).to.equal(String(server.length));
  });
});
