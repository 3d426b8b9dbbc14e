import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../mock-server/src/app.js';
import { CHROME_ARGS, findChrome } from '../support/chrome.mjs';
import { startPlayground, type Playground } from '../support/playground.js';
import { verifyAndAskNextPayment } from './chat-steps.js';
import { pdf, png } from '../../mock-server/test/attachment-files.js';

/**
 * The playground as QA opens it (`pnpm start`): Vite serving the page, the in-browser MSW mock by
 * default, and the real server behind the "Real server" switch. Driven in headless Chromium.
 */
const chromePath = findChrome();

describe('playground', { skip: chromePath ? false : 'Chromium not found (apt-get install -y chromium, or set CHROME_PATH)' }, () => {
  let playground: Playground;
  let api: ServerType;
  let apiBase: string;
  let browser: Browser;
  let page: Page;
  let url: string;

  before(async () => {
    // As `pnpm start` runs them: the API as a demo, its admin token handed to the playground only.
    const { app, adminToken } = createApp({ demo: true });
    api = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => api.once('listening', resolve));
    apiBase = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    playground = await startPlayground({ api: { url: apiBase, adminToken: adminToken! } });
    url = playground.url;
    browser = await chromium.launch({ executablePath: chromePath!, args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    await playground?.close();
    api?.close();
  });

  async function open(query: string): Promise<void> {
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${url}/?${query}`);
    await page.waitForFunction(() => document.getElementById('api-status')?.dataset.state !== undefined, undefined, { timeout: 20_000 });
    assert.deepEqual(errors, []);
  }

  it('starts with the in-browser mock; the FAQ search opens an article in the help center', async () => {
    await open('locale=en&market=SE');
    assert.match((await page.textContent('#api-status')) ?? '', /API mock ready · SE:/);
    await page.waitForSelector('assist-help-center .topic');
    const search = page.locator('assist-faq-search.checkout__faq input');
    await search.fill('retrun');
    await page.waitForSelector('assist-faq-search.checkout__faq [role="option"]');
    assert.ok((await page.locator('assist-faq-search.checkout__faq mark').count()) > 0, 'matches are highlighted');
    await search.press('ArrowDown');
    await search.press('Enter');
    await page.waitForSelector('assist-help-center article h2');
    assert.match((await page.textContent('assist-help-center article h2')) ?? '', /return/i);
    assert.match((await page.textContent('#event-log')) ?? '', /assist-article-select/);
    await page.close();
  });

  it('switches among the 15 languages, each named in itself; Hebrew mirrors the page and the help center', async () => {
    await open('locale=en&market=SE');
    const options = await page.$$eval('#locale option', (nodes) => nodes.map((node) => [(node as HTMLOptionElement).value, node.textContent]));
    assert.equal(options.length, 15);
    assert.deepEqual(options.slice(-3), [
      ['cs', 'Čeština'],
      ['pt', 'Português'],
      ['he', 'עברית'],
    ]);
    await page.waitForSelector('assist-help-center .topic');
    await page.selectOption('#locale', 'he');
    await page.waitForFunction(() => document.querySelector('assist-help-center')?.shadowRoot?.querySelector('h2')?.textContent?.trim() === 'איך אפשר לעזור?');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'he');
    assert.equal(await page.getAttribute('assist-help-center', 'dir'), 'rtl');
    assert.match(page.url(), /locale=he/);
    await page.selectOption('#locale', 'cs');
    await page.waitForFunction(() => document.querySelector('assist-help-center')?.shadowRoot?.querySelector('h2')?.textContent?.trim() === 'Jak vám můžeme pomoci?');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.equal(await page.getAttribute('assist-help-center', 'dir'), 'ltr');
    await page.close();
  });

  /** The text of the chat messages the in-browser mock has saved to IndexedDB ('' for none); null while nothing, or nothing with `needle`, is saved. */
  const savedChatText = (needle: string | null) =>
    new Promise<string | null>((resolve) => {
      const open = indexedDB.open('assist-mock');
      open.onerror = () => resolve(null);
      open.onsuccess = () => {
        const get = open.result.transaction('state').objectStore('state').get('demo');
        get.onerror = () => resolve(null);
        get.onsuccess = () => {
          open.result.close();
          const saved = get.result as { store?: { chatMessages?: Map<string, Map<string, { message: { text?: string } }>> } } | undefined;
          if (!saved?.store?.chatMessages) return resolve(null);
          const text = [...saved.store.chatMessages.values()].flatMap((messages) => [...messages.values()].map((m) => m.message.text ?? '')).join('\n');
          resolve(needle === null || text.includes(needle) ? text : null);
        };
      };
    });

  it('keeps the in-browser mock’s data across a reload: a chat under way goes on', async () => {
    await open('locale=en&market=SE');
    const chat = page.locator('assist-chat-launcher');
    await chat.locator('button.launcher').click();
    await verifyAndAskNextPayment(chat);
    // The mock saves a moment after each change: wait until the answer is in its database.
    await page.waitForFunction(savedChatText, 'Payment plan', { timeout: 5_000 });

    await page.reload();
    await page.waitForFunction(() => document.getElementById('api-status')?.dataset.state === 'ok', undefined, { timeout: 20_000 });
    if (!(await chat.locator('.composer textarea').isVisible())) await chat.locator('button.launcher').click();
    await chat.locator('.msg', { hasText: 'When is my next payment?' }).waitFor({ timeout: 15_000 });
    assert.doesNotMatch((await chat.textContent()) ?? '', /expired/i);
    assert.equal(await chat.locator('.msg', { hasText: 'Hi Astrid' }).count(), 1, 'the conversation is the same one, not a new chat');
    const answers = await chat.locator('.msg--assistant').count();
    await chat.locator('.composer textarea').fill('Can I return an item?');
    await chat.locator('.composer textarea').press('Enter');
    await chat.locator('.msg--assistant').nth(answers).waitFor({ timeout: 15_000 });

    // Reset data: the seed again, and a fresh start in the launcher (not an "expired" chat).
    await chat.locator('.composer textarea').press('Escape');
    await chat.locator('.composer textarea').waitFor({ state: 'hidden' });
    await Promise.all([page.waitForEvent('load'), page.click('#reset-data')]);
    await page.waitForFunction(() => document.getElementById('api-status')?.dataset.state === 'ok', undefined, { timeout: 20_000 });
    await chat.locator('button.launcher').click();
    await chat.locator('input[name="reference"]').waitFor();
    assert.equal(await chat.locator('.msg').count(), 0);
    assert.doesNotMatch((await chat.textContent()) ?? '', /expired/i);
    assert.equal(await page.evaluate(savedChatText, null), '', 'the saved data holds no chat');
    await page.close();
  });

  it('lists the demo shoppers of the scenario’s data, with the order references the README gives', async () => {
    await open('locale=en&market=SE');
    const rows = () => page.$$eval('#shoppers tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)));
    assert.deepEqual(await rows(), [
      ['Astrid Lindqvist (SE)', 'SE-4K7M2QXP'],
      ['Jonas Becker (DE)', 'DE-TW1CE7K4'],
      ['Olivia Hughes (GB)', 'GB-DU3T0M0R'],
      ['Mason Carter (US)', 'US-F1N4NC12'],
    ]);
    await page.selectOption('#scenario', 'new-shopper');
    await page.waitForFunction(() => document.querySelectorAll('#shoppers tr').length === 1);
    const [name, reference] = ((await rows()) as [string, string][])[0]!;
    assert.equal(name, 'Astrid Lindqvist (SE)');
    // The one order of the new shopper verifies her.
    const verified = await page.evaluate(
      async (ref) =>
        (
          await fetch('/mock-api/v1/auth/verify', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'assist-client-id': 'demo' },
            body: JSON.stringify({ orderReference: ref, email: 'astrid.lindqvist@example.se' }),
          })
        ).status,
      reference,
    );
    assert.equal(verified, 200);
    await page.reload();
    await page.waitForFunction(() => document.getElementById('api-status')?.dataset.state !== undefined);
    assert.equal((await rows()).length, 1, 'the scenario stays after a reload');
    await page.close();
  });

  it("the agent console shows a shopper's photo as a thumbnail and sends a PDF with its reply (real server)", async () => {
    const json = { 'content-type': 'application/json' };
    const started = await fetch(`${apiBase}/v1/chat/sessions`, {
      method: 'POST',
      headers: { ...json, 'idempotency-key': `e2e-attachments-${crypto.randomUUID()}` },
      body: JSON.stringify({ locale: 'en-GB', market: 'SE', recordingConsent: true }),
    });
    const { session, chatToken } = (await started.json()) as { session: { id: string; ticketId: string }; chatToken: string };
    const auth = { authorization: `Bearer ${chatToken}` };
    const uploaded = await fetch(`${apiBase}/v1/attachments`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'image/png', 'x-file-name': 'parcel.png' },
      body: png(40, 30),
    });
    assert.equal(uploaded.status, 201);
    const photo = (await uploaded.json()) as { id: string };
    const sent = await fetch(`${apiBase}/v1/chat/sessions/${session.id}/messages`, {
      method: 'POST',
      headers: { ...auth, ...json },
      body: JSON.stringify({ id: 'e2e-msg-with-photo', text: 'The parcel arrived like this', attachments: [photo.id] }),
    });
    assert.equal(sent.status, 201);
    await fetch(`${apiBase}/v1/chat/sessions/${session.id}/escalate`, { method: 'POST', headers: { ...auth, ...json }, body: '{}' });

    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${url}/agent.html?api=real&apiBase=${encodeURIComponent(apiBase)}`);
    await page.locator('.queue__item', { hasText: session.ticketId }).click();
    const thumbnail = page.locator('#conversation img[alt="parcel.png"]');
    await thumbnail.waitFor();
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('#conversation img[alt="parcel.png"]')?.naturalWidth ?? 0) === 40);
    assert.deepEqual([await thumbnail.getAttribute('width'), await thumbnail.getAttribute('height')], ['40', '30']);
    assert.match((await thumbnail.locator('xpath=..').getAttribute('href')) ?? '', /^blob:/, 'a click opens the full file');

    await page.fill('#reply-text', 'Here is your return label');
    await page.setInputFiles('#reply-files', { name: 'return-label.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf()) });
    await page.click('#reply button');
    // The reply and its file show in the conversation once sent (the status line goes back to the chat's state).
    await page.locator('#conversation a[download="return-label.pdf"]').waitFor();
    const transcript = (await (await fetch(`${apiBase}/v1/chat/sessions/${session.id}/transcript`, { headers: auth })).json()) as {
      messages: { author: string; attachments: { fileName: string }[] }[];
    };
    assert.deepEqual(
      transcript.messages.filter((m) => m.attachments.length > 0).map((m) => [m.author, m.attachments[0]!.fileName]),
      [
        ['shopper', 'parcel.png'],
        ['agent', 'return-label.pdf'],
      ],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('every page has an icon and no request answered 404', async () => {
    for (const path of ['/', '/returns.html', '/agent.html', '/theme.html']) {
      const tab = await browser.newPage();
      const missing: string[] = [];
      tab.on('response', (response) => void (response.status() === 404 && missing.push(response.url())));
      await tab.goto(`${url}${path}?locale=en&market=SE`);
      await tab.waitForLoadState('networkidle');
      const icon = await tab.getAttribute('link[rel="icon"]', 'href');
      assert.ok(icon, `${path} links an icon`);
      assert.equal((await tab.request.get(new URL(icon, url).href)).status(), 200);
      assert.deepEqual(missing, [], `${path} asked for something that is not there`);
      await tab.close();
    }
  });

  it('the returns page names each landmark differently', async () => {
    page = await browser.newPage();
    await page.goto(`${url}/returns.html?locale=en&market=SE&shopper=cus_astrid`);
    await page.waitForFunction(() => document.getElementById('api-status')?.dataset.state !== undefined, undefined, { timeout: 20_000 });
    await page.locator('#return-form').locator('form').waitFor({ timeout: 15_000 });
    const unique = async () => {
      const snapshot = await page.locator('body').ariaSnapshot();
      const landmarks = [...snapshot.matchAll(/- (banner|complementary|contentinfo|form|main|navigation|region|search)(?: "([^"]*)")?/g)].map((m) =>
        `${m[1]} ${m[2] ?? ''}`.trim(),
      );
      assert.ok(
        landmarks.some((l) => l.startsWith('form')),
        `a report form is shown: ${landmarks.join(', ')}`,
      );
      const repeated = landmarks.filter((l, i) => landmarks.indexOf(l) !== i);
      assert.deepEqual(repeated, [], `landmarks: ${landmarks.join(', ')}`);
    };
    await unique();
    await page.getByRole('radio', { name: 'a problem' }).check();
    await page.locator('#problem-form').locator('form').waitFor();
    assert.equal(await page.locator('#return-form').isVisible(), false, 'one report form at a time');
    await unique();
    await page.close();
  });

  it('shows the mail the mock sent in the Mail panel: its text, and its HTML in a sandboxed frame that loads nothing', async () => {
    await open('locale=en&market=SE&api=mock');
    await page.waitForSelector('#mail-via:not(:empty)');
    const reference = await page.evaluate(async () => {
      const headers = { 'content-type': 'application/json', 'assist-client-id': 'demo' };
      const verified = await fetch('/mock-api/v1/auth/verify', {
        method: 'POST',
        headers,
        body: JSON.stringify({ orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' }),
      });
      const { token } = (await verified.json()) as { token: string };
      const reported = await fetch('/mock-api/v1/returns', {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${token}`, 'idempotency-key': 'playground-mail-000000000001' },
        body: JSON.stringify({ orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'wrong_size', method: 'drop_off' }),
      });
      return ((await reported.json()) as { reference: string }).reference;
    });
    assert.match(reference, /^R-/);
    await page.waitForFunction(
      async () => {
        document.getElementById('reload-mail')!.click();
        await new Promise((resolve) => setTimeout(resolve, 200));
        return /sent/.test(document.getElementById('mails')?.textContent ?? '');
      },
      undefined,
      { timeout: 10_000, polling: 500 },
    );
    assert.match((await page.textContent('#mail-via')) ?? '', /development mailbox/);
    await page.getByRole('button', { name: `Open "Vi har registrerat din retur ${reference}"` }).click();
    await page.waitForSelector('#mail-view:not([hidden])');
    assert.match((await page.textContent('#mail-text')) ?? '', /^Hej Astrid!/);
    assert.equal(await page.getAttribute('#mail-html', 'sandbox'), '');
    assert.match((await page.getAttribute('#mail-html', 'srcdoc')) ?? '', /Content-Security-Policy" content="default-src 'none'/);
    const frame = page.frameLocator('#mail-html');
    assert.match((await frame.locator('h2').textContent()) ?? '', /Så här går det till/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'mail-subject', 'focus moves to the opened mail');
    await page.close();
  });

  it('takes a message out of hours: the launcher sends it and the Mail panel shows the mail to support and the copy', async () => {
    await open('locale=en&market=SE&api=mock&scenario=outside-hours');
    await page.waitForSelector('#mail-via:not(:empty)');
    const chat = page.locator('assist-chat-launcher');
    await chat.locator('button.launcher').click();
    await chat.getByRole('button', { name: 'Ask a general question without verifying' }).click();
    await chat.locator('.tools').getByRole('button', { name: 'Talk to a person' }).click({ timeout: 15_000 });
    assert.equal(await chat.getByRole('button', { name: 'Request a callback' }).count(), 1, 'one way to a callback');
    await chat.getByRole('button', { name: 'Leave a message' }).click();
    await chat.locator('form.offline').waitFor();
    await chat.locator('input[name="name"]').fill('Eve');
    await chat.locator('input[name="email"]').fill('eve@example.com');
    await chat.locator('textarea[name="message"]').fill('My payment failed twice tonight.');
    await chat.getByRole('button', { name: 'Send message' }).click();
    await chat.getByRole('heading', { name: 'Message sent' }).waitFor({ timeout: 15_000 });
    const reference = /Your reference: (M-[A-Z0-9]+)/.exec((await chat.locator('.body p', { hasText: 'Your reference' }).textContent()) ?? '')?.[1];
    assert.ok(reference, 'a reference is shown');
    await page.waitForFunction(
      async (ref) => {
        document.getElementById('reload-mail')!.click();
        await new Promise((resolve) => setTimeout(resolve, 200));
        const text = document.getElementById('mails')?.textContent ?? '';
        return text.includes(`Offline message ${ref} from Eve`) && text.includes('We have received your message');
      },
      reference,
      { timeout: 10_000, polling: 500 },
    );
    await page.close();
  });

  it('switches scenarios through the admin surface: api-down shows the error state', async () => {
    await open('scenario=api-down');
    assert.equal(await page.getAttribute('#api-status', 'data-state'), 'error');
    assert.match((await page.textContent('#api-status')) ?? '', /unavailable/);
    await page.close();
  });

  it('talks to the real server, mirrored for Arabic, with prices in the market currency', async () => {
    await open(`api=real&apiBase=${encodeURIComponent(apiBase)}&locale=ar&market=US&scenario=outside-hours`);
    assert.match((await page.textContent('#api-status')) ?? '', /API server ready · US/);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.match((await page.textContent('#pay')) ?? '', /US\$|\$/);
    await page.waitForFunction(() => document.querySelector('assist-help-center')?.getAttribute('dir') === 'rtl');
    assert.equal(await page.getAttribute('assist-help-center', 'theme'), 'light');
    await page.close();
  });
});
