// First: the strings come right after the styles in the bundle (see chat-launcher.component.ts).
import { chatLauncherStrings } from './strings/index.js';
import type { Attachment, Availability, Callback, ChatEvent, ChatMessage, ChatSession, Shopper } from '@assist/contract';
import { redactCardNumbers } from '@assist/contract/redact';
import { getArticle, getChatSession, searchHelp, sendOfflineMessage } from '@assist/contract/endpoints';
import { AssistApiError, type AssistClient } from '@assist/client';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { LocalizeController } from '../i18n/localize-controller.js';
import { clientFor, getConfig } from '../config.js';
import type { AssistElement } from '../internal/assist-element.js';
import type { TranslationKey } from '../i18n/strings.js';
import { openCallback } from './callback.js';
import type { AssistChatLauncher, ChatView } from './chat-launcher.component.js';
import { ChatLink, readSaved, type LinkHandlers, type Saved } from './chat-link.js';
import type { OfflineMessage } from './offline/offline-message.js';
import type { ratingView } from './rating-view.js';
import type { Suggestions } from './suggestions.js';
import type { Attachments } from '../internal/attachments/attachments.js';

/** What the controller uses of the element: its public side. */
export type LauncherHost = AssistElement & Pick<AssistChatLauncher, 'apiBase' | 'market' | 'token' | 'articleHref' | 'titleCount' | 'sound' | 'isOpen' | 'open' | 'close'>;

let instances = 0;

/** A phone number of each market, as the forms' example. */
const EXAMPLES: Record<string, string> = { SE: '+46 70 123 45 67', DE: '+49 151 1234 5678', GB: '+44 7700 900123', US: '+1 201 555 0123' };

/** What takes the keyboard in the panel. */
export const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * The launcher's state, the one object every view reads: the view on screen; the chat, with its live
 * link (stream and outbox, resumed after a reload) and the conversation as it arrives; the callback
 * form; the form on screen; and strings, formats and ids for the views.
 */
export class ChatController implements ReactiveController, LinkHandlers {
  /** The view on screen: `start` only without a chat, `chat` only with one. */
  view: ChatView = 'start';
  link: ChatLink | undefined;
  session: ChatSession | undefined;
  messages: ChatMessage[] = [];
  typing?: 'assistant' | 'agent' | null;
  /** The shopper asked to end the chat: the rating form shows. */
  closing?: boolean;
  /** The rating form (a lazy module, loaded when the chat ends or the shopper ends it). */
  rating: typeof ratingView | undefined;
  #rating: Promise<unknown> | undefined;
  /** The rating form was shown for this chat. */
  #ending = false;
  /** 0 until the chat is rated, then the rating (-1 when skipped). */
  rated = 0;
  notice?: TranslationKey | null;
  /** The message field holds what looks like a card number. */
  warn?: boolean;
  /** What the shopper verifies with, besides the order reference. */
  contactBy: 'email' | 'phone' = 'email';
  /** The verified shopper, with their own email and phone: the callback and message forms start with them. */
  shopper?: Shopper;
  /** The order reference the shopper verified with. */
  reference?: string;
  /** The offline message form (a lazy module, loaded when the shopper chooses to leave a message). */
  offline: OfflineMessage | undefined;
  /** The market's phone hours for a callback: undefined while loading, null when they could not be loaded. */
  availability: Availability | null | undefined;
  /** The phone hours on their way. */
  loadingHours: Promise<void> | undefined;
  /** The market date chosen for a callback, `YYYY-MM-DD`. */
  day = '';
  /** The callback just booked: set by the booking, cleared when the form opens again. */
  booked: Callback | undefined;
  /** Actions chosen and not yet confirmed: their buttons stay disabled. */
  readonly choosing = new Set<string>();
  /** The panel opened, or messages or typing changed: scroll to the newest after the render. */
  moved?: boolean;
  /** The form on screen (one at a time): which fields are wrong (`form`: the whole form), whether a request is on its way. */
  errors: Record<string, TranslationKey> = {};
  busy?: boolean;
  /** Help articles for what the shopper types, and the one read in the chat (a lazy module, loaded on the first input). */
  suggestions: Suggestions | undefined;
  #suggesting: Promise<unknown> | undefined;
  /** The files being attached and how messages show theirs: a lazy module, loaded by the panel when the shopper picks a file or a message has files (see composer-view.ts). */
  files: Attachments | undefined;
  filesModule: Promise<Attachments> | undefined;
  #presence: Promise<unknown> | undefined;
  /** Ids unique to this launcher on the page. */
  readonly uid = `assist-chat-${++instances}`;
  readonly i18n: LocalizeController;

