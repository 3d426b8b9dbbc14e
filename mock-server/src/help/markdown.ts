import type { ArticleBlock, ArticleSpan } from '@assist/contract';

/**
 * Parses the article markdown subset into the contract's blocks: paragraphs, `##`/`###` headings,
 * `-` and `1.` lists, **bold**, *italic* and links. A link to `article:slug` becomes an article link,
 * an https link stays a link, anything else (javascript:, data:, relative) keeps only its text.
 * Nothing is HTML: `<b>` in an article is the text "<b>".
 */
export function parseArticle(markdown: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', content: spans(paragraph.join(' ')) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => spans(item)) });
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
      blocks.push({ type: 'heading', level: heading[1]!.length as 2 | 3, content: spans(heading[2]!) });
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
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Marks = Omit<ArticleSpan, 'text'>;

/** Inline markup to spans; marks of enclosing runs carry into nested ones. */
function spans(text: string, marks: Marks = {}): ArticleSpan[] {
  const out: ArticleSpan[] = [];
  const push = (value: string, extra: Marks = {}) => {
    if (value) out.push({ text: value, ...marks, ...extra });
  };
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    push(text.slice(at, match.index));
    const [, bold, italic, label, target] = match;
    if (bold !== undefined) out.push(...spans(bold, { ...marks, bold: true }));
    else if (italic !== undefined) out.push(...spans(italic, { ...marks, italic: true }));
    else if (target!.startsWith('article:') && SLUG.test(target!.slice(8)) && target!.length <= 88) push(label!, { article: target!.slice(8) });
    else if (/^https:\/\/[^\s]+$/i.test(target!)) push(label!, { href: target! });
    else push(label!);
    at = match.index + match[0].length;
  }
  push(text.slice(at));
  return out;
}
