import { marketToday, orderSummary, planView } from '../domain/plans.js';
import { listOrderProblems } from '../problems/service.js';
import type { AssistantTools, HelpAnswer } from './assistant.js';
import type { ChatCore } from './core.js';
import type { ChatSessionRecord } from './records.js';

/** What the assistant may read in a chat, limited to the chat's shopper, and the help content in the chat's language first. */
export function assistantTools(core: ChatCore, session: ChatSessionRecord): AssistantTools {
  const { store, help } = core.deps;
  const content = help.locales.find((l) => l === session.locale.split('-')[0]!.toLowerCase()) ?? 'en';
  const now = () => core.now();
  const answer = (slug: string, score: number): HelpAnswer | undefined => {
    const article = help.article(slug, content);
    return article ? { slug, title: article.title, summary: article.summary, category: article.categoryId, score } : undefined;
  };
  return {
    now,
    orders: async () => (session.customerId ? store.ordersOf(session.customerId) : []),
    plan: async (orderId) => {
      const order = await core.ownOrder(session, orderId);
      const plan = order ? await store.plan(orderId) : undefined;
      return order && plan ? planView(plan, marketToday(order, now())) : undefined;
    },
    summary: async (order) => orderSummary(order, await store.plan(order.id), marketToday(order, now())),
    returnsOf: async (orderId) => ((await core.ownOrder(session, orderId)) ? core.returnsOf(orderId) : []),
    problemsOf: async (orderId) => ((await core.ownOrder(session, orderId)) ? listOrderProblems(core.deps, null, orderId) : []),
    searchHelp: (text) => {
      const found = new Map<string, HelpAnswer>();
      for (const locale of [content, ...help.locales.filter((l) => l !== content)]) {
        const result = help.search(text.slice(0, 300), locale, 5);
        if (result.locale !== locale) continue;
        // A match in another language than the chat's counts a little less.
        const weight = locale === content ? 1 : 0.8;
        for (const hit of result.hits) {
          const score = hit.score * weight;
          if ((found.get(hit.article.slug)?.score ?? -1) >= score) continue;
          const a = answer(hit.article.slug, score);
          if (a) found.set(a.slug, a);
        }
      }
      return [...found.values()].sort((a, b) => b.score - a.score);
    },
    article: (slug) => answer(slug, 0),
  };
}
