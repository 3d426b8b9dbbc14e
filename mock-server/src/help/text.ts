import { CONTENT_LOCALES, type ContentLocale } from '../fixtures/help/types.js';

/** Plain text of an article body in the markdown subset: no markers, links reduced to their text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Tags that name a content language by another code: Norwegian (no, nn) reads the bokmål texts; iw is Hebrew's old code. */
const LANGUAGE_ALIASES: Record<string, ContentLocale> = { no: 'nb', nn: 'nb', iw: 'he' };

/**
 * The content language for a request: the `locale` parameter first, then Accept-Language in order
 * of preference; English when none of them has content.
 */
export function contentLocale(tag: string | undefined, acceptLanguage: string | undefined): ContentLocale {
  const candidates: string[] = [];
  if (tag) candidates.push(tag);
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .slice(0, 20)
      .map((part) => {
        const [name, ...params] = part.trim().split(';');
        const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
        return { name: (name ?? '').trim(), q: q === undefined ? 1 : Number(q) };
      })
      .filter((entry) => entry.name && entry.name !== '*' && entry.q > 0)
      .sort((a, b) => b.q - a.q);
    candidates.push(...ranked.map((entry) => entry.name));
  }
  for (const candidate of candidates) {
    const tag = candidate.split('-')[0]!.toLowerCase();
    const primary = LANGUAGE_ALIASES[tag] ?? tag;
    if ((CONTENT_LOCALES as readonly string[]).includes(primary)) return primary as ContentLocale;
  }
  return 'en';
}
