import type { PropertyValues } from 'lit';
// Import order is bundle order: the styles, then (through the controller) the strings, then the code
// that repeats their class names and keys. Measured: about 170 B gzip less than with both in the middle.
import { styles } from './chat-launcher.styles.js';
import { AssistElement } from '../internal/assist-element.js';
import { html, nothing, svg } from 'lit';
import { ChatController } from './chat-controller.js';
import { PanelController } from './panel-controller.js';
import { controls } from '../styles/controls.js';
import { tokens } from '../styles/tokens.js';

export type ChatView = 'start' | 'chat' | 'callback' | 'booked' | 'message';

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
    /** A message was left for support while no agent was available. */
    'assist-offline-message-sent': CustomEvent<{ reference: string; sessionId: string | null }>;
    /** A callback was booked. */
    'assist-callback-requested': CustomEvent<{ reference: string; callbackId: string; topic: string; window: { start: string; end: string }; sessionId: string | null }>;
  }
}

type PanelViews = typeof import('./panel.js');
let views: PanelViews | undefined;
let loadingViews: Promise<PanelViews> | undefined;
/** The panel's views: one download, shared by every launcher of the page, started on intent; after a failed download, the next intent tries again. */
const loadViews = (): Promise<PanelViews> =>
  (loadingViews ??= import('./panel.js').then(
    (m) => (views = m),
    (error: unknown) => {
      loadingViews = undefined;
      throw error;
    },
  ));

const chatIcon = svg`<path d="M4 4h16v12H8l-4 4z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`;

