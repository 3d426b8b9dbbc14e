import type { Order } from '@assist/contract';
import type { Clock } from '../clock.js';
import { seed, seedNewShopper, type CustomerRecord, type PlanRecord } from '../fixtures/orders.js';
import type { CallbackRecord, ChatKpiEvent, ChatMessageRecord, ChatSessionRecord } from '../chat/records.js';
import { seedReturns, type CaseSeed } from '../fixtures/returns.js';
import type { ProblemRecord } from '../problems/types.js';
import type { ReturnRecord } from '../returns/types.js';
import { deepFreeze } from './records.js';
import { KeyedLock } from './lock.js';
import {
  IDEMPOTENCY_TTL_MS,
  MAIL_TTL_MS,
  UNUSED_ATTACHMENT_TTL_MS,
  type AttachmentRecord,
  type ChatFilter,
  type DataSet,
  type DeliveryRecord,
  type FeedbackRecord,
  type IdempotencyRecord,
  type JobRecord,
  type KpiRange,
  type MailRecord,
  type Page,
  type Store,
  type WebhookSettings,
} from './types.js';

// The in-memory store implements the asynchronous Store interface (a database-backed store awaits
// its I/O); it has nothing to await itself, but keeps `async` so that, like any other store, a
// failure (e.g. a value structuredClone cannot copy) reaches the caller as a rejected promise.
/* eslint-disable @typescript-eslint/require-await */

/**
 * Values enter the store as frozen copies and leave it as they are: a later change to what a caller
 * saved does not reach the store, and a change to what it read throws (copy a record to change it,
 * then save the copy). Reads cost no copying.
 */
const keep = <T>(value: T): T => deepFreeze(structuredClone(value));

/** A page of `records` (oldest first), newest first, starting before the record with id `before`. */
function pageOf<T extends { id: string }>(records: readonly T[], limit: number, before?: string | null): Page<T> {
  const newestFirst = [...records].reverse();
  const start = before ? newestFirst.findIndex((r) => r.id === before) + 1 : 0;
  if (before && start === 0) return { items: [], next: null };
  const items = newestFirst.slice(start, start + limit);
  return { items, next: start + limit < newestFirst.length ? (items.at(-1)?.id ?? null) : null };
}

const DAY_MS = 86_400_000;

/** Bumped whenever what `MemoryStore.snapshot` holds changes shape: an older saved state is then not restored. */
export const MEMORY_STATE_VERSION = 3;

/** What a memory store holds (`MemoryStore.snapshot`). */
export interface MemoryState {
  version: typeof MEMORY_STATE_VERSION;
  jobs: JobRecord[];
  webhookSettings: WebhookSettings | undefined;
  deliveries: Map<string, DeliveryRecord>;
  customers: Map<string, CustomerRecord>;
  orders: Map<string, Order>;
  plans: Map<string, PlanRecord>;
  feedback: FeedbackRecord[];
  idempotency: Map<string, IdempotencyRecord>;
  attempts: Map<string, number[]>;
  claims: Map<string, number>;
  chatSessions: Map<string, ChatSessionRecord>;
  chatMessages: Map<string, Map<string, ChatMessageRecord>>;
  chatKpis: ChatKpiEvent[];
  callbacks: Map<string, CallbackRecord>;
  returns: Map<string, ReturnRecord>;
  problems: Map<string, ProblemRecord>;
  mails: Map<string, MailRecord>;
  /** Uploaded files: metadata and bytes (IndexedDB keeps a `Uint8Array` as it is). */
  attachments: Map<string, StoredAttachment>;
}

/** An attachment as the memory store keeps it: frozen metadata and its own copy of the bytes. */
interface StoredAttachment {
  record: AttachmentRecord;
  content: Uint8Array;
}

const MAPS = [
  'deliveries',
  'customers',
  'orders',
  'plans',
  'idempotency',
  'attempts',
  'claims',
  'chatSessions',
  'chatMessages',
  'callbacks',
  'returns',
  'problems',
  'mails',
  'attachments',
] as const;
const LISTS = ['jobs', 'feedback', 'chatKpis'] as const;

/** A saved state of this version, its collections of the right kinds (the records are this store's own writing). */
function isMemoryState(value: unknown): value is MemoryState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return (
    state['version'] === MEMORY_STATE_VERSION &&
    MAPS.every((key) => state[key] instanceof Map) &&
    LISTS.every((key) => Array.isArray(state[key])) &&
    [...(state['chatMessages'] as Map<unknown, unknown>).values()].every((messages) => messages instanceof Map)
  );
}

