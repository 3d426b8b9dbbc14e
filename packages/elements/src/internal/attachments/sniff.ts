import type { AttachmentType } from './limits.js';

/** The first bytes of each type the API takes: the type is read from the content, never from the name or the browser's guess. */
const SIGNATURES: readonly [AttachmentType, number, number[]][] = [
  ['image/jpeg', 0, [0xff, 0xd8, 0xff]],
  ['image/png', 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  // RIFF….WEBP
  ['image/webp', 8, [0x57, 0x45, 0x42, 0x50]],
  // %PDF-
  ['application/pdf', 0, [0x25, 0x50, 0x44, 0x46, 0x2d]],
];

const matches = (bytes: Uint8Array, at: number, signature: number[]) => signature.every((b, i) => bytes[at + i] === b);

/** The type of a file by its first bytes (12 are enough), or undefined for anything else. */
export function sniff(bytes: Uint8Array): AttachmentType | undefined {
  for (const [type, at, signature] of SIGNATURES) {
    if (matches(bytes, at, signature) && (type !== 'image/webp' || matches(bytes, 0, [0x52, 0x49, 0x46, 0x46]))) return type;
  }
  return undefined;
}

/** Reads the start of a file and answers its type. */
export async function typeOf(file: Blob): Promise<AttachmentType | undefined> {
  return sniff(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
}
