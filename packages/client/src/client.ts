import { fillPath, type Endpoints, type RouteId, type RouteOf } from '@assist/contract/endpoints';
import type { ApiError, RouteInput, RouteOutput } from '@assist/contract';
import { AssistApiError } from './errors.js';

export interface ClientOptions {
  /** Where the API lives, e.g. `https://api.example.com` or `/mock-api`. */
  baseUrl: string;
  /** Sent as Accept-Language; the API answers help content in it (falling back to English). */
  locale?: string;
  /**
   * The merchant's client id, sent as `Assist-Client-Id` with every call: the API answers a browser
   * only for a client id whose allowed origins include the page's (`demo` on localhost).
   */
  clientId?: string | null;
  /** A shopper token from verification, kept in memory only. */
  token?: string | null;
  /** Per attempt. */
  timeoutMs?: number;
  /** Extra attempts for requests that are safe to repeat. */
  retries?: number;
  /** First backoff step; doubles per attempt, with jitter. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  fetch?: (request: Request) => Promise<Response>;
  /** Called when the API rejects the token, so the UI can ask the shopper to verify again. */
  onUnauthorized?: (error: AssistApiError) => void;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Reuse a key to retry a creation made earlier (e.g. from an outbox after a reload). */
  idempotencyKey?: string;
  timeoutMs?: number;
}

// `Record<never, never>` is the empty object `{}`: when it fits the route's input, every part is optional.
type Args<Id extends RouteId> = Record<never, never> extends RouteInput<Id> ? [input?: RouteInput<Id>, options?: CallOptions] : [input: RouteInput<Id>, options?: CallOptions];

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);

/** The header that names the merchant (`configure({ clientId })`, `data-client-id`). */
export const CLIENT_ID_HEADER = 'assist-client-id';

/** A random key for Idempotency-Key and client-generated ids (works outside secure contexts too). */
export function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Waits `ms`, or rejects as cancelled when `signal` aborts first. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new AssistApiError('aborted', 'The request was cancelled'));
      },
      { once: true },
    );
  });

/**
 * Typed client for the Assist API. `call(getOrder, { params: { id } })` (the route imported from
 * `@assist/contract/endpoints`) is checked against the contract at compile time; at run time a route
 * is only its method, path and rules, so a bundle carries the routes it calls and no schemas.
 */
export class AssistClient {
  #options: Required<Omit<ClientOptions, 'token' | 'locale' | 'clientId' | 'onUnauthorized'>> & Pick<ClientOptions, 'onUnauthorized'>;
  #clientId: string | null;
  #token: string | null;
  #locale: string | undefined;

  constructor(options: ClientOptions) {
    this.#options = {
      baseUrl: options.baseUrl.replace(/\/$/, ''),
      timeoutMs: options.timeoutMs ?? 10_000,
      retries: options.retries ?? 2,
      retryDelayMs: options.retryDelayMs ?? 300,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 5_000,
      fetch: options.fetch ?? ((request) => fetch(request)),
      onUnauthorized: options.onUnauthorized,
    };
    this.#token = options.token ?? null;
    this.#clientId = options.clientId || null;
    this.#locale = options.locale;
  }

  get baseUrl(): string {
    return this.#options.baseUrl;
  }
  /** The merchant's client id this client sends (`Assist-Client-Id`), or null. */
  get clientId(): string | null {
    return this.#clientId;
  }
  get token(): string | null {
    return this.#token;
  }
  setToken(token: string | null): void {
    this.#token = token;
  }
  get locale(): string | undefined {
    return this.#locale;
  }
  setLocale(locale: string | undefined): void {
    this.#locale = locale;
  }

  async call<E extends Endpoints[RouteId], Id extends RouteId = RouteOf<E>>(endpoint: E, ...[input, options = {}]: Args<Id>): Promise<RouteOutput<Id>> {
    const parts = (input ?? {}) as { params?: Record<string, string>; query?: Record<string, string | number | boolean | null | undefined>; body?: unknown };
    const url = new URL(this.#options.baseUrl + fillPath(endpoint.path, parts.params), 'http://relative.invalid');
    for (const [name, value] of Object.entries(parts.query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
    }
    const target = url.origin === 'http://relative.invalid' ? url.pathname + url.search : url.href;

    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.#locale) headers['accept-language'] = this.#locale;
    if (this.#clientId) headers[CLIENT_ID_HEADER] = this.#clientId;
    if (this.#token && endpoint.auth !== 'none') headers.authorization = `Bearer ${this.#token}`;
    if (parts.body !== undefined) headers['content-type'] = 'application/json';
    let key = options.idempotencyKey;
    if (!key && endpoint.idempotency !== 'none') key = newKey();
    if (key) headers['idempotency-key'] = key;

    // Only requests the API can safely see twice are repeated: reads, and writes with a key.
    const repeatable = endpoint.method === 'GET' || key !== undefined;
    const attempts = repeatable ? this.#options.retries + 1 : 1;
    const body = parts.body === undefined ? undefined : JSON.stringify(parts.body);

    let lastError: AssistApiError | undefined;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) {
        const backoff = Math.min(this.#options.maxRetryDelayMs, this.#options.retryDelayMs * 2 ** (attempt - 1));
        const asked = lastError?.retryAfter !== undefined ? lastError.retryAfter * 1000 : 0;
        await sleep(Math.min(this.#options.maxRetryDelayMs, Math.max(asked, backoff / 2 + Math.random() * (backoff / 2))), options.signal);
      }
      try {
        return (await this.#attempt(target, endpoint.method, headers, body, options)) as RouteOutput<Id>;
      } catch (error) {
        lastError = error as AssistApiError;
        const retry = lastError.code === 'network' || lastError.code === 'timeout' || RETRY_STATUSES.has(lastError.status);
        if (!retry) break;
      }
    }
    if (lastError?.code === 'unauthorized') this.#options.onUnauthorized?.(lastError);
    throw lastError!;
  }

  async #attempt(target: string, method: string, headers: Record<string, string>, body: string | undefined, options: CallOptions): Promise<unknown> {
    if (options.signal?.aborted) throw new AssistApiError('aborted', 'The request was cancelled');
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs ?? this.#options.timeoutMs);
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    try {
      response = await this.#options.fetch(
        new Request(new URL(target, globalThis.location?.href ?? 'http://localhost/'), { method, headers, body: body ?? null, signal: controller.signal }),
      );
    } catch (cause) {
      if (timedOut) throw new AssistApiError('timeout', 'The API did not answer in time', { cause });
      if (options.signal?.aborted) throw new AssistApiError('aborted', 'The request was cancelled', { cause });
      throw new AssistApiError('network', 'The API could not be reached', { cause });
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
    const text = await response.text();
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch (cause) {
      throw new AssistApiError('invalid_response', `The API answered ${response.status} with something that is not JSON`, { status: response.status, cause });
    }
    if (response.ok) return data;
    const error = (data as ApiError | undefined)?.error;
    if (!error || typeof error.code !== 'string') {
      throw new AssistApiError('invalid_response', `The API answered ${response.status} without an error body`, { status: response.status });
    }
    const retryAfterHeader = Number(response.headers.get('retry-after'));
    throw new AssistApiError(error.code, error.message, {
      status: response.status,
      issues: error.issues ?? [],
      ...(error.requestId ? { requestId: error.requestId } : {}),
      ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : Number.isFinite(retryAfterHeader) && retryAfterHeader > 0 ? { retryAfter: retryAfterHeader } : {}),
    });
  }
}

export function createClient(options: ClientOptions): AssistClient {
  return new AssistClient(options);
}
