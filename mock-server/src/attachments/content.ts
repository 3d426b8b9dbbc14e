import type { AttachmentType } from '@assist/contract';

/**
 * What a file is, judged by its bytes rather than by the name or type the client sent: the magic
 * bytes of JPEG, PNG, WebP and PDF, the pixel size from the image header, and the image again without
 * the metadata that can locate or identify a shopper (Exif with GPS, XMP, text chunks). Pure
 * functions over bytes, so the same code runs in Node and in the browser mock.
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32le = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** The type the content is, from its first bytes; null for anything else. */
export function sniffType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}

export interface Dimensions {
  width: number;
  height: number;
}

/** The image's pixel size from its header; null when the header cannot be read (a broken or cut-off file). */
export function imageSize(bytes: Uint8Array, type: AttachmentType): Dimensions | null {
  switch (type) {
    case 'image/png':
      return pngSize(bytes);
    case 'image/jpeg':
      return jpegSize(bytes);
    case 'image/webp':
      return webpSize(bytes);
    default:
      return null;
  }
}

function pngSize(b: Uint8Array): Dimensions | null {
  // The signature, then IHDR first: length 13, "IHDR", width, height.
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return null;
  const size = { width: u32be(b, 16), height: u32be(b, 20) };
  return size.width > 0 && size.height > 0 ? size : null;
}

/** Start-of-frame markers: C0 to CF except DHT (C4), JPG (C8) and DAC (CC). */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
/** Markers without a length: TEM, RST0-7, SOI, EOI. */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9);

interface JpegSegment {
  marker: number;
  /** Where the segment starts (its first FF), where its length field is, and where it ends. */
  start: number;
  data: number;
  end: number;
}

/** The segments of a JPEG up to the start of scan (the image data after it is not segmented); null when broken. */
function jpegSegments(b: Uint8Array): { segments: JpegSegment[]; scanAt: number } | null {
  const segments: JpegSegment[] = [];
  let at = 2;
  while (at < b.length) {
    if (b[at] !== 0xff) return null;
    const start = at;
    while (b[at] === 0xff && at < b.length) at++; // fill bytes
    const marker = b[at++];
    if (marker === undefined) return null;
    if (standalone(marker)) {
      if (marker === 0xd9) return null; // the image ended before any scan
      segments.push({ marker, start, data: at, end: at });
      continue;
    }
    if (at + 2 > b.length) return null;
    const data = at;
    const length = u16be(b, at);
    if (length < 2 || at + length > b.length) return null;
    at += length;
    segments.push({ marker, start, data, end: at });
    if (marker === 0xda) return { segments, scanAt: at };
  }
  return null;
}

function jpegSize(b: Uint8Array): Dimensions | null {
  const frame = jpegSegments(b)?.segments.find((s) => isStartOfFrame(s.marker));
  // After the length: precision (1), height (2), width (2).
  if (!frame || frame.end - frame.data < 7) return null;
  const size = { height: u16be(b, frame.data + 3), width: u16be(b, frame.data + 5) };
  return size.width > 0 && size.height > 0 ? size : null;
}

function webpSize(b: Uint8Array): Dimensions | null {
  // The first chunk after "RIFF", size, "WEBP" says which header follows at 20.
  const chunk = b.length >= 20 ? ascii(b, 12, 4) : '';
  let size: Dimensions | null = null;
  if (chunk === 'VP8 ' && b.length >= 30 && startsWith(b, [0x9d, 0x01, 0x2a], 23)) {
    size = { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  } else if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = u32le(b, 21);
    size = { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  } else if (chunk === 'VP8X' && b.length >= 30) {
    size = { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  }
  return size && size.width > 0 && size.height > 0 ? size : null;
}

/** PNG chunks that carry text or Exif: a camera's or editor's notes, sometimes a location. */
const PNG_METADATA_CHUNKS = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt']);
/** WebP chunks of Exif and XMP, and their flags in the VP8X header. */
const WEBP_METADATA_CHUNKS: Record<string, number> = { EXIF: 0x08, 'XMP ': 0x04 };

/**
 * The image without its metadata: JPEG APP1 segments (Exif, with GPS, and XMP), PNG eXIf and text
 * chunks, WebP EXIF and XMP chunks. Everything else is kept byte for byte; a PDF is kept as it is.
 * Answers the same array when there was nothing to remove.
 */
export function stripMetadata(bytes: Uint8Array, type: AttachmentType): Uint8Array {
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
    default:
      return bytes;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function stripJpeg(b: Uint8Array): Uint8Array {
  const parsed = jpegSegments(b);
  if (!parsed) return b;
  const kept = parsed.segments.filter((s) => s.marker !== 0xe1);
  if (kept.length === parsed.segments.length) return b;
  return concat([b.subarray(0, 2), ...kept.map((s) => b.subarray(s.start, s.end)), b.subarray(parsed.scanAt)]);
}

function stripPng(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [b.subarray(0, 8)];
  let at = 8;
  let removed = false;
  while (at + 12 <= b.length) {
    const end = at + 12 + u32be(b, at);
    if (end > b.length) break;
    if (PNG_METADATA_CHUNKS.has(ascii(b, at + 4, 4))) removed = true;
    else parts.push(b.subarray(at, end));
    at = end;
  }
  if (!removed) return b;
  parts.push(b.subarray(at));
  return concat(parts);
}

function stripWebp(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 12;
  let flagsCleared = 0;
  while (at + 8 <= b.length) {
    const fourcc = ascii(b, at, 4);
    const size = u32le(b, at + 4);
    const end = Math.min(b.length, at + 8 + size + (size % 2));
    const flag = WEBP_METADATA_CHUNKS[fourcc];
    if (flag !== undefined) flagsCleared |= flag;
    else parts.push(b.subarray(at, end));
    at = end;
  }
  if (flagsCleared === 0) return b;
  const body = concat(parts);
  // The VP8X header says which chunks follow: it must no longer announce the removed ones.
  if (ascii(body, 0, 4) === 'VP8X') body[8] = body[8]! & ~flagsCleared;
  const header = new Uint8Array(12);
  header.set(b.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return concat([header, body]);
}
