import type { Attachment } from './limits.js';
import { NAME_HEADER } from './limits.js';

/** Where files go and as whom: the component's API, the shopper's or the chat's token, the merchant's client id. */
export interface UploadTarget {
  baseUrl: string;
  token: string | null | undefined;
  clientId?: string | null | undefined;
  locale?: string | undefined;
}

/** Why an upload failed: `retryable` when trying again may work (no network, 5xx, 429). */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly retryable: boolean,
  ) {
    super(code);
  }
}

/** Tries per upload before the shopper is offered "Retry". */
export const TRIES = 3;
/** The wait before try `n + 1` (n from 1): 0.5 s, 1 s, …, with some jitter. */
export const pause = (n: number): number => 250 * 2 ** n * (0.75 + Math.random() / 4);

/** The longest file name the API keeps. */
const MAX_NAME = 120;

/** A file name the API takes: no path or reserved characters, at most 120 characters with its extension kept. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what a file name may not hold
  const clean = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').trim() || 'file';
  if (clean.length <= MAX_NAME) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, MAX_NAME - ext.length) + ext;
}

/**
 * One attempt: the bytes in the body with XMLHttpRequest, which (unlike fetch) reports the upload's
 * progress; the Idempotency-Key makes a repeated attempt answer the first one's attachment.
 */
export function send(target: UploadTarget, body: Blob, name: string, type: string, key: string, progress: (share: number) => void, signal: AbortSignal): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${target.baseUrl.replace(/\/$/, '')}/v1/attachments`);
    xhr.setRequestHeader('Content-Type', type);
    xhr.setRequestHeader(NAME_HEADER, encodeURIComponent(name));
    xhr.setRequestHeader('Idempotency-Key', key);
    xhr.setRequestHeader('Accept', 'application/json');
    if (target.token) xhr.setRequestHeader('Authorization', `Bearer ${target.token}`);
    if (target.clientId) xhr.setRequestHeader('assist-client-id', target.clientId);
    if (target.locale) xhr.setRequestHeader('Accept-Language', target.locale);
    xhr.upload.onprogress = (e) => e.lengthComputable && progress(e.loaded / e.total);
    xhr.onload = () => {
      let data: unknown;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = undefined;
      }
      const status = xhr.status;
      if (status === 200 || status === 201) return resolve(data as Attachment);
      const code = (data as { error?: { code?: string } } | undefined)?.error?.code ?? 'error';
      reject(new UploadError(status, code, status === 429 || status >= 500));
    };
    xhr.onerror = xhr.ontimeout = () => reject(new UploadError(0, 'network', true));
    xhr.onabort = () => reject(new UploadError(0, 'aborted', false));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Uploads, trying again after a failure that may pass (up to `TRIES` in all, waiting longer each time). */
export async function upload(
  target: () => UploadTarget,
  body: Blob,
  name: string,
  type: string,
  key: string,
  progress: (share: number) => void,
  signal: AbortSignal,
  tries = TRIES,
): Promise<Attachment> {
  for (let n = 1; ; n++) {
    try {
      return await send(target(), body, name, type, key, progress, signal);
    } catch (error) {
      if (!(error instanceof UploadError) || !error.retryable || n >= tries || signal.aborted) throw error;
      progress(0);
      await wait(pause(n), signal);
    }
  }
}
