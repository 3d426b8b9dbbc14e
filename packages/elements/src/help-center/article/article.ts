import { withoutCardNumbers } from '../../internal/redact.js';
import type { Article, ArticleSummary, FeedbackRequest } from '@assist/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { loadLocale } from '../../i18n/i18n.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { directionOf } from '../../i18n/locales.js';
import type { AssistElement } from '../../internal/assist-element.js';
import { renderArticleBody } from '../../internal/article-body.js';
import { styles } from './article.styles.js';
import { helpArticleStrings } from './strings/index.js';

export { syncUrl } from './url.js';
export { navView } from './nav.view.js';
export { topicView } from './topic.view.js';

/**
 * The article view of the help center: the body, "Was this article helpful?" with its reasons, and
 * related articles. The help center loads it with `import()` the first time an article opens, in
 * parallel with the article itself, so the home view carries none of it.
 */

/** What the help center lends the view. */
export interface ArticleContext {
  article: Article;
  /** Sends the shopper's answer for this article (`POST /v1/help/articles/:id/feedback`). */
  sendFeedback(body: FeedbackRequest): Promise<unknown>;
  /** An id unique to the help center: `id('heading')` is the heading it focuses. */
  id(name: string): string;
  /** The page URL that opens an article (the `href` of its links). */
  href(slug: string): string;
  /** This article's page URL, for "Copy link"; empty when the help center leaves the page URL alone. */
  url: string;
  /** Opens another article in place (a link inside the body). */
  open: (slug: string, event: Event) => void;
  /** A link to an article, as the help center renders them. */
  link(summary: Pick<ArticleSummary, 'slug' | 'title'>): TemplateResult;
}

export interface ArticleView {
  /** Resolves once the view's strings are there in the help center's language. */
  readonly ready: Promise<void>;
  /** Back to "Was this article helpful?", for a newly opened article. */
  reset(): void;
  render(ctx: ArticleContext): TemplateResult;
}

const REASONS = ['unclear', 'incomplete', 'not_my_question', 'outdated', 'other'] as const;
type Reason = (typeof REASONS)[number];
const REASON_KEYS = {
  unclear: 'helpArticle.reasonUnclear',
  incomplete: 'helpArticle.reasonIncomplete',
  not_my_question: 'helpArticle.reasonNotMyQuestion',
  outdated: 'helpArticle.reasonOutdated',
  other: 'helpArticle.reasonOther',
} as const;

