import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import { JobRunner } from '../jobs/runner.js';
import type { DeliveryRecord, Store } from '../store/types.js';
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
  /** Why a target must not be called right now (it resolves to a private address), or null; checked before each attempt. */
  refuseTarget?: (url: string) => Promise<string | null>;
}

/** A delivery as the QA surface lists it (the stored record without its body). */
export type Delivery = Omit<DeliveryRecord, 'body'>;

/** The job that makes one delivery attempt. */
export const WEBHOOK_JOB = 'webhook.deliver';
interface AttemptPlan {
  eventId: string;
  attempt: number;
  /** The first attempt of this series (a redelivery starts a new one). */
  seriesStart: number;
}

const DEFAULTS = { maxAttempts: 6, baseDelayMs: 10_000, maxDelayMs: 3_600_000, timeoutMs: 10_000, logSize: 200 };

/**
 * Sends every return and problem event to the merchant's endpoint, signed (see verify.ts), retrying
 * failures with exponential backoff: base, 2 × base, 4 × base... up to `maxAttempts`. A 2xx answer
 * ends the delivery. Emitting never waits for the receiver, so a slow or broken endpoint never slows
 * or fails the API. Deliveries and their planned attempts are kept in the store: an event emitted with
 * a change is committed with it, and a pending retry survives a restart and runs on one instance.
 */
export class WebhookDispatcher {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #fetch: (request: Request) => Promise<Response>;
  readonly #limits: typeof DEFAULTS;
  readonly #defaults: { url: string | null; secret: string };
  readonly #refuseTarget: ((url: string) => Promise<string | null>) | undefined;
  /** The attempts' own job runner, on the dispatcher's scheduler (tests move it apart from the app's). */
  readonly jobs: JobRunner;

  constructor(store: Store, clock: Clock, options: WebhookOptions & { secret: string }) {
    this.#store = store;
    this.#clock = clock;
    this.#defaults = { url: options.url ?? null, secret: options.secret };
    this.#fetch = options.fetch ?? ((request) => fetch(request));
    this.#refuseTarget = options.refuseTarget;
    this.#limits = {
      maxAttempts: options.maxAttempts ?? DEFAULTS.maxAttempts,
      baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs,
      maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      logSize: options.logSize ?? DEFAULTS.logSize,
    };
    this.jobs = new JobRunner(store, clock, options.scheduler ?? timerScheduler).handle(WEBHOOK_JOB, (plan) => this.#attempt(plan as AttemptPlan));
  }

  /** Where events go now, and the secret that signs them: what QA set, else the app's options. */
  async settings(): Promise<{ url: string | null; secret: string }> {
    const saved = await this.#store.webhookSettings();
    return saved ? { url: saved.url, secret: saved.secret ?? this.#defaults.secret } : this.#defaults;
  }

  /** Points deliveries of new events elsewhere (null: stop sending); optionally changes the secret. */
  async configure(settings: { url: string | null; secret?: string }): Promise<void> {
    const saved = await this.#store.webhookSettings();
    await this.#store.saveWebhookSettings({ url: settings.url, secret: settings.secret ?? saved?.secret ?? null });
  }

  /** Logs an event and, with an endpoint configured, plans its delivery. Answers the event. */
  async emit<T>(type: WebhookEventType, merchantId: string, data: T): Promise<WebhookEvent<T>> {
    const at = this.#clock.now().toISOString();
    const event: WebhookEvent<T> = { id: newId('evt'), type, createdAt: at, merchantId, data };
    const { url } = await this.settings();
    await this.#store.saveDelivery({
      eventId: event.id,
      type,
      url,
      createdAt: at,
      state: url ? 'pending' : 'skipped',
      attempts: [],
      nextAttemptAt: url ? at : null,
      body: JSON.stringify(event),
    });
    if (url) await this.jobs.schedule(WEBHOOK_JOB, 0, { eventId: event.id, attempt: 1, seriesStart: 1 } satisfies AttemptPlan, { group: event.id });
    return event;
  }

  /** The delivery log, newest first. */
  async deliveries(): Promise<Delivery[]> {
    return (await this.#store.deliveries(this.#limits.logSize)).map(({ body: _body, ...delivery }) => delivery);
  }

  /** The exact body that was (or will be) sent for an event. */
  async body(eventId: string): Promise<string | undefined> {
    return (await this.#store.delivery(eventId))?.body;
  }

  /** Sends a logged event again (a fresh series of attempts) to the current endpoint. False when unknown, pending or no endpoint. */
  async redeliver(eventId: string): Promise<boolean> {
    const delivery = await this.#store.delivery(eventId);
    const { url } = await this.settings();
    if (!delivery || !url || delivery.state === 'pending') return false;
    await this.#store.saveDelivery({ ...delivery, url, state: 'pending', nextAttemptAt: this.#clock.now().toISOString() });
    const first = delivery.attempts.length + 1;
    await this.jobs.schedule(WEBHOOK_JOB, 0, { eventId, attempt: first, seriesStart: first } satisfies AttemptPlan, { group: eventId });
    return true;
  }

  /** Delay before retry `n` (n = 1 is the first retry). */
  backoff(n: number): number {
    return Math.min(this.#limits.baseDelayMs * 2 ** (n - 1), this.#limits.maxDelayMs);
  }

  async #attempt({ eventId, attempt, seriesStart }: AttemptPlan): Promise<void> {
    const stored = await this.#store.delivery(eventId);
    // Already answered (a second run after an instance stopped mid-attempt): nothing to send.
    if (!stored?.url || stored.state !== 'pending' || stored.attempts.some((a) => a.attempt >= attempt)) return;
    const url = stored.url;
    const { secret } = await this.settings();
    const now = this.#clock.now();
    let status: number | null = null;
    const refused = (await this.#refuseTarget?.(url)) ?? null;
    let error: string | null = refused && `Refused: ${refused}`;
    if (!refused) {
      try {
        const response = await this.#fetch(
          new Request(url, {
            method: 'POST',
            headers: await deliveryHeaders(secret, { eventId, type: stored.type as WebhookEventType, attempt, timestamp: Math.floor(now.getTime() / 1000), body: stored.body }),
            body: stored.body,
            signal: AbortSignal.timeout(this.#limits.timeoutMs),
          }),
        );
        status = response.status;
        await response.body?.cancel().catch(() => undefined);
      } catch (cause) {
        error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
      }
    }
    const delivery: DeliveryRecord = { ...stored, attempts: [...stored.attempts, { attempt, at: now.toISOString(), status, error }] };
    const inSeries = attempt - seriesStart + 1;
    if (status !== null && status >= 200 && status < 300) Object.assign(delivery, { state: 'delivered', nextAttemptAt: null });
    // A refused target is not tried again: QA or the operator has to point deliveries elsewhere.
    else if (refused || inSeries >= this.#limits.maxAttempts) Object.assign(delivery, { state: 'failed', nextAttemptAt: null });
    else {
      const delay = this.backoff(inSeries);
      delivery.nextAttemptAt = new Date(now.getTime() + delay).toISOString();
      await this.jobs.schedule(WEBHOOK_JOB, delay, { eventId, attempt: attempt + 1, seriesStart } satisfies AttemptPlan, { group: eventId });
    }
    await this.#store.saveDelivery(delivery);
  }
}
