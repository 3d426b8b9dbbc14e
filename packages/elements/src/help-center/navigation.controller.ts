import type { Article, ArticleSummary, Availability, HelpCategory } from '@assist/contract';
import { getArticle, getAvailability, listArticles, listCategories } from '@assist/contract/endpoints';
import type { ReactiveController } from 'lit';
import { clientFor, getConfig } from '../config.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { ArticleView, navView, topicView } from './article/article.js';
import type { UrlSync } from './article/url.js';
import type { AssistHelpCenter, ContactChannel, HelpView } from './help-center.component.js';
import { helpCenterStrings } from './strings/index.js';

export type Load = 'loading' | 'ready' | 'error' | 'missing';

let instances = 0;
/** How many questions the home view lists under each topic. */
export const HOME_ARTICLES = 3;

/**
 * Where the shopper is in the help center (home, a topic, an article) with its own back and forward
 * history, and what each view shows, from the API: the topics and their articles, the open article
 * and the market's phone hours. Every move is announced (`assist-help-navigate`) and moves the focus to
 * the new heading, once an article is there. The article view (article/article.ts, with the Back and
 * breadcrumbs bar of every view past home) loads with the first topic or article, in parallel with its
 * request, so the home view carries none of it. The open article is
 * read from the page URL at start (`?assist-article=slug`); writing it there, with the page's Back and
 * Forward, comes with the article view (article/url.ts).
 */
export class NavigationController implements ReactiveController {
  /** Prefix of the ids in the element's shadow root, unique on the page. */
  readonly uid = `assist-help-center-${++instances}`;
  history: HelpView[] = [{ kind: 'home' }];
  position = 0;
  /** The topics, each with links to its first articles (what the home view lists). */
  categories: HelpCategory[] = [];
  homeLoad: Load = 'loading';
  /** The open topic's articles (the category view), and for which topic they are. */
  topic: { id: string; articles: ArticleSummary[] } | undefined;
  topicLoad: Load = 'loading';
  /** The open article. */
  current: Article | undefined;
  articleLoad: Load = 'loading';
  availability: Availability | undefined;
  /** The article view, once loaded. */
  articleView: ArticleView | undefined;
  /** The Back, Forward and breadcrumbs bar of the views past home, loaded with the article view. */
  navView: typeof navView | undefined;
  /** A topic's page, from the article view's module (a topic loads it with its articles). */
  topicView: typeof topicView | undefined;
  readonly host: AssistHelpCenter;
  readonly i18n: LocalizeController;
  #articleRequest = 0;
  #topicRequest = 0;
  #locale = '';
  #articleModule: Promise<ArticleView> | undefined;
  /** The view the help center started at: it shares the page's history entry it started in. */
  start: HelpView | undefined;
  /** The help center's history in the page's (URL, Back and Forward), once the article view is there. */
  sync: UrlSync | undefined;

  constructor(host: AssistHelpCenter) {
    this.host = host;
    this.i18n = new LocalizeController(host, helpCenterStrings);
    host.addController(this);
  }

  /** Starts at the article of the page URL or of the `article` attribute (a deep link), with the home view behind it. */
  hostConnected(): void {
    const slug = (this.param && new URLSearchParams(location.search).get(this.param)) || this.host.article;
    if (slug) this.history = [{ kind: 'home' }, { kind: 'article', slug }];
    this.position = this.history.length - 1;
    this.start = this.view;
    this.sync?.listen(true);
  }

  hostDisconnected(): void {
    this.sync?.listen(false);
  }

  /** The query parameter of the open article in the page URL; empty when the help center leaves the URL alone (`url-param="none"`). */
  get param(): string {
    const name = this.host.urlParam;
    return name === 'none' ? '' : name || 'assist-article';
  }

  /** The page URL that opens an article. */
  href(slug: string): string {
    const url = new URL(location.href);
    url.searchParams.set(this.param || 'assist-article', slug);
    return url.href;
  }

  /** A new language loads the content shown again. */
  hostUpdate(): void {
    this.loadContent();
  }

  /** Loads what the view shows, unless it was loaded in this language (the first time: at once, before the first render). */
  loadContent(): void {
    if (this.i18n.locale !== this.#locale) {
      this.#locale = this.i18n.locale;
      this.topic = undefined;
      void this.loadHome();
      if (this.view.kind === 'article') void this.loadArticle(this.view.slug);
      if (this.view.kind === 'category') void this.loadTopic(this.view.id);
    }
  }

  get view(): HelpView {
    return this.history[this.position]!;
  }

  get client() {
    return clientFor(this.host.apiBase);
  }

