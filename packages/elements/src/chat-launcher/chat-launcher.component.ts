import type { Availability, Callback, ChatAction, ChatCard, ChatEvent, ChatMessage, ChatSession } from '@assist/contract';
import { containsCardNumber, redactCardNumbers, redactedCard } from '@assist/contract/redact';
import { createCallback, createChatSession, escalateChat, getAvailability, getChatSession, getTranscript, listOrders, rateChat, startSession, verifyShopper } from '@assist/contract/endpoints';
import { AssistApiError, createClient } from '@assist/client';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { getConfig } from '../config.js';
import { clientFor } from '../internal/api.js';
import { AssistElement } from '../internal/assist-element.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { TranslationKey } from '../i18n/strings.js';
import { controls } from '../styles/controls.js';
import { tokens } from '../styles/tokens.js';
import { ChatLink, RESUME_MS, readSaved, type Pending } from './chat-link.js';
import { styles } from './chat-launcher.styles.js';
import { chatLauncherStrings } from './strings/index.js';
import { TOPICS, email, orderReference, phone, type Topic } from './rules.js';

export type ChatView = 'start' | 'chat' | 'callback' | 'booked';
type Slot = { start: number; end: number };

declare module '../events.js' {
  interface AssistEventMap {
    /** The panel opened. */
    'assist-chat-open': CustomEvent<{ view: ChatView; sessionId: string | null }>;
    /** The panel closed (the chat goes on: new answers show as unread on the launcher). */
    'assist-chat-close': CustomEvent<{ sessionId: string | null }>;
    /** A chat started, verified or not. */
    'assist-chat-started': CustomEvent<{ sessionId: string; ticketId: string; verified: boolean }>;
    /** The shopper sent a message (or chose an option of a card). */
    'assist-chat-message-sent': CustomEvent<{ sessionId: string; messageId: string; redacted: boolean; action?: string }>;
    /** The chat was handed to a person. */
    'assist-chat-escalated': CustomEvent<{ sessionId: string; ticketId: string; level: string; queuePosition: number | null }>;
    /** The shopper rated the chat. */
    'assist-chat-rated': CustomEvent<{ sessionId: string; rating: number; comment: boolean }>;
    /** A callback was booked. */
    'assist-callback-requested': CustomEvent<{ reference: string; callbackId: string; topic: string; window: { start: string; end: string }; sessionId: string | null }>;
  }
}

const DAY_MS = 864e5;
/** Chat and callback requests from other components are answered by one launcher. */
const handled = new WeakSet<Event>();
const RATINGS = [1, 2, 3, 4, 5] as const;
let instances = 0;

const chatIcon = svg`<path d="M4 4h16v12H8l-4 4z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`;

/** Offset of a time zone from UTC at an instant, in ms. */
function zoneOffset(at: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at)) {
    p[part.type] = Number(part.value);
  }
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - Math.floor(at / 6e4) * 6e4;
}

/** The instant of a wall-clock time (`YYYY-MM-DD`, `HH:MM`) in a time zone. */
function wallTime(date: string, hhmm: string, timeZone: string): number {
  const utc = Date.parse(`${date}T${hhmm}:00Z`);
  return utc - zoneOffset(utc - zoneOffset(utc, timeZone), timeZone);
}

/** One-hour call windows within the market's phone hours, by market date, for the next two weeks. */
export function callSlots(availability: Availability): Map<string, Slot[]> {
  const { timeZone, now } = availability;
  const from = Date.parse(now);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(from);
  const holidays = new Set(availability.holidays.map((h) => h.date));
  const days = new Map<string, Slot[]>();
  for (let i = 0; i < 14 && days.size < 7; i++) {
    const noon = new Date(Date.parse(`${today}T12:00:00Z`) + i * DAY_MS);
    const date = noon.toISOString().slice(0, 10);
    const hours = availability.phone.hours.find((h) => h.day === (noon.getUTCDay() || 7));
    if (!hours || holidays.has(date)) continue;
    const slots: Slot[] = [];
    const closes = wallTime(date, hours.closes, timeZone);
    for (let start = wallTime(date, hours.opens, timeZone); start < closes; start += 36e5) {
      const end = Math.min(start + 36e5, closes);
      if (start > from && end - start >= 9e5) slots.push({ start, end });
    }
    if (slots.length) days.set(date, slots);
  }
  return days;
}

/**
 * @summary A chat button for the corner of the page and the chat panel it opens: verification, the
 * assistant with confirmed actions, handoff to a person, callbacks, transcript and rating.
 *
 * @event assist-chat-open - The panel opened; `detail: { view, sessionId }`.
 * @event assist-chat-close - The panel closed; `detail: { sessionId }`.
 * @event assist-chat-started - A chat started; `detail: { sessionId, ticketId, verified }`.
 * @event assist-chat-message-sent - A message was sent; `detail: { sessionId, messageId, redacted, action? }`.
 * @event assist-chat-escalated - The chat went to a person; `detail: { sessionId, ticketId, level, queuePosition }`.
 * @event assist-chat-rated - The chat was rated; `detail: { sessionId, rating, comment }`.
 * @event assist-callback-requested - A callback was booked; `detail: { reference, callbackId, topic, window, sessionId }`.
 * @event assist-article-select - An article the assistant answered with was chosen (cancelable); `detail: { slug, title }` (`id` and `query` are empty).
 *
 * @csspart launcher - The round chat button.
 * @csspart label - The button's text (hide it visually, not with `display: none`, to keep the button's name).
 * @csspart badge - The unread count on the button.
 * @csspart backdrop - The layer behind the open panel.
 * @csspart panel - The chat panel (the dialog).
 * @csspart header - The panel's title bar with the ticket and the expected answer time.
 * @csspart log - The conversation.
 * @csspart message - One message.
 * @csspart card - An order, payment plan, return, refund or hold card in a message.
 * @csspart composer - The message field and send button.
 *
 * @cssproperty --assist-launcher-offset-block - Distance from the bottom of the viewport (default 1rem); or use the `offset` attribute.
 * @cssproperty --assist-launcher-offset-inline - Distance from the side of the viewport (default 1rem).
 * @cssproperty --assist-color-accent - Launcher, buttons and the shopper's messages.
 * @cssproperty --assist-color-surface - Panel background.
 * @cssproperty --assist-radius - Corner radius.
 * @cssproperty --assist-z-index - Stacking level of the launcher and the panel.
 */
