import { AssistApiError, createClient, newKey, type AssistClient } from '@assist/client';
import { uploadAttachment } from '@assist/client/upload';
import type { AgentActionRequest, Attachment, ChatCard, ChatMessage, ContextCase, Instalment, PaymentPlan, RouteOutput } from '@assist/contract';
import { agentAction, agentClaim, agentQueue, agentReply, agentResolve, getMetrics } from '@assist/contract/endpoints';
import { adminHeaders, adminUrl } from './admin.js';
import { redactCardNumbers } from '@assist/contract/redact';
import { ATTACHMENT_TYPES, MAX_ATTACHMENTS } from '@assist/contract/attachments';

/**
 * The playground's agent console: the human side of the chat. It lists the chats handed to a person
 * with their context packets, takes one, answers, runs account actions (refund, release a hold,
 * extend a due date) and resolves it. It talks to the API with the demo agent token.
 *
 * With the in-browser mock, the API lives in the checkout page that opened this console (each tab
 * has its own mock), so requests go through that page; with the real server they go straight to it.
 */

const AGENT_TOKEN = 'demo-agent-token';
const MOCK_BASE = '/mock-api';
const REAL_BASE = 'http://127.0.0.1:8787';
const POLL_MS = 2000;
const CURRENCY: Record<string, string> = { SE: 'SEK', DE: 'EUR', GB: 'GBP', US: 'USD' };

type Item = RouteOutput<'agentQueue'>['items'][number];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};
const time = (iso: string) => new Date(iso).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
const money = (m: { amount: number; currency: string }) => new Intl.NumberFormat(undefined, { style: 'currency', currency: m.currency }).format(m.amount / 100);
/** A text field of a form, trimmed ('' when absent or a file). */
const formText = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};
const problem = (error: unknown) => (error instanceof AssistApiError ? `${error.code}: ${error.message}` : String(error));

interface Host extends Window {
  assist?: { baseUrl: string };
}

/** The checkout page that opened this console, when it is one of ours (same origin) and still open. */
function openerHost(): Host | null {
  try {
    const host = window.opener as Host | null;
    return host && !host.closed && host.assist?.baseUrl ? host : null;
  } catch {
    return null;
  }
}

interface Connection {
  client: AssistClient;
  baseUrl: string;
  mode: string;
  /** Fetches a path of the API (an attachment's content) the way the client's calls go. */
  get: (path: string) => Promise<Response>;
  /** The client's transport when it is not the page's fetch (through the checkout page). */
  send?: (request: Request) => Promise<Response>;
}

async function connect(): Promise<Connection> {
  const params = new URLSearchParams(location.search);
  const host = openerHost();
  if (host) {
    const baseUrl = host.assist!.baseUrl;
    // Sent from the checkout page, so its mock (or its connection to the real server) answers. The
    // body goes as bytes: an uploaded photo is not text.
    const viaHost = async (request: Request) =>
      host.fetch(request.url, {
        method: request.method,
        headers: [...request.headers],
        ...(request.method === 'GET' ? {} : { body: await request.arrayBuffer() }),
      });
    const get = (path: string) => host.fetch(new URL(baseUrl + path, location.href).href, { headers: { authorization: `Bearer ${AGENT_TOKEN}`, 'assist-client-id': 'demo' } });
    return { client: createClient({ baseUrl, clientId: 'demo', token: AGENT_TOKEN, fetch: viaHost }), baseUrl, mode: `the checkout page's API (${baseUrl})`, get, send: viaHost };
  }
  const direct = (baseUrl: string) => (path: string) => fetch(baseUrl + path, { headers: { authorization: `Bearer ${AGENT_TOKEN}`, 'assist-client-id': 'demo' } });
  if (params.get('api') === 'real') {
    const baseUrl = params.get('apiBase') ?? REAL_BASE;
    return { client: createClient({ baseUrl, clientId: 'demo', token: AGENT_TOKEN }), baseUrl, mode: `the real server (${baseUrl})`, get: direct(baseUrl) };
  }
  const [{ setupWorker }, { createHandlers }] = await Promise.all([import('msw/browser'), import('@assist/mock-server/msw')]);
  await setupWorker(...createHandlers(MOCK_BASE)).start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  return {
    client: createClient({ baseUrl: MOCK_BASE, clientId: 'demo', token: AGENT_TOKEN }),
    baseUrl: MOCK_BASE,
    mode: 'a mock of its own: open the console from the checkout page’s QA panel to answer its chats',
    get: direct(MOCK_BASE),
  };
}

