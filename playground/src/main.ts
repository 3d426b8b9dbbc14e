import { AssistApiError, createClient, type AssistClient } from '@assist/client';
import { MARKETS as MARKET_CODES, type MarketCode } from '@assist/contract';
import { demoShoppers, seed, seedNewShopper } from '@assist/mock-server/fixtures';
import { getAvailability } from '@assist/contract/endpoints';
import { adminHeaders, adminUrl } from './admin.js';
import { mountMailPanel } from './mail-panel.js';

/**
 * The playground: a fake checkout page with QA controls. The API is the in-browser MSW twin by
 * default, or the real server; scenario, locale, market and theme are kept in the URL so a QA
 * report can link to the exact state it describes.
 */

export const MOCK_BASE = '/mock-api';
export const REAL_BASE = 'http://127.0.0.1:8787';
export const LOCALES = ['en', 'sv', 'de', 'fr', 'es', 'it', 'nl', 'fi', 'da', 'nb', 'pl', 'ar', 'cs', 'pt', 'he'] as const;
const RTL = new Set(['ar', 'he']);

/** A language in its own name, as a language picker writes it: `cs` → "Čeština", `he` → "עברית". */
export function languageName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
const CURRENCY: Record<MarketCode, string> = { SE: 'SEK', DE: 'EUR', GB: 'GBP', US: 'USD' };

export interface Settings {
  api: 'mock' | 'real';
  scenario: string;
  locale: string;
  market: MarketCode;
  theme: 'light' | 'dark';
}

export function readSettings(): Settings {
  const params = new URLSearchParams(location.search);
  const market = params.get('market') as MarketCode | null;
  return {
    api: params.get('api') === 'real' ? 'real' : 'mock',
    scenario: params.get('scenario') ?? 'default',
    locale: LOCALES.includes(params.get('locale') as (typeof LOCALES)[number]) ? params.get('locale')! : 'en',
    market: market && (MARKET_CODES as readonly string[]).includes(market) ? market : 'SE',
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
  };
}

export function writeSettings(settings: Settings): void {
  const params = new URLSearchParams(settings as unknown as Record<string, string>);
  const apiBase = new URLSearchParams(location.search).get('apiBase');
  if (apiBase) params.set('apiBase', apiBase);
  history.replaceState(null, '', `?${params}`);
}

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function option(select: HTMLSelectElement, value: string, label: string): void {
  const node = el('option', label);
  node.value = value;
  select.append(node);
}

/** Every entry of the event log: API calls, QA actions and (as they arrive) the components' events. */
export function log(kind: string, detail: unknown): void {
  const list = $<HTMLOListElement>('event-log');
  const item = el('li');
  const time = el('time', new Date().toLocaleTimeString());
  item.append(time, el('strong', ` ${kind} `), el('code', JSON.stringify(detail)));
  list.prepend(item);
  while (list.children.length > 50) list.lastElementChild?.remove();
}

function formatMoney(settings: Settings): void {
  const format = new Intl.NumberFormat(settings.locale, { style: 'currency', currency: CURRENCY[settings.market] });
  for (const node of document.querySelectorAll<HTMLElement>('[data-money]')) {
    node.textContent = format.format(Number(node.dataset.money) / 100);
  }
}

export function applyPage(settings: Settings): void {
  document.documentElement.lang = settings.locale;
  document.documentElement.dir = RTL.has(settings.locale) ? 'rtl' : 'ltr';
  document.documentElement.dataset.theme = settings.theme;
  formatMoney(settings);
}

/** The demo shoppers of the scenario's data set, each with the order reference to verify with. */
export function renderShoppers(dataSet: string | undefined): void {
  const body = $<HTMLTableSectionElement>('shoppers');
  const now = new Date();
  const rows = demoShoppers(dataSet === 'new-shopper' ? seedNewShopper(now) : seed(now)).map(({ customer, reference }) => {
    const row = el('tr');
    // References, emails and phone numbers read left to right in every language.
    const ltr = (text: string) => Object.assign(el('td', text), { dir: 'ltr' });
    row.append(el('td', `${customer.firstName} ${customer.lastName} (${customer.market})`), ltr(reference), ltr(customer.email), ltr(customer.phone));
    return row;
  });
  body.replaceChildren(...rows);
}

/** Every event the components emit, shown in the event log. */
const COMPONENT_EVENTS = [
  'assist-search',
  'assist-article-select',
  'assist-help-navigate',
  'assist-article-feedback',
  'assist-contact-select',
  'assist-chat-request',
  'assist-callback-request',
  'assist-chat-open',
  'assist-chat-close',
  'assist-chat-started',
  'assist-chat-message-sent',
  'assist-chat-escalated',
  'assist-chat-rated',
  'assist-callback-requested',
] as const;

function applyComponents(settings: Settings): void {
  for (const element of document.querySelectorAll('assist-help-center, assist-faq-search, assist-chat-launcher')) {
    element.setAttribute('theme', settings.theme);
    if (element.localName !== 'assist-faq-search') element.setAttribute('market', settings.market);
  }
}

/** The in-browser mock's saved data, once started: the reset button waits for its save before reloading. */
let mockData: { flush(): Promise<void> } | undefined;

export async function startMock(): Promise<void> {
  // The mock's data lasts across reloads (IndexedDB): a chat under way goes on after one.
  const [{ setupWorker }, { createPersistentHandlers }] = await Promise.all([import('msw/browser'), import('@assist/mock-server/msw')]);
  const { handlers, demo } = await createPersistentHandlers(MOCK_BASE);
  mockData = demo;
  await setupWorker(...handlers).start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}

