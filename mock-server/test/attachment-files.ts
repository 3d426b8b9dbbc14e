import { deflateSync } from 'node:zlib';

/**
 * Small but well-formed files of each type an attachment may be, built byte by byte so that a test
 * knows exactly what is in them: sizes in their headers, and the metadata (GPS Exif, text chunks)
 * the API must remove.
 */

const bytes = (...parts: (Uint8Array | number[] | string)[]): Uint8Array<ArrayBuffer> => {
  const arrays = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};
const u16be = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const u16le = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u24le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
const u32le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const pngChunk = (type: string, data: Uint8Array | number[]) => {
  const body = bytes(type, data);
  return bytes(u32be(body.length - 4), body, u32be(crc32(body)));
};

/** A real PNG of `width` × `height` grey pixels; with `text`, a tEXt and an iTXt chunk (an editor's notes) before the image data. */
export function png(width: number, height: number, text?: string): Uint8Array<ArrayBuffer> {
  const ihdr = bytes(u32be(width), u32be(height), [8, 0, 0, 0, 0]); // 8-bit greyscale
  const rows = new Uint8Array(height * (width + 1)).fill(0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter type per row
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', ihdr),
    ...(text ? [pngChunk('tEXt', bytes('Comment\0', text)), pngChunk('iTXt', bytes('Location\0\0\0\0\0', text))] : []),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', []),
  );
}

/** The GPS position written into `jpeg({ gps: true })`, as text that would show in the bytes. */
export const GPS_MARK = 'GPS-59.3293N-18.0686E';

/** An Exif APP1 segment with a GPS IFD (latitude 59° N), as a phone writes it; the mark makes its presence easy to see. */
function exifWithGps(): Uint8Array {
  // TIFF, little endian: IFD0 with one entry, the GPS IFD pointer (0x8825) to the GPS IFD at 26.
  const tiff = bytes(
    'II',
    u16le(42),
    u32le(8),
    u16le(1),
    [...u16le(0x8825), ...u16le(4), ...u32le(1), ...u32le(26)],
    u32le(0),
    // GPS IFD at 26: GPSLatitudeRef 'N' (inline).
    u16le(1),
    [...u16le(0x0001), ...u16le(2), ...u32le(2), ...bytes('N\0\0\0')],
    u32le(0),
    GPS_MARK,
  );
  const data = bytes('Exif\0\0', tiff);
  return bytes([0xff, 0xe1], u16be(data.length + 2), data);
}

/** A baseline JPEG's structure of `width` × `height` (JFIF, quantisation, frame, Huffman table, scan); with `gps`, an Exif APP1 with a GPS position and an XMP APP1. */
export function jpeg(width: number, height: number, options: { gps?: boolean } = {}): Uint8Array<ArrayBuffer> {
  const segment = (marker: number, data: Uint8Array | number[]) => bytes([0xff, marker], u16be((data instanceof Uint8Array ? data.length : data.length) + 2), data);
  const xmp = bytes('http://ns.adobe.com/xap/1.0/\0', `<x:xmpmeta><exif:GPSLatitude>${GPS_MARK}</exif:GPSLatitude></x:xmpmeta>`);
  return bytes(
    [0xff, 0xd8],
    segment(0xe0, bytes('JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0])),
    ...(options.gps ? [exifWithGps(), segment(0xe1, xmp)] : []),
    segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
    segment(0xc0, [8, ...u16be(height), ...u16be(width), 1, 1, 0x11, 0]),
    segment(0xc4, [0, ...new Array<number>(16).fill(0).map((_, i) => (i === 0 ? 1 : 0)), 0]),
    segment(0xda, [1, 1, 0, 0, 63, 0]),
    [0x00, 0x00, 0x00, 0x00],
    [0xff, 0xd9],
  );
}

/** A lossless WebP of `width` × `height` (VP8L header); with `exif`, the extended form (VP8X) with an EXIF chunk. */
export function webp(width: number, height: number, options: { exif?: boolean } = {}): Uint8Array<ArrayBuffer> {
  const bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14);
  const vp8l = bytes([0x2f], u32le(bits), [0, 0, 0]); // signature, size, then (here truncated) image data
  const chunk = (fourcc: string, data: Uint8Array) => bytes(fourcc, u32le(data.length), data, data.length % 2 ? [0] : []);
  const body = options.exif
    ? bytes(chunk('VP8X', bytes([0x08, 0, 0, 0], u24le(width - 1), u24le(height - 1))), chunk('VP8L', vp8l), chunk('EXIF', bytes('Exif\0\0', GPS_MARK)))
    : chunk('VP8L', vp8l);
  return bytes('RIFF', u32le(body.length + 4), 'WEBP', body);
}

/** A one-page PDF. */
export const pdf = (): Uint8Array<ArrayBuffer> =>
  bytes('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Whether `needle` occurs in `haystack`. */
export const contains = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(Buffer.from(needle));
