import * as z from 'zod/mini';
import { LanguageTag, QueryInt, Text, prefixedId } from './common.js';

export const ArticleId = prefixedId('art');
export const ArticleSlug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as how-to-return'), z.maxLength(80));
export const CategorySlug = z.string().check(z.regex(/^[a-z0-9-]{2,40}$/, 'must be a category id'));

/** What a list of article titles needs: the slug to open and the title to show. */
export const ArticleLink = z.object({ slug: ArticleSlug, title: z.string() });
export type ArticleLink = z.infer<typeof ArticleLink>;

export const HelpCategory = z.object({
  id: CategorySlug,
  title: z.string(),
  description: z.string(),
  articleCount: z.int(),
  /** The category's first articles, when asked for (`?articles=n`): what a home page lists under each topic. */
  articles: z.optional(z.array(ArticleLink)),
});
export type HelpCategory = z.infer<typeof HelpCategory>;

export const ArticleSummary = z.object({
  id: ArticleId,
  slug: ArticleSlug,
  categoryId: CategorySlug,
  title: z.string(),
  summary: z.string(),
  /** The language the text is in; English when the asked-for language has no translation. */
  locale: LanguageTag,
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/**
 * A run of article text. Marks combine; a span links to another article (`article`, a slug) or to
 * an https page (`href`), never both. Text is text: clients render it without parsing anything.
 */
export const ArticleSpan = z.object({
  text: z.string(),
  bold: z.optional(z.boolean()),
  italic: z.optional(z.boolean()),
  article: z.optional(ArticleSlug),
  href: z.optional(z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'must be an https URL'), z.maxLength(2000))),
});
export type ArticleSpan = z.infer<typeof ArticleSpan>;

/** The article body as structure: headings (2 and 3 below the title), paragraphs and lists. */
export const ArticleBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), content: z.array(ArticleSpan) }),
  z.object({ type: z.literal('paragraph'), content: z.array(ArticleSpan) }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(ArticleSpan)) }),
]);
export type ArticleBlock = z.infer<typeof ArticleBlock>;

export const Article = z.object({
  ...ArticleSummary.def.shape,
  /** Markdown subset: paragraphs, `##`/`###` headings, `-`/`1.` lists, **bold**, *italic*, `[text](article:slug)` links. */
  body: z.string(),
  /** The same body parsed into blocks, ready to render. */
  blocks: z.array(ArticleBlock),
  related: z.array(ArticleSummary),
  updatedAt: z.string(),
});
export type Article = z.infer<typeof Article>;

/** `[start, end)` character offsets into the text they belong to. */
export const HighlightRange = z.tuple([z.int(), z.int()]);

export const SearchHit = z.object({
  article: ArticleSummary,
  category: z.object({ id: CategorySlug, title: z.string() }),
  score: z.number(),
  /** A short excerpt of the article around the best match, plain text. */
  snippet: z.string(),
  highlights: z.object({
    title: z.array(HighlightRange),
    snippet: z.array(HighlightRange),
  }),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const CategoriesQuery = z.object({
  locale: z.optional(LanguageTag),
  /** Up to this many article links per category (0, the default: none). */
  articles: QueryInt(0, 20, 0),
});
export const CategoriesResponse = z.object({ locale: LanguageTag, categories: z.array(HelpCategory) });
export const ArticlesQuery = z.object({
  locale: z.optional(LanguageTag),
  category: z.optional(CategorySlug),
});
export const ArticlesResponse = z.object({ locale: LanguageTag, articles: z.array(ArticleSummary) });
export const ArticleParams = z.object({ slug: ArticleSlug });

export const SearchQuery = z.object({
  q: Text(200),
  limit: QueryInt(1, 50, 8),
  locale: z.optional(LanguageTag),
  /** How many of the best hits to skip: the next page of a list longer than `limit` (`total` says how long). */
  offset: QueryInt(0, 10_000, 0),
});
export const SearchResponse = z.object({
  query: z.string(),
  locale: LanguageTag,
  /** True when the asked-for language had no hit and these hits are English content. */
  fallback: z.boolean(),
  total: z.int(),
  hits: z.array(SearchHit),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

export const FEEDBACK_REASONS = ['unclear', 'incomplete', 'not_my_question', 'outdated', 'other'] as const;
export const FeedbackParams = z.object({ id: ArticleId });
export const FeedbackRequest = z.strictObject({
  helpful: z.boolean(),
  reason: z.optional(z.enum(FEEDBACK_REASONS)),
  comment: z.optional(Text(1000)),
  locale: z.optional(LanguageTag),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;
export const FeedbackResponse = z.object({
  id: prefixedId('fb'),
  articleId: ArticleId,
  helpful: z.boolean(),
  receivedAt: z.string(),
});