export class AssistChatLauncher extends AssistElement {
  static override styles = [tokens, controls, styles];
  static override properties = {
    position: { reflect: true },
    offset: {},
    locale: { reflect: true },
    market: { reflect: true },
    apiBase: { attribute: 'api-base' },
    articleHref: { attribute: 'article-href' },
    theme: { reflect: true },
    token: { attribute: false },
    shown: { state: true },
    view: { state: true },
    session: { state: true },
    messages: { state: true },
    typing: { state: true },
    busy: { state: true },
    errors: { state: true },
    contactBy: { state: true },
    warn: { state: true },
    availability: { state: true },
    day: { state: true },
    booked: { state: true },
    closing: { state: true },
    rated: { state: true },
    notice: { state: true },
    dodge: { state: true },
  };

  /** `bottom-end` (default) or `bottom-start`: which bottom corner the button sits in (mirrored in right-to-left languages). */
  position: 'bottom-end' | 'bottom-start' = 'bottom-end';
  /** Distance from the viewport edges as CSS lengths, `block [inline]`, e.g. `5rem` or `5rem 1.5rem`: keep clear of the page's pay button. */
  offset?: string;
  /** Language; defaults to `lang`, then `<html lang>`. */
  locale?: string;
  /** Market of the shopper: SE, DE, GB or US (hours, phone numbers, currency). */
  market?: string;
  /** Where the Assist API lives; defaults to the SDK configuration. */
  apiBase?: string;
  /** Link for an article the assistant answers with, when no help center is on the page, e.g. `/help?article={slug}`. */
  articleHref?: string;
  /** `light`, `dark` or `auto`. */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** A merchant-signed shopper token (`cus_….<issuedAt>.<signature>`): the chat starts verified, without the form. */
  token?: string;

  private shown = false;
  private view: ChatView = 'start';
  private session: ChatSession | undefined;
  private messages: ChatMessage[] = [];
  private typing: 'assistant' | 'agent' | null = null;
  private busy = false;
  /** Field name → translation key of its error; `form` for the whole form. */
  private errors: Record<string, TranslationKey> = {};
  private contactBy: 'email' | 'phone' = 'email';
  private warn = false;
  private availability: Availability | null | undefined;
  private day = '';
  private booked: Callback | undefined;
  private closing = false;
  /** 0 until the chat is rated, then the rating (-1 when skipped). */
  private rated = 0;
  private notice: TranslationKey | null = null;
  private dodge = false;

