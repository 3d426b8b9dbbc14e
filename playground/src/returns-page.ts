import { AGENT_RESOLUTIONS } from './resolutions.js';
import { createClient } from '@assist/client';
import type { Problem, Return } from '@assist/contract';
import { verifyShopper } from '@assist/contract/endpoints';
import { DEMO_CUSTOMERS, seed } from '@assist/mock-server/fixtures';
import type { AssistReturnReporter } from '@assist/elements';
import {
  $,
  LOCALES,
  MOCK_BASE,
  REAL_BASE,
  applyPage,
  el,
  languageName,
  log,
  option,
  readSettings,
  renderShoppers,
  showStatus,
  startMock,
  writeSettings,
  type Settings,
} from './main.js';
import { adminHeaders, adminUrl } from './admin.js';
import { mountMailPanel } from './mail-panel.js';

/**
 * The playground's returns page: the return reporter, its problem mode, and a status view of any
 * return or problem of the demo data, with QA buttons that move a case along through the mock's admin
 * routes (as the carrier, the store or an agent would). Shares the checkout page's QA settings.
 */

type Case = { kind: 'return'; data: Return } | { kind: 'problem'; data: Problem };

const EVENTS = ['assist-return-step', 'assist-return-submitted', 'assist-return-updated', 'assist-problem-submitted', 'assist-chat-request'] as const;
/** What the QA buttons send, beyond the action itself. */
const BODIES: Record<string, Record<string, unknown>> = {
  advance: {},
  'investigation/open': { reason: 'Not registered in time (moved along from the playground)' },
  'investigation/close': { reason: 'The store has no record of the parcel and the carrier cannot trace it' },
  'delivered-not-received': {},
  resend: { carrier: 'PostNord', trackingNumber: 'PN00777666SE' },
  'cancel-without-penalty': {},
  'store-response': { message: 'We are looking into it and will send a replacement if needed.' },
  escalate: {},
  close: { reason: 'No reply from the shopper within 30 days' },
};

const params = new URLSearchParams(location.search);
const settings: Settings = readSettings();
const baseUrl = settings.api === 'mock' ? MOCK_BASE : (params.get('apiBase') ?? REAL_BASE);
const client = createClient({ baseUrl, clientId: 'demo', locale: settings.locale });
/** Shopper tokens by customer id, from verifying with one of their orders (kept in memory only). */
const tokens = new Map<string, Promise<string>>();
let cases: Case[] = [];
let open: Case | undefined;
let shopper = params.get('shopper') ?? '';

const reporters = () => [...document.querySelectorAll<AssistReturnReporter>('assist-return-reporter')];

function keepUrl(): void {
  writeSettings(settings);
  const query = new URLSearchParams(location.search);
  if (shopper) query.set('shopper', shopper);
  history.replaceState(null, '', `?${query}`);
}

/** A token for a demo shopper, as the merchant's site would hold after the shopper signed in. */
function tokenFor(customerId: string): Promise<string> {
  let token = tokens.get(customerId);
  if (!token) {
    const customer = DEMO_CUSTOMERS.find((c) => c.id === customerId)!;
    const reference = seed(new Date()).orders.find((o) => o.customerId === customerId)!.reference;
    token = client.call(verifyShopper, { body: { orderReference: reference, email: customer.email } }).then((t) => t.token);
    token.catch(() => tokens.delete(customerId));
    tokens.set(customerId, token);
  }
  return token;
}

const customerOfOrder = (orderId: string) => seed(new Date()).orders.find((o) => o.id === orderId)?.customerId ?? '';
const nameOf = (customerId: string) => DEMO_CUSTOMERS.find((c) => c.id === customerId)?.firstName ?? '?';

