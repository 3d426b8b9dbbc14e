import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { API, faults, resetMockApi, startMockApi } from '../../../../test/support/mock-api.js';
import { captureRequests, captureUploads, empty, hasExif, huge, list, pdf, photo, png, text as textFile } from '../internal/attachments/test-files.js';
import './return-reporter.js';
import type { AssistReturnReporter } from './return-reporter.component.js';

type El = AssistReturnReporter;
const root = (el: El) => el.shadowRoot!;
const text = (el: El) => root(el).textContent.replace(/\s+/g, ' ');
const heading = (el: El) => root(el).querySelector('h2')?.textContent?.trim() ?? '';
const live = (el: El) => root(el).querySelector('.rr > [aria-live]')!.textContent.trim();
const picker = (el: El) => root(el).querySelector<HTMLInputElement>('input[type=file]')!;
const rows = (el: El) => [...root(el).querySelectorAll<HTMLElement>('.att')];
const row = (el: El, name: string) => rows(el).find((r) => r.querySelector('.att__name')!.textContent === name);
const said = (node: Element) => node.textContent.replace(/\s+/g, ' ').trim();
const button = (el: El, label: string | RegExp, scope: ParentNode = root(el)) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof label === 'string' ? said(b) === label : label.test(said(b))));

async function shows(el: El, title: string | RegExp): Promise<void> {
  await waitUntil(() => (typeof title === 'string' ? heading(el) === title : title.test(heading(el))), `expected "${title}", saw "${heading(el)}"`, { timeout: 8000 });
  await el.updateComplete;
}

async function pick(el: El, ...files: File[]): Promise<void> {
  picker(el).files = list(...files);
  picker(el).dispatchEvent(new Event('change'));
  await waitUntil(() => rows(el).length || root(el).querySelector('.field__error'), 'nothing happened to the picked files');
}

/** Drops files on the field, as dragging them from the desktop does. */
async function drop(el: El, ...files: File[]): Promise<void> {
  const dataTransfer = new DataTransfer();
  for (const file of files) dataTransfer.items.add(file);
  const zone = root(el).querySelector('.drop')!;
  expect(zone.dispatchEvent(new DragEvent('dragover', { dataTransfer, bubbles: true, cancelable: true })), 'the field takes the drop').to.equal(false);
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
  await waitUntil(() => rows(el).some((r) => files.some((f) => r.textContent.includes(f.name))), 'the dropped files are not listed');
}

const uploaded = (el: El, count: number) =>
  waitUntil(() => rows(el).filter((r) => r.classList.contains('att--done')).length === count, `expected ${count} uploaded files: ${text(el).slice(0, 400)}`, { timeout: 10_000 });

