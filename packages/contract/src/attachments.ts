import * as z from 'zod/mini';
import { IsoDateTime, prefixedId } from './common.js';

/**
 * Files a shopper sends with a problem, a return or a chat message, and an agent sends back: photos
 * (JPEG, PNG, WebP) and PDF receipts. A file is uploaded first (`POST /v1/attachments`, the raw bytes)
 * and then used once, by its id, in the request it belongs to.
 */

export const AttachmentId = prefixedId('att');
/** What may be attached; the API checks the file's content, not only the declared type. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Files per problem, return or message. */
export const MAX_ATTACHMENTS = 5;
/** The upload's file name, percent-encoded as UTF-8 (`encodeURIComponent`). */
export const ATTACHMENT_NAME_HEADER = 'X-File-Name';
/** Longest file name (after decoding) the API keeps. */
export const MAX_ATTACHMENT_NAME_LENGTH = 120;

/** A file name as the shopper's device named it: no path, no control characters, at most 120 characters. */
export const AttachmentFileName = z.string().check(
  z.trim(),
  z.minLength(1, 'must not be empty'),
  z.maxLength(MAX_ATTACHMENT_NAME_LENGTH, `must be at most ${MAX_ATTACHMENT_NAME_LENGTH} characters`),
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not contain
  z.regex(/^[^\\/:*?"<>|\u0000-\u001f\u007f]+$/, 'must be a file name without a path or the characters \\ / : * ? " < > |'),
);

export const Attachment = z.object({
  id: AttachmentId,
  fileName: z.string(),
  /** Bytes as stored (after the API removed location and other metadata from images). */
  size: z.int(),
  contentType: z.enum(ATTACHMENT_TYPES),
  /** Pixels, read from the image; null for a PDF. */
  width: z.nullable(z.int()),
  height: z.nullable(z.int()),
  createdAt: IsoDateTime,
  /**
   * Where the content is, as an absolute path with a signature:
   * `/v1/attachments/<id>/content?expires=<unix s>&signature=<hex>`. It works without a token (for an
   * `<img src>` or a link) for one hour; every answer that carries the attachment issues a fresh one.
   */
  url: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;

/** The attachments a request uses, by id: uploaded by the same caller and not used before. */
export const AttachmentIds = z.array(AttachmentId).check(z.maxLength(MAX_ATTACHMENTS, 'attach at most 5 files'));

export const AttachmentParams = z.object({ id: AttachmentId });
/** The signature of an attachment's `url`; without it, the request needs the owner's or an agent's token. */
export const AttachmentContentQuery = z.object({
  expires: z.optional(z.string().check(z.regex(/^[0-9]{1,12}$/, 'must be a Unix time in seconds'))),
  signature: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be the signature from the attachment url'))),
});
/** The file itself, answered with its stored Content-Type (not JSON). */
export const AttachmentContent = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be the file content');
