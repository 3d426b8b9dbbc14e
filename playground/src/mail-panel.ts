import { adminHeaders, adminUrl } from './admin.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * The development mailbox, as a QA panel: the mail the API sent (or keeps, without ASSIST_SMTP_URL),
 * newest first, and one mail at a time as text and as HTML. The HTML is shown in an iframe with an
 * empty sandbox (no scripts, no forms, no same-origin access) and a CSP that loads nothing, so a mail
 * can never run code or fetch anything in the playground. The panel mounts into a page's empty
 * `<section id="mail-panel">` and builds its own content (buildPanel), so every page shows the same one.
 */

interface MailSummary {
  id: string;
  kind: string;
  to: string;
  locale: string;
  subject: string;
  createdAt: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  via: 'smtp' | 'mailbox' | null;
}
interface Mail extends MailSummary {
  text: string;
  html: string;
}

/** What the viewer's document may do: nothing but its own inline styles. */
const VIEWER_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;

async function get<T>(baseUrl: string, path: string): Promise<T> {
  const response = await fetch(adminUrl(baseUrl, path), { headers: adminHeaders(baseUrl) });
  const data = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(data.error?.message ?? `${path} answered ${response.status}`);
  return data;
}

async function show(baseUrl: string, id: string): Promise<void> {
  const mail = await get<Mail>(baseUrl, `mail/${id}`);
  $('mail-subject').textContent = mail.subject;
  $('mail-meta').textContent = `To ${mail.to} · ${mail.locale} · ${mail.state}${mail.via ? ` via ${mail.via}` : ''}`;
  $('mail-text').textContent = mail.text;
  const frame = $<HTMLIFrameElement>('mail-html');
  // The mail's own document, behind the CSP above; the empty sandbox attribute is in the markup.
  frame.srcdoc = mail.html.replace(/<head>/i, `<head>${VIEWER_CSP}`);
  $('mail-view').hidden = false;
  $('mail-subject').focus();
}

async function load(baseUrl: string): Promise<void> {
  const body = $<HTMLTableSectionElement>('mails');
  try {
    const { via, mails } = await get<{ via: string; mails: MailSummary[] }>(baseUrl, 'mail');
    $('mail-via').textContent = via === 'smtp' ? 'Mail goes to the SMTP server (ASSIST_SMTP_URL).' : 'No SMTP server: mail stays here, in the development mailbox.';
    body.replaceChildren(
      ...mails.map((mail) => {
        const row = el('tr');
        const open = el('button', 'Open', 'qa__button');
        open.type = 'button';
        open.setAttribute('aria-label', `Open "${mail.subject}"`);
        open.addEventListener('click', () => void show(baseUrl, mail.id).catch((e: unknown) => ($('mail-via').textContent = String(e))));
        const state = mail.lastError && mail.state !== 'sent' ? `${mail.state} (${mail.attempts} attempts: ${mail.lastError})` : mail.state;
        row.append(el('td', mail.subject), el('td', mail.to), el('td', state));
        const cell = el('td');
        cell.append(open);
        row.append(cell);
        return row;
      }),
    );
    if (mails.length === 0) {
      const row = el('tr');
      const cell = el('td', 'No mail yet: report a return, book a callback or end a chat as a signed-in shopper.');
      cell.colSpan = 4;
      row.append(cell);
      body.replaceChildren(row);
    }
  } catch (error) {
    $('mail-via').textContent = `The mailbox cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The panel's heading, the table of mail, its Reload button and the viewer of one mail. */
function buildPanel(section: HTMLElement): void {
  section.removeAttribute('aria-label');
  section.setAttribute('aria-labelledby', 'mail-title');
  const heading = el('h3', 'Mail');
  heading.id = 'mail-title';
  const via = el('p', 'Loading…', 'qa__hint');
  via.id = 'mail-via';
  via.setAttribute('role', 'status');
  const table = el('table', undefined, 'qa__table');
  const head = el('tr');
  for (const name of ['Subject', 'To', 'State']) {
    const th = el('th', name);
    th.scope = 'col';
    head.append(th);
  }
  const openColumn = el('th');
  openColumn.scope = 'col';
  openColumn.append(el('span', 'Open', 'visually-hidden'));
  head.append(openColumn);
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  body.id = 'mails';
  table.append(thead, body);
  const reload = el('button', 'Reload the mail', 'qa__button');
  reload.type = 'button';
  reload.id = 'reload-mail';
  const view = el('div');
  view.id = 'mail-view';
  view.hidden = true;
  const subject = el('h4');
  subject.id = 'mail-subject';
  subject.tabIndex = -1;
  const meta = el('p', undefined, 'qa__hint');
  meta.id = 'mail-meta';
  const text = el('pre', undefined, 'qa__mail-text');
  text.id = 'mail-text';
  const frame = el('iframe', undefined, 'qa__mail-html');
  frame.id = 'mail-html';
  frame.setAttribute('sandbox', '');
  frame.title = 'The mail as HTML';
  view.append(subject, meta, text, frame);
  section.replaceChildren(heading, via, table, reload, view);
}

/** Builds the page's mail panel, fills it and wires its Reload button. */
export function mountMailPanel(baseUrl: string): Promise<void> {
  const section = document.getElementById('mail-panel');
  if (!section) return Promise.resolve();
  buildPanel(section);
  $('reload-mail').addEventListener('click', () => void load(baseUrl));
  return load(baseUrl);
}