async function verify(orderReference: string, contact: Record<string, string>): Promise<string> {
  const response = await fetch(`${API}/v1/auth/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orderReference, ...contact }) });
  return ((await response.json()) as { token: string }).token;
}
const astrid = () => verify('SE-4K7M2QXP', { email: 'astrid.lindqvist@example.se' });
const order = async (token: string, merchant: string) => {
  const response = await fetch(`${API}/v1/orders`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { orders: { id: string; merchantName: string }[] }).orders.find((o) => o.merchantName.includes(merchant))!.id;
};

/** The problem form of an order of Astrid's, at its details. */
async function problemForm(locale = 'en'): Promise<El> {
  const token = await astrid();
  const id = await order(token, 'Nordic Outdoor');
  const el = await fixture<El>(html`<assist-return-reporter mode="problem" locale=${locale} order-id=${id} .token=${token}></assist-return-reporter>`);
  await waitUntil(() => picker(el), 'the details step never showed', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

before(async () => {
  // Room to see every module the page loads (the attachments module among them).
  performance.setResourceTimingBufferSize(10_000);
  await startMockApi();
});
beforeEach(async () => {
  await resetMockApi();
  sessionStorage.clear();
});
afterEach(() => fixtureCleanup());

describe('<assist-return-reporter> attachments', () => {
  it('checks, scales and strips photos before uploading, refuses what it cannot take by name and reason, and sends the ids with the problem', async function () {
    this.timeout(30_000);
    const el = await problemForm();
    await shows(el, 'What went wrong?');
    const loaded = () => performance.getEntriesByType('resource').some((e) => e.name.includes('/internal/attachments/attachments'));
    expect(loaded(), 'the attachments module waits for a file').to.equal(false);
    const input = picker(el);
    expect(root(el).querySelector(`label[for="${input.id}"]`)!.textContent).to.contain('Photos or a receipt');
    expect(input.accept).to.equal('image/jpeg,image/png,image/webp,application/pdf');
    await expect(el).to.be.accessible();

    // What the shopper typed stays while files come and go.
    root(el).querySelector<HTMLInputElement>('input[type=radio]')!.click();
    const description = root(el).querySelector('textarea')!;
    description.value = 'The zip of the jacket broke on the first day.';
    description.dispatchEvent(new Event('input'));

    const uploads = captureUploads();
    try {
      await pick(el, await photo('jacket.jpg'), pdf('receipt.pdf'), textFile('notes.txt'), empty('blank.jpg'), huge('video.jpg'));
      expect(loaded()).to.equal(true);
      const error = root(el).querySelector('.field__error')!.textContent;
      expect(error).to.contain('notes.txt wasn’t added: only JPEG, PNG or WebP photos and PDF files can be attached.');
      expect(error).to.contain('blank.jpg wasn’t added: the file is empty.');
      expect(error).to.contain('video.jpg wasn’t added: it is larger than 10 MB.');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(rows(el).map((r) => r.querySelector('.att__name')!.textContent)).to.deep.equal(['jacket.jpg', 'receipt.pdf']);
      expect(live(el)).to.contain('jacket.jpg added.').and.contain('receipt.pdf added.').and.contain('notes.txt wasn’t added');
      // 84 bytes read as bytes, not as "0 kB".
      expect(row(el, 'receipt.pdf')!.textContent).to.contain('84 B');
      await uploaded(el, 2);
      expect(description.value).to.equal('The zip of the jacket broke on the first day.');
      await expect(el).to.be.accessible();

      // The photo went up 2048 px wide at most, drawn again without its EXIF block (and the location in it).
      expect(uploads.count()).to.equal(2);
      const sent = uploads.bodies.find((b) => b.type === 'image/jpeg')!;
      const bitmap = await createImageBitmap(sent);
      expect([bitmap.width, bitmap.height]).to.deep.equal([2048, 1536]);
      expect(await hasExif(sent)).to.equal(false);
      expect(await hasExif(await photo())).to.equal(true);
      expect(uploads.bodies.find((b) => b.type === 'application/pdf')!.size).to.equal(84);
      // The thumbnail is the local copy of what was sent.
      expect(row(el, 'jacket.jpg')!.querySelector('img')!.src).to.match(/^blob:/);
    } finally {
      uploads.stop();
    }

    // A sixth file is one too many.
    await pick(el, await png('a.png'), await png('b.png'), await png('c.png'), await png('d.png'));
    await waitUntil(() => root(el).querySelector('.field__error')?.textContent?.includes('d.png'), 'no error for the sixth file');
    expect(root(el).querySelector('.field__error')!.textContent).to.equal('d.png wasn’t added: you can attach at most 5 files.');
    await uploaded(el, 5);

    button(el, 'Remove c.png')!.click();
    await el.updateComplete;
    await waitUntil(() => live(el) === 'c.png removed.', `not announced: ${live(el)}`);
    expect(rows(el)).to.have.length(4);

    const requests = captureRequests('/v1/problems');
    try {
      button(el, 'Continue')!.click();
      await shows(el, 'Check and send');
      const thumbnails = [...root(el).querySelectorAll<HTMLImageElement>('.att-shown img')];
      expect(thumbnails.map((i) => i.alt)).to.deep.equal(['jacket.jpg', 'a.png', 'b.png']);
      expect(root(el).querySelector('.att-shown a:not(:has(img))')!.textContent).to.equal('receipt.pdf');
      await expect(el).to.be.accessible();
      button(el, 'Report problem')!.click();
      await shows(el, 'Your problem is reported');
      const ids = requests.bodies[0]!.attachments as string[];
      expect(ids).to.have.length(4);
      expect(ids.every((id) => id.startsWith('att_'))).to.equal(true);
    } finally {
      requests.stop();
    }
  });

  it('shows the upload’s progress, tries a failing upload again by itself, then offers Retry; the form waits for its files', async function () {
    this.timeout(30_000);
    const el = await problemForm();
    await shows(el, 'What went wrong?');
    await faults({ latencyMs: 2000, pathPrefix: '/v1/attachments' });
    await pick(el, pdf('invoice.pdf', 2000));
    await waitUntil(() => row(el, 'invoice.pdf')?.querySelector('progress[aria-label="Upload of invoice.pdf"]'), 'no progress shown');
    expect(row(el, 'invoice.pdf')!.textContent).to.contain('Uploading…');
    await expect(el).to.be.accessible();
    button(el, 'Continue')!.click();
    await waitUntil(() => root(el).querySelector('.field__error'), 'the form went on while the file uploaded');
    expect(root(el).querySelector('.field__error')!.textContent).to.equal('Your files are still uploading. Wait a moment, then send.');
    expect(heading(el)).to.equal('What went wrong?');
    await uploaded(el, 1);

    await faults({ errorRate: 1, errorStatus: 503, pathPrefix: '/v1/attachments' });
    const uploads = captureUploads();
    try {
      await pick(el, pdf('statement.pdf'));
      await waitUntil(() => row(el, 'statement.pdf')?.classList.contains('att--failed'), 'the failing upload never gave up', { timeout: 10_000 });
      expect(uploads.count(), 'tried three times').to.equal(3);
      expect(row(el, 'statement.pdf')!.textContent).to.contain('Upload failed');
      expect(live(el)).to.equal('statement.pdf couldn’t be uploaded. Retry it or remove it.');
      await expect(el).to.be.accessible();
      button(el, 'Continue')!.click();
      await waitUntil(() => root(el).querySelector('.field__error')?.textContent?.includes('Retry or remove'), 'the form went on with a failed file');

      await faults({ errorRate: 0 });
      const retry = button(el, 'Retry statement.pdf')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await uploaded(el, 2);
      expect(uploads.count()).to.equal(4);
    } finally {
      uploads.stop();
    }
  });

  it('attaches a receipt (picked) and a photo (dropped) to a return in Hebrew, right to left, keeps them in the draft across a reload and shows it in the status', async function () {
    this.timeout(30_000);
    const token = await astrid();
    const id = await order(token, 'Nordic Outdoor');
    const make = () => fixture<El>(html`<assist-return-reporter locale="he" order-id=${id} .token=${token}></assist-return-reporter>`);
    let el = await make();
    await waitUntil(() => root(el).querySelector('input[type=checkbox]'), 'no items', { timeout: 8000 });
    root(el).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => picker(el), 'no reason step', { timeout: 8000 });
    root(el).querySelector<HTMLInputElement>('input[type=radio]')!.click();
    expect(el.getAttribute('dir')).to.equal('rtl');
    await pick(el, pdf('קבלה.pdf'));
    await drop(el, await png('תמונה.png'));
    await uploaded(el, 2);
    await waitUntil(() => row(el, 'קבלה.pdf')!.textContent.includes('הועלה'), 'not in Hebrew');
    expect(row(el, 'קבלה.pdf')!.textContent).to.contain('84 בייט');
    await expect(el).to.be.accessible();

    // A reload: the draft brings the uploaded files back.
    fixtureCleanup();
    el = await make();
    await waitUntil(() => rows(el).length === 2, 'the draft lost its files', { timeout: 8000 });
    expect(rows(el).every((r) => r.classList.contains('att--done'))).to.equal(true);

    const requests = captureRequests('/v1/returns');
    try {
      root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(() => root(el).querySelector('input[type=radio][name$="method"]'), 'no method step', { timeout: 8000 });
      root(el).querySelector<HTMLInputElement>('input[type=radio][name$="method"]')!.click();
      root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(() => root(el).querySelector('.att-shown'), 'the review shows no files', { timeout: 8000 });
      root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(() => root(el).querySelector('.reference'), 'not reported', { timeout: 8000 });
      expect((requests.bodies.at(-1)!.attachments as string[]).length).to.equal(2);
    } finally {
      requests.stop();
    }
    button(el, /./, root(el).querySelector('.done .actions')!)!.click();
    await waitUntil(() => root(el).querySelector('.summary .att-shown'), 'the status shows no files', { timeout: 8000 });
    const shown = root(el).querySelector('.summary .att-shown')!;
    expect(shown.querySelector('img')!.alt).to.equal('תמונה.png');
    expect(shown.querySelector('img')!.getAttribute('src')).to.match(/\/v1\/attachments\/att_\w+\/content\?expires=\d+&signature=[0-9a-f]+$/);
    await expect(el).to.be.accessible();
  });
});