export class MemoryStore implements Store {
  readonly clock: Clock;
  readonly kind = 'memory';
  readonly #lock = new KeyedLock();
  readonly #channels = new Map<string, Set<(payload: string) => void>>();
  #jobs: JobRecord[] = [];
  #webhookSettings: WebhookSettings | undefined;
  #deliveries = new Map<string, DeliveryRecord>();
  /** The outbox in the order mails were added. */
  #mails = new Map<string, MailRecord>();
  #customers = new Map<string, CustomerRecord>();
  #orders = new Map<string, Order>();
  #plans = new Map<string, PlanRecord>();
  #feedback: FeedbackRecord[] = [];
  #idempotency = new Map<string, IdempotencyRecord>();
  #attempts = new Map<string, number[]>();
  /** Claimed keys with their expiry (epoch ms). */
  #claims = new Map<string, number>();
  #chatSessions = new Map<string, ChatSessionRecord>();
  /** By chat id, then message id; insertion order is sequence order. */
  #chatMessages = new Map<string, Map<string, ChatMessageRecord>>();
  #chatKpis: ChatKpiEvent[] = [];
  #callbacks = new Map<string, CallbackRecord>();
  #attachments = new Map<string, StoredAttachment>();

  constructor(clock: Clock, dataSet: DataSet | null = 'default') {
    this.clock = clock;
    this.#load(dataSet);
  }