  /** The topics with the links the home view shows under each (no summaries, no other articles). */
  async loadHome(): Promise<void> {
    this.homeLoad = 'loading';
    this.host.requestUpdate();
    try {
      const answer = await this.client.call(listCategories, { query: { locale: this.i18n.tag, articles: String(HOME_ARTICLES) } });
      this.categories = answer.categories;
      this.homeLoad = 'ready';
    } catch {
      this.homeLoad = 'error';
    }
    this.host.requestUpdate();
  }

  /** Every article of one topic, when the shopper opens it. */
  async loadTopic(id: string): Promise<void> {
    const request = ++this.#topicRequest;
    this.topicLoad = 'loading';
    this.host.requestUpdate();
    try {
      // The topic's view needs the bar that comes with the article view: both load at once.
      const [answer] = await Promise.all([this.client.call(listArticles, { query: { locale: this.i18n.tag, category: id } }), this.#loadArticleView()]);
      if (request !== this.#topicRequest) return;
      this.topic = { id, articles: answer.articles };
      this.topicLoad = 'ready';
    } catch (error) {
      if (request !== this.#topicRequest) return;
      this.topicLoad = (error as { status?: number }).status === 404 || (error as { status?: number }).status === 400 ? 'missing' : 'error';
    }
    this.#focusHeading();
  }

  #loadArticleView(): Promise<ArticleView> {
    return (this.#articleModule ??= import('./article/article.js').then(
      async (module) => {
        const view = module.attach(this.host);
        this.navView = module.navView;
        this.topicView = module.topicView;
        if (this.param) this.sync = module.syncUrl(this);
        await view.ready;
        return (this.articleView = view);
      },
      (error: unknown) => {
        // Not kept: the next article (or Retry) loads it again.
        this.#articleModule = undefined;
        throw error;
      },
    ));
  }

  /** An article with the view that shows it, then the focus on its heading. */
  async loadArticle(slug: string): Promise<void> {
    const request = ++this.#articleRequest;
    this.articleLoad = 'loading';
    this.host.requestUpdate();
    try {
      const [article] = await Promise.all([
        this.client.call(getArticle, { params: { slug }, query: { locale: this.i18n.tag } }),
        this.#loadArticleView().then((view) => view.reset()),
      ]);
      if (request !== this.#articleRequest) return;
      this.current = article;
      this.articleLoad = 'ready';
    } catch (error) {
      if (request !== this.#articleRequest) return;
      this.articleLoad = (error as { status?: number }).status === 404 || (error as { status?: number }).status === 400 ? 'missing' : 'error';
    }
    this.#focusHeading();
  }

  /** Phone numbers and opening hours of the market (SE unless set). */
  async loadAvailability(): Promise<void> {
    const market = (this.host.market || getConfig().market || 'SE').toUpperCase();
    try {
      this.availability = await this.client.call(getAvailability, { query: { market: market as 'SE', channel: 'phone' } });
    } catch {
      this.availability = undefined;
    }
    this.host.requestUpdate();
  }

  go(view: HelpView): void {
    this.history = [...this.history.slice(0, this.position + 1), view];
    this.position = this.history.length - 1;
    this.sync?.push();
    this.arrive();
  }

  move(step: -1 | 1): void {
    const next = this.position + step;
    if (next < 0 || next >= this.history.length) return;
    // When the page's history holds the step, the browser takes it and its `popstate` shows the view.
    if (this.sync?.move(next)) return;
    this.position = next;
    this.arrive();
  }

  /** Shows the view at `position`, loads what it needs and says so. */
  arrive(): void {
    const view = this.view;
    if (view.kind === 'article') void this.loadArticle(view.slug);
    else if (view.kind === 'category' && this.topic?.id !== view.id) void this.loadTopic(view.id);
    else this.#focusHeading();
    this.host.emit('assist-help-navigate', {
      view: view.kind,
      ...(view.kind === 'category' ? { categoryId: view.id } : {}),
      ...(view.kind === 'article' ? { slug: view.slug } : {}),
    });
  }

  /** Renders, then moves the focus to the view's heading. */
  #focusHeading(): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => (this.host.shadowRoot?.getElementById(`${this.uid}-heading`) as HTMLElement | null)?.focus());
  }

  /** A contact option was chosen (from an article: which one). */
  contact(channel: ContactChannel, number?: string): void {
    const view = this.view;
    const detail = { source: 'help-center', ...(view.kind === 'article' ? { articleSlug: view.slug } : {}) };
    this.host.emit('assist-contact-select', { channel, ...(number ? { number } : {}) });
    if (channel === 'chat') this.host.emit('assist-chat-request', detail);
    if (channel === 'callback') this.host.emit('assist-callback-request', detail);
  }
}
