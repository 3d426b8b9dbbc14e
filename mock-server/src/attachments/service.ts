import { ATTACHMENT_TYPES, AttachmentFileName, MAX_ATTACHMENT_BYTES, type Attachment, type AttachmentType } from '@assist/contract';
import type { Auth } from '../http/define.js';
import { ApiFailure, notFound, validationFailure } from '../http/failure.js';
import { newId } from '../ids.js';
import type { AttachmentRecord, Store } from '../store/types.js';
import { imageSize, sniffType, stripMetadata } from './content.js';
import { AttachmentSigner } from './signing.js';

/** An attachment as problems, returns and chat messages keep it: everything but the url, which is signed per answer. */
export type AttachmentMeta = Omit<Attachment, 'url'>;

const TYPE_NAMES: Record<AttachmentType, string> = {
  'image/jpeg': 'a JPEG image',
  'image/png': 'a PNG image',
  'image/webp': 'a WebP image',
  'application/pdf': 'a PDF',
};
const ACCEPTED = 'Attach a photo (JPEG, PNG or WebP) or a PDF';

/** Who an upload belongs to: `shopper:<customer id>`, `chat:<chat id>` or `agent` (any agent). */
export function ownerOf(auth: Auth): string {
  if (auth.agent) return 'agent';
  if (auth.claims?.kind === 'shopper' && auth.claims.sub) return `shopper:${auth.claims.sub}`;
  if (auth.claims?.kind === 'chat' && auth.claims.chat) return `chat:${auth.claims.chat}`;
  throw new ApiFailure('unauthorized', 'Uploading needs a verified shopper, a chat or an agent token');
}

/** The media type of a Content-Type header, without parameters, in lower case. */
const mediaType = (header: string | undefined) => header?.split(';')[0]?.trim().toLowerCase() ?? '';

/** Only the fields an answer carries besides the url, of a stored record or of an attachment an answer carried. */
export const metaOf = (record: AttachmentRecord | AttachmentMeta): AttachmentMeta => ({
  id: record.id,
  fileName: record.fileName,
  size: record.size,
  contentType: record.contentType,
  width: record.width,
  height: record.height,
  createdAt: record.createdAt,
});

/**
 * A case as a merchant's webhook gets it: the attachments' metadata (names, types, sizes) without
 * urls. The files are the shopper's; support shares them with the store when the case needs it.
 */
export function withoutUrls<T extends { attachments: Attachment[] }>(view: T): Omit<T, 'attachments'> & { attachments: AttachmentMeta[] } {
  return { ...view, attachments: view.attachments.map(metaOf) };
}

export interface Upload {
  bytes: Uint8Array;
  /** The Content-Type header as sent. */
  contentType: string | undefined;
  /** The X-File-Name header as sent (percent-encoded). */
  fileName: string | undefined;
  owner: string;
}

/**
 * Uploading, using and serving attachments. The content decides the type (magic bytes); images lose
 * their Exif, XMP and text metadata before they are stored; every answer signs fresh content urls.
 */
export class Attachments {
  readonly #store: Store;
  readonly #signer: AttachmentSigner;
  constructor(store: Store, secret: string) {
    this.#store = store;
    this.#signer = new AttachmentSigner(secret);
  }

  get signer(): AttachmentSigner {
    return this.#signer;
  }

  #nowS(): number {
    return Math.floor(this.#store.clock.now().getTime() / 1000);
  }

