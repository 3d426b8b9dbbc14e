import type { ChatAction, ChatEvent, ChatMessage, ChatSession } from '@assist/contract';
import { containsCardNumber, redactCardNumbers } from '@assist/contract/redact';
import { escalateChat, getChatSession, getTranscript, rateChat } from '@assist/contract/endpoints';
import { AssistApiError, type AssistClient } from '@assist/client';
import type { ReactiveController } from 'lit';
import { getConfig } from '../config.js';
import { clientFor } from '../internal/api.js';
import type { AssistElement } from '../internal/assist-element.js';
import type { TranslationKey } from '../i18n/strings.js';
import type { AssistChatLauncher, ChatView } from './chat-launcher.component.js';
import { ChatLink, readSaved, type Saved } from './chat-link.js';
import type { Ui } from './ui.js';

/** What the controllers use of the element: its public side. */
export type LauncherHost = AssistElement & Pick<AssistChatLauncher, 'apiBase' | 'market' | 'token' | 'articleHref' | 'isOpen' | 'open' | 'close'>;

/** Shows a view of the panel; `focus` moves the keyboard into it. */
export type Show = (view: ChatView, focus?: boolean) => void;

export const clientOf = (host: LauncherHost): AssistClient => clientFor(host.apiBase);

export const marketOf = (host: LauncherHost) => (host.market || getConfig().market || 'SE').toUpperCase() as 'SE';

/** Scrolls the conversation to its newest message. */
export const scrollLog = (host: LauncherHost): void => {
  const log = host.renderRoot.querySelector('.log');
  log?.scrollTo({ top: log.scrollHeight });
};

/**
 * The chat of a launcher: its live link (stream and outbox, resumed after a reload), the
 * conversation as it arrives, and what the shopper does in it: write, choose on a card, ask for a
 * person, save the transcript, end and rate.
 */
export class ChatController implements ReactiveController {
  link: ChatLink | undefined;
  session: ChatSession | undefined;
  messages: ChatMessage[] = [];
  typing: 'assistant' | 'agent' | null = null;
  /** The shopper asked to end the chat: the rating form shows. */
  closing = false;
  /** 0 until the chat is rated, then the rating (-1 when skipped). */
  rated = 0;
  notice: TranslationKey | null = null;
  /** The message field holds what looks like a card number. */
  warn = false;
  /** What the shopper verifies with, besides the order reference. */
  contactBy: 'email' | 'phone' = 'email';
  readonly #host: LauncherHost;
  readonly #ui: Ui;
  readonly #show: Show;
  readonly #byId = new Map<string, ChatMessage>();
  /** Actions chosen and not yet confirmed: their buttons stay disabled. */
  readonly #choosing = new Set<string>();
  /** Messages or typing changed: scroll to the newest after the render. */
  #moved = false;

  constructor(host: LauncherHost, ui: Ui, show: Show) {
    this.#host = host;
    this.#ui = ui;
    this.#show = show;
    host.addController(this);
  }

  get key(): string {
    return `assist:chat:${clientOf(this.#host).baseUrl}`;
  }

  /** Answers from the assistant or an agent the shopper has not had on screen. */
  get unread(): number {
    const read = this.link?.saved.read ?? Infinity;
    return this.messages.filter((m) => m.author !== 'shopper' && m.sequence > read).length;
  }

  hostConnected(): void {
    const saved = readSaved(this.key);
    if (saved && !this.link) this.connect(saved);
  }

  hostDisconnected(): void {
    this.link?.stop();
    this.link = undefined;
  }

  hostUpdated(): void {
    if (this.#moved) scrollLog(this.#host);
    this.#moved = false;
  }

  /** What the shopper has on screen counts as read. */
  read(): void {
    const saved = this.link?.saved;
    const last = this.messages[this.messages.length - 1]?.sequence ?? 0;
    if (saved && last > saved.read) {
      saved.read = last;
      this.link!.save();
    }
  }

  connect(saved: Saved): void {
    const link = new ChatLink(this.key, clientOf(this.#host).baseUrl, this.#ui.i18n.tag, saved, {
      event: (event) => this.#onEvent(event),
      change: () => this.#host.requestUpdate(),
      lost: () => this.#lost(),
    });
    this.link = link;
    this.#show('chat', false);
    link.start();
    if (!this.session) {
      void link.client.call(getChatSession, { params: { id: saved.id } }).then(
        (session) => this.link === link && this.#onEvent({ type: 'session', session }),
        (error: unknown) => error instanceof AssistApiError && (error.status === 401 || error.status === 404) && this.#lost(),
      );
    }
  }

  #lost(): void {
    this.reset();
    this.notice = 'chatLauncher.expired';
  }

  /** Forgets the chat: the next one starts from the start view. */
  reset(): void {
    this.link?.forget();
    this.link = undefined;
    this.#byId.clear();
    this.messages = [];
    this.session = undefined;
    this.typing = null;
    this.closing = false;
    this.rated = 0;
    this.notice = null;
    this.#moved = true;
    this.#show('start', false);
    this.#host.requestUpdate();
  }

