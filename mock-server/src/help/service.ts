import type { Article, ArticleBlock, ArticleSummary, HelpCategory, SearchHit, SearchResponse } from '@assist/contract';
import { parseArticle } from './markdown.js';
import { ARTICLES, CATEGORIES, CONTENT_LOCALES, type ArticleSeed, type ContentLocale } from '../fixtures/help/index.js';
import { HelpIndex, type RankedMatch } from './search.js';
import { plainText } from './text.js';
import { deepFreeze } from '../store/records.js';

/** When the shipped help content was last revised. */
export const CONTENT_UPDATED_AT = '2026-10-01T00:00:00.000Z';
const SNIPPET_LENGTH = 180;

/** Read-only help content and its search indexes, built once per process. */
export class HelpContent {
  readonly #articles: ArticleSeed[];
  readonly #bySlug: Map<string, ArticleSeed>;
  readonly #byId: Map<string, ArticleSeed>;
  readonly #indexes = new Map<ContentLocale, HelpIndex>();
  /** The sentences of each article body in plain text, by locale and id: where snippets come from. */
  readonly #sentences = new Map<string, string[]>();

  constructor(articles: ArticleSeed[] = ARTICLES) {
    this.#articles = articles;
    this.#bySlug = new Map(articles.map((a) => [a.slug, a]));
    this.#byId = new Map(articles.map((a) => [a.id, a]));
  }

  #index(locale: ContentLocale): HelpIndex {
    let index = this.#indexes.get(locale);
    if (!index) {
      index = new HelpIndex(
        locale,
        this.#articles.map((a) => {
          const text = a.content[locale];
          return { id: a.id, title: text.title, keywords: text.keywords.join(' '), summary: text.summary, body: plainText(text.body) };
        }),
      );
      this.#indexes.set(locale, index);
    }
    return index;
  }

  summary(article: ArticleSeed, locale: ContentLocale): ArticleSummary {
    const text = article.content[locale];
    return { id: article.id, slug: article.slug, categoryId: article.category, title: text.title, summary: text.summary, locale };
  }

  /** Every category; with `articles` > 0, each carries links to its first articles (slug and title, nothing more). */
  categories(locale: ContentLocale, articles = 0): HelpCategory[] {
    return CATEGORIES.map((c) => {
      const own = this.#articles.filter((a) => a.category === c.id);
      const category: HelpCategory = {
        id: c.id,
        title: c.content[locale].title,
        description: c.content[locale].description,
        articleCount: own.length,
      };
      if (articles > 0) category.articles = own.slice(0, articles).map((a) => ({ slug: a.slug, title: a.content[locale].title }));
      return category;
    });
  }

  hasCategory(id: string): boolean {
    return CATEGORIES.some((c) => c.id === id);
  }

  list(locale: ContentLocale, category?: string): ArticleSummary[] {
    return this.#articles.filter((a) => !category || a.category === category).map((a) => this.summary(a, locale));
  }

  byId(id: string): ArticleSeed | undefined {
    return this.#byId.get(id);
  }

  /** Parsed bodies, by locale and id: articles are parsed once. */
  readonly #parsed = new Map<string, ArticleBlock[]>();

  #blocks(article: ArticleSeed, locale: ContentLocale): ArticleBlock[] {
    const key = `${locale}/${article.id}`;
    let blocks = this.#parsed.get(key);
    if (!blocks) this.#parsed.set(key, (blocks = parseArticle(article.content[locale].body)));
    return blocks;
  }

  /** Articles as answered, by locale and slug: built once and frozen, so their JSON is made once too. */
  readonly #answers = new Map<string, Article>();

  article(slug: string, locale: ContentLocale): Article | undefined {
    const key = `${locale}/${slug}`;
    let answer = this.#answers.get(key);
    if (!answer) {
      answer = this.#buildArticle(slug, locale);
      if (!answer) return undefined;
      this.#answers.set(key, deepFreeze(answer));
    }
    return answer;
  }

  #buildArticle(slug: string, locale: ContentLocale): Article | undefined {
    const article = this.#bySlug.get(slug);
    if (!article) return undefined;
    return {
      ...this.summary(article, locale),
      body: article.content[locale].body,
      blocks: this.#blocks(article, locale),
      related: article.related.flatMap((s) => {
        const related = this.#bySlug.get(s);
        return related ? [this.summary(related, locale)] : [];
      }),
      updatedAt: CONTENT_UPDATED_AT,
    };
  }

  search(query: string, locale: ContentLocale, limit: number, offset = 0): SearchResponse {
    let used = locale;
    // A page further down the list: the best `offset + limit`, the first `offset` of them left out.
    let { total, matches } = this.#index(locale).search(query, offset + limit);
    let fallback = false;
    if (total === 0 && locale !== 'en') {
      ({ total, matches } = this.#index('en').search(query, offset + limit));
      used = 'en';
      fallback = total > 0;
    }
    const index = this.#index(used);
    const hits: SearchHit[] = matches.slice(offset).map((match) => {
      const article = this.#byId.get(match.id)!;
      const text = article.content[used];
      const category = CATEGORIES.find((c) => c.id === article.category)!;
      const snippet = pickSnippet(index, text.summary, () => this.#bodySentences(article, used), match);
      return {
        article: this.summary(article, used),
        category: { id: category.id, title: category.content[used].title },
        score: Math.round(match.score * 1000) / 1000,
        snippet,
        highlights: { title: index.highlight(text.title, match.terms), snippet: index.highlight(snippet, match.terms) },
      };
    });
    return { query, locale: used, fallback, total, hits };
  }

  #bodySentences(article: ArticleSeed, locale: ContentLocale): string[] {
    const key = `${locale} ${article.id}`;
    let sentences = this.#sentences.get(key);
    if (!sentences) {
      sentences = plainText(article.content[locale].body).split(/(?<=[.!?])\s+|\n/);
      this.#sentences.set(key, sentences);
    }
    return sentences;
  }

  get locales(): readonly ContentLocale[] {
    return CONTENT_LOCALES;
  }
}

/**
 * The summary when it contains a match, else the first body sentence that does, cut to a readable
 * length. The index says which fields hold a matched term: a hit on its title or keywords alone
 * does not read its summary and body word by word for nothing.
 */
function pickSnippet(index: HelpIndex, summary: string, sentences: () => readonly string[], { terms, fields }: RankedMatch): string {
  if (fields.includes('summary') && index.highlight(summary, terms).length > 0) return clip(summary, 0);
  if (!fields.includes('body')) return clip(summary, 0);
  for (const sentence of sentences()) {
    const ranges = index.highlight(sentence, terms);
    if (ranges.length > 0) return clip(sentence, ranges[0]![0]);
  }
  return clip(summary, 0);
}

function clip(text: string, focus: number): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const start = Math.max(0, Math.min(focus - 40, text.length - SNIPPET_LENGTH));
  const cutStart = start === 0 ? 0 : text.indexOf(' ', start) + 1;
  let end = Math.min(text.length, cutStart + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end);
  return `${cutStart > 0 ? '…' : ''}${text.slice(cutStart, end)}${end < text.length ? '…' : ''}`;
}
