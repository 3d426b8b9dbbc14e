import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import type { WebhookEvent, WebhookEventType } from './events.js';
import { timerScheduler, type Scheduler } from '../jobs/scheduler.js';
import { deliveryHeaders } from './headers.js';

export interface WebhookOptions {
  /** Where events are POSTed; null sends nothing (events are still logged as skipped). */
  url?: string | null;
  /** Signs deliveries; the merchant secret when not given. */
  secret?: string;
  fetch?: (request: Request) => Promise<Response>;
  scheduler?: Scheduler;
  /** Attempts per event, the first included. */
  maxAttempts?: number;
  /** Wait before the first retry; doubles for each further retry. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Per attempt. */
  timeoutMs?: number;
  /** How many deliveries the log keeps. */
  logSize?: number;
}

export interface DeliveryAttempt {
  attempt: number;
  at: string;
  /** HTTP status of the receiver's answer; null when there was none. */
  status: number | null;
  error: string | null;
}

export interface Delivery {
  eventId: string;
  type: WebhookEventType;
  url: string | null;
  createdAt: string;
  state: 'pending' | 'delivered' | 'failed' | 'skipped';
  attempts: DeliveryAttempt[];
  nextAttemptAt: string | null;
}

interface Entry {
  delivery: Delivery;
  body: string;
}

const DEFAULTS = { maxAttempts: 6, baseDelayMs: 10_000, maxDelayMs: 3_600_000, timeoutMs: 10_000, logSize: 200 };

/**
 * Sends every return and problem event to the merchant's endpoint, signed (see verify.ts), retrying
 * failures with exponential backoff: base, 2 × base, 4 × base... up to `maxAttempts`. A 2xx answer
 * ends the delivery. Emitting never waits for the receiver, so a slow or broken endpoint never slows
 * or fails the API.
 */
export class WebhookDispatcher {
  readonly #clock: Clock;
  readonly #fetch: (request: Request) => Promise<Response>;
  readonly #scheduler: Scheduler;
  readonly #limits: typeof DEFAULTS;
  #url: string | null;
  #secret: string;
  #log: Entry[] = [];

  constructor(clock: Clock, options: WebhookOptions & { secret: string }) {
    this.#clock = clock;
    this.#url = options.url ?? null;
    this.#secret = options.secret;
    this.#fetch = options.fetch ?? ((request) => fetch(request));
    this.#scheduler = options.scheduler ?? timerScheduler;
    this.#limits = {
      maxAttempts: options.maxAttempts ?? DEFAULTS.maxAttempts,
      baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs,
      maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      logSize: options.logSize ?? DEFAULTS.logSize,
    };
  }

  get url(): string | null {
    return this.#url;
  }

  /** Points deliveries of new events elsewhere (null: stop sending); optionally changes the secret. */
  configure(settings: { url: string | null; secret?: string }): void {
    this.#url = settings.url;
    if (settings.secret !== undefined) this.#secret = settings.secret;
  }

  /** Logs an event and, with an endpoint configured, schedules its delivery. Answers the event. */
  emit<T>(type: WebhookEventType, merchantId: string, data: T): WebhookEvent<T> {
    const at = this.#clock.now().toISOString();
    const event: WebhookEvent<T> = { id: newId('evt'), type, createdAt: at, merchantId, data };
    const entry: Entry = {
      body: JSON.stringify(event),
      delivery: { eventId: event.id, type, url: this.#url, createdAt: at, state: this.#url ? 'pending' : 'skipped', attempts: [], nextAttemptAt: this.#url ? at : null },
    };
    this.#log.push(entry);
    if (this.#log.length > this.#limits.logSize) this.#log.splice(0, this.#log.length - this.#limits.logSize);
    if (this.#url) this.#scheduler.schedule(0, () => this.#attempt(entry, 1));
    return event;
  }

  /** The delivery log, newest first. */
  deliveries(): Delivery[] {
    return this.#log.map((e) => structuredClone(e.delivery)).reverse();
  }

  /** The exact body that was (or will be) sent for an event. */
  body(eventId: string): string | undefined {
    return this.#log.find((e) => e.delivery.eventId === eventId)?.body;
  }

  /** Sends a logged event again (a fresh series of attempts) to the current endpoint. False when unknown or no endpoint. */
  redeliver(eventId: string): boolean {
    const entry = this.#log.find((e) => e.delivery.eventId === eventId);
    if (!entry || !this.#url || entry.delivery.state === 'pending') return false;
    Object.assign(entry.delivery, { url: this.#url, state: 'pending', nextAttemptAt: this.#clock.now().toISOString() });
    const first = entry.delivery.attempts.length + 1;
    this.#scheduler.schedule(0, () => this.#attempt(entry, first, first));
    return true;
  }

  /** Forgets the log (QA reset). Scheduled retries of forgotten events still run. */
  clear(): void {
    this.#log = [];
  }

  /** Delay before retry `n` (n = 1 is the first retry). */
  backoff(n: number): number {
    return Math.min(this.#limits.baseDelayMs * 2 ** (n - 1), this.#limits.maxDelayMs);
  }

  async #attempt(entry: Entry, attempt: number, seriesStart = 1): Promise<void> {
    const { delivery } = entry;
    const url = delivery.url;
    if (!url) return;
    const now = this.#clock.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await this.#fetch(
        new Request(url, {
          method: 'POST',
          headers: await deliveryHeaders(this.#secret, { eventId: delivery.eventId, type: delivery.type, attempt, timestamp: Math.floor(now.getTime() / 1000), body: entry.body }),
          body: entry.body,
          signal: AbortSignal.timeout(this.#limits.timeoutMs),
        }),
      );
      status = response.status;
      await response.body?.cancel().catch(() => undefined);
    } catch (cause) {
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    }
    delivery.attempts.push({ attempt, at: now.toISOString(), status, error });
    if (status !== null && status >= 200 && status < 300) {
      Object.assign(delivery, { state: 'delivered', nextAttemptAt: null });
      return;
    }
    const inSeries = attempt - seriesStart + 1;
    if (inSeries >= this.#limits.maxAttempts) {
      Object.assign(delivery, { state: 'failed', nextAttemptAt: null });
      return;
    }
    const delay = this.backoff(inSeries);
    delivery.nextAttemptAt = new Date(now.getTime() + delay).toISOString();
    this.#scheduler.schedule(delay, () => this.#attempt(entry, attempt + 1, seriesStart));
  }
}
