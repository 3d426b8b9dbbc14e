import type { Article, ArticleBlock, ArticleSummary, HelpCategory, SearchHit, SearchResponse } from '@assist/contract';
import { parseArticle } from './markdown.js';
import { ARTICLES, CATEGORIES, CONTENT_LOCALES, type ArticleSeed, type ContentLocale } from '../fixtures/help/index.js';
import { HelpIndex, type IndexedText, type RankedMatch } from './search.js';
import { plainText } from './text.js';
import { deepFreeze } from '../store/records.js';
import { withJsonText } from '../http/answer.js';

/** When the shipped help content was last revised. */
export const CONTENT_UPDATED_AT = '2026-10-01T00:00:00.000Z';
const SNIPPET_LENGTH = 180;

/** Read-only help content and its search indexes, built once per process. */
export class HelpContent {
  readonly #articles: ArticleSeed[];
  readonly #bySlug: Map<string, ArticleSeed>;
  readonly #byId: Map<string, ArticleSeed>;
  readonly #indexes = new Map<ContentLocale, HelpIndex>();
  /** The texts a hit shows, cut into words once, by locale and id. */
  readonly #texts = new Map<ContentLocale, Map<string, ArticleTexts>>();

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
    const parts: string[] = [];
    const hits: SearchHit[] = matches.slice(offset).map((match) => {
      const article = this.#byId.get(match.id)!;
      const texts = this.#articleTexts(index, article, used);
      const snippet = pickSnippet(index, texts, match);
      const score = Math.round(match.score * 1000) / 1000;
      const highlights = { title: index.highlight(texts.title, match.terms), snippet: index.highlight(snippet, match.terms) };
      snippet.json ??= JSON.stringify(snippet.text);
      parts.push(`${texts.json}"score":${score},"snippet":${snippet.json},"highlights":{"title":${rangesJson(highlights.title)},"snippet":${rangesJson(highlights.snippet)}}}`);
      return { article: texts.article, category: texts.category, score, snippet: snippet.text, highlights };
    });
    const json = `{"query":${JSON.stringify(query)},"locale":"${used}","fallback":${fallback},"total":${total},"hits":[${parts.join(',')}]}`;
    return withJsonText({ query, locale: used, fallback, total, hits }, json);
  }

  /** The title, summary and body sentences of an article in one language, cut into words (the first time a search shows it). */
  #articleTexts(index: HelpIndex, article: ArticleSeed, locale: ContentLocale): ArticleTexts {
    let inLocale = this.#texts.get(locale);
    if (!inLocale) this.#texts.set(locale, (inLocale = new Map<string, ArticleTexts>()));
    let texts = inLocale.get(article.id);
    if (!texts) {
      const text = article.content[locale];
      let sentences: ArticleTexts['sentences'] | undefined;
      const summary = deepFreeze(this.summary(article, locale));
      const category = CATEGORIES.find((c) => c.id === article.category)!;
      const categoryLink = deepFreeze({ id: category.id, title: category.content[locale].title });
      texts = {
        article: summary,
        category: categoryLink,
        json: `{"article":${JSON.stringify(summary)},"category":${JSON.stringify(categoryLink)},`,
        title: index.text(text.title),
        summary: index.text(text.summary),
        get sentences() {
          if (!sentences) {
            const list = plainText(text.body)
              .split(/(?<=[.!?])\s+|\n/)
              .map((sentence) => index.text(sentence));
            const first = new Map<string, number>();
            list.forEach((sentence, i) => {
              for (const term of sentence.all) if (!first.has(term)) first.set(term, i);
            });
            sentences = { list, first };
          }
          return sentences;
        },
      };
      inLocale.set(article.id, texts);
    }
    return texts;
  }

  get locales(): readonly ContentLocale[] {
    return CONTENT_LOCALES;
  }
}

/** The texts of an article a hit shows: its body sentences in order, and the first sentence each index term occurs in. */
interface ArticleTexts {
  /** The hit's article and category as answered, and the start of its JSON up to the score. */
  article: ArticleSummary;
  category: SearchHit['category'];
  json: string;
  title: IndexedText;
  summary: IndexedText;
  readonly sentences: { list: readonly IndexedText[]; first: ReadonlyMap<string, number> };
}

/**
 * The summary when it contains a match, else the first body sentence that does, cut to a readable
 * length. The index says which fields hold a matched term: a hit on its title or keywords alone
 * does not look at its summary and body. Which sentence comes first is known per term, so a
 * search reads only the one sentence it shows.
 */
function pickSnippet(index: HelpIndex, texts: ArticleTexts, { terms, fields }: RankedMatch): IndexedText {
  if (fields.includes('summary') && index.firstMatch(texts.summary, terms) >= 0) return clipped(index, texts.summary, 0);
  if (!fields.includes('body')) return clipped(index, texts.summary, 0);
  const { list, first } = texts.sentences;
  let at = -1;
  for (const term of terms) {
    const i = first.get(term);
    if (i !== undefined && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return clipped(index, texts.summary, 0);
  const sentence = list[at]!;
  return clipped(index, sentence, index.firstMatch(sentence, terms));
}

/** `text` cut to a snippet around `focus`, itself cut into words: made once per text and place. */
function clipped(index: HelpIndex, text: IndexedText, focus: number): IndexedText {
  let snippet = text.clips.get(focus);
  if (!snippet) {
    const cut = clip(text.text, focus);
    snippet = cut === text.text ? text : index.cut(cut);
    text.clips.set(focus, snippet);
  }
  return snippet;
}

/** `[[start,end],…]`, as JSON.stringify writes it. */
function rangesJson(ranges: readonly (readonly [number, number])[]): string {
  let json = '[';
  for (let i = 0; i < ranges.length; i++) json += `${i > 0 ? ',' : ''}[${ranges[i]![0]},${ranges[i]![1]}]`;
  return `${json}]`;
}

function clip(text: string, focus: number): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const start = Math.max(0, Math.min(focus - 40, text.length - SNIPPET_LENGTH));
  const cutStart = start === 0 ? 0 : text.indexOf(' ', start) + 1;
  let end = Math.min(text.length, cutStart + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end);
  return `${cutStart > 0 ? '…' : ''}${text.slice(cutStart, end)}${end < text.length ? '…' : ''}`;
}