  #onEvent(event: ChatEvent): void {
    this.#host.requestUpdate();
    if (event.type === 'message') {
      const message = event.message;
      this.#byId.set(message.id, message);
      this.messages = [...this.#byId.values()].sort((a, b) => a.sequence - b.sequence);
      this.#moved = true;
      if (message.author === this.typing) this.typing = null;
      for (const action of message.actions) if (action.chosen) this.#choosing.delete(action.id);
    } else if (event.type === 'typing') {
      this.typing = event.typing ? event.author : null;
      this.#moved = true;
    } else {
      const before = this.session;
      this.session = event.session;
      const handed = event.session.status === 'queued' || event.session.status === 'agent';
      if (before && handed && (before.status === 'assistant' || before.sla.level !== event.session.sla.level)) {
        this.#host.emit('assist-chat-escalated', {
          sessionId: event.session.id,
          ticketId: event.session.ticketId,
          level: event.session.sla.level,
          queuePosition: event.session.queue?.position ?? null,
        });
      }
    }
  }

  /** Whether an action's buttons can no longer be pressed. */
  settled(action: ChatAction): boolean {
    return action.chosen !== null || this.#choosing.has(action.id) || this.session?.status === 'ended';
  }

  #send(text: string, action?: { id: string; choice: string }): void {
    const link = this.link;
    if (!link) return;
    const { text: clean, redacted } = redactCardNumbers(text);
    const item = link.send(clean, action);
    this.#host.emit('assist-chat-message-sent', { sessionId: link.saved.id, messageId: item.id, redacted, ...(action ? { action: action.id } : {}) });
  }

  /** The composer was sent (its button, or Enter). */
  submit = (event: Event): void => {
    event.preventDefault();
    const field = this.#host.renderRoot.querySelector<HTMLTextAreaElement>('.composer textarea')!;
    const text = field.value.trim();
    if (!text) return;
    this.#send(text.slice(0, 4000));
    field.value = '';
    this.warn = false;
    this.#host.requestUpdate();
  };

  keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) this.submit(event);
  };

  input = (event: Event): void => {
    this.warn = containsCardNumber((event.target as HTMLTextAreaElement).value);
    this.#host.requestUpdate();
  };

  choose(action: ChatAction, choice: ChatAction['choices'][number]): void {
    if (action.kind === 'request_verification') {
      this.reset();
      return this.#show('start');
    }
    if (action.kind === 'request_callback') return this.#show('callback');
    this.#choosing.add(action.id);
    this.#send(choice.label, { id: action.id, choice: choice.id });
    // The chosen buttons are disabled now: keep the keyboard in the conversation.
    this.#show('chat');
  }

  /** The shopper wants to end the chat: the rating form. */
  end = (): void => {
    this.closing = true;
    this.#show('chat');
  };

  escalate = async (): Promise<void> => {
    const link = this.link;
    if (!link) return;
    await this.#ui.during(async () => {
      try {
        this.#onEvent({ type: 'session', session: await link.client.call(escalateChat, { params: { id: link.saved.id }, body: { reason: 'shopper_request' } }) });
        this.#show('chat');
      } catch {
        this.notice = 'common.error';
      }
    });
  };

  article(event: Event, article: { slug: string; title: string }): void {
    if (!this.#host.emit('assist-article-select', { slug: article.slug, id: '', title: article.title, query: '' }, { cancelable: true })) {
      event.preventDefault();
      return;
    }
    const helpCenter = document.querySelector('assist-help-center') as (HTMLElement & { openArticle?(slug: string): void }) | null;
    if (helpCenter?.openArticle) {
      event.preventDefault();
      this.#host.close();
      helpCenter.openArticle(article.slug);
    }
  }

  transcript = async (): Promise<void> => {
    const link = this.link;
    if (!link) return;
    try {
      const { session, messages } = await link.client.call(getTranscript, { params: { id: link.saved.id } });
      const t = (key: TranslationKey, values?: Record<string, string>) => this.#ui.t(key, values);
      const when = (iso: string) => this.#ui.i18n.date(iso, { dateStyle: 'short', timeStyle: 'short' });
      const lines = [t('chatLauncher.transcriptTitle', { id: session.ticketId }), when(session.createdAt), ''];
      for (const m of messages) lines.push(`[${when(m.createdAt)}] ${t(m.author === 'shopper' ? 'chatLauncher.you' : `chatLauncher.${m.author}`)}: ${m.text}`);
      const url = URL.createObjectURL(new Blob([lines.join('\n') + '\n'], { type: 'text/plain;charset=utf-8' }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `chat-${session.ticketId}.txt`;
      anchor.hidden = true;
      this.#host.renderRoot.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      this.notice = 'chatLauncher.transcriptSaved';
    } catch {
      this.notice = 'common.error';
    }
    this.#host.requestUpdate();
  };

  async rate(event: Event, skip: boolean): Promise<void> {
    event.preventDefault();
    const link = this.link;
    if (!link) return;
    const data = new FormData(this.#host.renderRoot.querySelector<HTMLFormElement>('.rating')!);
    const rating = Number(data.get('rating'));
    const comment = String(data.get('comment') ?? '').trim();
    if (!skip) {
      if (!rating) {
        this.#ui.fail({ rating: 'chatLauncher.errRating' });
        return this.#ui.focus('.rating input');
      }
      const sent = await this.#ui.during(async () => {
        try {
          await link.client.call(rateChat, { params: { id: link.saved.id }, body: { rating, ...(comment ? { comment: comment.slice(0, 1000) } : {}) } });
          this.#host.emit('assist-chat-rated', { sessionId: link.saved.id, rating, comment: comment !== '' });
          return true;
        } catch {
          this.#ui.fail({ rating: 'common.error' });
          return false;
        }
      });
      if (!sent) return;
    }
    this.#ui.fail();
    this.rated = skip ? -1 : rating;
    link.forget();
    this.#show('chat');
  }
}
