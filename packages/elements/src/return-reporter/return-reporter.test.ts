import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { API, faults, resetMockApi, startMockApi } from '../../../../test/support/mock-api.js';
import './return-reporter.js';
import type { AssistReturnReporter } from './return-reporter.component.js';

type El = AssistReturnReporter;
const root = (el: El) => el.shadowRoot!;
const squash = (value: string) => value.replace(/\s+/g, ' ');
const text = (el: El) => squash(root(el).textContent);
const heading = (el: El) => root(el).querySelector('h2')?.textContent?.trim() ?? '';
const active = (el: El) => root(el).activeElement as HTMLElement | null;
const live = (el: El) => root(el).querySelector('[aria-live]')!.textContent.trim();
const button = (el: El, label: string | RegExp) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof label === 'string' ? b.textContent.trim() === label : label.test(b.textContent)));
const field = (el: El, label: string | RegExp) => {
  const match = [...root(el).querySelectorAll('label')].find((l) => (typeof label === 'string' ? l.textContent.trim() === label : label.test(l.textContent)));
  return (match?.control ?? null) as HTMLInputElement | null;
};

async function shows(el: El, title: string | RegExp, timeout = 8000): Promise<void> {
  await waitUntil(() => (typeof title === 'string' ? heading(el) === title : title.test(heading(el))), `expected "${title}", saw "${heading(el)}": ${text(el).slice(0, 300)}`, {
    timeout,
  });
  await el.updateComplete;
}

/** Presses Tab until the focused element inside the component matches. */
async function tabTo(el: El, match: (e: HTMLElement) => boolean, limit = 30): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const focused = active(el);
    if (focused && match(focused)) return focused;
  }
  throw new Error(`focus never reached the element; it is on ${active(el)?.outerHTML.slice(0, 120)}`);
}
const isButton = (label: string) => (e: HTMLElement) => e.tagName === 'BUTTON' && e.textContent.trim() === label;

async function api<T>(path: string, token: string | null, init: { method?: string; body?: unknown; key?: string } = {}): Promise<T> {
  const response = await fetch(`${API}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.key ? { 'idempotency-key': init.key } : {}),
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  const data = (await response.json()) as T;
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(data)}`);
  return data;
}

const verify = async (orderReference: string, contact: { email?: string; phone?: string }) =>
  (await api<{ token: string }>('/v1/auth/verify', null, { body: { orderReference, ...contact } })).token;
const astrid = () => verify('SE-4K7M2QXP', { email: 'astrid.lindqvist@example.se' });
const olivia = () => verify('GB-DU3T0M0R', { email: 'olivia.hughes@example.co.uk' });

/** Chooses an order, items and answers, by clicks, up to the step named. */
async function fillReturn(el: El, until: 'reason' | 'method' | 'review', order = 'Nordic Outdoor'): Promise<void> {
  await waitUntil(() => root(el).querySelector('input[type=radio]'), 'no orders listed', { timeout: 8000 });
  field(el, new RegExp(order))!.click();
  button(el, 'Continue')!.click();
  await shows(el, 'What are you sending back?');
  field(el, /Hiking boots/)!.click();
  await el.updateComplete;
  button(el, 'Continue')!.click();
  await shows(el, 'Why are you returning it?');
  field(el, 'Wrong size or fit')!.click();
  if (until === 'reason') return;
  button(el, 'Continue')!.click();
  await shows(el, 'How are you sending it back?');
  field(el, /Drop off at a parcel point/)!.click();
  if (until === 'method') return;
  button(el, 'Continue')!.click();
  await shows(el, 'Check and send');
}

before(startMockApi);
beforeEach(async () => {
  await resetMockApi();
  sessionStorage.clear();
});