  constructor(readonly host: LauncherHost) {
    this.i18n = new LocalizeController(host, chatLauncherStrings);
    host.addController(this);
  }

  get client(): AssistClient {
    return clientFor(this.host.apiBase);
  }

  get market(): 'SE' {
    return (this.host.market || getConfig().market || 'SE').toUpperCase() as 'SE';
  }

  get #key(): string {
    return `assist:chat:${this.client.baseUrl}`;
  }

  /** Answers from the assistant or an agent the shopper has not had on screen. */
  get unread(): number {
    const read = this.link?.saved.read ?? Infinity;
    return this.messages.filter((m) => m.author !== 'shopper' && m.sequence > read).length;
  }

  hostConnected(): void {
    const saved = readSaved(this.#key);
    if (saved) this.connect(saved);
  }

  hostDisconnected(): void {
    this.suggestions?.stop();
    this.link?.stop();
    this.link = undefined;
  }

  hostUpdated(): void {
    // Unread answers in the title or with a beep: a lazy module, loaded only for a launcher that asks for them.
    if ((this.host.titleCount || this.host.sound) && !this.#presence) {
      this.#presence = import('./presence.js').then(({ Presence }) => new Presence(this.host, this).hostUpdated());
    }
    const log = this.moved && this.host.renderRoot.querySelector('.log');
    if (log) log.scrollTo({ top: log.scrollHeight });
    this.moved = false;
  }

  /** Shows a view of the panel; `focus` moves the keyboard into it. */
  show(view: ChatView, focus = true): void {
    if (view === 'callback') openCallback(this);
    this.view = view;
    this.change();
    if (focus) void this.focus();
  }

  /** Something on screen changed (the chat link's outbox or connection, among others): render again. */
  change(): void {
    this.host.requestUpdate();
  }

  t(key: TranslationKey, values?: Record<string, string | number>): string {
    return this.i18n.t(key, { example: EXAMPLES[this.market] ?? EXAMPLES.SE!, ...values });
  }

  /**
   * A time in the shopper's time zone (by default a weekday and time, e.g. when agents are back), the
   * zone named when the market's clock shows another time then: one moment reads the same everywhere.
   */
  when(at: string | number, options: Intl.DateTimeFormatOptions = { weekday: 'short', hour: '2-digit', minute: '2-digit' }): string {
    const date = new Date(at);
    const own = this.i18n.date(date, options);
    const zone = this.availability?.timeZone;
    return zone && this.i18n.date(date, { ...options, timeZone: zone }) !== own ? this.i18n.date(date, { ...options, timeZoneName: 'short' }) : own;
  }

  /** Shows these errors (none: clears them). */
  fail(errors: Record<string, TranslationKey> = {}): void {
    this.errors = errors;
    this.change();
  }

  /** Marks the form busy while `task` runs. */
  async during<T>(task: () => Promise<T>): Promise<T> {
    this.busy = true;
    this.change();
    try {
      return await task();
    } finally {
      this.busy = false;
      this.change();
    }
  }

  /** After the next render, focuses what `selector` finds in the view, else the view's first control. */
  async focus(selector = '[data-autofocus]'): Promise<void> {
    await this.host.updateComplete;
    const view = this.host.renderRoot.querySelector('.body');
    (view?.querySelector<HTMLElement>(selector) ?? view?.querySelector<HTMLElement>(FOCUSABLE))?.focus();
  }

  /** The id of a field's control, unique on the page. */
  id(name: string): string {
    return `${this.uid}-${name}`;
  }

  /** A labelled field with its hint and its error. */
  field(name: string, label: string, input: TemplateResult, hint?: string): TemplateResult {
    const error = this.errors[name];
    return html`<div class="field">
      <label for=${this.id(name)}>${label}</label>
      ${hint ? html`<span class="hint" id=${this.id(`${name}-hint`)}>${hint}</span>` : nothing}
      ${input}
      ${error ? html`<span class="error" id=${this.id(`${name}-error`)}>${this.t(error)}</span>` : nothing}
    </div>`;
  }

  /** `aria-describedby` of a field: its hint and its error. */
  described(name: string, hint: boolean): string | typeof nothing {
    return [hint ? this.id(`${name}-hint`) : '', this.errors[name] ? this.id(`${name}-error`) : ''].join(' ').trim() || nothing;
  }

  /** `aria-invalid` of a field. */
  invalid(name: string): 'true' | 'false' {
    return this.errors[name] ? 'true' : 'false';
  }

  /** The message field changed: suggestions follow it, their module loaded when there is something to search. */
  suggest(field: HTMLTextAreaElement): void {
    if (this.suggestions) this.suggestions.type(field.value);
    else if (field.value.trim().length >= 3) {
      void (this.#suggesting ??= import('./suggestions.js').then(
        ({ Suggestions }) => (this.suggestions = new Suggestions(this, { searchHelp, getArticle })).type(field.value),
        () => (this.#suggesting = undefined),
      ));
    }
  }

  /**
   * Whether the rating form can show; loads it the first time. Once it shows, the conversation scrolls
   * to its end again: the form takes room, and the chat's last message (its resolution) stays in view.
   */
  rate(): boolean {
    this.moved ||= !this.#ending;
    this.#ending = true;
    void (this.#rating ??= import('./rating-view.js').then(
      (m) => {
        this.rating = m.ratingView;
        this.moved = true;
        this.change();
        // The shopper ended the chat: the keyboard goes to the form, as it would had it been loaded.
        if (this.closing) void this.focus();
      },
      () => (this.#rating = undefined),
    ));
    return !!this.rating;
  }

  /** The shopper chose to leave a message: its form is loaded now, the first time. */
  leave(): void {
    import('./offline/offline-message.js').then(
      (m) => m.open(this, sendOfflineMessage),
      () => {
        this.notice = 'common.offline';
        this.change();
      },
    );
  }

  /** What the shopper has on screen counts as read (not while an article covers the conversation). */
  read(): void {
    const saved = !this.suggestions?.article && this.link?.saved;
    const last = this.messages[this.messages.length - 1]?.sequence ?? 0;
    if (saved && last > saved.read) {
      saved.read = last;
      this.link!.save();
    }
  }

  connect(saved: Saved): void {
    const link = new ChatLink(this.#key, this.client.baseUrl, this.i18n.tag, saved, this);
    this.link = link;
    this.show('chat', false);
    link.start();
    if (!this.session) {
      void link.client.call(getChatSession, { params: { id: saved.id } }).then(
        (session) => this.link === link && this.event({ type: 'session', session }),
        (error: unknown) => error instanceof AssistApiError && (error.status === 401 || error.status === 404) && this.lost(),
      );
    }
  }

  /** The chat cannot be reached any more. */
  lost(): void {
    this.reset();
    this.notice = 'chatLauncher.expired';
  }

  /** Forgets the chat: the next one starts from the start view. */
  reset(focus = false): void {
    this.link?.forget();
    this.link = undefined;
    this.messages = [];
    this.session = undefined;
    this.typing = null;
    this.closing = false;
    this.rated = 0;
    this.shopper = undefined;
    this.#ending = false;
    this.notice = null;
    this.moved = true;
    this.show('start', focus);
  }

  /** A stream event, or a message or session the API answered with. */
  event(event: ChatEvent): void {
    this.change();
    if (event.type === 'message') {
      const message = event.message;
      // A message comes again (its send confirmed, then the stream): the newest copy stands.
      this.messages = [...this.messages.filter((m) => m.id !== message.id), message].sort((a, b) => a.sequence - b.sequence);
      this.moved = true;
      if (message.author === this.typing) this.typing = null;
      for (const action of message.actions) if (action.chosen) this.choosing.delete(action.id);
    } else if (event.type === 'typing') {
      this.typing = event.typing ? event.author : null;
      this.moved = true;
    } else {
      const before = this.session;
      const session = (this.session = event.session);
      const handed = session.status === 'queued' || session.status === 'agent';
      if (before && handed && (before.status === 'assistant' || before.sla.level !== session.sla.level)) {
        this.host.emit('assist-chat-escalated', { sessionId: session.id, ticketId: session.ticketId, level: session.sla.level, queuePosition: session.queue?.position ?? null });
      }
    }
  }

  /** Sends what the shopper wrote or chose, card numbers masked. */
  send(text: string, action?: { id: string; choice: string }, attachments?: Attachment[]): void {
    const link = this.link;
    if (!link) return;
    const { text: clean, redacted } = redactCardNumbers(text);
    const item = link.send(clean, action, attachments);
    this.host.emit('assist-chat-message-sent', { sessionId: link.saved.id, messageId: item.id, redacted, ...(action ? { action: action.id } : {}) });
  }
}