  readonly #i18n = new LocalizeController(this, chatLauncherStrings);
  readonly #uid = `assist-chat-${++instances}`;
  #link: ChatLink | undefined;
  #byId = new Map<string, ChatMessage>();
  #back: ChatView = 'start';
  #choosing = new Set<string>();
  #onFocusIn = (event: FocusEvent) => this.#avoid(event);
  #onRequest = (event: Event) => {
    if (handled.has(event)) return;
    handled.add(event);
    this.open({ view: event.type === 'assist-callback-request' ? 'callback' : 'chat' });
  };

  get #client() {
    return clientFor(this.apiBase);
  }

  get #key(): string {
    return `assist:chat:${this.#client.baseUrl}`;
  }

  get #market() {
    return (this.market || getConfig().market || 'SE').toUpperCase() as 'SE';
  }

  get #unread(): number {
    const read = this.#link?.saved.read ?? Infinity;
    return this.messages.filter((m) => m.author !== 'shopper' && m.sequence > read).length;
  }

  /** Whether the panel is open. */
  get isOpen(): boolean {
    return this.shown;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('focusin', this.#onFocusIn);
    document.addEventListener('assist-chat-request', this.#onRequest);
    document.addEventListener('assist-callback-request', this.#onRequest);
    const saved = readSaved(this.#key);
    if (saved && !this.#link) this.#connect(saved);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('focusin', this.#onFocusIn);
    document.removeEventListener('assist-chat-request', this.#onRequest);
    document.removeEventListener('assist-callback-request', this.#onRequest);
    this.#link?.stop();
    this.#link = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const saved = this.#link?.saved;
    const last = this.messages[this.messages.length - 1]?.sequence ?? 0;
    // What the shopper has on screen counts as read.
    if (this.shown && saved && this.view === 'chat' && last > saved.read) {
      saved.read = last;
      this.#link!.save();
    }
    if (changed.has('offset')) {
      const [block, inline = ''] = (this.offset ?? '').trim().split(/\s+/);
      for (const [name, value] of [['--_ob', block], ['--_oi', inline]] as const) {
        if (value && CSS.supports('inset-block-end', value)) this.style.setProperty(name, value);
        else this.style.removeProperty(name);
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('messages') || changed.has('typing') || changed.has('shown')) {
      const log = this.renderRoot.querySelector('.log');
      log?.scrollTo({ top: log.scrollHeight });
    }
  }

  /** Opens the panel: the conversation, or a view of it (`callback` for the callback form). */
  open(options: { view?: 'chat' | 'callback' } = {}): void {
    if (options.view === 'callback') this.#show('callback');
    else if (!this.shown || options.view === 'chat') this.view = this.#link ? 'chat' : 'start';
    if (this.shown) return void this.#focusView();
    this.shown = true;
    this.emit('assist-chat-open', { view: this.view, sessionId: this.session?.id ?? null });
    this.#focusView();
  }

  /** Closes the panel and returns focus to the launcher. The chat goes on in the background. */
  close(): void {
    if (!this.shown) return;
    this.shown = false;
    this.emit('assist-chat-close', { sessionId: this.session?.id ?? null });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.launcher')?.focus());
  }

  /** Signs the shopper in with a merchant-signed token; the next chat starts verified. */
  identify(token: string): void {
    this.token = token;
  }

  #show(view: ChatView): void {
    if (view === 'callback') {
      if (this.view !== 'callback') this.#back = this.view === 'booked' ? 'start' : this.view;
      this.booked = undefined;
      this.errors = {};
      if (this.availability === undefined || this.availability === null) void this.#loadAvailability();
    }
    this.view = view;
    this.#focusView();
  }

  #focusView(): void {
    void this.updateComplete.then(() => {
      const body = this.renderRoot.querySelector('.body');
      const target = body?.querySelector<HTMLElement>('[data-autofocus]') ?? body?.querySelector<HTMLElement>('input, select, textarea, button:not([disabled])');
      target?.focus();
    });
  }

  // --- Starting a chat -------------------------------------------------------------------------

  #connect(saved: NonNullable<ReturnType<typeof readSaved>>): void {
    const link = new ChatLink(this.#key, this.#client.baseUrl, this.#i18n.tag, saved, {
      event: (event) => this.#onEvent(event),
      change: () => this.requestUpdate(),
      lost: () => this.#lost(),
    });
    this.#link = link;
    this.view = 'chat';
    link.start();
    if (!this.session) {
      void link.client.call(getChatSession, { params: { id: saved.id } }).then(
        (session) => this.#link === link && this.#onEvent({ type: 'session', session }),
        (error: unknown) => error instanceof AssistApiError && (error.status === 401 || error.status === 404) && this.#lost(),
      );
    }
  }

  #lost(): void {
    this.#link?.forget();
    this.#reset();
    this.notice = 'chatLauncher.expired';
  }

  #reset(): void {
    this.#link?.forget();
    this.#link = undefined;
    this.#byId.clear();
    this.messages = [];
    this.session = undefined;
    this.typing = null;
    this.closing = false;
    this.rated = 0;
    this.notice = null;
    this.view = 'start';
  }

  async #start(event: Event, guest: boolean): Promise<void> {
    event.preventDefault();
    const form = this.renderRoot.querySelector<HTMLFormElement>('.start')!;
    const data = new FormData(form);
    const consent = data.get('consent') === 'on';
    const errors: Record<string, TranslationKey> = {};
    let reference: string | undefined;
    let contact: string | undefined;
    if (!guest && !this.token) {
      reference = orderReference(String(data.get('reference')));
      contact = (this.contactBy === 'email' ? email : phone)(String(data.get('contact')));
      if (!reference) errors.reference = 'chatLauncher.errReference';
      if (!contact) errors.contact = this.contactBy === 'email' ? 'chatLauncher.errEmail' : 'chatLauncher.errPhone';
    }
    this.errors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    try {
      let shopperToken: string | undefined;
      if (this.token && !guest) {
        try {
          shopperToken = (await this.#client.call(startSession, { body: { token: this.token } })).token;
        } catch (error) {
          if (!(error instanceof AssistApiError) || error.status !== 401 && error.status !== 400) throw error;
          this.token = undefined;
          this.errors = { form: 'chatLauncher.errToken' };
          return;
        }
      } else if (reference && contact) {
        const body = this.contactBy === 'email' ? { orderReference: reference, email: contact } : { orderReference: reference, phone: contact };
        shopperToken = (await this.#client.call(verifyShopper, { body })).token;
      }
      const client = createClient({ baseUrl: this.#client.baseUrl, locale: this.#i18n.tag, token: shopperToken ?? null });
      // The chat is about the order the shopper verified with, so nobody asks which one.
      const orderId = reference ? (await client.call(listOrders)).orders.find((o) => o.reference === reference)?.id : undefined;
      const { session, chatToken } = await client.call(createChatSession, {
        body: { locale: this.#i18n.tag, market: this.#market, recordingConsent: consent, ...(orderId ? { orderId } : {}) },
      });
      this.#reset();
      this.session = session;
      const link = { id: session.id, token: chatToken, exp: Date.now() + RESUME_MS, outbox: [], read: 0 };
      this.#connect(link);
      this.#link!.save();
      this.emit('assist-chat-started', { sessionId: session.id, ticketId: session.ticketId, verified: session.verified });
      this.#focusView();
    } catch (error) {
      const code = error instanceof AssistApiError ? error.code : '';
      this.errors = {
        form: code === 'verification_failed' ? 'chatLauncher.errMatch' : code === 'rate_limited' ? 'chatLauncher.errLocked' : code === 'validation_failed' ? 'chatLauncher.errReference' : 'common.offline',
      };
    } finally {
      this.busy = false;
    }
    if (this.errors.form) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.start [role="alert"]')?.focus();
    }
  }

  // --- The conversation ------------------------------------------------------------------------

  #onEvent(event: ChatEvent): void {
    if (event.type === 'message') {
      const message = event.message;
      this.#byId.set(message.id, message);
      this.messages = [...this.#byId.values()].sort((a, b) => a.sequence - b.sequence);
      if (message.author === this.typing) this.typing = null;
      for (const action of message.actions) if (action.chosen) this.#choosing.delete(action.id);
    } else if (event.type === 'typing') {
      this.typing = event.typing ? event.author : null;
    } else {
      const before = this.session;
      this.session = event.session;
      const handed = event.session.status === 'queued' || event.session.status === 'agent';
      if (before && handed && (before.status === 'assistant' || before.sla.level !== event.session.sla.level)) {
        this.emit('assist-chat-escalated', {
          sessionId: event.session.id,
          ticketId: event.session.ticketId,
          level: event.session.sla.level,
          queuePosition: event.session.queue?.position ?? null,
        });
      }
    }
  }

  #send(text: string, action?: { id: string; choice: string }): void {
    const link = this.#link;
    if (!link) return;
    const { text: clean, redacted } = redactCardNumbers(text);
    const item = link.send(clean, action);
    this.emit('assist-chat-message-sent', { sessionId: link.saved.id, messageId: item.id, redacted, ...(action ? { action: action.id } : {}) });
  }

  #submit(event: Event): void {
    event.preventDefault();
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('.composer textarea')!;
    const text = field.value.trim();
    if (!text) return;
    this.#send(text.slice(0, 4000));
    field.value = '';
    this.warn = false;
  }

  #keydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) this.#submit(event);
  }

  #choose(action: ChatAction, choice: ChatAction['choices'][number]): void {
    if (action.kind === 'request_verification') {
      this.#reset();
      this.view = 'start';
      this.#focusView();
      return;
    }
    if (action.kind === 'request_callback') return this.#show('callback');
    this.#choosing.add(action.id);
    this.#send(choice.label, { id: action.id, choice: choice.id });
    // The chosen buttons are disabled now: keep the keyboard in the conversation.
    this.#focusView();
  }

  async #escalate(): Promise<void> {
    const link = this.#link;
    if (!link) return;
    this.busy = true;
    try {
      this.#onEvent({ type: 'session', session: await link.client.call(escalateChat, { params: { id: link.saved.id }, body: { reason: 'shopper_request' } }) });
      this.#focusView();
    } catch {
      this.notice = 'common.error';
    } finally {
      this.busy = false;
    }
  }

  #article(event: Event, article: { slug: string; title: string }): void {
    if (!this.emit('assist-article-select', { slug: article.slug, id: '', title: article.title, query: '' }, { cancelable: true })) {
      event.preventDefault();
      return;
    }
    const helpCenter = document.querySelector('assist-help-center') as (HTMLElement & { openArticle?(slug: string): void }) | null;
    if (helpCenter?.openArticle) {
      event.preventDefault();
      this.close();
      helpCenter.openArticle(article.slug);
    }
  }

  async #transcript(): Promise<void> {
    const link = this.#link;
    if (!link) return;
    try {
      const { session, messages } = await link.client.call(getTranscript, { params: { id: link.saved.id } });
      const t = (key: TranslationKey, values?: Record<string, string>) => this.#i18n.t(key, values);
      const when = (iso: string) => this.#i18n.date(iso, { dateStyle: 'short', timeStyle: 'short' });
      const lines = [t('chatLauncher.transcriptTitle', { id: session.ticketId }), when(session.createdAt), ''];
      for (const m of messages) lines.push(`[${when(m.createdAt)}] ${t(m.author === 'shopper' ? 'chatLauncher.you' : `chatLauncher.${m.author}`)}: ${m.text}`);
      const url = URL.createObjectURL(new Blob([lines.join('\n') + '\n'], { type: 'text/plain;charset=utf-8' }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `chat-${session.ticketId}.txt`;
      anchor.hidden = true;
      this.renderRoot.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      this.notice = 'chatLauncher.transcriptSaved';
    } catch {
      this.notice = 'common.error';
    }
  }

  async #rate(event: Event, skip: boolean): Promise<void> {
    event.preventDefault();
    const link = this.#link;
    if (!link) return;
    const data = new FormData(this.renderRoot.querySelector<HTMLFormElement>('.rating')!);
    const rating = Number(data.get('rating'));
    const comment = String(data.get('comment') ?? '').trim();
    if (!skip) {
      if (!rating) {
        this.errors = { rating: 'chatLauncher.errRating' };
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.rating input')?.focus();
        return;
      }
      this.busy = true;
      try {
        await link.client.call(rateChat, { params: { id: link.saved.id }, body: { rating, ...(comment ? { comment: comment.slice(0, 1000) } : {}) } });
        this.emit('assist-chat-rated', { sessionId: link.saved.id, rating, comment: comment !== '' });
      } catch {
        this.errors = { rating: 'common.error' };
        return;
      } finally {
        this.busy = false;
      }
    }
    this.errors = {};
    this.rated = skip ? -1 : rating;
    link.stop();
    try {
      sessionStorage.removeItem(this.#key);
    } catch {
      /* nothing stored */
    }
    this.#focusView();
  }

  // --- Callback ---------------------------------------------------------------------------------

  async #loadAvailability(): Promise<void> {
    this.availability = undefined;
    try {
      this.availability = await this.#client.call(getAvailability, { query: { market: this.#market } });
      this.day = callSlots(this.availability).keys().next().value ?? '';
    } catch {
      this.availability = null;
    }
  }

  async #requestCallback(event: Event): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const number = phone(String(data.get('phone')));
    const slot = callSlots(this.availability!).get(this.day)?.[Number(data.get('slot'))];
    if (!number) {
      this.errors = { phone: 'chatLauncher.errPhone' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (!slot) return;
    this.busy = true;
    this.errors = {};
    const sessionId = this.#link?.saved.id;
    try {
      const booked = await (this.#link?.client ?? this.#client).call(createCallback, {
        body: {
          phone: number,
          market: this.#market,
          topic: data.get('topic') as Topic,
          window: { start: new Date(slot.start).toISOString(), end: new Date(slot.end).toISOString() },
          locale: this.#i18n.tag,
          ...(sessionId ? { chatSessionId: sessionId } : {}),
        },
      });
      this.booked = booked;
      this.emit('assist-callback-requested', { reference: booked.reference, callbackId: booked.id, topic: booked.topic, window: booked.window, sessionId: sessionId ?? null });
      this.view = 'booked';
      this.#focusView();
    } catch (error) {
      const phoneRejected = error instanceof AssistApiError && error.issues.some((i) => i.path.includes('phone'));
      this.errors = phoneRejected ? { phone: 'chatLauncher.errPhone' } : { callback: error instanceof AssistApiError && error.status ? 'common.error' : 'common.offline' };
    } finally {
      this.busy = false;
    }
  }

  // --- Focus: trap in the panel, and keep the button off the page's focused element ---------------

  #trap(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
      return;
    }
    if (event.key !== 'Tab') return;
    const panel = this.renderRoot.querySelector('.panel')!;
    const items = [...panel.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])')].filter(
      (el) => el.getClientRects().length > 0 && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && [...panel.querySelectorAll<HTMLInputElement>(`input[name="${el.name}"]`)].some((r) => r.checked)),
    );
    const active = this.shadowRoot!.activeElement;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey ? active === first || !panel.contains(active) : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first)?.focus();
    }
  }

  #avoid(event: FocusEvent): void {
    const target = event.composedPath()[0] as Element;
    if (this.shown) {
      // A modal panel keeps focus: anything outside sends it back in.
      if (!this.contains(target) && !this.shadowRoot!.contains(target)) this.#focusView();
      return;
    }
    if (this.shadowRoot!.contains(target) || !target.getBoundingClientRect) return;
    const button = this.renderRoot.querySelector('.launcher')?.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    // Covering the focused element: move to the other corner.
    if (button && box.left < button.right && box.right > button.left && box.top < button.bottom && box.bottom > button.top) this.dodge = !this.dodge;
  }

  // --- Rendering ----------------------------------------------------------------------------------

  #t(key: TranslationKey, values?: Record<string, string | number>): string {
    return this.#i18n.t(key, values);
  }

  #money(m: { amount: number; currency: string }): string {
    return this.#i18n.money(m.amount, m.currency);
  }

  /** A wait in the shopper's words: minutes, or hours when it is long (outside hours). */
  #wait(seconds: number): string {
    const minutes = Math.max(1, Math.round(seconds / 60));
    const [value, unit] = minutes < 90 ? [minutes, 'minute'] : [Math.round(minutes / 60), 'hour'];
    return this.#i18n.number(value, { style: 'unit', unit, unitDisplay: 'long' });
  }

  #when(iso: string): string {
    return this.#i18n.date(iso, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  }

  #field(name: string, label: string, input: TemplateResult, hint?: string): TemplateResult {
    const error = this.errors[name];
    return html`<div class="field">
      <label for="${this.#uid}-${name}">${label}</label>
      ${hint ? html`<span class="hint" id="${this.#uid}-${name}-hint">${hint}</span>` : nothing}
      ${input}
      ${error ? html`<span class="error" id="${this.#uid}-${name}-error">${this.#t(error)}</span>` : nothing}
    </div>`;
  }

  /** `aria-describedby` of a field: its hint and its error. */
  #described(name: string, hint: boolean): string | typeof nothing {
    return [hint ? `${this.#uid}-${name}-hint` : '', this.errors[name] ? `${this.#uid}-${name}-error` : ''].join(' ').trim() || nothing;
  }

  #renderStart(): TemplateResult {
    const id = (name: string) => `${this.#uid}-${name}`;
    const invalid = (name: string) => (this.errors[name] ? 'true' : 'false');
    const byEmail = this.contactBy === 'email';
    return html`<form class="start stack" novalidate @submit=${(e: Event) => this.#start(e, false)}>
      <h3 id=${id('start')} tabindex="-1">${this.#t('chatLauncher.startTitle')}</h3>
      ${this.notice ? html`<p class="note">${this.#t(this.notice)}</p>` : nothing}
      ${this.token
        ? html`<p>${this.#t('chatLauncher.signedIn')}</p>`
        : html`<p>${this.#t('chatLauncher.startIntro')}</p>
            ${this.#field(
              'reference',
              this.#t('chatLauncher.reference'),
              html`<input id=${id('reference')} name="reference" autocomplete="off" autocapitalize="characters" spellcheck="false" dir="ltr"
                aria-invalid=${invalid('reference')} aria-describedby=${this.#described('reference', true)} />`,
              this.#t('chatLauncher.referenceHint'),
            )}
            <fieldset class="choice">
              <legend>${this.#t('chatLauncher.verifyWith')}</legend>
              ${(['email', 'phone'] as const).map(
                (by) => html`<label><input type="radio" name="by" value=${by} .checked=${this.contactBy === by} @change=${() => {
                  this.contactBy = by;
                  this.errors = {};
                }} /> ${this.#t(`chatLauncher.${by}`)}</label>`,
              )}
            </fieldset>
            ${this.#field(
              'contact',
              this.#t(byEmail ? 'chatLauncher.email' : 'chatLauncher.phone'),
              html`<input id=${id('contact')} name="contact" type=${byEmail ? 'email' : 'tel'} autocomplete=${byEmail ? 'email' : 'tel'} dir="ltr"
                aria-invalid=${invalid('contact')} aria-describedby=${this.#described('contact', !byEmail)} />`,
              byEmail ? undefined : this.#t('chatLauncher.phoneHint'),
            )}`}
      <p class="hint" id=${id('consent-notice')}>${this.#t('chatLauncher.consentNotice')}</p>
      <label class="check"><input type="checkbox" name="consent" aria-describedby=${id('consent-notice')} /> ${this.#t('chatLauncher.consent')}</label>
      ${this.errors.form ? html`<p class="error" role="alert" tabindex="-1">${this.#t(this.errors.form)}</p>` : nothing}
      <button class="button" ?disabled=${this.busy}>${this.#t('chatLauncher.start')}</button>
      ${this.token ? nothing : html`<button type="button" class="button button--quiet" ?disabled=${this.busy} @click=${(e: Event) => this.#start(e, true)}>${this.#t('chatLauncher.guest')}</button>`}
      <button type="button" class="button button--quiet" @click=${() => this.#show('callback')}>${this.#t('chatLauncher.callback')}</button>
    </form>`;
  }

  #status(status: string): string {
    return this.#t(`chatLauncher.s_${status}` as TranslationKey);
  }

  #renderCard(card: ChatCard): TemplateResult {
    const row = (term: string, value: string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
    const date = (d: string) => this.#i18n.date(d);
    switch (card.kind) {
      case 'order_summary': {
        const o = card.order;
        return html`<section class="card" part="card"><h3 dir="auto">${this.#t('chatLauncher.order', { reference: o.reference })} · ${o.merchantName}</h3><dl>
          ${row(this.#t('chatLauncher.status'), this.#status(o.status))}${row(this.#t('chatLauncher.total'), this.#money(o.total))}
          ${o.nextPayment ? row(this.#t('chatLauncher.nextPayment'), this.#t('chatLauncher.amountDue', { amount: this.#money(o.nextPayment.amount), date: date(o.nextPayment.dueDate) })) : nothing}
        </dl></section>`;
      }
      case 'payment_plan': {
        const p = card.plan;
        return html`<section class="card" part="card"><h3>${this.#t('chatLauncher.plan')} · ${this.#status(p.status)}</h3><dl>
          ${row(this.#t('chatLauncher.paid'), this.#money(p.paid))}${row(this.#t('chatLauncher.remaining'), this.#money(p.remaining))}
          ${p.instalments.map((i) => row(this.#t('chatLauncher.instalment', { n: i.sequence }), `${this.#t('chatLauncher.amountDue', { amount: this.#money(i.amount), date: date(i.dueDate) })} · ${this.#status(i.status)}`))}
        </dl></section>`;
      }
      case 'return_status': {
        const r = card.return;
        return html`<section class="card" part="card"><h3>${this.#t('chatLauncher.returnOf', { reference: r.reference })}</h3><dl>
          ${row(this.#t('chatLauncher.status'), this.#status(r.status))}
        </dl>${r.refund ? html`<p>${this.#t('chatLauncher.refundBy', { amount: this.#money(r.refund.amount), date: date(r.refund.expectedBy) })}</p>` : nothing}</section>`;
      }
      case 'refunds':
        return html`<section class="card" part="card"><h3>${this.#t('chatLauncher.refunds')}</h3>${card.refunds.length
          ? html`<dl>${card.refunds.map((r) => row(date(r.at), `${this.#money(r.amount)} · ${this.#status(r.status)}`))}</dl>`
          : html`<p>${this.#t('chatLauncher.noRefunds')}</p>`}</section>`;
      case 'authorization_hold':
        return html`<section class="card" part="card"><h3>${this.#t('chatLauncher.hold', { amount: this.#money(card.hold.amount) })} · ${this.#status(card.hold.status)}</h3>
          <p>${this.#t('chatLauncher.holdDates', { placed: date(card.hold.placedAt), release: date(card.hold.expectedReleaseBy) })}</p></section>`;
      default:
        return html`<section class="card" part="card"><p>${card.nextOpening ? this.#t('chatLauncher.agentsBack', { time: this.#when(card.nextOpening) }) : this.#t('chatLauncher.agentsAway')}</p>
          <button type="button" class="button button--quiet" @click=${() => this.#show('callback')}>${this.#t('chatLauncher.callback')}</button></section>`;
    }
  }

  #renderMessage(m: ChatMessage): TemplateResult {
    const author = m.author === 'shopper' ? 'you' : m.author;
    return html`<div class="msg msg--${m.author}" part="message" data-id=${m.id} data-sequence=${m.sequence}>
      <p class="msg__meta"><span>${this.#t(`chatLauncher.${author}`)}</span> <time datetime=${m.createdAt}>${this.#i18n.date(m.createdAt, { hour: '2-digit', minute: '2-digit' })}</time>
        ${m.author === 'shopper' ? html`· <span>${this.#t('chatLauncher.sent')}</span>` : nothing}
        ${m.redacted || m.text.includes(redactedCard('')) ? html`· <span>${this.#t('chatLauncher.redacted')}</span>` : nothing}</p>
      <p class="msg__text" dir="auto">${m.text}</p>
      ${(m.cards ?? []).map((card) => this.#renderCard(card))}
      ${m.articles.length
        ? html`<ul class="msg__links">${m.articles.map(
            (a) => html`<li><a href=${this.articleHref ? this.articleHref.replace('{slug}', encodeURIComponent(a.slug)) : `?article=${encodeURIComponent(a.slug)}`} target="_blank" rel="noopener"
              @click=${(e: Event) => this.#article(e, a)}>${this.#t('chatLauncher.read', { title: a.title })}</a></li>`,
          )}</ul>`
        : nothing}
      ${m.actions.map((action) => {
        const settled = action.chosen !== null || this.#choosing.has(action.id) || this.session?.status === 'ended';
        return html`<div class="msg__actions" role="group" aria-label=${this.#t('chatLauncher.actions')}>
          ${action.choices.map(
            (c) => html`<button type="button" class="button ${c.style === 'primary' ? '' : 'button--quiet'}" aria-pressed=${action.chosen === c.id ? 'true' : 'false'}
              ?disabled=${settled} @click=${() => this.#choose(action, c)}>${c.label}</button>`,
          )}
        </div>`;
      })}
    </div>`;
  }

  #renderPending(p: Pending): TemplateResult {
    return html`<div class="msg msg--shopper msg--pending" part="message" data-id=${p.id}>
      <p class="msg__meta"><span>${this.#t('chatLauncher.you')}</span> · <span class=${p.failed ? 'error' : ''}>${this.#t(p.failed ? 'chatLauncher.failed' : 'chatLauncher.sending')}</span></p>
      <p class="msg__text" dir="auto">${p.text}</p>
      ${p.failed ? html`<button type="button" class="button button--quiet" @click=${() => this.#link?.retry(p)}>${this.#t('chatLauncher.resend')}</button>` : nothing}
    </div>`;
  }

  #renderFooter(): TemplateResult {
    const session = this.session;
    if (this.rated) {
      return html`<div class="stack">
        <h3 tabindex="-1" data-autofocus>${this.#t('chatLauncher.endedTitle')}</h3>
        ${this.rated > 0 ? html`<p role="status">${this.#t('chatLauncher.thanks')}</p>` : nothing}
        <p>${this.#t('chatLauncher.ended')}</p>
        <button type="button" class="button" @click=${() => {
          this.#reset();
          this.#focusView();
        }}>${this.#t('chatLauncher.newChat')}</button>
      </div>`;
    }
    if (this.closing || session?.status === 'ended') {
      return html`<form class="rating stack" novalidate @submit=${(e: Event) => this.#rate(e, false)}>
        <h3>${this.#t('chatLauncher.rateTitle')}</h3>
        <fieldset class="stars" aria-describedby=${this.errors.rating ? `${this.#uid}-rating-error` : nothing}>
          <legend>${this.#t('chatLauncher.rateLegend')}</legend>
          ${RATINGS.map((n) => html`<label><input type="radio" name="rating" value=${n} ?data-autofocus=${n === 1} /> <span>${n}</span> ${this.#t(`chatLauncher.r${n}`)}</label>`)}
        </fieldset>
        ${this.errors.rating ? html`<p class="error" id="${this.#uid}-rating-error">${this.#t(this.errors.rating)}</p>` : nothing}
        <label for="${this.#uid}-comment">${this.#t('chatLauncher.rateComment')}</label>
        <textarea id="${this.#uid}-comment" name="comment" maxlength="1000" rows="2"></textarea>
        <div class="row">
          <button class="button" ?disabled=${this.busy}>${this.#t('chatLauncher.rateSend')}</button>
          <button type="button" class="button button--quiet" @click=${(e: Event) => this.#rate(e, true)}>${this.#t('chatLauncher.rateSkip')}</button>
        </div>
      </form>`;
    }
    return html`<form class="composer" part="composer" @submit=${this.#submit}>
      <label class="visually-hidden" for="${this.#uid}-message">${this.#t('chatLauncher.message')}</label>
      <textarea id="${this.#uid}-message" rows="2" maxlength="4000" data-autofocus aria-describedby="${this.#uid}-warn"
        @keydown=${this.#keydown} @input=${(e: Event) => (this.warn = containsCardNumber((e.target as HTMLTextAreaElement).value))}></textarea>
      <button class="button">${this.#t('chatLauncher.send')}</button>
      <p class="composer__warn" id="${this.#uid}-warn" aria-live="polite">${this.warn ? this.#t('chatLauncher.cardWarning') : ''}</p>
    </form>`;
  }

  #renderChat(): TemplateResult {
    const session = this.session;
    const link = this.#link;
    const open = session?.status !== 'ended' && !this.rated;
    return html`<div class="tools" role="group" aria-label=${this.#t('chatLauncher.actions')}>
        ${open && session?.status === 'assistant' ? html`<button type="button" class="link" ?disabled=${this.busy} @click=${this.#escalate}>${this.#t('chatLauncher.toAgent')}</button>` : nothing}
        ${open ? html`<button type="button" class="link" @click=${() => this.#show('callback')}>${this.#t('chatLauncher.callback')}</button>` : nothing}
        <button type="button" class="link" @click=${this.#transcript}>${this.#t('chatLauncher.transcript')}</button>
        ${open && !this.closing ? html`<button type="button" class="link" @click=${() => {
          this.closing = true;
          this.#focusView();
        }}>${this.#t('chatLauncher.end')}</button>` : nothing}
      </div>
      ${session?.status === 'queued' && session.queue
        ? html`<p class="banner">${this.#t('chatLauncher.queue', {
            position: session.queue.position,
            wait: this.#wait(session.queue.estimatedWaitSeconds),
          })}</p>`
        : nothing}
      ${link?.down ? html`<p class="banner" role="status">${this.#t('chatLauncher.reconnecting')}</p>` : nothing}
      <div class="log" part="log" role="log" aria-live="polite" aria-label=${this.#t('chatLauncher.log')} tabindex="0">
        ${this.messages.map((m) => this.#renderMessage(m))}${(link?.outbox ?? []).map((p) => this.#renderPending(p))}
      </div>
      <p class="typing" aria-live="polite">${this.typing ? this.#t(this.typing === 'agent' ? 'chatLauncher.typingAgent' : 'chatLauncher.typingAssistant') : ''}</p>
      ${this.notice ? html`<p class="note" role="status">${this.#t(this.notice)}</p>` : nothing}
      ${this.#renderFooter()}`;
  }

  #renderCallback(): TemplateResult {
    const a = this.availability;
    const id = (name: string) => `${this.#uid}-${name}`;
    const zone = a?.timeZone;
    const clock = (ms: number) => this.#i18n.date(new Date(ms), { hour: '2-digit', minute: '2-digit', ...(zone ? { timeZone: zone } : {}) });
    const days = a ? callSlots(a) : new Map<string, Slot[]>();
    const back = html`<button type="button" class="button button--quiet" @click=${() => this.#show(this.#link ? 'chat' : this.#back)}>${this.#t('chatLauncher.cbBack')}</button>`;
    if (this.view === 'booked' && this.booked) {
      const b = this.booked;
      return html`<div class="stack">
        <h3 tabindex="-1" data-autofocus>${this.#t('chatLauncher.cbDone')}</h3>
        <p>${this.#t('chatLauncher.cbConfirm', {
          phone: b.phoneMasked,
          day: this.#i18n.date(b.window.start, { weekday: 'long', day: 'numeric', month: 'long', ...(zone ? { timeZone: zone } : {}) }),
          from: clock(Date.parse(b.window.start)),
          to: clock(Date.parse(b.window.end)),
        })}</p>
        <p>${this.#t('chatLauncher.cbReference', { reference: b.reference })}</p>
        ${back}
      </div>`;
    }
    return html`<form class="stack" novalidate @submit=${this.#requestCallback}>
      <h3 tabindex="-1">${this.#t('chatLauncher.cbTitle')}</h3>
      <p>${this.#t('chatLauncher.cbIntro')}</p>
      ${this.#field(
        'phone',
        this.#t('chatLauncher.phone'),
        html`<input id=${id('phone')} name="phone" type="tel" autocomplete="tel" dir="ltr" aria-invalid=${this.errors.phone ? 'true' : 'false'} aria-describedby=${this.#described('phone', true)} />`,
        this.#t('chatLauncher.phoneHint'),
      )}
      ${this.#field(
        'topic',
        this.#t('chatLauncher.cbTopic'),
        html`<select id=${id('topic')} name="topic">${TOPICS.map((topic) => html`<option value=${topic}>${this.#t(`chatLauncher.tp-${topic}`)}</option>`)}</select>`,
      )}
      ${a === undefined
        ? html`<p role="status">${this.#t('common.loading')}</p>`
        : !days.size
          ? html`<p class="error" role="alert">${this.#t(a === null ? 'common.offline' : 'chatLauncher.cbNone')}</p>`
          : html`${this.#field(
              'day',
              this.#t('chatLauncher.cbDay'),
              html`<select id=${id('day')} name="day" @change=${(e: Event) => (this.day = (e.target as HTMLSelectElement).value)}>
                ${[...days.keys()].map((d) => html`<option value=${d} ?selected=${d === this.day}>${this.#i18n.date(d, { weekday: 'long', day: 'numeric', month: 'long' })}</option>`)}
              </select>`,
            )}
            ${this.#field(
              'slot',
              this.#t('chatLauncher.cbTime'),
              html`<select id=${id('slot')} name="slot">${(days.get(this.day) ?? []).map((s, i) => html`<option value=${i}>${clock(s.start)}–${clock(s.end)}</option>`)}</select>`,
            )}`}
      ${this.errors.callback ? html`<p class="error" role="alert">${this.#t(this.errors.callback)}</p>` : nothing}
      <div class="row">
        <button class="button" ?disabled=${this.busy || !days.size}>${this.#t('chatLauncher.cbSubmit')}</button>
        ${back}
      </div>
    </form>`;
  }

  override render() {
    const session = this.session;
    const unread = this.#unread;
    const title = `${this.#uid}-title`;
    return html`
      <button type="button" class="launcher ${this.dodge ? 'launcher--dodge' : ''}" part="launcher" aria-haspopup="dialog" aria-expanded=${this.shown ? 'true' : 'false'}
        @click=${() => (this.shown ? this.close() : this.open())}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">${chatIcon}</svg>
        <span class="launcher__label" part="label">${this.#t('chatLauncher.launcher')}</span>
        ${unread
          ? html`<span class="badge" part="badge"><span class="visually-hidden">${this.#t('chatLauncher.unread', { count: unread })}</span><span aria-hidden="true">${unread}</span></span>`
          : nothing}
      </button>
      ${this.shown
        ? html`<div class="backdrop" part="backdrop" @click=${this.close}></div>
            <div class="panel" part="panel" role="dialog" aria-modal="true" aria-labelledby=${title} @keydown=${this.#trap}>
              <header class="header" part="header">
                <h2 id=${title}>${this.#t('chatLauncher.title')}</h2>
                <button type="button" class="close" aria-label=${this.#t('chatLauncher.close')} @click=${this.close}>✕</button>
                ${session
                  ? html`<p class="ticket"><span>${this.#t('chatLauncher.ticket', { id: session.ticketId })}</span>
                      <span>${this.#t('chatLauncher.sla', { time: this.#when(session.sla.expectedResolutionBy) })}</span></p>`
                  : nothing}
              </header>
              <div class="body">
                ${this.view === 'chat' ? this.#renderChat() : this.view === 'start' ? this.#renderStart() : this.#renderCallback()}
              </div>
            </div>`
        : nothing}
    `;
  }
}