export async function admin(baseUrl: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(adminUrl(baseUrl, path), { method: 'POST', headers: adminHeaders(baseUrl), body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
}

export async function showStatus(client: AssistClient, settings: Settings): Promise<void> {
  const status = $('api-status');
  try {
    const availability = await client.call(getAvailability, { query: { market: settings.market } });
    const time = new Intl.DateTimeFormat(settings.locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: availability.timeZone });
    const hours = availability.chat;
    const chat = hours?.open
      ? `agents online until ${time.format(new Date(hours.closesAt!))}`
      : hours?.nextOpening
        ? `agents back ${time.format(new Date(hours.nextOpening))}`
        : 'agents offline';
    status.textContent = `API ${settings.api === 'mock' ? 'mock' : 'server'} ready · ${settings.market}: ${chat}`;
    status.dataset.state = 'ok';
  } catch (error) {
    status.textContent = `API not answering: ${error instanceof AssistApiError ? `${error.code} (${error.message})` : String(error)}`;
    status.dataset.state = 'error';
  }
}

async function main(): Promise<void> {
  const settings = readSettings();
  const form = $<HTMLFormElement>('settings');
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name=api]')) input.checked = input.value === settings.api;
  for (const locale of LOCALES) option($('locale'), locale, languageName(locale));
  for (const market of MARKET_CODES) option($('market'), market, new Intl.DisplayNames(['en'], { type: 'region' }).of(market) ?? market);
  $<HTMLSelectElement>('locale').value = settings.locale;
  $<HTMLSelectElement>('market').value = settings.market;
  $<HTMLSelectElement>('theme').value = settings.theme;
  applyPage(settings);
  writeSettings(settings);

  // `apiBase` points the real-server mode elsewhere (another port or host).
  const baseUrl = settings.api === 'mock' ? MOCK_BASE : (new URLSearchParams(location.search).get('apiBase') ?? REAL_BASE);
  if (settings.api === 'mock') await startMock();
  const client = createClient({ baseUrl, clientId: 'demo', locale: settings.locale });
  Object.assign(window, { assist: { client, baseUrl, settings } });
  const { configure } = await import('@assist/elements');
  configure({ apiBase: baseUrl, clientId: 'demo', locale: settings.locale, market: settings.market });
  for (const name of COMPONENT_EVENTS) document.addEventListener(name, (event) => log(name, (event as CustomEvent).detail));
  // Components load after the mock is ready, so their first requests reach it.
  await import('@assist/elements/help-center.js');
  await import('@assist/elements/chat-launcher.js');
  applyComponents(settings);
  // The agent console answers this page's chats: through this page's mock, or the same real server.
  const agentConsole = document.getElementById('agent-console') as HTMLAnchorElement | null;
  if (agentConsole) agentConsole.search = new URLSearchParams({ api: settings.api, ...(settings.api === 'real' ? { apiBase: baseUrl } : {}) }).toString();
  // The returns page opens with this page's QA settings (scenario, locale, market, theme, API).
  const returnsPage = document.getElementById('returns-page') as HTMLAnchorElement | null;
  returnsPage?.addEventListener('click', () => (returnsPage.search = location.search));

  const scenarios = (await fetch(adminUrl(baseUrl, 'scenarios'), { headers: adminHeaders(baseUrl) })
    .then((r) => r.json())
    .catch(() => null)) as { current: string | null; scenarios: { name: string; description: string; dataSet: string }[] } | null;
  const dataSetOf = (name: string) => scenarios?.scenarios.find((s) => s.name === name)?.dataSet;
  renderShoppers(dataSetOf(settings.scenario));
  for (const s of scenarios?.scenarios ?? []) option($('scenario'), s.name, `${s.name}: ${s.description}`);
  $<HTMLSelectElement>('scenario').value = settings.scenario;
  if (scenarios && settings.scenario !== scenarios.current) {
    await admin(baseUrl, '/__admin/scenario', { name: settings.scenario }).catch((e: unknown) => log('scenario-error', String(e)));
  }
  await Promise.all([showStatus(client, settings), mountMailPanel(baseUrl)]);

  const onChange = async (event: Event): Promise<void> => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const next: Settings = { ...settings, [target.name]: target.value };
    if (target.name === 'api') {
      writeSettings(next);
      location.reload();
      return;
    }
    Object.assign(settings, next);
    writeSettings(settings);
    log('settings', { [target.name]: target.value });
    if (target.name === 'scenario') {
      await admin(baseUrl, '/__admin/scenario', { name: settings.scenario }).catch((e: unknown) => log('scenario-error', String(e)));
      renderShoppers(dataSetOf(settings.scenario));
    }
    client.setLocale(settings.locale);
    applyPage(settings);
    configure({ locale: settings.locale, market: settings.market });
    applyComponents(settings);
    await showStatus(client, settings);
  };
  form.addEventListener('change', (event) => void onChange(event));

  // Reset data: the scenario's seed again, and the chat and form drafts this tab kept for it.
  $('reset-data').addEventListener('click', () => {
    void admin(baseUrl, '/__admin/scenario', { name: settings.scenario })
      .then(async () => {
        await mockData?.flush();
        sessionStorage.clear();
        location.reload();
      })
      .catch((e: unknown) => log('reset-error', String(e)));
  });

  $('pay').addEventListener('click', () => log('checkout', 'Pay pressed (the page under test, not Assist)'));
}

// The checkout page runs here; other pages of the playground (returns.html) import the helpers above.
if (document.getElementById('checkout')) void main();