describe('<assist-return-reporter>', () => {
  it('reports a return by keyboard alone; a timed-out submission retried (twice) makes exactly one return', async () => {
    const el = await fixture<El>(html`<assist-return-reporter timeout="600"></assist-return-reporter>`);
    await shows(el, 'Find your order');
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await tabTo(el, (e) => e.id.endsWith('-reference'));
    await sendKeys({ type: 'se-4k7m2qxp' });
    await tabTo(el, (e) => e.id.endsWith('-email'));
    await sendKeys({ type: 'astrid.lindqvist@example.se' });
    await sendKeys({ press: 'Enter' });

    // Verified: the shopper's orders, with the one they named already chosen. The heading shows while
    // they load; focus moves to it once they are listed.
    await shows(el, 'Which order is it about?');
    await waitUntil(() => root(el).querySelector('input[type=radio]'), 'no orders listed', { timeout: 8000 });
    expect(active(el)?.tagName).to.equal('H2');
    expect(field(el, /Nordic Outdoor/)!.checked).to.equal(true);
    expect(root(el).querySelectorAll('input[type=radio]').length).to.equal(4);
    await tabTo(el, isButton('Continue'));
    await sendKeys({ press: 'Enter' });

    await shows(el, 'What are you sending back?');
    expect(active(el)?.tagName).to.equal('H2');
    expect(text(el)).to.contain('Hiking boots').and.contain('Wool socks, 3-pack');
    await expect(el).to.be.accessible();
    await tabTo(el, (e) => e.getAttribute('type') === 'checkbox');
    await sendKeys({ press: 'Space' });
    const quantity = await tabTo(el, (e) => e.getAttribute('type') === 'number');
    expect((quantity as HTMLInputElement).value).to.equal('1');
    await tabTo(el, isButton('Continue'));
    await sendKeys({ press: 'Enter' });

    await shows(el, 'Why are you returning it?');
    await tabTo(el, (e) => e.getAttribute('type') === 'radio');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(el, (e) => e.tagName === 'TEXTAREA');
    await sendKeys({ type: 'Half a size too small.' });
    await tabTo(el, isButton('Continue'));
    await sendKeys({ press: 'Enter' });

    await shows(el, 'How are you sending it back?');
    await tabTo(el, (e) => e.getAttribute('type') === 'radio');
    await sendKeys({ press: 'Space' });
    await tabTo(el, (e) => e.id.endsWith('-carrier'));
    await sendKeys({ type: 'PostNord' });
    await tabTo(el, (e) => e.id.endsWith('-tracking'));
    await sendKeys({ type: 'pn123456789se' });
    await sendKeys({ press: 'Enter' });

    await shows(el, 'Check and send');
    await waitUntil(() => root(el).querySelector('table'), 'no payment plan preview', { timeout: 5000 });
    const summary = text(el);
    expect(summary).to.contain('Wrong size or fit').and.contain('Half a size too small.').and.contain('PostNord PN123456789SE');
    // 1 311 of the 1 499 returned comes off the three unpaid payments of 437 each; 188 is paid back.
    const sek = (amount: number) => squash(new Intl.NumberFormat('en', { style: 'currency', currency: 'SEK' }).format(amount));
    expect(summary)
      .to.contain(`Value of the return: ${sek(1499)}`)
      .and.contain(`${sek(1311)} comes off your remaining payments`)
      .and.contain(`${sek(188)} is paid back to you`);
    const rows = [...root(el).querySelectorAll('tbody tr')];
    expect(rows).to.have.length(4);
    expect(rows.filter((r) => r.classList.contains('is-paused'))).to.have.length(3);
    expect(rows[0]!.textContent).to.contain('(paid)');
    await expect(el).to.be.accessible();

    // The answer never arrives in time: the client gives up after its retries, the form keeps everything.
    await faults({ latencyMs: 900, pathPrefix: '/v1/returns' });
    const submitted: CustomEvent[] = [];
    el.addEventListener('assist-return-submitted', (e) => submitted.push(e));
    await tabTo(el, isButton('Report return'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'no timeout message', { timeout: 9000 });
    expect(text(el)).to.contain('The answer took too long');
    await expect(el).to.be.accessible();
    const draft = JSON.parse(Object.values(sessionStorage)[0] as string) as { key: string; step: string };
    expect(draft.step).to.equal('review');

    await faults({ latencyMs: 0 });
    const retry = button(el, 'Try again')!;
    retry.click();
    retry.click();
    button(el, /Report return|One moment/)?.click();
    await shows(el, 'Your return is reported');
    expect(active(el)?.tagName).to.equal('H2');
    const reference = root(el).querySelector('.reference')!.textContent.trim();
    expect(reference).to.match(/^R-[A-Z0-9]{6}$/);
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    const token = await astrid();
    const { returns } = await api<{ returns: { reference: string; items: { quantity: number }[] }[] }>('/v1/orders/ord_se_outdoor/returns', token);
    expect(returns.map((r) => r.reference)).to.deep.equal([reference]);
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.detail).to.include({ reference, orderId: 'ord_se_outdoor' });

    button(el, 'Follow the status')!.click();
    await shows(el, `Return ${reference}`);
    expect(root(el).querySelector('[aria-current=step]')!.textContent).to.contain('Reported');
    await expect(el).to.be.accessible();

    // The in-page mock still holds the slow attempts in its 900 ms latency; let them land (they are
    // replays of the same key) so none reaches the next test's freshly reset data.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  });

  it('keeps the draft when the page reloads, and stores nothing before the shopper interacts', async () => {
    const token = await astrid();
    const first = await fixture<El>(html`<assist-return-reporter .token=${token}></assist-return-reporter>`);
    await shows(first, 'Which order is it about?');
    await waitUntil(() => root(first).querySelector('input[type=radio]'), 'no orders', { timeout: 8000 });
    expect(sessionStorage.length).to.equal(0);
    await expect(first).to.be.accessible();
    const steps: string[] = [];
    first.addEventListener('assist-return-step', (e) => steps.push(`${e.detail.mode}:${e.detail.step}`));
    await fillReturn(first, 'reason');
    expect(steps).to.deep.equal(['return:items', 'return:reason']);
    await expect(first).to.be.accessible();
    field(first, /Anything to add/)!.value = 'Too tight';
    field(first, /Anything to add/)!.dispatchEvent(new Event('input'));
    first.remove();

    const again = await fixture<El>(html`<assist-return-reporter .token=${token}></assist-return-reporter>`);
    await shows(again, 'Why are you returning it?');
    expect(field(again, 'Wrong size or fit')!.checked).to.equal(true);
    expect(field(again, /Anything to add/)!.value).to.equal('Too tight');
    expect(root(again).querySelector('[aria-current=step]')!.textContent.trim()).to.equal('Reason');
    button(again, 'Back')!.click();
    await shows(again, 'What are you sending back?');
    expect(field(again, /Hiking boots/)!.checked).to.equal(true);
    expect(field(again, /Quantity of Hiking boots/)!.value).to.equal('1');
  });

  it('announces client validation errors, links them to their fields and moves focus to the first', async () => {
    const el = await fixture<El>(html`<assist-return-reporter></assist-return-reporter>`);
    await shows(el, 'Find your order');
    expect(button(el, 'Find order')!.disabled, 'usable at once: the first check loads the rules').to.equal(false);
    field(el, 'Order reference')!.value = 'x';
    field(el, 'Order reference')!.dispatchEvent(new Event('input'));
    const email = root(el).querySelector<HTMLInputElement>('input[type=email]')!;
    email.value = 'not-an-email';
    email.dispatchEvent(new Event('input'));
    button(el, 'Find order')!.click();
    await waitUntil(() => live(el).length > 0, 'nothing announced');

    const reference = field(el, 'Order reference')!;
    expect(active(el)).to.equal(reference);
    for (const [input, message] of [
      [reference, 'Must be the order reference from the confirmation email (6 to 24 letters, digits or -)'],
      [email, 'Must be an email address'],
    ] as const) {
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const described = input
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => root(el).getElementById(id)!.textContent.trim());
      expect(described).to.include(message);
    }
    expect(live(el)).to.contain('Fields to correct: 2.').and.contain('Order reference: Must be the order reference');
    await expect(el).to.be.accessible();

    // Once both are corrected, the summary is gone: a screen reader does not find stale errors later.
    reference.value = 'SE-4K7M2QXP';
    reference.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(live(el), 'one field still wrong').to.contain('Fields to correct: 2.');
    email.value = 'astrid.lindqvist@example.se';
    email.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(live(el)).to.equal('');
    await expect(el).to.be.accessible();

    // The same rules in a later step: a tracking number the carrier could not have issued.
    const token = await astrid();
    const form = await fixture<El>(html`<assist-return-reporter .token=${token}></assist-return-reporter>`);
    await fillReturn(form, 'method');
    await expect(form).to.be.accessible();
    field(form, /Tracking number/)!.value = 'ab';
    field(form, /Tracking number/)!.dispatchEvent(new Event('input'));
    button(form, 'Continue')!.click();
    await form.updateComplete;
    await waitUntil(() => active(form) === field(form, /Tracking number/), 'focus did not move to the tracking number');
    expect(text(form)).to.contain('Must be the tracking number from the carrier (6 to 40 letters, digits or -)');
    button(form, 'Back')!.click();
    await shows(form, 'Why are you returning it?');
    button(form, 'Back')!.click();
    await shows(form, 'What are you sending back?');
    field(form, /Hiking boots/)!.click();
    await form.updateComplete;
    button(form, 'Continue')!.click();
    await form.updateComplete;
    expect(text(form)).to.contain('Choose at least one item');
    expect(active(form)?.getAttribute('type')).to.equal('checkbox');
    await expect(form).to.be.accessible();
  });

  it('maps the server’s 400 on a quantity back to the quantity field', async () => {
    const token = await astrid();
    const el = await fixture<El>(html`<assist-return-reporter .token=${token}></assist-return-reporter>`);
    await fillReturn(el, 'method');
    // Meanwhile the boots are reported returned elsewhere (another tab): none are left to return.
    await api('/v1/returns', token, {
      key: 'elsewhere-0001',
      body: { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_1', quantity: 1 }], reason: 'damaged', method: 'in_store' },
    });
    button(el, 'Continue')!.click();
    await shows(el, 'What are you sending back?');
    const quantity = field(el, /Quantity of Hiking boots/)!;
    await waitUntil(() => active(el) === quantity, 'focus is not on the quantity');
    expect(quantity.getAttribute('aria-invalid')).to.equal('true');
    const message = root(el).getElementById(quantity.getAttribute('aria-describedby')!)!.textContent;
    expect(message).to.contain('all of this item was already returned');
    expect(live(el)).to.contain('Quantity of Hiking boots');
    expect(text(el)).to.contain('Already returned or not shipped');
    await expect(el).to.be.accessible();
  });

  it('reports a problem when charged twice and shows the store’s deadline', async () => {
    const el = await fixture<El>(html`<assist-return-reporter mode="problem"></assist-return-reporter>`);
    await shows(el, 'Find your order');
    expect(button(el, 'Find order')!.disabled, 'usable at once: the first check loads the rules').to.equal(false);
    field(el, 'Order reference')!.value = 'DE-TW1CE7K4';
    field(el, 'Order reference')!.dispatchEvent(new Event('input'));
    field(el, 'Phone number')!.click();
    await el.updateComplete;
    const phone = root(el).querySelector<HTMLInputElement>('input[type=tel]')!;
    phone.value = '+49 151 12345678';
    phone.dispatchEvent(new Event('input'));
    button(el, 'Find order')!.click();
    await shows(el, 'Which order is it about?');
    await waitUntil(() => field(el, /Technik Haus/), 'no orders listed', { timeout: 8000 });
    expect(field(el, /Technik Haus/)!.checked).to.equal(true);
    button(el, 'Continue')!.click();

    await shows(el, 'What went wrong?');
    await expect(el).to.be.accessible();
    field(el, 'I was charged twice')!.click();
    // The draft kept for a reload never holds a card number, even while the field shows what was typed.
    field(el, 'Description')!.value = 'Charged twice on 4111 1111 1111 1111.';
    field(el, 'Description')!.dispatchEvent(new Event('input'));
    const stored = () => Object.values(sessionStorage).join('');
    await waitUntil(() => stored().includes('Charged twice on •••• 1111.'), 'the draft is kept with the card number masked');
    expect(stored()).not.to.contain('4111 1111 1111 1111');
    expect(field(el, 'Description')!.value).to.equal('Charged twice on 4111 1111 1111 1111.');
    field(el, 'Description')!.value = 'The headphones were charged twice on my card.';
    field(el, 'Description')!.dispatchEvent(new Event('input'));
    button(el, 'Continue')!.click();

    await shows(el, 'Check and send');
    expect(text(el)).to.contain('I was charged twice').and.contain('7 days');
    await expect(el).to.be.accessible();
    const sent = oneEvent(el, 'assist-problem-submitted');
    button(el, 'Report problem')!.click();
    const { detail } = await sent;
    expect(detail.type).to.equal('charged_twice');
    await shows(el, 'Your problem is reported');
    expect(root(el).querySelector('.reference')!.textContent).to.equal(detail.reference);
    await expect(el).to.be.accessible();

    const token = await verify('DE-TW1CE7K4', { phone: '+4915112345678' });
    const problem = await api<{ attachments: unknown[]; disputeCode: string }>(`/v1/problems/${detail.problemId}`, token);
    expect(problem.attachments).to.deep.equal([]);
    expect(problem.disputeCode).to.equal('duplicate_charge');

    button(el, 'Follow the status')!.click();
    await shows(el, `Problem ${detail.reference}`);
    const deadline = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(detail.storeResponseDeadline));
    expect(text(el)).to.contain('Waiting for the store').and.contain(`The store has until ${deadline} to respond`);
    // The dispute is named in words, not by the API's code.
    expect(text(el)).to.contain('registered as a disputed payment: you were charged twice.').and.not.contain('duplicate_charge');
    await expect(el).to.be.accessible();
  });

  it('shows an investigation of a parcel the store never received, and sends it again', async () => {
    const token = await astrid();
    const el = await fixture<El>(html`<assist-return-reporter return-id="ret_se_return_dnr" .token=${token}></assist-return-reporter>`);
    await shows(el, 'Return R-DNR4QX');
    const steps = [...root(el).querySelectorAll('.timeline li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(steps[0]).to.match(/^Done: Reported/);
    expect(steps[1]).to.match(/^Done: On its way/);
    expect(steps[2]).to.match(/^Now: Under investigation/);
    expect(text(el))
      .to.contain('The carrier says the parcel was delivered')
      .and.match(/We will come back to you by \w{3} \d+, \d{4}/);
    expect(button(el, 'Cancel without penalty')).to.not.equal(undefined);
    await expect(el).to.be.accessible();

    button(el, 'Send it again')!.click();
    await waitUntil(() => root(el).querySelector('h3[tabindex]') === active(el), 'focus did not move to the form');
    await expect(el).to.be.accessible();
    field(el, 'Tracking number')!.value = 'PN00999888SE';
    field(el, 'Tracking number')!.dispatchEvent(new Event('input'));
    const updated = oneEvent(el, 'assist-return-updated');
    button(el, 'Save changes')!.click();
    expect((await updated).detail).to.include({ status: 'in_transit', change: 'tracking' });
    await waitUntil(() => root(el).querySelector('[aria-current=step]')?.textContent?.includes('On its way'), 'not back in transit');
    expect(text(el)).to.contain('PN00999888SE');
  });

  it('opens a return by its id once the shopper has verified', async () => {
    const el = await fixture<El>(html`<assist-return-reporter return-id="ret_us_card"></assist-return-reporter>`);
    await shows(el, 'Find your order');
    expect(root(el).querySelector('.steps')).to.equal(null);
    await waitUntil(() => !button(el, 'Find order')!.disabled, 'rules did not load');
    field(el, 'Order reference')!.value = 'US-F1N4NC12';
    field(el, 'Order reference')!.dispatchEvent(new Event('input'));
    const email = root(el).querySelector<HTMLInputElement>('input[type=email]')!;
    email.value = 'mason.carter@example.com';
    email.dispatchEvent(new Event('input'));
    button(el, 'Find order')!.click();
    await shows(el, 'Return R-TRNS8K');
    expect(active(el)?.tagName).to.equal('H2');
    expect(root(el).querySelector('[aria-current=step]')!.textContent).to.contain('On its way');
    expect(text(el)).to.contain('UPS 1Z999AA10123456784').and.contain('The parcel is on its way.');
    // On its way: only the tracking can still change, and it can no longer be cancelled.
    expect(button(el, 'Add or change tracking')).to.not.equal(undefined);
    expect(button(el, 'Change items')).to.equal(undefined);
    expect(button(el, 'Cancel the return')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows a problem the store left unanswered as taken over by us, with a way to talk to us', async () => {
    const token = await verify('DE-TW1CE7K4', { phone: '+4915112345678' });
    const problem = await api<{ id: string; reference: string; storeResponseDeadline: string }>('/v1/problems', token, {
      key: 'problem-escalation-1',
      body: { orderId: 'ord_de_twice', type: 'item_not_received', description: 'The headphones never arrived.' },
    });
    await api(`/__admin/problems/${problem.id}/escalate`, null, { body: {} });
    const el = await fixture<El>(html`<assist-return-reporter mode="problem" problem-id=${problem.id} .token=${token}></assist-return-reporter>`);
    await shows(el, `Problem ${problem.reference}`);
    const deadline = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(problem.storeResponseDeadline));
    expect(root(el).querySelector('.badge')!.textContent).to.equal('Taken over by us');
    expect(text(el)).to.contain(`The store didn’t respond by ${deadline}; we took over the case on`).and.contain('I didn’t receive my order');
    const chat = oneEvent(el, 'assist-chat-request');
    button(el, 'Talk to us about it')!.click();
    expect((await chat).detail.source).to.equal('return-reporter');
    await expect(el).to.be.accessible();
  });

  it('changes the items and the method of a reported return, within what can still be returned', async () => {
    const token = await astrid();
    const reported = await api<{ id: string; reference: string }>('/v1/returns', token, {
      key: 'items-and-method-1',
      body: { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'changed_mind', method: 'drop_off' },
    });
    const el = await fixture<El>(html`<assist-return-reporter return-id=${reported.id} .token=${token}></assist-return-reporter>`);
    await shows(el, `Return ${reported.reference}`);
    button(el, 'Change items')!.click();
    await waitUntil(() => field(el, /Hiking boots/), 'no items to change');
    await expect(el).to.be.accessible();
    field(el, /Hiking boots/)!.click();
    await el.updateComplete;
    const boots = field(el, /Quantity of Hiking boots/)!;
    boots.value = '2';
    boots.dispatchEvent(new Event('input'));
    const updated: CustomEvent[] = [];
    el.addEventListener('assist-return-updated', (e) => updated.push(e));
    button(el, 'Save changes')!.click();
    await waitUntil(() => boots.getAttribute('aria-invalid') === 'true', 'more than was bought was accepted');
    expect(text(el)).to.contain('You can return at most 1.');
    boots.value = '1';
    boots.dispatchEvent(new Event('input'));
    button(el, 'Save changes')!.click();
    await waitUntil(() => updated.length === 1, 'items not saved');
    expect(updated[0]!.detail).to.include({ change: 'items', status: 'reported' });
    const sek = (amount: number) => squash(new Intl.NumberFormat('en', { style: 'currency', currency: 'SEK' }).format(amount));
    await waitUntil(() => text(el).includes(`Hiking boots × 1 · ${sek(1499)}`) && text(el).includes('Wool socks, 3-pack × 1'), 'items not shown');

    button(el, 'Change return method')!.click();
    await waitUntil(() => field(el, /Pickup from my address/), 'no methods');
    field(el, /Pickup from my address/)!.click();
    button(el, 'Save changes')!.click();
    await waitUntil(() => updated.length === 2, 'method not saved');
    expect(updated[1]!.detail.change).to.equal('method');
    const saved = await api<{ method: string; items: { itemId: string; quantity: number }[] }>(`/v1/returns/${reported.id}`, token);
    expect(saved.method).to.equal('pickup');
    expect(saved.items.map((i) => [i.itemId, i.quantity])).to.deep.equal([
      ['itm_se_outdoor_1', 1],
      ['itm_se_outdoor_2', 1],
    ]);
  });

  it('changes the tracking of a reported return, then cancels it', async () => {
    const token = await olivia();
    const el = await fixture<El>(html`<assist-return-reporter return-id="ret_gb_latefee" .token=${token}></assist-return-reporter>`);
    await shows(el, 'Return R-LATE7M');
    expect(text(el)).to.contain('Pickup from my address');
    button(el, 'Add or change tracking')!.click();
    // The form of a change shows once the contract's rules have loaded: nothing loaded them before.
    await waitUntil(() => field(el, 'Tracking number'), 'no tracking form');
    field(el, 'Tracking number')!.value = '#';
    field(el, 'Tracking number')!.dispatchEvent(new Event('input'));
    button(el, 'Save changes')!.click();
    await waitUntil(() => field(el, 'Tracking number')!.getAttribute('aria-invalid') === 'true', 'no client error');
    field(el, 'Carrier')!.value = 'Royal Mail';
    field(el, 'Carrier')!.dispatchEvent(new Event('input'));
    field(el, 'Tracking number')!.value = 'rm123456785gb';
    field(el, 'Tracking number')!.dispatchEvent(new Event('input'));
    const changed = oneEvent(el, 'assist-return-updated');
    button(el, 'Save changes')!.click();
    expect((await changed).detail).to.include({ reference: 'R-LATE7M', status: 'reported', change: 'tracking' });
    await waitUntil(() => text(el).includes('Royal Mail RM123456785GB'), 'tracking not shown');
    expect(live(el)).to.equal('Your changes are saved.');

    button(el, 'Cancel the return')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('Cancel return R-LATE7M?');
    await expect(el).to.be.accessible();
    const cancelled = oneEvent(el, 'assist-return-updated');
    button(el, 'Yes, cancel it')!.click();
    expect((await cancelled).detail).to.include({ status: 'cancelled', change: 'cancel' });
    await waitUntil(() => root(el).querySelector('.badge')?.textContent === 'Cancelled', 'not cancelled');
    expect(button(el, 'Cancel the return')).to.equal(undefined);
    expect(button(el, 'Add or change tracking')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('moves focus to the message when nothing on the chosen order can be returned', async () => {
    const token = await astrid();
    const el = await fixture<El>(html`<assist-return-reporter .token=${token}></assist-return-reporter>`);
    await waitUntil(() => root(el).querySelector('input[type=radio]'), 'no orders listed', { timeout: 8000 });
    field(el, /Stil Mode/)!.click();
    (await tabTo(el, isButton('Continue'))).click();
    await waitUntil(() => text(el).includes('Nothing on this order can be returned right now.'), 'no message', { timeout: 8000 });
    await waitUntil(() => active(el)?.textContent === 'Nothing on this order can be returned right now.', `focus is on ${active(el)?.outerHTML ?? 'nothing'}`);
    await expect(el).to.be.accessible();
  });

  it('shows a German status timeline in German: no English note from the API, no raw date, no dispute code', async () => {
    const token = await verify('DE-TW1CE7K4', { phone: '+4915112345678' });
    const problem = await api<{ id: string; reference: string; createdAt: string }>('/v1/problems', token, {
      key: 'problem-german-timeline-1',
      body: { orderId: 'ord_de_twice', type: 'charged_twice', description: 'Ich wurde zweimal belastet, siehe Kontoauszug.' },
    });
    const el = await fixture<El>(html`<assist-return-reporter lang="de" mode="problem" problem-id=${problem.id} .token=${token}></assist-return-reporter>`);
    await shows(el, `Problem ${problem.reference}`);
    await waitUntil(() => root(el).querySelector('.badge')?.textContent !== 'Waiting for the store', 'German status strings did not load', { timeout: 8000 });
    const timeline = squash(root(el).querySelector('.timeline')!.textContent);
    expect(timeline).to.not.contain('Payments on this order are paused').and.not.contain('We asked');
    expect(timeline).to.not.match(/\d{4}-\d{2}-\d{2}/);
    expect(timeline).to.contain(squash(new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(new Date(problem.createdAt))));
    expect(text(el)).to.contain('Dies ist als strittige Zahlung erfasst: Sie wurden doppelt belastet.').and.not.contain('duplicate_charge');
    expect(root(el).querySelector('.timeline [lang=en]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the payment plan scrolls sideways at 320 px, in a focusable, labelled region', async () => {
    const token = await olivia();
    const el = await fixture<El>(html`<assist-return-reporter return-id="ret_gb_latefee" .token=${token} style="display: block; width: 320px"></assist-return-reporter>`);
    await shows(el, /^Return R-LATE7M/);
    await waitUntil(() => root(el).querySelector('.plan .table'), 'no payment plan');
    const region = root(el).querySelector<HTMLElement>('.plan .table')!;
    const overflows = region.scrollWidth > region.clientWidth;
    const hint = region.getAttribute('aria-describedby') ? root(el).getElementById(region.getAttribute('aria-describedby')!) : null;
    expect(hint, 'the region is described by a hint').to.not.equal(null);
    expect(overflows, 'at 320 px the table is wider than the column').to.equal(true);
    expect(hint!.getBoundingClientRect().height, 'and says it scrolls').to.be.greaterThan(0);
    expect(squash(hint!.textContent)).to.equal('The table is wider than the screen: scroll it sideways to see every column.');
    expect(region.tabIndex).to.equal(0);
    expect(root(el).getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.contain('Your payment plan');
    await expect(el).to.be.accessible();
  });

  it('mirrors for Arabic, with amounts and dates formatted for the language', async () => {
    const token = await astrid();
    const el = await fixture<El>(html`<assist-return-reporter lang="ar" return-id="ret_se_balance" .token=${token}></assist-return-reporter>`);
    await waitUntil(() => /R-REG3PW/.test(heading(el)) && !/Return/.test(heading(el)), `Arabic status not shown: ${heading(el)}`, { timeout: 8000 });
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(heading(el)).to.equal('الإرجاع R-REG3PW');
    expect(text(el)).to.contain(squash(new Intl.NumberFormat('ar', { style: 'currency', currency: 'SEK' }).format(349)));
    const { refund } = await api<{ refund: { refundedOn: string } }>('/v1/returns/ret_se_balance', token);
    const registered = new Intl.DateTimeFormat('ar', { dateStyle: 'medium' }).format(new Date(`${refund.refundedOn}T12:00:00Z`));
    expect(text(el)).to.contain(`سُجّل في ${squash(registered)}`);
    await expect(el).to.be.accessible();

    const form = await fixture<El>(html`<assist-return-reporter lang="ar"></assist-return-reporter>`);
    await waitUntil(() => heading(form) !== '' && heading(form) !== 'Find your order', 'Arabic strings did not load', { timeout: 8000 });
    expect(form.getAttribute('dir')).to.equal('rtl');
    expect(field(form, /./)!.getAttribute('dir')).to.equal('ltr');
    await expect(form).to.be.accessible();
  });

  it('tells the shopper when the API is down and recovers on retry', async () => {
    await faults({ errorRate: 1, errorStatus: 503, pathPrefix: '/v1/orders' });
    const token = await astrid();
    const el = await fixture<El>(html`<assist-return-reporter .token=${token} timeout="2000"></assist-return-reporter>`);
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'no error', { timeout: 15000 });
    expect(text(el)).to.contain('We can’t reach the service right now');
    await expect(el).to.be.accessible();
    await faults({ errorRate: 0 });
    button(el, 'Try again')!.click();
    await waitUntil(() => root(el).querySelector('input[type=radio]'), 'no recovery', { timeout: 8000 });
  });
});
