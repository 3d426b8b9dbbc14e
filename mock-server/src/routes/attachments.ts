import type { Hono } from 'hono';
import { ATTACHMENT_NAME_HEADER, MAX_ATTACHMENT_BYTES, type Attachment } from '@assist/contract';
import { Attachments, metaOf, ownerOf } from '../attachments/service.js';
import type { Deps } from '../deps.js';
import { answer, requestHeader } from '../http/answer.js';
import { implement, type AppEnv } from '../http/define.js';

/** Headers of served content: never sniffed, never run, shown on the merchant's page, cached by the browser only. */
const CONTENT_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cache-Control': 'private, max-age=3600',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/** `attachment; filename*=UTF-8''…` (RFC 6266 and 8187): the name percent-encoded, so any language and no header injection. */
const downloadAs = (fileName: string) =>
  `attachment; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/** Uploading a file (its raw bytes) and reading it back. The work is in `attachments/service.ts`. */
export function attachmentRoutes(app: Hono<AppEnv>, deps: Deps): void {
  implement(
    app,
    deps,
    'uploadAttachment',
    async ({ raw, auth, c }) =>
      deps.attachments.upload({
        bytes: raw ?? new Uint8Array(0),
        contentType: requestHeader(c, 'content-type'),
        fileName: requestHeader(c, ATTACHMENT_NAME_HEADER.toLowerCase()),
        owner: ownerOf(auth),
      }),
    {
      rawBodyLimit: MAX_ATTACHMENT_BYTES,
      checkHeaders: (c) => {
        Attachments.declaredType(requestHeader(c, 'content-type'));
        Attachments.fileName(requestHeader(c, ATTACHMENT_NAME_HEADER.toLowerCase()));
      },
      refresh: async (kept: Attachment) => deps.attachments.view(metaOf(kept)),
    },
  );

  implement(app, deps, 'getAttachmentContent', async ({ params, query, auth, c }) => {
    const { record, content } = await deps.attachments.content(params.id, query, auth);
    return answer(c, content as Uint8Array<ArrayBuffer>, 200, {
      ...CONTENT_HEADERS,
      'Content-Type': record.contentType,
      'Content-Length': String(content.length),
      'Content-Disposition': record.contentType === 'application/pdf' ? downloadAs(record.fileName) : 'inline',
    });
  });
}
