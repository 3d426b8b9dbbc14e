/** Files for the attachment tests, made in the browser: photos drawn on a canvas, a PDF, text, an empty and an oversized file. */

const EXIF = 'Exif\0\0';

async function drawn(width: number, height: number, type: string): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#2a6';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#fc3';
  context.fillRect(0, 0, width / 2, height / 3);
  return canvas.convertToBlob({ type, quality: 0.9 });
}

/**
 * An APP1 segment as a camera writes it: `Exif\0\0`, a big-endian TIFF header and one empty IFD, then
 * the text of a location, as a GPS block would carry it.
 */
function app1(): Uint8Array {
  const body = [...EXIF].map((c) => c.charCodeAt(0));
  body.push(0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00);
  body.push(...[...'GPS 59.3293N 18.0686E'].map((c) => c.charCodeAt(0)));
  const length = body.length + 2;
  return new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...body]);
}

/** A JPEG photo of `width`×`height` with an EXIF segment (location included) right after its start. */
export async function photo(name = 'photo.jpg', width = 4000, height = 3000): Promise<File> {
  const bytes = new Uint8Array(await (await drawn(width, height, 'image/jpeg')).arrayBuffer());
  const exif = app1();
  const spliced = new Uint8Array(bytes.length + exif.length);
  spliced.set(bytes.subarray(0, 2));
  spliced.set(exif, 2);
  spliced.set(bytes.subarray(2), 2 + exif.length);
  return new File([spliced], name, { type: 'image/jpeg' });
}

export const png = async (name = 'screenshot.png', width = 320, height = 200): Promise<File> => new File([await drawn(width, height, 'image/png')], name, { type: 'image/png' });

/** A PDF of exactly `size` bytes (84 by default). */
export function pdf(name = 'receipt.pdf', size = 84): File {
  const head = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n';
  const tail = '\n%%EOF\n';
  return new File([head.padEnd(size - tail.length, ' ') + tail], name, { type: 'application/pdf' });
}

export const text = (name = 'notes.txt'): File => new File(['Order notes'], name, { type: 'text/plain' });
export const empty = (name = 'empty.jpg'): File => new File([], name, { type: 'image/jpeg' });
/** 11 MB that start like a JPEG. */
export const huge = (name = 'huge.jpg'): File => new File([new Uint8Array([0xff, 0xd8, 0xff]), new Uint8Array(11 * 1024 * 1024)], name, { type: 'image/jpeg' });

/** Whether a file's bytes hold an EXIF block. */
export async function hasExif(blob: Blob): Promise<boolean> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const marker = [...EXIF].map((c) => c.charCodeAt(0));
  for (let i = 0; i < bytes.length - marker.length; i++) if (marker.every((b, j) => bytes[i + j] === b)) return true;
  return false;
}

/** A FileList of these files, as a file input or a drop gives it. */
export function list(...files: File[]): FileList {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer.files;
}

/** What the page uploads from now on (each body as sent); `stop` puts XMLHttpRequest back. */
export function captureUploads(): { bodies: Blob[]; count: () => number; stop: () => void } {
  const proto = XMLHttpRequest.prototype;
  const open = Object.getOwnPropertyDescriptor(proto, 'open')!;
  const send = Object.getOwnPropertyDescriptor(proto, 'send')!;
  const uploads = new WeakSet<XMLHttpRequest>();
  const bodies: Blob[] = [];
  Object.defineProperty(proto, 'open', {
    ...open,
    value(this: XMLHttpRequest, ...args: [string, string | URL, ...unknown[]]) {
      if (args[0] === 'POST' && String(args[1]).endsWith('/v1/attachments')) uploads.add(this);
      return Reflect.apply(open.value as (...a: unknown[]) => void, this, args);
    },
  });
  Object.defineProperty(proto, 'send', {
    ...send,
    value(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      if (uploads.has(this) && body instanceof Blob) bodies.push(body);
      return Reflect.apply(send.value as (...a: unknown[]) => void, this, [body]);
    },
  });
  return {
    bodies,
    count: () => bodies.length,
    stop: () => {
      Object.defineProperty(proto, 'open', open);
      Object.defineProperty(proto, 'send', send);
    },
  };
}

/** The JSON bodies the page sends with fetch to paths ending in `path` from now on; `stop` puts fetch back. */
export function captureRequests(path: string): { bodies: Record<string, unknown>[]; stop: () => void } {
  const native = Object.getOwnPropertyDescriptor(window, 'fetch')!;
  const original = window.fetch.bind(window);
  const bodies: Record<string, unknown>[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith(path)) bodies.push((await request.clone().json()) as Record<string, unknown>);
    return original(request);
  };
  return { bodies, stop: () => Object.defineProperty(window, 'fetch', native) };
}
