import type { Attachment, ATTACHMENT_TYPES } from '@assist/contract';

/**
 * The contract's limits on attachments, repeated here so the shopper's files are checked before they
 * are sent without bundling the contract's schemas (and zod) into the components: a type-only import
 * keeps them out, and a test checks that both agree.
 */
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export type { Attachment };

export const TYPES: readonly AttachmentType[] = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
export const MAX_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 5;
/** The header that carries the file's name (URI-encoded). */
export const NAME_HEADER = 'X-File-Name';
/** Photos are scaled down to this on their long side. */
export const MAX_SIDE = 2048;
