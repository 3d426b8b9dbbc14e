import { AssistApiError, createClient, type AssistClient } from '@assist/client';
import { getConfig } from '../config.js';
import type { Host, Key } from './context.js';
import type { ReporterFlow } from './flow.js';

/** What the shopper is told when a request fails, by the API's error code. */
const MESSAGES: Record<string, Key> = {
  timeout: 'errTimeout',
  network: 'errOffline',
  unavailable: 'errOffline',
  unauthorized: 'errSession',
  verification_failed: 'errVerify',
  rate_limited: 'errRateLimited',
  not_found: 'errNotFound',
  validation_failed: 'errNotFound',
  return_not_editable: 'errNotEditable',
  return_not_cancellable: 'errNotCancellable',
  problem_already_open: 'errProblemOpen',
};

/**
 * The return reporter's requests: its own API client (the shared one must never carry this shopper's
 * token), one request at a time with `busy` while it runs, and what failed with a way to try again.
 */
export class Requests {
  busy = false;
  /** What the last request's failure means to the shopper. */
  failure: string | undefined;
  /** Tries the failed request again, when that can help. */
  retry: (() => void) | undefined;
  readonly #host: Host;
  readonly #flow: ReporterFlow;
  #client: AssistClient | undefined;
  #clientFor = '';

  constructor(host: Host, flow: ReporterFlow) {
    this.#host = host;
    this.#flow = flow;
  }

  /** The page's token, else one from verifying with the order reference. */
  get token(): string | undefined {
    return this.#host.token || this.#flow.draft.data.token;
  }

  get api(): AssistClient {
    const { apiBase, timeout } = this.#host;
    const base = apiBase || getConfig().apiBase;
    if (!this.#client || this.#clientFor !== `${base} ${timeout}`) {
      this.#client = createClient({ baseUrl: base, timeoutMs: timeout });
      this.#clientFor = `${base} ${timeout}`;
    }
    this.#client.setToken(this.token ?? null);
    this.#client.setLocale(this.#flow.i18n.tag);
    return this.#client;
  }

  /** Runs a request; on failure shows what went wrong (at the fields, for the API's 400s) and answers undefined. */
  async run<T>(work: () => Promise<T>, retry?: () => void): Promise<T | undefined> {
    this.busy = true;
    this.show(undefined);
    try {
      return await work();
    } catch (error) {
      this.retry = retry;
      await this.#fail(error);
      return undefined;
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  }

  /** Shows a failure (or none), with a way to try again. */
  show(failure: string | undefined, retry?: () => void): void {
    this.failure = failure;
    this.retry = retry;
    this.#host.requestUpdate();
  }

  async #fail(error: unknown): Promise<void> {
    const flow = this.#flow;
    if (await flow.check.server(error)) return;
    const code = error instanceof AssistApiError ? error.code : '';
    if (code === 'unauthorized' && !this.#host.token) {
      flow.draft.data.token = undefined;
      flow.view = 'form';
      flow.go('find');
    }
    this.failure = flow.t(MESSAGES[code] ?? 'errGeneric');
  }
}
