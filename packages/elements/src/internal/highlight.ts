import { html, type TemplateResult } from 'lit';

/** Text with `[start, end)` ranges wrapped in `<mark part="highlight">`, rendered as text (never HTML). */
export function highlight(text: string, ranges: readonly (readonly [number, number])[]): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || start >= end) continue;
    parts.push(text.slice(at, start), html`<mark part="highlight">${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
