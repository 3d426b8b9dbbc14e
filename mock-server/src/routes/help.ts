import type { Hono } from 'hono';
import type { Deps } from '../deps.js';
import { requestHeader } from '../http/answer.js';
import { implement, type AppContext, type AppEnv } from '../http/define.js';
import { ApiFailure, notFound } from '../http/failure.js';
import { contentLocale } from '../help/text.js';

export function helpRoutes(app: Hono<AppEnv>, deps: Deps): void {
  const localeOf = (c: AppContext, tag: string | undefined) => contentLocale(tag, requestHeader(c, 'accept-language'));

  implement(app, deps, 'listCategories', ({ query, c }) => {
    const locale = localeOf(c, query.locale);
    return { locale, categories: deps.help.categories(locale, query.articles) };
  });

  implement(app, deps, 'listArticles', ({ query, c }) => {
    const locale = localeOf(c, query.locale);
    if (query.category && !deps.help.hasCategory(query.category)) throw notFound(`Category "${query.category}"`);
    return { locale, articles: deps.help.list(locale, query.category) };
  });

  implement(app, deps, 'getArticle', ({ params, query, c }) => {
    const article = deps.help.article(params.slug, localeOf(c, query.locale));
    if (!article) throw notFound(`Article "${params.slug}"`);
    return article;
  });

  implement(app, deps, 'searchHelp', ({ query, c }) => {
    return deps.help.search(query.q, localeOf(c, query.locale), query.limit, query.offset);
  });

  implement(app, deps, 'sendArticleFeedback', async ({ params, body }) => {
    if (!deps.help.byId(params.id)) throw notFound(`Article "${params.id}"`);
    if (body.helpful && body.reason) {
      throw new ApiFailure('validation_failed', 'A reason is only given when the article did not help', {
        issues: [{ path: 'body.reason', message: 'is only allowed when helpful is false' }],
      });
    }
    const receivedAt = deps.store.clock.now().toISOString();
    const id = `fb_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await deps.store.addFeedback({
      id,
      articleId: params.id,
      helpful: body.helpful,
      reason: body.reason ?? null,
      comment: body.comment ?? null,
      locale: body.locale ?? null,
      receivedAt,
    });
    return { id, articleId: params.id, helpful: body.helpful, receivedAt };
  });
}
