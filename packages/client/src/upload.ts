import { uploadAttachment as uploadRoute } from '@assist/contract/endpoints';
import type { ApiError, Attachment } from '@assist/contract';
import { CLIENT_ID_HEADER, newKey, sleep, type AssistClient } from './client.js';
import { AssistApiError } from './errors.js';

/**
 * Uploading a photo or PDF as an attachment, with the client's address, token, merchant id and
 * language. Its own module (`@assist/client/upload`), imported where a file is picked: a page that
 * never uploads downloads none of it.
 */

export interface UploadOptions {
  /** The file's name as the shopper's device has it; sent percent-encoded in `X-File-Name`. */
  fileName: string;
  /** Reuse a key to retry an upload made earlier: the API answers the same attachment. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Per attempt (default 60 s: large photos on slow links). */
  timeoutMs?: number;
  /** Attempts after the first, for network failures, timeouts, 429 and 5xx (default 2). */
  retries?: number;
  /** The transport, when the client's calls do not go through the page's `fetch` (a test, another page's mock). */
  fetch?: (request: Request) => Promise<Response>;
}

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);

/**
 * Uploads `file` (`POST /v1/attachments`): its bytes as the body, its type as Content-Type, its name
 * in `X-File-Name`. Every attempt carries one Idempotency-Key, so a retried upload answers the same
 * attachment. Send the answer's `id` with the problem, return or chat message it belongs to; show
 * it with its `url` (signed, valid for an hour). Rejects with an AssistApiError as `call` does.
 */
export async function uploadAttachment(client: AssistClient, file: Blob, options: UploadOptions): Promise<Attachment> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': file.type,
    // The contract's ATTACHMENT_NAME_HEADER (written out: the contract's schemas stay out of this module).
    'x-file-name': encodeURIComponent(options.fileName),
    'idempotency-key': options.idempotencyKey ?? newKey(),
  };
  if (client.locale) headers['accept-language'] = client.locale;
  if (client.clientId) headers[CLIENT_ID_HEADER] = client.clientId;
  if (client.token) headers.authorization = `Bearer ${client.token}`;
  const url = new URL(client.baseUrl + uploadRoute.path, globalThis.location?.href ?? 'http://localhost/').href;
  const send = options.fetch ?? ((request: Request) => fetch(request));
  const attempts = (options.retries ?? 2) + 1;
  let last: AssistApiError | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await pause(Math.min(5_000, 300 * 2 ** attempt * (0.5 + Math.random() / 2)), options.signal);
    try {
      return await once(send, url, headers, file, options);
    } catch (error) {
      last = error as AssistApiError;
      if (!(last.code === 'network' || last.code === 'timeout' || RETRY_STATUSES.has(last.status))) break;
    }
  }
  throw last!;
}

async function once(send: (request: Request) => Promise<Response>, url: string, headers: Record<string, string>, file: Blob, options: UploadOptions): Promise<Attachment> {
  if (options.signal?.aborted) throw new AssistApiError('aborted', 'The upload was cancelled');
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? 60_000);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let response: Response;
  try {
    response = await send(new Request(url, { method: uploadRoute.method, headers, body: file, signal: controller.signal }));
  } catch (cause) {
    if (timedOut) throw new AssistApiError('timeout', 'The upload did not finish in time', { cause });
    if (options.signal?.aborted) throw new AssistApiError('aborted', 'The upload was cancelled', { cause });
    throw new AssistApiError('network', 'The API could not be reached', { cause });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch (cause) {
    throw new AssistApiError('invalid_response', `The API answered ${response.status} with something that is not JSON`, { status: response.status, cause });
  }
  if (response.ok) return data as Attachment;
  const error = (data as ApiError | undefined)?.error;
  if (!error || typeof error.code !== 'string')
    throw new AssistApiError('invalid_response', `The API answered ${response.status} without an error body`, { status: response.status });
  throw new AssistApiError(error.code, error.message, {
    status: response.status,
    issues: error.issues ?? [],
    ...(error.requestId ? { requestId: error.requestId } : {}),
    ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
  });
}

/** The client's wait between attempts, cancelled as an upload. */
const pause = (ms: number, signal?: AbortSignal) =>
  sleep(ms, signal).catch(() => {
    throw new AssistApiError('aborted', 'The upload was cancelled');
  });
