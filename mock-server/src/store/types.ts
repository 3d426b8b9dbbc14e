import type { Order } from '@assist/contract';
import type { Clock } from '../clock.js';
import type { CustomerRecord, PlanRecord } from '../fixtures/orders.js';
import type { CallbackRecord, ChatKpiEvent, ChatMessageRecord, ChatSessionRecord } from '../chat/records.js';
import type { ProblemRecord } from '../problems/types.js';
import type { ReturnRecord } from '../returns/types.js';
import type { ChatStatus } from '../chat/records.js';
import type { AttachmentType, MarketCode } from '@assist/contract';

export interface FeedbackRecord {
  id: string;
  articleId: string;
  helpful: boolean;
  reason: string | null;
  comment: string | null;
  locale: string | null;
  receivedAt: string;
}

/** A response kept for an Idempotency-Key. */
export interface IdempotencyRecord {
  fingerprint: string;
  status: number;
  body: string;
  createdAt: number;
}

/** Work to do at a time, run by exactly one instance (see jobs/runner.ts). */
export interface JobRecord {
  id: string;
  /** Which handler runs it. */
  kind: string;
  /** A job with a key replaces the waiting job with the same key (one planned follow-up per chat). */
  key: string | null;
  /** Jobs of a group are cancelled together (everything planned for one chat). */
  group: string | null;
  /** Milliseconds since the epoch, on the store's clock. */
  runAt: number;
  payload: unknown;
  /** Failed runs so far. */
  attempts: number;
}

/** One attempt to deliver a webhook event. */
export interface DeliveryAttempt {
  attempt: number;
  at: string;
  /** HTTP status of the receiver's answer; null when there was none. */
  status: number | null;
  error: string | null;
}

/** A webhook event and how its delivery went. */
export interface DeliveryRecord {
  eventId: string;
  type: string;
  url: string | null;
  createdAt: string;
  state: 'pending' | 'delivered' | 'failed' | 'skipped';
  attempts: DeliveryAttempt[];
  nextAttemptAt: string | null;
  /** The exact body sent (the same for every attempt). */
  body: string;
}

