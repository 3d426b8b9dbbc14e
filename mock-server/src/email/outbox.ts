import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import type { JobRunner } from '../jobs/runner.js';
import type { MailKind, MailRecord, Store } from '../store/types.js';
import type { RenderedMail } from './templates.js';
import type { MailTransport } from './transport.js';

/** The job that makes one attempt to send one mail. */
export const MAIL_JOB = 'mail.send';

export interface MailOptions {
  /** Where mail goes; null or absent: the development mailbox (kept in the store, listed at /__admin/mail). */
  transport?: MailTransport | null;
  /** The sender. */
  from?: string;
  /** Where offline messages go. */
  supportInbox?: string;
  /** Attempts per mail, the first included; after the last one the mail is kept as failed (QA can send it again). */
  maxAttempts?: number;
  /** Wait before the first retry; doubles for each further retry, up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long without an open event stream counts as "the shopper has left the chat". */
  awayAfterMs?: number;
}

const DEFAULTS = {
  from: 'Customer service <no-reply@assist.localhost>',
  supportInbox: 'support@assist.localhost',
  maxAttempts: 12,
  baseDelayMs: 30_000,
  maxDelayMs: 3_600_000,
  awayAfterMs: 5 * 60_000,
};

/** A mail to send for an event: what the templates made, to whom, and the event's key. */
export interface OutgoingMail extends RenderedMail {
  eventKey: string;
  kind: MailKind;
  to: string;
}

/**
 * The outbox. `queue` writes a mail to the store, in the unit of whatever causes it (call it inside
 * `store.atomically`), and plans a job that sends it; nothing is sent before that unit commits, and a
 * unit that rolls back leaves no mail. Each mail is for one event (`eventKey`): queueing the same event
 * again answers the mail already kept, so retried requests and jobs that run twice make one mail.
 *
 * The job hands the mail to the SMTP server (ASSIST_SMTP_URL), or, without one, marks it delivered to
 * the development mailbox. A failed attempt is tried again with exponential backoff (30 s, 1 min, 2 min
 * ... up to an hour; about a day in all), then kept as failed. A mail is sent only while it is pending,
 * and marked sent as soon as the server took it; its Message-ID is derived from its id, so even the
 * one case left (the server took it, then this instance stopped before saving that) reaches the
 * shopper's mail client as the same message.
 */
export class Mailer {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #jobs: JobRunner;
  readonly #transport: MailTransport | null;
  readonly #limits: typeof DEFAULTS;

  constructor(store: Store, clock: Clock, jobs: JobRunner, options: MailOptions = {}) {
    this.#store = store;
    this.#clock = clock;
    this.#jobs = jobs;
    this.#transport = options.transport ?? null;
    this.#limits = {
      from: options.from ?? DEFAULTS.from,
      supportInbox: options.supportInbox ?? DEFAULTS.supportInbox,
      maxAttempts: options.maxAttempts ?? DEFAULTS.maxAttempts,
      baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs,
      maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
      awayAfterMs: options.awayAfterMs ?? DEFAULTS.awayAfterMs,
    };
    jobs.handle(MAIL_JOB, (payload) => this.#attempt((payload as { mailId: string }).mailId));
  }

  /** 'smtp' when mail goes to an SMTP server, 'mailbox' when it stays in the development mailbox. */
  get via(): 'smtp' | 'mailbox' {
    return this.#transport ? 'smtp' : 'mailbox';
  }

  get supportInbox(): string {
    return this.#limits.supportInbox;
  }

  get awayAfterMs(): number {
    return this.#limits.awayAfterMs;
  }

  /** Puts a mail in the outbox and plans its sending; the same event again answers the mail already there. */
  async queue(mail: OutgoingMail): Promise<MailRecord> {
    const now = this.#clock.now().toISOString();
    const record: MailRecord = {
      id: newId('mail'),
      eventKey: mail.eventKey,
      kind: mail.kind,
      to: mail.to,
      locale: mail.locale,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      createdAt: now,
      state: 'pending',
      attempts: 0,
      lastError: null,
      nextAttemptAt: now,
      sentAt: null,
      via: null,
    };
    if (!(await this.#store.addMail(record))) return (await this.#store.mailByEvent(mail.eventKey)) ?? record;
    await this.#jobs.schedule(MAIL_JOB, 0, { mailId: record.id }, { group: `mail:${record.id}` });
    return record;
  }

  /** The outbox and the development mailbox, newest first. */
  list(limit = 200): Promise<MailRecord[]> {
    return this.#store.mails(limit);
  }

  get(id: string): Promise<MailRecord | undefined> {
    return this.#store.mail(id);
  }

  /** Tries a failed mail again (a fresh series of attempts). False when unknown or not failed. */
  async retry(id: string): Promise<boolean> {
    const mail = await this.#store.mail(id);
    if (!mail || mail.state !== 'failed') return false;
    await this.#store.saveMail({ ...mail, state: 'pending', attempts: 0, nextAttemptAt: this.#clock.now().toISOString() });
    await this.#jobs.schedule(MAIL_JOB, 0, { mailId: id }, { group: `mail:${id}` });
    return true;
  }

  /** Delay before retry `n` (n = 1 is the first retry). */
  backoff(n: number): number {
    return Math.min(this.#limits.baseDelayMs * 2 ** (n - 1), this.#limits.maxDelayMs);
  }

  async #attempt(mailId: string): Promise<void> {
    const stored = await this.#store.mail(mailId);
    // Sent, given up, or purged: nothing to do (a job run twice sends nothing twice).
    if (!stored || stored.state !== 'pending') return;
    const now = this.#clock.now();
    const attempts = stored.attempts + 1;
    if (this.#transport) {
      try {
        await this.#transport.send(stored, { from: this.#limits.from, messageId: `<${stored.id}@${domainOf(this.#limits.from)}>` });
      } catch (cause) {
        const error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
        const failed = attempts >= this.#limits.maxAttempts;
        const delay = this.backoff(attempts);
        await this.#store.saveMail({
          ...stored,
          attempts,
          lastError: error,
          state: failed ? 'failed' : 'pending',
          nextAttemptAt: failed ? null : new Date(now.getTime() + delay).toISOString(),
        });
        if (failed) console.error(`[assist-api] mail ${stored.id} (${stored.kind}) could not be sent after ${attempts} attempts: ${error}`);
        else await this.#jobs.schedule(MAIL_JOB, delay, { mailId }, { group: `mail:${mailId}` });
        return;
      }
    }
    await this.#store.saveMail({ ...stored, attempts, lastError: null, state: 'sent', nextAttemptAt: null, sentAt: now.toISOString(), via: this.via });
  }
}

/** The domain of an address ("Name <a@b.example>" or "a@b.example"), for Message-IDs. */
function domainOf(address: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(address);
  return match?.[1] ?? 'assist.localhost';
}