/** Adds the view to a help center: its styles, its strings and the feedback state. */
export function attach(host: AssistElement): ArticleView {
  const root = host.shadowRoot;
  if (root && styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  const i18n = new LocalizeController(host, helpArticleStrings);
  let step: 'ask' | 'reason' | 'sent' = 'ask';
  let busy = false;
  let failed = false;
  let reason: Reason = 'unclear';
  /** "Copy link": not yet, copied, or refused (the link then shows in a field, selected). */
  let copy: '' | 'copied' | 'field' = '';
  const update = () => host.requestUpdate();

  async function copyLink(ctx: ArticleContext): Promise<void> {
    copy = '';
    update();
    try {
      await navigator.clipboard.writeText(ctx.url);
      copy = 'copied';
      update();
    } catch {
      // No clipboard (or the browser refused it): the link in a field, selected, for the shopper to copy.
      copy = 'field';
      update();
      await host.updateComplete;
      const field = host.shadowRoot?.getElementById(ctx.id('link')) as HTMLInputElement | null;
      field?.focus();
      field?.select();
    }
  }

  function share(ctx: ArticleContext): TemplateResult | typeof nothing {
    if (!ctx.url) return nothing;
    return html`<div class="share">
      <button type="button" class="button button--quiet" @click=${() => copyLink(ctx)}>${i18n.t('helpArticle.copyLink')}</button>
      <span role="status">${copy === 'copied' ? i18n.t('helpArticle.linkCopied') : ''}</span>
      ${
        copy === 'field'
          ? html`<label for=${ctx.id('link')}>${i18n.t('helpArticle.linkField')}</label>
            <input id=${ctx.id('link')} class="share__field" type="url" readonly .value=${ctx.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />`
          : nothing
      }
    </div>`;
  }

  async function send(ctx: ArticleContext, helpful: boolean, form?: HTMLFormElement): Promise<void> {
    const { article } = ctx;
    // Card numbers masked before the comment is sent.
    const comment = form ? await withoutCardNumbers(String(new FormData(form).get('comment') ?? '').trim()) : '';
    const chosen = helpful ? undefined : reason;
    busy = true;
    failed = false;
    update();
    try {
      await ctx.sendFeedback({ helpful, ...(chosen ? { reason: chosen } : {}), ...(comment ? { comment: comment.slice(0, 1000) } : {}), locale: i18n.tag });
      step = 'sent';
      host.emit('assist-article-feedback', { articleId: article.id, slug: article.slug, helpful, ...(chosen ? { reason: chosen } : {}) });
    } catch {
      failed = true;
    } finally {
      busy = false;
      update();
    }
  }

  function feedback(ctx: ArticleContext): TemplateResult {
    const error = failed ? html`<p class="error" role="alert">${i18n.t('common.error')}</p>` : nothing;
    if (step === 'sent') return html`<p role="status">${i18n.t('helpArticle.feedbackThanks')}</p>`;
    if (step === 'reason') {
      return html`<form
        class="feedback"
        @submit=${(e: Event) => {
          e.preventDefault();
          void send(ctx, false, e.target as HTMLFormElement);
        }}
      >
        <fieldset class="feedback">
          <legend>${i18n.t('helpArticle.reasonLabel')}</legend>
          ${REASONS.map(
            (value) => html`<label>
              <input type="radio" name="reason" value=${value} .checked=${reason === value} @change=${() => (reason = value)} />
              ${i18n.t(REASON_KEYS[value])}
            </label>`,
          )}
        </fieldset>
        <label for=${ctx.id('comment')}>${i18n.t('helpArticle.commentLabel')}</label>
        <textarea id=${ctx.id('comment')} name="comment" maxlength="1000"></textarea>
        ${error}
        <button type="submit" class="button" ?disabled=${busy}>${i18n.t('helpArticle.sendFeedback')}</button>
      </form>`;
    }
    return html`<div class="feedback" role="group" aria-labelledby=${ctx.id('helpful')}>
      <p id=${ctx.id('helpful')}>${i18n.t('helpArticle.helpfulQuestion')}</p>
      <div class="feedback__choices">
        <button type="button" class="button button--quiet" ?disabled=${busy} @click=${() => send(ctx, true)}>
          ${i18n.t('helpArticle.helpfulYes')}
        </button>
        <button
          type="button"
          class="button button--quiet"
          ?disabled=${busy}
          @click=${() => {
            step = 'reason';
            update();
          }}
        >
          ${i18n.t('helpArticle.helpfulNo')}
        </button>
      </div>
      ${error}
    </div>`;
  }

  return {
    ready: loadLocale(i18n.locale, [helpArticleStrings]),
    reset() {
      step = 'ask';
      failed = false;
      copy = '';
    },
    render(ctx) {
      const { article } = ctx;
      // Content in a language other than the interface (an English fallback in an Arabic page) keeps its own direction.
      return html`<article class="article" part="article" lang=${article.locale} dir=${directionOf(article.locale)} aria-labelledby=${ctx.id('heading')}>
        <h2 class="hc__title" id=${ctx.id('heading')} tabindex="-1">${article.title}</h2>
        <p class="hc__muted">${i18n.t('helpArticle.updated', { date: i18n.date(article.updatedAt) })}</p>
        ${share(ctx)}
        <div>${renderArticleBody(article.blocks, { headingLevel: 3, articleHref: (s) => ctx.href(s), onArticleLink: ctx.open })}</div>
        <section class="card" aria-label=${i18n.t('helpArticle.helpfulQuestion')}>${feedback(ctx)}</section>
        ${
          article.related.length
            ? html`<section aria-labelledby=${ctx.id('related')}>
              <h3 id=${ctx.id('related')}>${i18n.t('helpArticle.related')}</h3>
              <ul class="articles">
                ${article.related.map((r) => html`<li>${ctx.link(r)}</li>`)}
              </ul>
            </section>`
            : nothing
        }
      </article>`;
    },
  };
}