async function adminCall<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(adminUrl(baseUrl, path), {
    method: body === undefined ? 'GET' : 'POST',
    headers: adminHeaders(baseUrl),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(data.error?.message ?? `${path} answered ${response.status}`);
  return data;
}

async function loadCases(): Promise<void> {
  const body = $<HTMLTableSectionElement>('cases');
  try {
    const [{ returns }, { problems }] = await Promise.all([adminCall<{ returns: Return[] }>('returns'), adminCall<{ problems: Problem[] }>('problems')]);
    cases = [...returns.map((data) => ({ kind: 'return' as const, data })), ...problems.map((data) => ({ kind: 'problem' as const, data }))];
  } catch (error) {
    cases = [];
    log('cases-error', String(error));
  }
  body.replaceChildren(
    ...cases.map((c) => {
      const row = el('tr');
      const reference = Object.assign(el('td', `${c.kind === 'return' ? 'Return' : 'Problem'} ${c.data.reference}`), { dir: 'ltr' });
      const button = el('button', open?.data.id === c.data.id ? 'Shown' : 'Open', 'qa__button');
      button.type = 'button';
      button.setAttribute('aria-label', `Open ${c.kind} ${c.data.reference}`);
      button.addEventListener('click', () => void follow(c));
      const cell = el('td');
      cell.append(button);
      row.append(reference, el('td', nameOf(customerOfOrder(c.data.orderId))), el('td', c.data.status.replace(/_/g, ' ')), cell);
      return row;
    }),
  );
  if (cases.length === 0) {
    const row = el('tr');
    const empty = el('td', 'No returns or problems in this scenario yet.');
    empty.colSpan = 4;
    row.append(empty);
    body.replaceChildren(row);
  }
}

/** Shows a case as its shopper sees it: a fresh element with the case's id and the shopper's token. */
async function follow(c: Case): Promise<void> {
  open = c;
  const view = document.createElement('assist-return-reporter');
  view.id = 'case-view';
  view.setAttribute('theme', settings.theme);
  if (c.kind === 'problem') view.setAttribute('mode', 'problem');
  try {
    view.token = await tokenFor(customerOfOrder(c.data.orderId));
  } catch (error) {
    log('token-error', String(error));
  }
  view.setAttribute(c.kind === 'return' ? 'return-id' : 'problem-id', c.data.id);
  $('follow').replaceChildren(view);
  $('follow-hint').textContent = `${c.kind === 'return' ? 'Return' : 'Problem'} ${c.data.reference} of ${nameOf(customerOfOrder(c.data.orderId))}, as the shopper sees it.`;
  $('actions-hint').textContent = `Moves ${c.kind} ${c.data.reference} along. Buttons that do not fit its status answer 409.`;
  $('return-actions').hidden = c.kind !== 'return';
  $('problem-actions').hidden = c.kind !== 'problem';
  log('qa', { follow: c.data.reference, status: c.data.status });
  await loadCases();
}

async function act(kind: 'returns' | 'problems', action: string, extra: Record<string, unknown>): Promise<void> {
  if (!open) return;
  try {
    // An agent's resolution fits the problem's type (a faulty item is not "a duplicate charge refunded").
    const body = action === 'resolve' && open.kind === 'problem' ? AGENT_RESOLUTIONS[open.data.type] : BODIES[action];
    const result = await adminCall<Return | Problem>(`${kind}/${open.data.id}/${action}`, { ...body, ...extra });
    log('qa', { [action]: open.data.reference, ...extra, status: result.status });
  } catch (error) {
    log('qa-refused', String(error instanceof Error ? error.message : error));
  }
  await document.querySelector<AssistReturnReporter>('#case-view')?.refresh();
  await loadCases();
}

async function applyShopper(): Promise<void> {
  const token = shopper ? await tokenFor(shopper).catch(() => undefined) : undefined;
  for (const id of ['return-form', 'problem-form']) {
    // A new element per shopper: a form never carries one shopper's answers over to another.
    const old = document.getElementById(id) as AssistReturnReporter;
    const form = document.createElement('assist-return-reporter');
    form.id = id;
    if (old.getAttribute('mode')) form.setAttribute('mode', old.getAttribute('mode')!);
    form.setAttribute('theme', settings.theme);
    if (token) form.token = token;
    old.replaceWith(form);
  }
}

async function main(): Promise<void> {
  const form = $<HTMLFormElement>('settings');
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name=api]')) input.checked = input.value === settings.api;
  for (const locale of LOCALES) option($('locale'), locale, languageName(locale));
  for (const market of ['SE', 'DE', 'GB', 'US']) option($('market'), market, new Intl.DisplayNames(['en'], { type: 'region' }).of(market) ?? market);
  for (const c of DEMO_CUSTOMERS) option($('shopper'), c.id, `${c.firstName} ${c.lastName} (${c.market})`);
  $<HTMLSelectElement>('locale').value = settings.locale;
  $<HTMLSelectElement>('market').value = settings.market;
  $<HTMLSelectElement>('theme').value = settings.theme;
  $<HTMLSelectElement>('shopper').value = shopper;
  applyPage(settings);
  keepUrl();
  $<HTMLAnchorElement>('checkout-link').search = new URLSearchParams(settings as unknown as Record<string, string>).toString();

  if (settings.api === 'mock') await startMock();
  const { configure } = await import('@assist/elements');
  configure({ apiBase: baseUrl, clientId: 'demo', locale: settings.locale, market: settings.market });
  for (const name of EVENTS) document.addEventListener(name, (event) => log(name, (event as CustomEvent).detail));
  // The elements load after the mock is ready, so their first requests reach it.
  await import('@assist/elements/return-reporter.js');
  for (const r of reporters()) r.setAttribute('theme', settings.theme);

  const scenarios = (await fetch(adminUrl(baseUrl, 'scenarios'), { headers: adminHeaders(baseUrl) })
    .then((r) => r.json())
    .catch(() => null)) as { current: string | null; scenarios: { name: string; description: string; dataSet: string }[] } | null;
  const dataSetOf = (name: string) => scenarios?.scenarios.find((s) => s.name === name)?.dataSet;
  renderShoppers(dataSetOf(settings.scenario));
  for (const s of scenarios?.scenarios ?? []) option($('scenario'), s.name, `${s.name}: ${s.description}`);
  $<HTMLSelectElement>('scenario').value = settings.scenario;
  if (scenarios && settings.scenario !== scenarios.current) {
    await adminCall('scenario', { name: settings.scenario }).catch((e: unknown) => log('scenario-error', String(e)));
  }
  await Promise.all([showStatus(client, settings), applyShopper(), loadCases(), mountMailPanel(baseUrl)]);

  const onChange = async (event: Event): Promise<void> => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'shopper') {
      shopper = target.value;
      keepUrl();
      log('settings', { shopper });
      await applyShopper();
      return;
    }
    const next: Settings = { ...settings, [target.name]: target.value };
    if (target.name === 'api') {
      Object.assign(settings, next);
      keepUrl();
      location.reload();
      return;
    }
    Object.assign(settings, next);
    keepUrl();
    log('settings', { [target.name]: target.value });
    if (target.name === 'scenario') {
      await adminCall('scenario', { name: settings.scenario }).catch((e: unknown) => log('scenario-error', String(e)));
      renderShoppers(dataSetOf(settings.scenario));
      // New data: tokens and open cases of the old data set are gone.
      tokens.clear();
      open = undefined;
      $('follow').replaceChildren();
      $('return-actions').hidden = $('problem-actions').hidden = true;
      await Promise.all([applyShopper(), loadCases()]);
    }
    client.setLocale(settings.locale);
    applyPage(settings);
    configure({ locale: settings.locale, market: settings.market });
    for (const r of reporters()) r.setAttribute('theme', settings.theme);
    await showStatus(client, settings);
  };
  form.addEventListener('change', (event) => void onChange(event));

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-return]')) {
    button.addEventListener('click', () => void act('returns', button.dataset.return!, button.dataset.to ? { to: button.dataset.to } : {}));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-problem]')) {
    button.addEventListener('click', () => void act('problems', button.dataset.problem!, button.dataset.solved ? { solved: true } : {}));
  }
  $('reload-cases').addEventListener('click', () => void loadCases());
  for (const choice of document.querySelectorAll<HTMLInputElement>('input[name="report"]')) {
    choice.addEventListener('change', () => {
      for (const id of ['return-card', 'problem-card']) $(id).hidden = id !== choice.value;
    });
  }
  // A report made in the forms shows up in the case list at once.
  for (const name of ['assist-return-submitted', 'assist-problem-submitted']) document.addEventListener(name, () => void loadCases());
  const tick = async (): Promise<void> => {
    log('qa', { tick: await adminCall('tick', {}).catch((e: unknown) => String(e)) });
    await document.querySelector<AssistReturnReporter>('#case-view')?.refresh();
    await loadCases();
  };
  $('tick').addEventListener('click', () => void tick());
  // Deep link from a QA report: ?case=<return or problem id>.
  const wanted = params.get('case');
  const found = wanted ? cases.find((c) => c.data.id === wanted) : undefined;
  if (found) await follow(found);
}

void main();
