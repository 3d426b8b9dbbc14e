import { html, type TemplateResult } from 'lit';

/**
 * Renders the article markdown subset to Lit templates: paragraphs, `##`/`###` headings, `-` and
 * `1.` lists, **bold**, *italic* and links. Text is always rendered as text, so nothing in an article
 * can become markup. Links: `article:slug` opens another article in place; `https:` links open in a
 * new tab; anything else is shown as plain text.
 */
export interface MarkdownOptions {
  /** Heading level of `##` (a `###` is one deeper), to fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
  onArticleLink(slug: string, event: Event): void;
  articleHref(slug: string): string;
}

type Block =
  | { kind: 'heading'; depth: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = [];
    list = null;
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    const heading = /^(#{2,3})\s+(.+)$/.exec(line);
    const bullet = /^[-*]\s+(.+)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.+)$/.exec(line);
    if (!line) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', depth: heading[1]!.length as 2 | 3, text: heading[2]! });
    } else if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]!);
    } else if (list && /^\s{2,}/.test(raw)) {
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

function inline(text: string, options: MarkdownOptions): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    parts.push(text.slice(at, match.index));
    const [, bold, italic, label, target] = match;
    if (bold !== undefined) parts.push(html`<strong>${inline(bold, options)}</strong>`);
    else if (italic !== undefined) parts.push(html`<em>${inline(italic, options)}</em>`);
    else if (target!.startsWith('article:')) {
      const slug = target!.slice('article:'.length);
      parts.push(
        /^[a-z0-9-]{1,80}$/.test(slug)
          ? html`<a href=${options.articleHref(slug)} @click=${(e: Event) => options.onArticleLink(slug, e)}>${label}</a>`
          : label!,
      );
    } else if (/^https:\/\/[^\s]+$/i.test(target!)) {
      parts.push(html`<a href=${target!} target="_blank" rel="noopener noreferrer">${label}</a>`);
    } else parts.push(label!);
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts;
}

export function renderMarkdown(markdown: string, options: MarkdownOptions): TemplateResult[] {
  const base = options.headingLevel ?? 3;
  return parseBlocks(markdown).map((block) => {
    if (block.kind === 'paragraph') return html`<p>${inline(block.text, options)}</p>`;
    if (block.kind === 'list') {
      const items = block.items.map((item) => html`<li>${inline(item, options)}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    const level = Math.min(6, base + block.depth - 2);
    const content = inline(block.text, options);
    switch (level) {
      case 2:
        return html`<h2>${content}</h2>`;
      case 3:
        return html`<h3>${content}</h3>`;
      case 4:
        return html`<h4>${content}</h4>`;
      case 5:
        return html`<h5>${content}</h5>`;
      default:
        return html`<h6>${content}</h6>`;
    }
  });
}
