import type { Availability } from '@assist/contract';
import { html, nothing, type PropertyValues } from 'lit';
import { onConfigChange } from '../config.js';
import { AssistElement } from '../internal/assist-element.js';
import { controls } from '../styles/controls.js';
import { tokens } from '../styles/tokens.js';
import { styles } from './help-center.styles.js';
import { contactView } from './contact.view.js';
import { NavigationController } from './navigation.controller.js';
import { articlePage, categoryView, homeView } from './topics.view.js';

export type HelpView = { kind: 'home' } | { kind: 'category'; id: string } | { kind: 'article'; slug: string };
export type ContactChannel = 'chat' | 'callback' | 'phone';

declare module '../events.js' {
  interface AssistEventMap {
    /** The shopper moved within the help center. */
    'assist-help-navigate': CustomEvent<{ view: HelpView['kind']; categoryId?: string; slug?: string }>;
    /** The shopper said whether an article helped. */
    'assist-article-feedback': CustomEvent<{ articleId: string; slug: string; helpful: boolean; reason?: string }>;
    /** The shopper chose a way to contact support. */
    'assist-contact-select': CustomEvent<{ channel: ContactChannel; number?: string }>;
    /** The shopper asked to be called back. */
    'assist-callback-request': CustomEvent<{ source: string; articleSlug?: string }>;
  }
}

/**
 * @summary The provider's help pages inside the merchant's site: search, topics, articles, feedback and contact options.
 *
 * @event assist-help-navigate - Home, a topic or an article was opened; `detail: { view, categoryId?, slug? }`.
 * @event assist-article-select - Re-emitted from the embedded search before the article opens in place.
 * @event assist-article-feedback - "Was this helpful?" was answered; `detail: { articleId, slug, helpful, reason? }`.
 * @event assist-contact-select - A contact option was chosen; `detail: { channel, number? }`.
 * @event assist-chat-request - "Chat with us" was chosen; `detail: { source, articleSlug? }`.
 * @event assist-callback-request - "Request a callback" was chosen; `detail: { source, articleSlug? }`.
 *
 * @csspart base - The wrapper.
 * @csspart search - The embedded `<assist-faq-search>` (its parts are exported as `search-*`).
 * @csspart topic - A topic card on the home view.
 * @csspart article - The article body.
 * @csspart contact - The contact options.
 *
 * @cssproperty --assist-color-accent - Links and buttons.
 * @cssproperty --assist-color-surface - Background.
 * @cssproperty --assist-color-border - Card borders.
 * @cssproperty --assist-radius - Corner radius.
 */
export class AssistHelpCenter extends AssistElement {
  static override styles = [tokens, controls, styles];

  static override properties = {
    article: { reflect: true },
    locale: { reflect: true },
    market: { reflect: true },
    apiBase: { attribute: 'api-base' },
    theme: { reflect: true },
    noContact: { type: Boolean, attribute: 'no-contact' },
    urlParam: { attribute: 'url-param' },
  };

  /** The article to show (its slug): first, e.g. from a link in an email, or at once when set later. */
  article?: string;
  /** Language; defaults to `lang`, then `<html lang>`. */
  locale?: string;
  /** Market for phone numbers and hours: SE, DE, GB or US. */
  market?: string;
  /** Where the Assist API lives; defaults to the SDK configuration. */
  apiBase?: string;
  /** `light`, `dark` or `auto`. */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** Hide the contact options (when the page shows its own). */
  noContact = false;
  /**
   * The query parameter that holds the open article in the page URL (`assist-article` unless set): read at start,
   * written as the shopper opens articles, with the page's Back and Forward; an article in the URL wins over `article`.
   * `none` leaves the page URL and history alone (two help centers on one page: give each its own name, or `none`).
   */
  urlParam?: string;

  readonly #nav = new NavigationController(this);
  /**
   * The phone hours stay current without polling: they load again a moment after they change (the
   * phones open or close, the market's day turns), when the page is shown again after being hidden (the
   * clock may have moved meanwhile), and when the SDK configuration (the market) changes. One timer at
   * a time, set from the API's clock, so a moved mock clock is followed too.
   */
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The hours the timer was set for. */
  #planned: Availability | undefined;
  #unsubscribe: (() => void) | undefined;
  readonly #reload = () => void (this.noContact || this.#nav.loadAvailability());
  readonly #shown = () => void (document.visibilityState === 'visible' && this.#reload());

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#shown);
    this.#unsubscribe = onConfigChange(this.#reload);
    // Back on the page after being taken off it: the hours may have changed meanwhile.
    if (this.#planned) {
      this.#planned = undefined;
      this.#reload();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#shown);
    this.#unsubscribe?.();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('market') || !this.hasUpdated) && !this.noContact) void this.#nav.loadAvailability();
    const view = this.#nav.view;
    if (changed.has('article') && this.hasUpdated && this.article && !(view.kind === 'article' && view.slug === this.article)) {
      this.#nav.go({ kind: 'article', slug: this.article });
    }
  }

  protected override updated(): void {
    const a = this.#nav.availability;
    if (!a || a === this.#planned) return;
    this.#planned = a;
    clearTimeout(this.#timer);
    const now = Date.parse(a.now);
    // The next midnight in the market's time zone ("today's hours" change), or sooner when the phones open or close.
    const [h = 0, m = 0, sec = 0] = new Intl.DateTimeFormat('en-GB', { timeZone: a.timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .format(now)
      .split(':')
      .map(Number);
    const changes = [a.phone.closesAt, a.phone.nextOpening].map((at) => (at ? Date.parse(at) - now : 0)).filter((ms) => ms > 0);
    // A second past the change, so the API answers from its far side.
    this.#timer = setTimeout(this.#reload, Math.min(864e5 - ((h * 60 + m) * 60 + sec) * 1000, ...changes) + 1000);
  }

  /** Opens an article by slug, in place. */
  openArticle(slug: string): void {
    this.#nav.go({ kind: 'article', slug });
    this.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }

  /** Back to the topics. */
  goHome(): void {
    this.#nav.go({ kind: 'home' });
  }

  override render() {
    const nav = this.#nav;
    const view = nav.view;
    return html`<div class="hc" part="base">
      ${nav.navView?.(nav)}
      ${
        view.kind === 'home'
          ? homeView(
              nav,
              html`<assist-faq-search
              part="search"
              exportparts="base: search-base, input: search-input, listbox: search-listbox, option: search-option, highlight: search-highlight, show-all: search-show-all"
              locale=${nav.i18n.tag}
              theme=${this.theme}
              api-base=${this.apiBase ?? nothing}
              @assist-article-select=${(event: CustomEvent<{ slug: string }>) => {
                event.preventDefault();
                nav.go({ kind: 'article', slug: event.detail.slug });
              }}
            ></assist-faq-search>`,
            )
          : view.kind === 'category'
            ? categoryView(nav, view.id)
            : articlePage(nav, view.slug)
      }
      ${this.noContact ? nothing : contactView(nav)}
    </div>`;
  }
}
