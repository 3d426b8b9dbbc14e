import { html, nothing, type PropertyValues } from 'lit';
import { AssistElement } from '../internal/assist-element.js';
import { controls } from '../styles/controls.js';
import { tokens } from '../styles/tokens.js';
import { styles } from './help-center.styles.js';
import { contactView } from './contact.view.js';
import type { phoneView } from './contact.hours.js';
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
  /** Keeps the phone hours current once they show, and renders them (see contact.hours.ts). */
  #hours: Promise<void> | undefined;
  #phone: typeof phoneView | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('market') || !this.hasUpdated) && !this.noContact) void this.#nav.loadAvailability();
    const view = this.#nav.view;
    if (changed.has('article') && this.hasUpdated && this.article && !(view.kind === 'article' && view.slug === this.article)) {
      this.#nav.go({ kind: 'article', slug: this.article });
    }
  }

  protected override updated(): void {
    if (this.#nav.availability && !this.#hours) {
      this.#hours = import('./contact.hours.js').then((m) => {
        m.keepHoursCurrent(this, this.#nav);
        this.#phone = m.phoneView;
        this.requestUpdate();
      });
    }
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
      ${this.noContact ? nothing : contactView(nav, nav.availability && this.#phone?.(nav, nav.availability))}
    </div>`;
  }
}