/** What a mail is about (templates.ts has one per kind). */
export const MAIL_KINDS = ['chat_transcript', 'return_confirmation', 'problem_confirmation', 'callback_confirmation', 'agent_answered', 'offline_message', 'offline_copy'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * A mail in the outbox (email/outbox.ts): written in the same unit as what causes it, sent by a job,
 * kept after sending until the purge. `eventKey` says which event it is for: one mail per key, ever
 * (until purged), so a retried request or a job that runs twice never makes a second one.
 */
export interface MailRecord {
  id: string;
  eventKey: string;
  kind: MailKind;
  to: string;
  /** The language it is written in (BCP 47). */
  locale: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
  /** pending: waiting for its next attempt; sent: handed to the SMTP server (or the development mailbox); failed: gave up (kept, QA can send it again). */
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  /** 'smtp' or 'mailbox' (no ASSIST_SMTP_URL: the development mailbox), once sent. */
  via: 'smtp' | 'mailbox' | null;
}

/** Where merchant events go. */
export interface WebhookSettings {
  url: string | null;
  /** Null: sign with the merchant secret. */
  secret: string | null;
}

/** Which chats to list. */
export interface ChatFilter {
  statuses?: readonly ChatStatus[];
  market?: MarketCode;
}

/** A page of a listing, newest first, and where the next page starts. */
export interface Page<T> {
  items: T[];
  /** Pass as `before` for the next page; null on the last page. */
  next: string | null;
}

/** Which chats' KPI events to read. */
export interface KpiRange {
  from?: string | undefined;
  to?: string | undefined;
  repeatWindowMs: number;
}

/** What a purge removed. */
export interface PurgeResult {
  idempotency: number;
  attempts: number;
  claims: number;
  chats: number;
  /** Sent mails past their retention. */
  mails: number;
  /** Attachments never used within a day of upload, and those of chats forgotten. */
  attachments: number;
}

/** An uploaded file's metadata (its bytes are kept beside it). */
export interface AttachmentRecord {
  id: string;
  /** Who uploaded it: `shopper:<customer id>`, `chat:<chat id>` or `agent`. */
  owner: string;
  /** What it was sent with: `problem:<id>`, `return:<id>` or `chat:<chat id>`; null until then. */
  usedBy: string | null;
  fileName: string;
  /** Bytes as stored (metadata removed). */
  size: number;
  contentType: AttachmentType;
  width: number | null;
  height: number | null;
  createdAt: string;
}

/** How long an attachment nobody sent with anything is kept. */
export const UNUSED_ATTACHMENT_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Where uploaded files are kept: metadata and bytes. Its own interface, so that the bytes could move
 * to object storage while the metadata stays with the rest of the data.
 */
export interface AttachmentStore {
  /** Keeps a new attachment with its content. */
  putAttachment(record: AttachmentRecord, content: Uint8Array): Promise<void>;
  attachment(id: string): Promise<AttachmentRecord | undefined>;
  /** The stored bytes, undefined when the attachment is not (or no longer) kept. */
  attachmentContent(id: string): Promise<Uint8Array | undefined>;
  /** Marks an attachment as sent with `usedBy`: true when it was unused (and now is used), false otherwise. Atomic. */
  markAttachmentUsed(id: string, usedBy: string): Promise<boolean>;
  /** Forgets attachments never used that were uploaded before `unusedBefore` (epoch ms), and those of chats no longer kept; answers how many. */
  purgeAttachments(unusedBefore: number): Promise<number>;
}

/**
 * Where the API keeps its state: in memory (tests, the browser mock) or in PostgreSQL (sql/store.ts,
 * embedded PGlite by default). Every method is async so that both fit.
 */
export interface Store extends AttachmentStore {
  readonly clock: Clock;
  /** 'memory', 'pglite' or 'postgres'. */
  readonly kind: string;

  /**
   * Runs `task` as one unit, one at a time per key across every instance on this store: checking what
   * an order can still return and saving the return; an idempotency claim and the effect it guards; a
   * chat message and its sequence number. On PostgreSQL it is one transaction holding an advisory lock
   * on the key: every store call inside goes through it, and a failure rolls all of it back. Calls
   * nest (with different keys).
   */
  atomically<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Runs `effect` once what is being written now is committed (at once outside `atomically`); never when it rolls back. */
  afterCommit(effect: () => void): void;
  /** Sends a short notice to every instance listening on `channel` (itself included), once committed (`immediate`: at once, outside the current unit). */
  notify(channel: string, payload: string, options?: { immediate?: boolean }): Promise<void>;
  /**
   * Listens to a channel; the answer stops listening. After the store lost its connection for notices
   * and listens again, each listener is called with an empty payload: notices sent meanwhile are gone,
   * so it reads again what it follows.
   */
  listen(channel: string, listener: (payload: string) => void): Promise<() => Promise<void>>;
  /** Closes connections (the process is stopping). */
  close(): Promise<void>;

  customer(id: string): Promise<CustomerRecord | undefined>;
  orderByReference(reference: string): Promise<Order | undefined>;
  ordersOf(customerId: string): Promise<Order[]>;
  order(id: string): Promise<Order | undefined>;
  plan(orderId: string): Promise<PlanRecord | undefined>;
  savePlan(plan: PlanRecord): Promise<void>;
  saveOrder(order: Order): Promise<void>;

  addFeedback(feedback: FeedbackRecord): Promise<void>;
  feedbackFor(articleId: string): Promise<FeedbackRecord[]>;

  idempotency(key: string): Promise<IdempotencyRecord | undefined>;
  saveIdempotency(key: string, record: IdempotencyRecord): Promise<void>;

  /** Records one attempt (e.g. a failed verification) under a key. */
  recordAttempt(key: string): Promise<void>;
  /** How many attempts were recorded under a key within the last `windowMs`. */
  recentAttempts(key: string, windowMs: number): Promise<number>;
  /**
   * Claims a key once, until `expiresAt` (epoch milliseconds): true when it was not claimed yet (and
   * now is), false when it already was. An expired claim is forgotten, so the key can be claimed
   * again. Atomic: of two concurrent claims of one key, exactly one is true (replay caches rely on it).
   */
  claimOnce(key: string, expiresAt: number): Promise<boolean>;

  // --- Chat, chat KPIs and callbacks ---
  chatSession(id: string): Promise<ChatSessionRecord | undefined>;
  /** Chats matching a filter (every chat without one), oldest first. */
  chatSessions(filter?: ChatFilter): Promise<ChatSessionRecord[]>;
  saveChatSession(session: ChatSessionRecord): Promise<void>;
  /** A chat's messages with a sequence above `afterSequence`, in sequence order. */
  chatMessages(sessionId: string, afterSequence?: number): Promise<ChatMessageRecord[]>;
  chatMessage(sessionId: string, messageId: string): Promise<ChatMessageRecord | undefined>;
  /** Adds a message, or replaces the one with the same id in the same chat. */
  saveChatMessage(record: ChatMessageRecord): Promise<void>;
  addChatKpi(event: ChatKpiEvent): Promise<void>;
  /**
   * KPI events, oldest first: with a range, every event of the chats started in it, and the chat starts
   * up to `repeatWindowMs` after it (repeat contacts); without one, all of them.
   */
  chatKpis(range?: KpiRange): Promise<ChatKpiEvent[]>;
  callback(id: string): Promise<CallbackRecord | undefined>;
  saveCallback(callback: CallbackRecord): Promise<void>;

  // --- Returns and problems ---
  returnCase(id: string): Promise<ReturnRecord | undefined>;
  /** An order's returns in the order they were reported. */
  returnsOfOrder(orderId: string): Promise<ReturnRecord[]>;
  /** Returns, newest first, a page at a time (`before`: the `next` of the previous page). */
  listReturns(page: { limit: number; before?: string | null }): Promise<Page<ReturnRecord>>;
  saveReturn(record: ReturnRecord): Promise<void>;
  problem(id: string): Promise<ProblemRecord | undefined>;
  /** An order's problems in the order they were reported. */
  problemsOfOrder(orderId: string): Promise<ProblemRecord[]>;
  listProblems(page: { limit: number; before?: string | null }): Promise<Page<ProblemRecord>>;
  saveProblem(record: ProblemRecord): Promise<void>;

  // --- Jobs ---
  /** Plans a job; one with the key of a waiting job replaces it. */
  addJob(job: JobRecord): Promise<void>;
  /** Cancels every waiting job of a group. */
  cancelJobs(group: string): Promise<void>;
  /** The waiting jobs of a group, earliest first. */
  jobsOf(group: string): Promise<JobRecord[]>;
  /** When the earliest waiting job is due, or null. */
  nextJobAt(): Promise<number | null>;
  /**
   * Takes one job of one of `kinds` due by `now` that no other instance is running, runs `run` on it and
   * removes it: when `run` fails, the job is tried again after `retryDelayMs(attempts)` (dropped on null).
   * False when nothing is due.
   */
  runDueJob(now: number, kinds: readonly string[], run: (job: JobRecord) => Promise<void>, retryDelayMs: (attempts: number) => number | null): Promise<boolean>;

  // --- Webhooks ---
  /** Undefined until QA or an operator set them. */
  webhookSettings(): Promise<WebhookSettings | undefined>;
  saveWebhookSettings(settings: WebhookSettings): Promise<void>;
  delivery(eventId: string): Promise<DeliveryRecord | undefined>;
  saveDelivery(delivery: DeliveryRecord): Promise<void>;
  /** The newest deliveries first. */
  deliveries(limit: number): Promise<DeliveryRecord[]>;

  // --- Mail outbox ---
  /** Adds a mail unless one with its `eventKey` is kept already: true when added. */
  addMail(mail: MailRecord): Promise<boolean>;
  mail(id: string): Promise<MailRecord | undefined>;
  mailByEvent(eventKey: string): Promise<MailRecord | undefined>;
  /** Replaces a kept mail (same id). */
  saveMail(mail: MailRecord): Promise<void>;
  /** The newest mails first. */
  mails(limit: number): Promise<MailRecord[]>;

  /**
   * Forgets what is past keeping at `now`: idempotency records after 24 h, attempts after a day, expired
   * claims, ended or idle anonymous chats after `chatTtlMs`, sent mails `mailTtlMs` after sending,
   * attachments never used within a day (`purgeAttachments`).
   */
  purge(now: number, chatTtlMs: number, mailTtlMs?: number): Promise<PurgeResult>;

  /** Replaces all data with a fresh seed. */
  reset(dataSet: DataSet): Promise<void>;
}

export const DATA_SETS = ['default', 'new-shopper'] as const;
export type DataSet = (typeof DATA_SETS)[number];

/** How long an idempotency key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** How long a sent mail is kept (the development mailbox shows it meanwhile). */
export const MAIL_TTL_MS = 7 * 24 * 60 * 60 * 1000;