  /** The declared type, checked before the body is read: 415 for anything that is not a type we take. */
  static declaredType(header: string | undefined): AttachmentType {
    const type = mediaType(header);
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(type)) {
      throw new ApiFailure('unsupported_type', `${ACCEPTED}; ${type ? `${type} is not accepted` : 'send the file type as Content-Type'}`);
    }
    return type as AttachmentType;
  }

  /** The file name from its header (percent-encoded UTF-8), checked: 400 when missing or not a plain file name. */
  static fileName(header: string | undefined): string {
    const issue = (message: string) => validationFailure([{ path: 'header.X-File-Name', message }]);
    if (header === undefined || header.trim() === '') throw issue("is required: send the file's name, percent-encoded (encodeURIComponent)");
    let decoded: string;
    try {
      decoded = decodeURIComponent(header);
    } catch {
      throw issue('must be the file name percent-encoded as UTF-8 (encodeURIComponent)');
    }
    const parsed = AttachmentFileName.safeParse(decoded.normalize('NFC'));
    if (!parsed.success) throw issue(parsed.error.issues[0]?.message ?? 'must be a file name');
    return parsed.data;
  }

  /** Keeps an uploaded file: 400 when empty, 415 when its content is not what it says or not a type we take. */
  async upload(input: Upload): Promise<Attachment> {
    const declared = Attachments.declaredType(input.contentType);
    const fileName = Attachments.fileName(input.fileName);
    if (input.bytes.length === 0) throw validationFailure([{ path: 'body', message: 'is empty: choose a file that has content' }]);
    if (input.bytes.length > MAX_ATTACHMENT_BYTES) throw new ApiFailure('too_large', 'The file is larger than 10 MB: choose a smaller one');
    const actual = sniffType(input.bytes);
    if (actual === null) throw new ApiFailure('unsupported_type', `${ACCEPTED}: this file is none of them, whatever its name says`);
    if (actual !== declared)
      throw new ApiFailure('unsupported_type', `The file was sent as ${TYPE_NAMES[declared]} but is ${TYPE_NAMES[actual]}: send it with Content-Type ${actual}`);
    let size: { width: number; height: number } | null = null;
    if (actual !== 'application/pdf') {
      size = imageSize(input.bytes, actual);
      if (!size) throw new ApiFailure('unsupported_type', `The file starts like ${TYPE_NAMES[actual]} but its image cannot be read: it may be damaged or cut off`);
    }
    const content = stripMetadata(input.bytes, actual);
    const record: AttachmentRecord = {
      id: newId('att'),
      owner: input.owner,
      usedBy: null,
      fileName,
      size: content.length,
      contentType: actual,
      width: size?.width ?? null,
      height: size?.height ?? null,
      createdAt: this.#store.clock.now().toISOString(),
    };
    await this.#store.putAttachment(record, content);
    return this.view(metaOf(record));
  }

  /**
   * Sends attachments with something (`usedBy`): each must exist, belong to one of `owners` and not
   * have been sent before, else 422 naming the first that does not fit. Call inside the unit that
   * saves what they are sent with, so a failure leaves them unused (on PostgreSQL).
   */
  async use(ids: readonly string[] | undefined, owners: readonly string[], usedBy: string, path = 'body.attachments'): Promise<AttachmentMeta[]> {
    if (!ids || ids.length === 0) return [];
    if (new Set(ids).size !== ids.length) throw validationFailure([{ path, message: 'must not name the same attachment twice' }]);
    const records: AttachmentRecord[] = [];
    for (const [i, id] of ids.entries()) {
      const record = await this.#store.attachment(id);
      if (!record || !owners.includes(record.owner)) {
        throw new ApiFailure('attachment_not_found', `Attachment ${id} was not found among your uploads: upload the file again`, {
          issues: [{ path: `${path}.${i}`, message: 'is not an attachment you uploaded' }],
        });
      }
      records.push(record);
    }
    for (const [i, record] of records.entries()) {
      if (!(await this.#store.markAttachmentUsed(record.id, usedBy))) {
        throw new ApiFailure('attachment_already_used', `Attachment ${record.id} was already sent with something else: upload the file again to send it here too`, {
          issues: [{ path: `${path}.${i}`, message: 'was already sent' }],
        });
      }
    }
    return records.map(metaOf);
  }

  /** The attachment with a fresh signed url. */
  async view(meta: AttachmentMeta): Promise<Attachment> {
    return { ...meta, url: await this.#signer.url(meta.id, this.#nowS()) };
  }

  /** Each attachment with a fresh signed url (none: an empty list). */
  async views(metas: readonly AttachmentMeta[] | undefined): Promise<Attachment[]> {
    if (!metas || metas.length === 0) return [];
    const nowS = this.#nowS();
    return Promise.all(metas.map(async (meta) => ({ ...meta, url: await this.#signer.url(meta.id, nowS) })));
  }

  /** An answer kept for an Idempotency-Key, its attachments signed again (a replay may come after the first urls expired). */
  async refresh<T extends { attachments: Attachment[] }>(kept: T): Promise<T> {
    return { ...kept, attachments: await this.views(kept.attachments.map(metaOf)) };
  }

  /**
   * The content of an attachment for a caller with a valid signature, its owner or an agent; anyone
   * else gets 404 as for an attachment that does not exist.
   */
  async content(id: string, signed: { expires?: string | undefined; signature?: string | undefined }, auth: Auth): Promise<{ record: AttachmentRecord; content: Uint8Array }> {
    const record = await this.#store.attachment(id);
    if (!record) throw notFound('Attachment');
    const allowed = (await this.#signer.verify(id, signed.expires, signed.signature, this.#nowS())) || mayRead(record, auth);
    if (!allowed) throw notFound('Attachment');
    const content = await this.#store.attachmentContent(id);
    if (!content) throw notFound('Attachment');
    return { record, content };
  }
}

/** Whether a token (not a signature) may read an attachment: any agent; the shopper or chat that uploaded it; the chat it was sent in. */
function mayRead(record: AttachmentRecord, auth: Auth): boolean {
  if (auth.agent) return true;
  const claims = auth.claims;
  if (!claims) return false;
  if (claims.kind === 'shopper') return claims.sub !== null && record.owner === `shopper:${claims.sub}`;
  return claims.chat !== undefined && (record.owner === `chat:${claims.chat}` || record.usedBy === `chat:${claims.chat}`);
}