/**
 * @summary A chat button for the corner of the page and the chat panel it opens: verification, the
 * assistant with confirmed actions, handoff to a person, callbacks, transcript and rating. When no agent
 * is available, the shopper can leave a message instead: support answers it by email, with a copy to
 * the shopper. While the
 * shopper types, help articles that may answer the question are suggested under the message field
 * (Down arrow at the end of the text reaches them, Escape closes them, Enter in the field still sends)
 * and open inside the chat; a text that may hold a card number is never searched. The assistant and
 * agents show when they are typing; answers that arrive while the panel is closed are counted on the
 * button and, when asked for, in the page title (`title-count`) and with a short beep (`sound`). The shopper can attach
 * photos or a PDF receipt to a message (the attach button, or dropped on the message field), and sees the files an agent
 * sends; the code for it loads when a file is first picked or a message with files arrives.
 *
 * @event assist-chat-open - The panel opened; `detail: { view, sessionId }`.
 * @event assist-chat-close - The panel closed; `detail: { sessionId }`.
 * @event assist-chat-started - A chat started; `detail: { sessionId, ticketId, verified }`.
 * @event assist-chat-message-sent - A message was sent; `detail: { sessionId, messageId, redacted, action? }`.
 * @event assist-chat-escalated - The chat went to a person; `detail: { sessionId, ticketId, level, queuePosition }`.
 * @event assist-chat-rated - The chat was rated; `detail: { sessionId, rating, comment }`.
 * @event assist-callback-requested - A callback was booked; `detail: { reference, callbackId, topic, window, sessionId }`.
 * @event assist-offline-message-sent - A message was left for support while no agent was available; `detail: { reference, sessionId }`.
 * @event assist-article-select - An article was chosen (cancelable): one the assistant answered with (`detail: { slug, title }`, `id` and `query` empty), or one suggested while typing (`detail: { slug, id, title, query }`; it opens in the chat).
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
    titleCount: { type: Boolean, attribute: 'title-count' },
    sound: { type: Boolean },
    shown: { state: true },
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
  /** Show the number of unread answers in the document title while the panel is closed, e.g. `(2) Checkout`. */
  titleCount = false;
  /** Play a short beep when an answer arrives while the panel is closed (only after the shopper has interacted with the page). */
  sound = false;

  private shown = false;

  readonly #c = new ChatController(this);
  readonly #panel = new PanelController(this);

  /** Whether the panel is open. */
  get isOpen(): boolean {
    return this.shown;
  }

  /** While the panel is open but its views are still loading, `updateComplete` waits for them and the render that shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.shown || views) return done;
    try {
      await loadViews();
    } catch {
      return done;
    }
    this.requestUpdate();
    return super.getUpdateComplete();
  }

  /** The panel's views could not be downloaded: the panel says so and offers to try again. */
  #viewsFailed = false;

  #loadViews(): void {
    this.#viewsFailed = false;
    void loadViews().then(
      () => this.requestUpdate(),
      () => {
        this.#viewsFailed = true;
        this.requestUpdate();
      },
    );
  }

  /** The shopper is about to open the panel (pointer, focus, touch): start loading its views. */
  readonly #intent = { handleEvent: (): void => void loadViews().catch(() => undefined), passive: true };

  protected override willUpdate(changed: PropertyValues): void {
    if (this.shown && this.#c.view === 'chat') this.#c.read();
    if (changed.has('offset')) {
      const [block, inline = ''] = (this.offset ?? '').trim().split(/\s+/);
      for (const [name, value] of [
        ['--_ob', block],
        ['--_oi', inline],
      ] as const) {
        if (value && CSS.supports('inset-block-end', value)) this.style.setProperty(name, value);
        else this.style.removeProperty(name);
      }
    }
  }

  /** Opens the panel: the conversation, or a view of it (`callback` for the callback form). */
  open(options: { view?: 'chat' | 'callback' } = {}): void {
    const c = this.#c;
    if (options.view === 'callback') c.show('callback', false);
    else if (!this.shown || options.view === 'chat') c.show(c.link ? 'chat' : 'start', false);
    if (!views) this.#loadViews();
    if (!this.shown) {
      this.shown = true;
      c.moved = true;
      this.emit('assist-chat-open', { view: c.view, sessionId: c.session?.id ?? null });
    }
    void c.focus();
  }

  /** Closes the panel and returns focus to the launcher. The chat goes on in the background. */
  close(): void {
    if (!this.shown) return;
    this.shown = false;
    this.emit('assist-chat-close', { sessionId: this.#c.session?.id ?? null });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.launcher')?.focus());
  }

  /** Signs the shopper in with a merchant-signed token; the next chat starts verified. */
  identify(token: string): void {
    this.token = token;
  }

  override render() {
    const c = this.#c;
    const session = c.session;
    const unread = c.unread;
    const title = c.id('title');
    return html`
      <button type="button" class="launcher ${this.#panel.dodge ? 'launcher--dodge' : ''}" part="launcher" aria-haspopup="dialog" aria-expanded=${this.shown ? 'true' : 'false'}
        @pointerenter=${this.#intent} @focus=${this.#intent} @touchstart=${this.#intent} @click=${() => (this.shown ? this.close() : this.open())}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">${chatIcon}</svg>
        <span class="launcher__label" part="label">${c.t('chatLauncher.launcher')}</span>
        ${
          unread
            ? html`<span class="badge" part="badge"><span class="visually-hidden">${c.t('chatLauncher.unread', { count: unread })}</span><span aria-hidden="true">${unread}</span></span>`
            : nothing
        }
      </button>
      ${
        this.shown
          ? // Escape closes the dialog from the keyboard (on the panel); the backdrop is a pointer convenience.
            // eslint-disable-next-line lit-a11y/click-events-have-key-events
            html`<div class="backdrop" part="backdrop" @click=${() => this.close()}></div>
            <div class="panel" part="panel" role="dialog" aria-modal="true" aria-labelledby=${title} @keydown=${this.#panel}>
              <header class="header" part="header">
                <h2 id=${title}>${c.t('chatLauncher.title')}</h2>
                <button type="button" class="close" aria-label=${c.t('chatLauncher.close')} @click=${() => this.close()}>✕</button>
                ${
                  session
                    ? html`<p class="ticket"><span>${c.t('chatLauncher.ticket', { id: session.ticketId })}</span>
                      ${
                        // In the queue, the expected wait says when a person answers: no second, different time.
                        session.status === 'queued' && session.queue ? nothing : html`<span>${c.t('chatLauncher.sla', { time: c.when(session.sla.expectedResolutionBy) })}</span>`
                      }</p>`
                    : nothing
                }
              </header>
              <div class="body" aria-busy=${views ? 'false' : 'true'}>${
                !views
                  ? this.#viewsFailed
                    ? html`<p class="error" role="alert">${c.t('common.offline')}</p>
                          <button type="button" data-autofocus @click=${() => this.#loadViews()}>${c.t('common.retry')}</button>`
                    : html`<p role="status">${c.t('common.loading')}</p>`
                  : c.view === 'chat'
                    ? views.conversationView(c)
                    : c.view === 'start'
                      ? views.verifyView(c)
                      : c.view === 'message'
                        ? c.offline?.render()
                        : views.callbackView(c)
              }</div>
            </div>`
          : nothing
      }
    `;
  }
}