function describeCard(card: ChatCard): string {
  switch (card.kind) {
    case 'order_summary':
      return `Order ${card.order.reference} (${card.order.merchantName}), ${card.order.status}, ${money(card.order.total)}`;
    case 'payment_plan':
      return `Payment plan ${card.plan.status}: paid ${money(card.plan.paid)}, left ${money(card.plan.remaining)}; ${card.plan.instalments
        .map((i) => `#${i.sequence} ${i.dueDate} ${money(i.amount)} ${i.status}`)
        .join(', ')}`;
    case 'return_status':
      return `Return ${card.return.reference}: ${card.return.status}`;
    case 'refunds':
      return `Refunds: ${card.refunds.map((r) => `${money(r.amount)} ${r.status}`).join(', ') || 'none'}`;
    case 'authorization_hold':
      return `Hold of ${money(card.hold.amount)} (${card.hold.status}), expected to drop off by ${card.hold.expectedReleaseBy.slice(0, 10)}`;
    case 'problem_status':
      return `Problem ${card.problem.reference} (${card.problem.type}): ${card.problem.status}, store to answer by ${card.problem.storeResponseDeadline.slice(0, 10)}`;
    case 'agents_offline':
      return `Agents offline; back ${card.nextOpening ? time(card.nextOpening) : 'later'}`;
  }
}

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(bytes / 1024)} KB`
    : `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
/** Thumbnails are at most this many pixels wide or high, keeping the photo's proportions. */
const THUMB = 96;

/**
 * Attachments as thumbnails (images) and links (PDFs). The content is fetched the way API calls go
 * (through the checkout page's mock, when it opened this console) and shown from a blob url, kept per
 * attachment so that a re-render never fetches it again; a click opens the full file.
 */
function attachmentList(attachments: readonly Attachment[], open: (attachment: Attachment) => Promise<string>): HTMLUListElement {
  const list = el('ul', undefined, 'attachments');
  for (const attachment of attachments) {
    const item = el('li', undefined, 'attachments__item');
    const link = el('a', undefined, 'attachments__link');
    link.target = '_blank';
    link.rel = 'noopener';
    if (attachment.contentType === 'application/pdf') {
      link.download = attachment.fileName;
      link.append(el('span', `PDF: ${attachment.fileName}`));
    } else {
      const image = el('img');
      const scale = Math.min(1, THUMB / Math.max(attachment.width ?? THUMB, attachment.height ?? THUMB));
      image.width = Math.max(1, Math.round((attachment.width ?? THUMB) * scale));
      image.height = Math.max(1, Math.round((attachment.height ?? THUMB) * scale));
      image.alt = attachment.fileName;
      image.decoding = 'async';
      link.append(image);
      void open(attachment)
        .then((url) => (image.src = url))
        .catch(() => (image.alt = `${attachment.fileName} (could not be loaded)`));
    }
    link.append(el('span', ` ${size(attachment.size)}`, 'attachments__size'));
    void open(attachment)
      .then((url) => (link.href = url))
      .catch(() => link.replaceChildren(el('span', `${attachment.fileName}: could not be loaded`)));
    item.append(link);
    list.append(item);
  }
  return list;
}

function renderCase(item: ContextCase, open: (attachment: Attachment) => Promise<string>): HTMLLIElement {
  const li = el('li', undefined, 'case');
  li.append(
    el('p', `${item.kind === 'problem' ? 'Problem' : 'Return'} ${item.reference} · ${item.type} · ${item.status} · ${item.orderId} · ${time(item.createdAt)}`, 'case__title'),
  );
  if (item.attachments.length > 0) li.append(attachmentList(item.attachments, open));
  else li.append(el('p', 'No files', 'case__none'));
  return li;
}

function renderMessage(message: ChatMessage, open: (attachment: Attachment) => Promise<string>): HTMLLIElement {
  const item = el('li', undefined, `message message--${message.author}`);
  const meta = el('p', `#${message.sequence} · ${message.author} · ${time(message.createdAt)}${message.redacted ? ' · card number hidden' : ''}`, 'message__meta');
  item.append(meta, el('p', message.text, 'message__text'));
  for (const card of message.cards ?? []) item.append(el('p', describeCard(card), 'message__card'));
  for (const action of message.actions) {
    const chosen = action.choices.find((c) => c.id === action.chosen);
    item.append(el('p', `${action.kind}: ${action.choices.map((c) => c.label).join(' / ')}${chosen ? ` → chose “${chosen.label}”` : ' (open)'}`, 'message__card'));
  }
  for (const article of message.articles) item.append(el('p', `Article: ${article.title} (${article.slug})`, 'message__card'));
  if (message.attachments.length > 0) item.append(attachmentList(message.attachments, open));
  return item;
}

