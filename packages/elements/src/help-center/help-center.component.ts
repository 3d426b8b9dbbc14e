import type { Article, ArticleSummary, Availability, HelpCategory } from '@assist/contract';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { getConfig } from '../config.js';
import { clientFor } from '../internal/api.js';
import { AssistElement } from '../internal/assist-element.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { helpCenterStrings } from './strings/index.js';
import { controls } from '../styles/controls.js';
import { tokens } from '../styles/tokens.js';
import { styles } from './help-center.styles.js';
import { getArticle, getAvailability, listArticles, listCategories, sendArticleFeedback } from '@assist/contract/endpoints';
import type { ArticleView } from './article/article.js';

export type HelpView = { kind: 'home' } | { kind: 'category'; id: string } | { kind: 'article'; slug: string };
export type ContactChannel = 'chat' | 'callback' | 'phone';
type Load = 'loading' | 'ready' | 'error' | 'missing';

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

let instances = 0;

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
    history: { state: true },
    position: { state: true },
    categories: { state: true },
    articles: { state: true },
    homeLoad: { state: true },
    current: { state: true },
    articleLoad: { state: true },
    availability: { state: true },
  };

  /** Open this article first (its slug), e.g. from a link in an email. */
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

  private history: HelpView[] = [{ kind: 'home' }];
  private position = 0;
  private categories: HelpCategory[] = [];
  private articles: ArticleSummary[] = [];
  private homeLoad: Load = 'loading';
  private current: Article | undefined;
  private articleLoad: Load = 'loading';
  private availability: Availability | undefined;

  readonly #i18n = new LocalizeController(this, helpCenterStrings);
  readonly #uid = `assist-help-center-${++instances}`;
  #loadedLocale = '';
  #articleRequest = 0;
  /** The article view (article/article.ts), loaded with the first article. */
  #articleView: ArticleView | undefined;
  #articleModule: Promise<ArticleView> | undefined;

  get #view(): HelpView {
    return this.history[this.position]!;
  }

  get #client() {
    return clientFor(this.apiBase);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.article) this.history = [{ kind: 'home' }, { kind: 'article', slug: this.article }];
    this.position = this.history.length - 1;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.#i18n.locale !== this.#loadedLocale) {
      this.#loadedLocale = this.#i18n.locale;
      void this.#loadHome();
      if (this.#view.kind === 'article') void this.#loadArticle(this.#view.slug);
    }
    if ((changed.has('market') || !this.hasUpdated) && !this.noContact) void this.#loadAvailability();
    if (changed.has('article') && changed.get('article') !== undefined && this.article && this.#view.kind !== 'article') {
      this.#go({ kind: 'article', slug: this.article });
    }
  }

  /** Opens an article by slug, in place. */
  openArticle(slug: string): void {
    this.#go({ kind: 'article', slug });
    this.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }

  /** Back to the topics. */
  goHome(): void {
    this.#go({ kind: 'home' });
  }

  async #loadHome(): Promise<void> {
    this.homeLoad = 'loading';
    try {
      const [categories, articles] = await Promise.all([this.#client.call(listCategories, { query: { locale: this.#i18n.tag } }), this.#client.call(listArticles, { query: { locale: this.#i18n.tag } })]);
      this.categories = categories.categories;
      this.articles = articles.articles;
      this.homeLoad = 'ready';
    } catch {
      this.homeLoad = 'error';
    }
  }

  #loadArticleView(): Promise<ArticleView> {
    return (this.#articleModule ??= import('./article/article.js').then(
      async (module) => {
        const view = module.attach(this);
        await view.ready;
        return (this.#articleView = view);
      },
      (error: unknown) => {
        // Not kept: the next article (or Retry) loads it again.
        this.#articleModule = undefined;
        throw error;
      },
    ));
  }

  async #loadArticle(slug: string): Promise<void> {
    const request = ++this.#articleRequest;
    this.articleLoad = 'loading';
    try {
      const [article] = await Promise.all([
        this.#client.call(getArticle, { params: { slug }, query: { locale: this.#i18n.tag } }),
        this.#loadArticleView().then((view) => view.reset()),
      ]);
      if (request !== this.#articleRequest) return;
      this.current = article;
      this.articleLoad = 'ready';
    } catch (error) {
      if (request !== this.#articleRequest) return;
      this.articleLoad = (error as { status?: number }).status === 404 || (error as { status?: number }).status === 400 ? 'missing' : 'error';
    }
    await this.updateComplete;
    (this.shadowRoot?.getElementById(`${this.#uid}-heading`) as HTMLElement | null)?.focus();
  }

  async #loadAvailability(): Promise<void> {
    const market = (this.market || getConfig().market || 'SE').toUpperCase();
    try {
      this.availability = await this.#client.call(getAvailability, { query: { market: market as 'SE' } });
    } catch {
      this.availability = undefined;
    }
  }

  #go(view: HelpView): void {
    this.history = [...this.history.slice(0, this.position + 1), view];
    this.position = this.history.length - 1;
    this.#arrive();
  }

  #move(step: -1 | 1): void {
    const next = this.position + step;
    if (next < 0 || next >= this.history.length) return;
    this.position = next;
    this.#arrive();
  }

  #arrive(): void {
    const view = this.#view;
    if (view.kind === 'article') void this.#loadArticle(view.slug);
    else void this.updateComplete.then(() => (this.shadowRoot?.getElementById(`${this.#uid}-heading`) as HTMLElement | null)?.focus());
    this.emit('assist-help-navigate', {
      view: view.kind,
      ...(view.kind === 'category' ? { categoryId: view.id } : {}),
      ...(view.kind === 'article' ? { slug: view.slug } : {}),
    });
  }

  #onSearchSelect(event: CustomEvent<{ slug: string }>): void {
    event.preventDefault();
    this.#go({ kind: 'article', slug: event.detail.slug });
  }

  #contact(channel: ContactChannel, number?: string): void {
    this.emit('assist-contact-select', { channel, ...(number ? { number } : {}) });
    const slug = this.#view.kind === 'article' ? this.#view.slug : undefined;
    if (channel === 'chat') this.emit('assist-chat-request', { source: 'help-center', ...(slug ? { articleSlug: slug } : {}) });
    if (channel === 'callback') this.emit('assist-callback-request', { source: 'help-center', ...(slug ? { articleSlug: slug } : {}) });
  }

  #categoryTitle(id: string): string {
    return this.categories.find((c) => c.id === id)?.title ?? '';
  }

  #articleLink(summary: Pick<ArticleSummary, 'slug' | 'title'>) {
    return html`<a href="?article=${summary.slug}" dir="auto" @click=${(e: Event) => {
      e.preventDefault();
      this.#go({ kind: 'article', slug: summary.slug });
    }}>${summary.title}</a>`;
  }

  #renderNav(): TemplateResult | typeof nothing {
    const view = this.#view;
    if (view.kind === 'home') return nothing;
    const categoryId = view.kind === 'category' ? view.id : this.current?.categoryId;
    return html`<div class="hc__nav">
      <button type="button" class="button button--quiet" ?disabled=${this.position === 0} @click=${() => this.#move(-1)}>
        ${this.#i18n.t('common.back')}
      </button>
      ${this.position < this.history.length - 1
        ? html`<button type="button" class="button button--quiet" @click=${() => this.#move(1)}>${this.#i18n.t('common.forward')}</button>`
        : nothing}
      <nav aria-label=${this.#i18n.t('helpCenter.breadcrumbs')}>
        <ol class="crumbs">
          <li><button type="button" class="link" @click=${() => this.#go({ kind: 'home' })}>${this.#i18n.t('helpCenter.home')}</button></li>
          ${view.kind === 'article' && categoryId
            ? html`<li><button type="button" class="link" @click=${() => this.#go({ kind: 'category', id: categoryId })}>${this.#categoryTitle(categoryId)}</button></li>`
            : nothing}
          <li aria-current="page" dir="auto">${view.kind === 'category' ? this.#categoryTitle(view.id) : (this.current?.title ?? '')}</li>
        </ol>
      </nav>
    </div>`;
  }

  #renderStatus(load: Load, retry: () => void): TemplateResult {
    if (load === 'loading') return html`<p class="hc__muted" role="status">${this.#i18n.t('common.loading')}</p>`;
    if (load === 'missing') {
      return html`<div class="card" role="alert">
        <p>${this.#i18n.t('helpCenter.notFound')}</p>
        <button type="button" class="button button--quiet" @click=${() => this.#go({ kind: 'home' })}>${this.#i18n.t('helpCenter.allTopics')}</button>
      </div>`;
    }
    return html`<div class="card" role="alert">
      <p class="error">${this.#i18n.t('common.offline')}</p>
      <button type="button" class="button button--quiet" @click=${retry}>${this.#i18n.t('common.retry')}</button>
    </div>`;
  }

  #renderHome(): TemplateResult {
    const topics = this.categories.filter((c) => c.id !== 'more');
    const more = this.articles.filter((a) => a.categoryId === 'more');
    return html`
      <div class="hc__header">
        <h2 class="hc__title" id="${this.#uid}-heading" tabindex="-1">${this.#i18n.t('helpCenter.title')}</h2>
        <p class="hc__intro">${this.#i18n.t('helpCenter.intro')}</p>
      </div>
      <assist-faq-search
        part="search"
        exportparts="base: search-base, input: search-input, listbox: search-listbox, option: search-option, highlight: search-highlight"
        locale=${this.#i18n.tag}
        theme=${this.theme}
        api-base=${this.apiBase ?? nothing}
        @assist-article-select=${this.#onSearchSelect}
      ></assist-faq-search>
      ${this.homeLoad !== 'ready'
        ? this.#renderStatus(this.homeLoad, () => void this.#loadHome())
        : html`<section aria-labelledby="${this.#uid}-topics">
              <h3 id="${this.#uid}-topics" class="hc__subtitle">${this.#i18n.t('helpCenter.topics')}</h3>
              <ul class="topics">
                ${topics.map((category) => {
                  const list = this.articles.filter((a) => a.categoryId === category.id);
                  return html`<li class="topic" part="topic">
                    <h4 dir="auto">${category.title}</h4>
                    <p class="hc__muted" dir="auto">${category.description}</p>
                    <ul>
                      ${list.slice(0, 4).map((a) => html`<li>${this.#articleLink(a)}</li>`)}
                    </ul>
                    <button type="button" class="link" @click=${() => this.#go({ kind: 'category', id: category.id })}>
                      ${this.#i18n.t('helpCenter.articles', { count: category.articleCount })}: ${category.title}
                    </button>
                  </li>`;
                })}
              </ul>
            </section>
            ${more.length
              ? html`<section aria-labelledby="${this.#uid}-more">
                  <h3 id="${this.#uid}-more">${this.#i18n.t('helpCenter.moreWays')}</h3>
                  <ul class="articles">
                    ${more.map((a) => html`<li>${this.#articleLink(a)}</li>`)}
                  </ul>
                </section>`
              : nothing}`}
    `;
  }

  #renderCategory(id: string): TemplateResult {
    const category = this.categories.find((c) => c.id === id);
    if (this.homeLoad !== 'ready') return this.#renderStatus(this.homeLoad, () => void this.#loadHome());
    if (!category) return this.#renderStatus('missing', () => undefined);
    return html`<section class="card">
      <h2 class="hc__title" id="${this.#uid}-heading" tabindex="-1">${category.title}</h2>
      <p class="hc__muted">${category.description}</p>
      <ul class="articles">
        ${this.articles.filter((a) => a.categoryId === id).map((a) => html`<li>${this.#articleLink(a)}</li>`)}
      </ul>
    </section>`;
  }

  #renderArticle(slug: string): TemplateResult {
    const article = this.current;
    const view = this.#articleView;
    if (this.articleLoad !== 'ready' || !article || article.slug !== slug || !view) return this.#renderStatus(this.articleLoad, () => void this.#loadArticle(slug));
    return view.render({
      article,
      sendFeedback: (body) => this.#client.call(sendArticleFeedback, { params: { id: article.id }, body }),
      id: (name) => `${this.#uid}-${name}`,
      open: (s, e) => {
        e.preventDefault();
        this.#go({ kind: 'article', slug: s });
      },
      link: (summary) => this.#articleLink(summary),
    });
  }

  #renderContact(): TemplateResult | typeof nothing {
    if (this.noContact) return nothing;
    const phone = this.availability?.phone;
    const zone = this.availability?.timeZone;
    const time = (iso: string) => this.#i18n.date(iso, { weekday: 'short', hour: '2-digit', minute: '2-digit', ...(zone ? { timeZone: zone } : {}) });
    const clock = (iso: string) => this.#i18n.date(iso, { hour: '2-digit', minute: '2-digit', ...(zone ? { timeZone: zone } : {}) });
    // Opening hours are wall-clock times of the market: format them in the shopper's convention.
    const wall = (hhmm: string) => {
      const [h, m] = hhmm.split(':').map(Number) as [number, number];
      return this.#i18n.date(new Date(Date.UTC(2000, 0, 1, h, m)), { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
    };
    return html`<section class="card" part="contact" aria-labelledby="${this.#uid}-contact">
      <h3 id="${this.#uid}-contact">${this.#i18n.t('helpCenter.contactTitle')}</h3>
      <div class="contact">
        <div class="contact__option">
          <button type="button" class="button" @click=${() => this.#contact('chat')}>${this.#i18n.t('helpCenter.chat')}</button>
          <p>${this.#i18n.t('helpCenter.chatHint')}</p>
        </div>
        <div class="contact__option">
          <button type="button" class="button button--quiet" @click=${() => this.#contact('callback')}>${this.#i18n.t('helpCenter.callback')}</button>
          <p>${this.#i18n.t('helpCenter.callbackHint')}</p>
        </div>
        ${phone
          ? html`<div class="contact__option">
              ${phone.numbers.map(
                (n) => html`<a class="button button--quiet" href=${n.tel} @click=${() => this.#contact('phone', n.number)}>
                  ${this.#i18n.t('helpCenter.phone')}: <span dir="ltr">&nbsp;${n.number}</span>
                </a>`,
              )}
              <p class=${phone.open ? 'status--open' : ''}>
                ${phone.open && phone.closesAt
                  ? this.#i18n.t('helpCenter.openUntil', { time: clock(phone.closesAt) })
                  : phone.nextOpening
                    ? this.#i18n.t('helpCenter.closedOpens', { time: time(phone.nextOpening) })
                    : ''}
              </p>
              <p>
                ${phone.today
                  ? this.#i18n.t('helpCenter.hoursToday', { opens: wall(phone.today.opens), closes: wall(phone.today.closes) })
                  : this.#i18n.t('helpCenter.closedToday')}
              </p>
            </div>`
          : nothing}
      </div>
    </section>`;
  }

  override render() {
    const view = this.#view;
    return html`<div class="hc" part="base">
      ${this.#renderNav()}
      ${view.kind === 'home' ? this.#renderHome() : view.kind === 'category' ? this.#renderCategory(view.id) : this.#renderArticle(view.slug)}
      ${this.#renderContact()}
    </div>`;
  }
}
