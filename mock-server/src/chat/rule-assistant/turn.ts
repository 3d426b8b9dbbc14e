import type { AssistantContext, AssistantTurn, HelpAnswer } from '../assistant.js';
import { formatter, type Formatter } from '../format.js';
import { phrasesFor, type Phrases } from '../phrases.js';

/** One turn of the rule assistant: the chat, its language's phrases and formats, and the help searches made so far. */
export class Turn {
  readonly ctx: AssistantContext;
  readonly p: Phrases;
  readonly f: Formatter;
  readonly #hits = new Map<string, HelpAnswer[]>();

  constructor(ctx: AssistantContext) {
    this.ctx = ctx;
    this.p = phrasesFor(ctx.locale);
    this.f = formatter(ctx.locale);
  }

  /** Help articles matching a text, best first; each text is searched once per turn. */
  search(text: string): HelpAnswer[] {
    let hits = this.#hits.get(text);
    if (!hits) this.#hits.set(text, (hits = this.ctx.tools.searchHelp(text)));
    return hits;
  }

  article(slug: string): HelpAnswer | undefined {
    return this.ctx.tools.article(slug);
  }
}

/** The article as the link under an answer, when there is one. */
export function withArticle(article: HelpAnswer | undefined): Pick<AssistantTurn, 'articles'> {
  return article ? { articles: [{ slug: article.slug, title: article.title }] } : {};
}