  /** Loads a seed; null starts empty (a deployment outside demo mode). */
  #load(dataSet: DataSet | null): void {
    const data = dataSet === null ? { customers: [], orders: [], plans: [] } : dataSet === 'new-shopper' ? seedNewShopper(this.clock.now()) : seed(this.clock.now());
    this.#loadCases(seedReturns(this.clock.now(), data));
    this.#customers = new Map(data.customers.map((c) => [c.id, deepFreeze(c)]));
    this.#orders = new Map(data.orders.map((o) => [o.id, deepFreeze(o)]));
    this.#plans = new Map(data.plans.map((p) => [p.orderId, deepFreeze(p)]));
    this.#feedback = [];
    this.#idempotency.clear();
    this.#attempts.clear();
    // Claims (replay caches) survive a reset of the data: a used token stays used.
    this.#chatSessions.clear();
    this.#chatMessages.clear();
    this.#chatKpis = [];
    this.#callbacks.clear();
    this.#deliveries.clear();
    this.#mails.clear();
    this.#attachments.clear();
  }

  // One process holds all the data: a per-key lock is all `atomically` needs, and what is written
  // is visible at once. There is no rollback: a failing task keeps what it saved before failing.
  atomically<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.#lock.run(key, task);
  }
  afterCommit(effect: () => void): void {
    effect();
  }
  async notify(channel: string, payload: string) {
    const listeners = this.#channels.get(channel);
    if (listeners) queueMicrotask(() => listeners.forEach((listener) => listener(payload)));
  }
  async listen(channel: string, listener: (payload: string) => void) {
    let listeners = this.#channels.get(channel);
    if (!listeners) this.#channels.set(channel, (listeners = new Set()));
    listeners.add(listener);
    return async () => void listeners.delete(listener);
  }
  async close() {}

  async customer(id: string) {
    return this.#customers.get(id);
  }
  async orderByReference(reference: string) {
    for (const order of this.#orders.values()) if (order.reference === reference) return order;
    return undefined;
  }
  async ordersOf(customerId: string) {
    return [...this.#orders.values()].filter((o) => o.customerId === customerId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
  async order(id: string) {
    return this.#orders.get(id);
  }
  async plan(orderId: string) {
    return this.#plans.get(orderId);
  }
  async savePlan(plan: PlanRecord) {
    this.#changed();
    this.#plans.set(plan.orderId, keep(plan));
  }
  async saveOrder(order: Order) {
    this.#changed();
    this.#orders.set(order.id, keep(order));
  }

  async addFeedback(feedback: FeedbackRecord) {
    this.#changed();
    this.#feedback.push(keep(feedback));
  }
  async feedbackFor(articleId: string) {
    return this.#feedback.filter((f) => f.articleId === articleId);
  }

  async idempotency(key: string) {
    const record = this.#idempotency.get(key);
    return record && this.clock.now().getTime() - record.createdAt <= IDEMPOTENCY_TTL_MS ? record : undefined;
  }
  async saveIdempotency(key: string, record: IdempotencyRecord) {
    this.#changed();
    this.#idempotency.set(key, keep(record));
    if (this.#idempotency.size % 1000 === 0) this.#sweep();
  }
  /** Forgets idempotency records older than 24 h at `now`; answers how many. */
  #sweep(now = this.clock.now().getTime()): number {
    let gone = 0;
    for (const [key, record] of this.#idempotency) if (now - record.createdAt > IDEMPOTENCY_TTL_MS && this.#idempotency.delete(key)) gone++;
    return gone;
  }

  async recordAttempt(key: string) {
    this.#changed();
    const times = this.#attempts.get(key) ?? [];
    times.push(this.clock.now().getTime());
    // Attempts older than a day never count towards any window.
    const now = this.clock.now().getTime();
    this.#attempts.set(
      key,
      times.filter((t) => now - t < 86_400_000),
    );
  }
  async recentAttempts(key: string, windowMs: number) {
    const now = this.clock.now().getTime();
    return (this.#attempts.get(key) ?? []).filter((t) => now - t < windowMs).length;
  }

  async claimOnce(key: string, expiresAt: number) {
    const now = this.clock.now().getTime();
    const claimed = this.#claims.get(key);
    if (claimed !== undefined && claimed > now) return false;
    this.#claims.set(key, expiresAt);
    this.#changed();
    if (this.#claims.size % 1000 === 0) for (const [k, until] of this.#claims) if (until <= now) this.#claims.delete(k);
    return true;
  }

  // --- Chat, chat KPIs and callbacks ---
  async chatSession(id: string) {
    return this.#chatSessions.get(id);
  }
  async chatSessions(filter: ChatFilter = {}) {
    return [...this.#chatSessions.values()].filter((s) => (!filter.statuses || filter.statuses.includes(s.status)) && (!filter.market || s.market === filter.market));
  }
  async saveChatSession(session: ChatSessionRecord) {
    this.#changed();
    this.#chatSessions.set(session.id, keep(session));
  }
  async chatMessages(sessionId: string, afterSequence = 0) {
    const messages = [...(this.#chatMessages.get(sessionId)?.values() ?? [])];
    return messages.filter((m) => m.message.sequence > afterSequence).sort((a, b) => a.message.sequence - b.message.sequence);
  }
  async chatMessage(sessionId: string, messageId: string) {
    return this.#chatMessages.get(sessionId)?.get(messageId);
  }
  async saveChatMessage(record: ChatMessageRecord) {
    this.#changed();
    let messages = this.#chatMessages.get(record.message.sessionId);
    if (!messages) this.#chatMessages.set(record.message.sessionId, (messages = new Map<string, ChatMessageRecord>()));
    messages.set(record.message.id, keep(record));
  }
  async addChatKpi(event: ChatKpiEvent) {
    this.#changed();
    this.#chatKpis.push(keep(event));
  }
  async chatKpis(range?: KpiRange) {
    if (!range) return [...this.#chatKpis];
    const inRange = (at: string, end = range.to) => (!range.from || at >= range.from) && (!end || at < end);
    const repeatEnd = range.to ? new Date(Date.parse(range.to) + range.repeatWindowMs).toISOString() : undefined;
    const sessions = new Set(this.#chatKpis.filter((e) => e.type === 'session_started' && inRange(e.at)).map((e) => e.sessionId));
    return this.#chatKpis.filter((e) => sessions.has(e.sessionId) || (e.type === 'session_started' && inRange(e.at, repeatEnd)));
  }
  async callback(id: string) {
    return this.#callbacks.get(id);
  }
  async saveCallback(callback: CallbackRecord) {
    this.#changed();
    this.#callbacks.set(callback.id, keep(callback));
  }

  // --- Returns and problems ---
  #returns = new Map<string, ReturnRecord>();
  #problems = new Map<string, ProblemRecord>();
  #loadCases(cases: CaseSeed): void {
    this.#returns = new Map(cases.returns.map((r) => [r.id, deepFreeze(r)]));
    this.#problems = new Map(cases.problems.map((p) => [p.id, deepFreeze(p)]));
    this.#jobs = cases.jobs.map(deepFreeze);
  }
  async returnCase(id: string) {
    return this.#returns.get(id);
  }
  async returnsOfOrder(orderId: string) {
    return [...this.#returns.values()].filter((r) => r.orderId === orderId);
  }
  async listReturns(page: { limit: number; before?: string | null }) {
    return pageOf([...this.#returns.values()], page.limit, page.before);
  }
  async saveReturn(record: ReturnRecord) {
    this.#changed();
    this.#returns.set(record.id, keep(record));
  }
  async problem(id: string) {
    return this.#problems.get(id);
  }
  async problemsOfOrder(orderId: string) {
    return [...this.#problems.values()].filter((p) => p.orderId === orderId);
  }
  async listProblems(page: { limit: number; before?: string | null }) {
    return pageOf([...this.#problems.values()], page.limit, page.before);
  }
  async saveProblem(record: ProblemRecord) {
    this.#changed();
    this.#problems.set(record.id, keep(record));
  }

  async addJob(job: JobRecord) {
    this.#changed();
    if (job.key !== null) this.#jobs = this.#jobs.filter((j) => j.key !== job.key);
    this.#jobs.push(keep(job));
  }
  async cancelJobs(group: string) {
    this.#changed();
    this.#jobs = this.#jobs.filter((j) => j.group !== group);
  }
  async jobsOf(group: string) {
    return this.#jobs.filter((j) => j.group === group).sort((a, b) => a.runAt - b.runAt);
  }
  async nextJobAt() {
    return this.#jobs.reduce<number | null>((min, j) => (min === null || j.runAt < min ? j.runAt : min), null);
  }
  async runDueJob(now: number, kinds: readonly string[], run: (job: JobRecord) => Promise<void>, retryDelayMs: (attempts: number) => number | null) {
    const due = this.#jobs.filter((j) => j.runAt <= now && kinds.includes(j.kind)).sort((a, b) => a.runAt - b.runAt)[0];
    if (!due) return false;
    this.#jobs = this.#jobs.filter((j) => j !== due);
    this.#changed();
    try {
      await run(due);
    } catch (error) {
      const delay = retryDelayMs(due.attempts + 1);
      if (delay === null) throw error;
      this.#jobs.push(keep({ ...due, attempts: due.attempts + 1, runAt: now + delay }));
      this.#changed();
      throw error;
    }
    return true;
  }

  async webhookSettings() {
    return this.#webhookSettings;
  }
  async saveWebhookSettings(settings: WebhookSettings) {
    this.#changed();
    this.#webhookSettings = keep(settings);
  }
  async delivery(eventId: string) {
    return this.#deliveries.get(eventId);
  }
  async saveDelivery(delivery: DeliveryRecord) {
    this.#changed();
    this.#deliveries.set(delivery.eventId, keep(delivery));
  }
  async deliveries(limit: number) {
    return [...this.#deliveries.values()].reverse().slice(0, limit);
  }

  async addMail(mail: MailRecord) {
    if (this.#mails.has(mail.id) || [...this.#mails.values()].some((m) => m.eventKey === mail.eventKey)) return false;
    this.#mails.set(mail.id, keep(mail));
    this.#changed();
    return true;
  }
  async mail(id: string) {
    return this.#mails.get(id);
  }
  async mailByEvent(eventKey: string) {
    return [...this.#mails.values()].find((m) => m.eventKey === eventKey);
  }
  async saveMail(mail: MailRecord) {
    if (!this.#mails.has(mail.id)) return;
    this.#mails.set(mail.id, keep(mail));
    this.#changed();
  }
  async mails(limit: number) {
    return [...this.#mails.values()].reverse().slice(0, limit);
  }

  // --- Attachments ---
  // Bytes cannot be frozen: the store keeps its own copy and hands out copies.
  async putAttachment(record: AttachmentRecord, content: Uint8Array) {
    this.#attachments.set(record.id, { record: keep(record), content: content.slice() });
    this.#changed();
  }
  async attachment(id: string) {
    return this.#attachments.get(id)?.record;
  }
  async attachmentContent(id: string) {
    return this.#attachments.get(id)?.content.slice();
  }
  async markAttachmentUsed(id: string, usedBy: string) {
    const stored = this.#attachments.get(id);
    if (!stored || stored.record.usedBy !== null) return false;
    this.#attachments.set(id, { record: keep({ ...stored.record, usedBy }), content: stored.content });
    this.#changed();
    return true;
  }
  async purgeAttachments(unusedBefore: number) {
    let gone = 0;
    for (const [id, { record }] of this.#attachments) {
      const unused = record.usedBy === null && Date.parse(record.createdAt) < unusedBefore;
      const chatGone = record.usedBy?.startsWith('chat:') && !this.#chatSessions.has(record.usedBy.slice(5));
      if ((unused || chatGone) && this.#attachments.delete(id)) gone++;
    }
    if (gone > 0) this.#changed();
    return gone;
  }

  async purge(now: number, chatTtlMs: number, mailTtlMs = MAIL_TTL_MS) {
    this.#changed();
    const result = { idempotency: 0, attempts: 0, claims: 0, chats: 0, mails: 0, attachments: 0 };
    for (const [id, mail] of this.#mails) {
      if (mail.state === 'sent' && mail.sentAt !== null && now - Date.parse(mail.sentAt) >= mailTtlMs && this.#mails.delete(id)) result.mails++;
    }
    result.idempotency = this.#sweep(now);
    for (const [key, times] of this.#attempts) {
      const kept = times.filter((t) => now - t < DAY_MS);
      result.attempts += times.length - kept.length;
      if (kept.length === 0) this.#attempts.delete(key);
      else this.#attempts.set(key, kept);
    }
    for (const [key, expiresAt] of this.#claims) if (expiresAt <= now && this.#claims.delete(key)) result.claims++;
    for (const [id, session] of this.#chatSessions) {
      if (session.customerId === null && now - Date.parse(session.endedAt ?? session.createdAt) > chatTtlMs) {
        this.#chatSessions.delete(id);
        this.#chatMessages.delete(id);
        result.chats++;
      }
    }
    result.attachments = await this.purgeAttachments(now - UNUSED_ATTACHMENT_TTL_MS);
    return result;
  }

  async reset(dataSet: DataSet) {
    this.#load(dataSet);
    this.#changed();
  }

  /**
   * Everything the store holds, as one value the structured clone algorithm can copy (IndexedDB
   * keeps it as it is): what `restore` takes back, e.g. after a reload of the page that runs the
   * in-browser mock. Records stay shared and frozen; copying is the caller's (IndexedDB's) work.
   */
  snapshot(): MemoryState {
    return {
      version: MEMORY_STATE_VERSION,
      jobs: [...this.#jobs],
      webhookSettings: this.#webhookSettings,
      deliveries: new Map(this.#deliveries),
      customers: new Map(this.#customers),
      orders: new Map(this.#orders),
      plans: new Map(this.#plans),
      feedback: [...this.#feedback],
      idempotency: new Map(this.#idempotency),
      attempts: new Map([...this.#attempts].map(([key, times]) => [key, [...times]])),
      claims: new Map(this.#claims),
      chatSessions: new Map(this.#chatSessions),
      chatMessages: new Map([...this.#chatMessages].map(([id, messages]) => [id, new Map(messages)])),
      chatKpis: [...this.#chatKpis],
      callbacks: new Map(this.#callbacks),
      returns: new Map(this.#returns),
      problems: new Map(this.#problems),
      mails: new Map(this.#mails),
      attachments: new Map(this.#attachments),
    };
  }

  /** Takes back what `snapshot` gave (a copy of it); false, changing nothing, for a state of another version or shape. */
  restore(state: unknown): boolean {
    if (!isMemoryState(state)) return false;
    const frozen = <K, V>(map: Map<K, V>) => new Map([...map].map(([k, v]) => [k, deepFreeze(v)]));
    this.#jobs = state.jobs.map(deepFreeze);
    this.#webhookSettings = state.webhookSettings === undefined ? undefined : deepFreeze(state.webhookSettings);
    this.#deliveries = frozen(state.deliveries);
    this.#customers = frozen(state.customers);
    this.#orders = frozen(state.orders);
    this.#plans = frozen(state.plans);
    this.#feedback = state.feedback.map(deepFreeze);
    this.#idempotency = frozen(state.idempotency);
    this.#attempts = new Map(state.attempts);
    this.#claims = new Map(state.claims);
    this.#chatSessions = frozen(state.chatSessions);
    this.#chatMessages = new Map([...state.chatMessages].map(([id, messages]) => [id, frozen(messages)]));
    this.#chatKpis = state.chatKpis.map(deepFreeze);
    this.#callbacks = frozen(state.callbacks);
    this.#returns = frozen(state.returns);
    this.#problems = frozen(state.problems);
    this.#mails = frozen(state.mails);
    this.#attachments = new Map([...state.attachments].map(([id, { record, content }]) => [id, { record: deepFreeze(record), content }]));
    return true;
  }

  /** Calls `listener` after every change (not after reads); answers a function that stops it. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }
  #listeners = new Set<() => void>();
  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
