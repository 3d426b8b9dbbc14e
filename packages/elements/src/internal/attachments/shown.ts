import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment } from './limits.js';

/** Where an attachment's content is: its signed path under the API the component talks to. */
export const contentUrl = (baseUrl: string, a: Pick<Attachment, 'url'>): string => (/^[a-z]+:/i.test(a.url) ? a.url : `${baseUrl.replace(/\/$/, '')}${a.url}`);

/**
 * Attachments of a message, a problem or a return: a photo as a thumbnail (its alt text the file's
 * name) that opens the full picture, a PDF as a link named by the file; both in a new tab. The signed
 * url needs no token, so nothing secret is in the page.
 */
export function shown(baseUrl: string, attachments: readonly Attachment[] | undefined, label: string): TemplateResult | typeof nothing {
  if (!attachments?.length) return nothing;
  return html`<ul class="att-shown" aria-label=${label}>
    ${attachments.map((a) => {
      const url = contentUrl(baseUrl, a);
      return html`<li>
        <a href=${url} target="_blank" rel="noopener" dir="auto">${
          a.contentType === 'application/pdf' ? a.fileName : html`<img src=${url} alt=${a.fileName} width=${a.width ?? 96} height=${a.height ?? 96} loading="lazy" />`
        }</a>
      </li>`;
    })}
  </ul>`;
}
