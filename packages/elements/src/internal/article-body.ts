import type { ArticleBlock, ArticleSpan } from '@assist/contract';
import { html, type TemplateResult } from 'lit';

export interface ArticleBodyOptions {
  /** Level of the article's own `##` headings (a `###` is one deeper), to fit the page's outline. */
  headingLevel: 2 | 3 | 4;
  articleHref(slug: string): string;
  onArticleLink(slug: string, event: Event): void;
}

function span(s: ArticleSpan, options: ArticleBodyOptions): TemplateResult | string {
  let out: TemplateResult | string = s.article
    ? html`<a href=${options.articleHref(s.article)} @click=${(e: Event) => options.onArticleLink(s.article!, e)}>${s.text}</a>`
    : s.href?.startsWith('https://')
      ? html`<a href=${s.href} target="_blank" rel="noopener noreferrer">${s.text}</a>`
      : s.text;
  if (s.italic) out = html`<em>${out}</em>`;
  if (s.bold) out = html`<strong>${out}</strong>`;
  return out;
}

/** Renders the blocks of an article (contract `ArticleBlock`); every string is rendered as text. */
export function renderArticleBody(blocks: readonly ArticleBlock[], options: ArticleBodyOptions): TemplateResult[] {
  const spans = (content: readonly ArticleSpan[]) => content.map((s) => span(s, options));
  return blocks.map((block) => {
    if (block.type === 'paragraph') return html`<p>${spans(block.content)}</p>`;
    if (block.type === 'list') {
      const items = block.items.map((item) => html`<li>${spans(item)}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    const content = spans(block.content);
    switch (options.headingLevel + block.level - 2) {
      case 2:
        return html`<h2>${content}</h2>`;
      case 3:
        return html`<h3>${content}</h3>`;
      case 4:
        return html`<h4>${content}</h4>`;
      default:
        return html`<h5>${content}</h5>`;
    }
  });
}