/** Instalments shown in the conversation (payment plan cards) for an order, newest plan first. */
/** The instalments of an order: from the context packet's payment plans, else the newest plan card in the conversation. */
function instalmentsOf(plans: PaymentPlan[], conversation: ChatMessage[], orderId: string | null): Instalment[] {
  const known = plans.find((p) => p.orderId === orderId);
  if (known) return known.instalments;
  for (const message of [...conversation].reverse()) {
    const plan = (message.cards ?? []).find((c): c is Extract<ChatCard, { kind: 'payment_plan' }> => c.kind === 'payment_plan' && c.plan.orderId === orderId);
    if (plan) return plan.plan.instalments;
  }
  return [];
}

async function main(): Promise<void> {
  const status = $('status');
  let api: Awaited<ReturnType<typeof connect>>;
  try {
    api = await connect();
  } catch (error) {
    status.textContent = `Could not start: ${problem(error)}`;
    status.dataset.state = 'error';
    return;
  }
  const { client } = api;
  /** Blob urls of attachment content by id: fetched once, shown for as long as the console is open. */
  const contents = new Map<string, Promise<string>>();
  const open = (attachment: Attachment): Promise<string> => {
    let url = contents.get(attachment.id);
    if (!url) {
      url = api.get(attachment.url).then(async (response) => {
        if (!response.ok) throw new Error(`The file answered ${response.status}`);
        return URL.createObjectURL(await response.blob());
      });
      url.catch(() => contents.delete(attachment.id));
      contents.set(attachment.id, url);
    }
    return url;
  };
  const agentForm = $<HTMLFormElement>('agent');
  const agentName = () => formText(new FormData(agentForm), 'agentName') || 'Agent';
  let items: Item[] = [];
  let selected: string | null = null;
  let shown = '';
  let queueShown = '';

  const say = (text: string, state: 'ok' | 'error' = 'ok') => {
    status.textContent = text;
    status.dataset.state = state;
  };

  async function loadMetrics(): Promise<void> {
    try {
      const m = await client.call(getMetrics, {});
      const list = $('metrics');
      const seconds = (s: number | null) => (s === null ? '–' : `${Math.round(s)} s`);
      const rate = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)} %`);
      list.replaceChildren(
        ...[
          ['Chats', String(m.sessions)],
          ['Handed over', String(m.handoffs)],
          ['Resolved', String(m.resolved)],
          ['First response', seconds(m.firstResponse.averageSeconds)],
          ['Agent first response', seconds(m.agentFirstResponse.averageSeconds)],
          ['CSAT', `${rate(m.csat.rate)} (${m.csat.responses})`],
        ].flatMap(([term, value]) => {
          const row = el('div');
          row.append(el('dt', term), el('dd', value));
          return [row];
        }),
      );
    } catch {
      /* metrics are a nice-to-have; the status line shows connection problems */
    }
  }

  function renderQueue(): void {
    const signature = JSON.stringify(items.map((i) => [i.session.id, i.session.status, i.session.queue?.position, i.context.conversation.length, selected]));
    if (signature === queueShown) return;
    queueShown = signature;
    $('queue-empty').hidden = items.length > 0;
    $('queue').replaceChildren(
      ...items.map((item) => {
        const li = el('li');
        const button = el('button', undefined, 'queue__item');
        button.type = 'button';
        button.setAttribute('aria-current', String(item.session.id === selected));
        const waiting = Math.max(0, Math.round((Date.now() - Date.parse(item.waitingSince)) / 60_000));
        button.append(
          el('strong', `${item.session.ticketId} · ${item.session.status === 'queued' ? `queued #${item.session.queue?.position ?? '?'}` : 'with an agent'}`),
          el('span', `${item.session.market} · ${item.session.sla.level} · ${item.session.verified ? 'verified' : 'not verified'} · waiting ${waiting} min`),
          el('span', item.context.conversation.at(-1)?.text.slice(0, 80) ?? '', 'queue__last'),
        );
        button.addEventListener('click', () => {
          selected = item.session.id;
          shown = '';
          renderQueue();
          renderChat();
          $('chat-title').focus();
        });
        li.append(button);
        return li;
      }),
    );
  }

  function renderChat(): void {
    const section = $('chat');
    const item = items.find((i) => i.session.id === selected);
    if (!selected) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    if (!item) {
      $('chat-state').textContent = 'This chat is no longer in the queue: it was resolved or rated.';
      for (const form of section.querySelectorAll<HTMLFormElement | HTMLButtonElement>('form, #claim')) form.hidden = true;
      return;
    }
    const signature = JSON.stringify([item.session, item.context.conversation.length, item.context.orderId, item.context.cases.map((c) => [c.id, c.status])]);
    if (signature === shown) return;
    shown = signature;
    const { session, context } = item;
    const title = $('chat-title');
    title.textContent = `Ticket ${session.ticketId}`;
    title.tabIndex = -1;
    $('chat-state').textContent =
      `${session.status === 'queued' ? `Queued, place ${session.queue?.position}` : 'With an agent'} · level ${session.sla.level} · resolve by ${time(session.sla.expectedResolutionBy)}`;
    for (const form of section.querySelectorAll<HTMLFormElement | HTMLButtonElement>('form, #claim')) form.hidden = false;

    const rows: [string, string][] = [
      ['Customer', context.customerId ?? 'not verified'],
      ['Order', context.orderId ?? '–'],
      ['Merchant reference', context.merchantReference ?? '–'],
      ['Topic', context.topic ?? '–'],
      ['Market', session.market],
    ];
    $('context').replaceChildren(
      ...rows.map(([term, value]) => {
        const row = el('div');
        row.append(el('dt', term), el('dd', value));
        return row;
      }),
    );
    $('transactions').replaceChildren(
      ...context.lastTransactions.map((t) => {
        const row = el('tr');
        row.append(el('td', time(t.at)), el('td', t.type), el('td', money(t.amount)), el('td', t.status), el('td', t.description));
        return row;
      }),
    );
    $('schedule').replaceChildren(
      ...context.paymentPlans.flatMap((plan) =>
        plan.instalments.map((i) => {
          const row = el('tr');
          row.append(
            el('td', plan.orderId),
            el('td', String(i.sequence)),
            el('td', i.dueDate),
            el('td', money(i.amount)),
            el('td', i.status),
            el('td', i.originalDueDate ? `from ${i.originalDueDate}` : '–'),
          );
          return row;
        }),
      ),
    );
    const conversation = $('conversation');
    $('cases-empty').hidden = context.cases.length > 0;
    $('cases').replaceChildren(...context.cases.map((c) => renderCase(c, open)));
    conversation.replaceChildren(...context.conversation.map((m) => renderMessage(m, open)));
    conversation.lastElementChild?.scrollIntoView({ block: 'nearest' });

    const action = $<HTMLFormElement>('action');
    const orderField = action.elements.namedItem('orderId') as HTMLInputElement;
    if (!orderField.value || orderField.dataset.chat !== session.id) {
      orderField.value = context.orderId ?? '';
      orderField.dataset.chat = session.id;
      (action.elements.namedItem('currency') as HTMLInputElement).value = context.lastTransactions[0]?.amount.currency ?? CURRENCY[session.market] ?? '';
    }
    const instalments = instalmentsOf(context.paymentPlans, context.conversation, orderField.value || null).filter((i) => i.status !== 'paid' && i.status !== 'cancelled');
    const select = action.elements.namedItem('instalmentId') as HTMLSelectElement;
    const keep = select.value;
    select.replaceChildren(
      ...instalments.map((i) => {
        const option = el('option', `#${i.sequence} due ${i.dueDate}, ${money(i.amount)}${i.extendable ? '' : ' (cannot be extended)'}`);
        option.value = i.id;
        return option;
      }),
    );
    if (instalments.some((i) => i.id === keep)) select.value = keep;
    $('claim').textContent = session.status === 'queued' ? 'Take this chat' : 'Take over this chat';
  }

  async function refresh(): Promise<void> {
    try {
      const queue = await client.call(agentQueue, {});
      items = queue.items;
      say(`Connected to ${api.mode}. ${items.length} chat${items.length === 1 ? '' : 's'} with people.`);
    } catch (error) {
      say(`The API did not answer: ${problem(error)}`, 'error');
    }
    renderQueue();
    renderChat();
  }

  async function run(label: string, task: () => Promise<string>, result = $('action-result')): Promise<void> {
    try {
      result.textContent = await task();
      result.dataset.state = 'ok';
    } catch (error) {
      result.textContent = `${label} failed: ${problem(error)}`;
      result.dataset.state = 'error';
    }
    shown = '';
    await refresh();
    void loadMetrics();
  }

  $('claim').addEventListener(
    'click',
    () =>
      void run(
        'Taking the chat',
        async () => {
          await client.call(agentClaim, { params: { id: selected! }, body: { agentName: agentName() } });
          return `You took ticket ${items.find((i) => i.session.id === selected)?.session.ticketId}.`;
        },
        $('chat-state'),
      ),
  );

  $<HTMLFormElement>('reply').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    // The agent's own text goes without card numbers too (one read back from a note, say), by the same rule as the shopper's.
    const data = new FormData(form);
    const text = redactCardNumbers(formText(data, 'text')).text;
    const files = data.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
    if (!text || !selected) return;
    void run(
      'Sending',
      async () => {
        if (files.length > MAX_ATTACHMENTS) throw new Error(`attach at most ${MAX_ATTACHMENTS} files`);
        // Each file is uploaded with the agent token first (a retry of one upload gives the same attachment), then sent by id.
        const uploaded = [];
        for (const file of files) uploaded.push(await uploadAttachment(client, file, { fileName: file.name, ...(api.send ? { fetch: api.send } : {}) }));
        const id = newKey();
        await client.call(
          agentReply,
          { params: { id: selected! }, body: { id, text, ...(uploaded.length > 0 ? { attachments: uploaded.map((a) => a.id) } : {}) } },
          { idempotencyKey: id },
        );
        form.reset();
        return uploaded.length > 0 ? `Reply sent with ${uploaded.length} file${uploaded.length === 1 ? '' : 's'}.` : 'Reply sent.';
      },
      $('chat-state'),
    );
  });

  const actionForm = $<HTMLFormElement>('action');
  const showFields = () => {
    const kind = (actionForm.elements.namedItem('kind') as HTMLSelectElement).value;
    for (const fieldset of actionForm.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]')) {
      fieldset.hidden = fieldset.dataset.for !== kind;
      fieldset.disabled = fieldset.hidden;
    }
  };
  (actionForm.elements.namedItem('kind') as HTMLSelectElement).addEventListener('change', showFields);
  showFields();
  actionForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!selected) return;
    const data = new FormData(actionForm);
    const get = (name: string) => formText(data, name);
    const kind = get('kind');
    const orderId = get('orderId');
    let body: AgentActionRequest;
    if (kind === 'refund') {
      const amount = Math.round(Number(get('amount').replace(',', '.')) * 100);
      body = { kind: 'refund', orderId, amount: { amount, currency: get('currency').toUpperCase() }, reason: get('reason') || 'Goodwill refund', sessionId: selected };
    } else if (kind === 'release_hold') {
      body = { kind: 'release_hold', orderId, sessionId: selected };
    } else {
      body = { kind: 'extend_due_date', orderId, instalmentId: get('instalmentOther') || get('instalmentId'), days: Number(get('days')) as 7 | 14 | 30, sessionId: selected };
    }
    void run('The action', async () => (await client.call(agentAction, { body })).summary);
  });

  $<HTMLFormElement>('resolve').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!selected) return;
    const form = event.currentTarget as HTMLFormElement;
    const summary = redactCardNumbers(formText(new FormData(form), 'summary')).text;
    void run(
      'Resolving',
      async () => {
        const session = await client.call(agentResolve, { params: { id: selected! }, body: summary ? { summary } : {} });
        form.reset();
        return `Ticket ${session.ticketId} is resolved; the shopper can now rate the chat.`;
      },
      $('chat-state'),
    );
  });

  // The simulated agent: on by default in the mock; off, every handed-over chat waits here.
  const simulated = agentForm.elements.namedItem('simulated') as HTMLInputElement;
  const admin = async (body?: unknown) => {
    const response = await (openerHost()?.fetch.bind(openerHost()) ?? fetch)(adminUrl(api.baseUrl, 'chat/agent'), {
      method: body ? 'POST' : 'GET',
      headers: adminHeaders(api.baseUrl),
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`admin answered ${response.status}`);
    return (await response.json()) as { behaviour: string };
  };
  admin()
    .then((agent) => (simulated.checked = agent.behaviour !== 'none'))
    .catch(() => (simulated.disabled = true));
  simulated.addEventListener('change', () => {
    admin({ behaviour: simulated.checked ? 'reply' : 'none' }).catch((error: unknown) => say(`Could not change the simulated agent: ${problem(error)}`, 'error'));
  });

  $<HTMLInputElement>('reply-files').accept = ATTACHMENT_TYPES.join(',');
  $('refresh').addEventListener('click', () => void refresh());
  await refresh();
  void loadMetrics();
  setInterval(() => void refresh(), POLL_MS);
  setInterval(() => void loadMetrics(), POLL_MS * 5);
}

void main();
