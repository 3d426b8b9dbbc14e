import type { ArticleLink } from '@assist/contract';
import { sendArticleFeedback } from '@assist/contract/endpoints';
import { html, nothing, type TemplateResult } from 'lit';
import type { Load, NavigationController } from './navigation.controller.js';

/** A link to an article that opens it in place (and still works as a link). */
function articleLink(c: NavigationController, summary: ArticleLink): TemplateResult {
  return html`<a href=${c.href(summary.slug)} dir="auto" @click=${(e: Event) => {
    e.preventDefault();
    c.go({ kind: 'article', slug: summary.slug });
  }}>${summary.title}</a>`;
}

/** What shows while content loads, when it failed (with Retry) or when it does not exist. */
function statusView(c: NavigationController, load: Load, retry?: () => void): TemplateResult {
  if (load === 'loading') return html`<p class="hc__muted" role="status">${c.i18n.t('common.loading')}</p>`;
  if (load === 'missing') {
    return html`<div class="card" role="alert">
      <p>${c.i18n.t('helpCenter.notFound')}</p>
      <button type="button" class="button button--quiet" @click=${() => c.go({ kind: 'home' })}>${c.i18n.t('helpCenter.allTopics')}</button>
    </div>`;
  }
  return html`<div class="card" role="alert">
    <p class="error">${c.i18n.t('common.offline')}</p>
    <button type="button" class="button button--quiet" @click=${retry}>${c.i18n.t('common.retry')}</button>
  </div>`;
}

/**
 * What the topics need whatever the answer holds, the plural rules of the language (each topic says how
 * many articles it has), made while the request is on its way rather than in the task its answer arrives in.
 */
export function prepareTopics(c: NavigationController): void {
  c.i18n.t('helpCenter.articles', { count: 1 });
}

/** The home view: a greeting, the search (`search`, kept while the topics load), every topic with its first questions, then more ways we can help. All from one small answer: the topics with links to their first articles. */
export function homeView(c: NavigationController, search: TemplateResult): TemplateResult {
  const topics = c.categories.filter((category) => category.id !== 'more');
  const more = c.categories.find((category) => category.id === 'more')?.articles ?? [];
  return html`
    <div class="hc__header">
      <h2 class="hc__title" id="${c.uid}-heading" tabindex="-1">${c.i18n.t('helpCenter.title')}</h2>
      <p class="hc__intro">${c.i18n.t('helpCenter.intro')}</p>
    </div>
    ${search}
    ${
      c.homeLoad !== 'ready'
        ? statusView(c, c.homeLoad, () => void c.loadHome())
        : html`<section aria-labelledby="${c.uid}-topics">
            <h3 id="${c.uid}-topics" class="hc__subtitle">${c.i18n.t('helpCenter.topics')}</h3>
            <ul class="topics">
              ${topics.map((category) => {
                return html`<li class="topic" part="topic">
                  <h4 dir="auto">${category.title}</h4>
                  <p class="hc__muted" dir="auto">${category.description}</p>
                  <ul>
                    ${(category.articles ?? []).map((a) => html`<li>${articleLink(c, a)}</li>`)}
                  </ul>
                  <button type="button" class="link" @click=${() => c.go({ kind: 'category', id: category.id })}>
                    ${c.i18n.t('helpCenter.articles', { count: category.articleCount })}: ${category.title}
                  </button>
                </li>`;
              })}
            </ul>
          </section>
          ${
            more.length
              ? html`<section aria-labelledby="${c.uid}-more">
                <h3 id="${c.uid}-more">${c.i18n.t('helpCenter.moreWays')}</h3>
                <ul class="articles">
                  ${more.map((a) => html`<li>${articleLink(c, a)}</li>`)}
                </ul>
              </section>`
              : nothing
          }`
    }
  `;
}

/** A topic: its description and all its articles (loaded when the topic opens, with the view that shows them). */
export function categoryView(c: NavigationController, id: string): TemplateResult {
  const category = c.categories.find((x) => x.id === id);
  if (c.homeLoad !== 'ready') return statusView(c, c.homeLoad, () => void c.loadHome());
  if (!category) return statusView(c, 'missing');
  if (c.topicLoad !== 'ready' || c.topic?.id !== id || !c.topicView) return statusView(c, c.topicLoad, () => void c.loadTopic(id));
  return c.topicView(c, category, c.topic.articles, (a) => articleLink(c, a));
}

/** An article, in the view that loads with the first one (article/article.ts). */
export function articlePage(c: NavigationController, slug: string): TemplateResult {
  const article = c.current;
  const view = c.articleView;
  if (c.articleLoad !== 'ready' || !article || article.slug !== slug || !view) return statusView(c, c.articleLoad, () => void c.loadArticle(slug));
  return view.render({
    article,
    sendFeedback: (body) => c.client.call(sendArticleFeedback, { params: { id: article.id }, body }),
    id: (name) => `${c.uid}-${name}`,
    href: (s) => c.href(s),
    url: c.param ? c.href(article.slug) : '',
    open: (s, e) => {
      e.preventDefault();
      c.go({ kind: 'article', slug: s });
    },
    link: (summary) => articleLink(c, summary),
  });
}
