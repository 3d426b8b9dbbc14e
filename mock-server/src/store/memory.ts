import type { Order } from '@assist/contract';
import type { Clock } from '../clock.js';
import { seed, seedNewShopper, type CustomerRecord, type PlanRecord } from '../fixtures/orders.js';
import type { CallbackRecord, ChatKpiEvent, ChatMessageRecord, ChatSessionRecord } from '../chat/records.js';
import { seedReturns, type CaseSeed } from '../fixtures/returns.js';
import type { ProblemRecord } from '../problems/types.js';
import type { ReturnRecord } from '../returns/types.js';
import { deepFreeze } from './records.js';
import { IDEMPOTENCY_TTL_MS, type DataSet, type FeedbackRecord, type IdempotencyRecord, type Store } from './types.js';

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

export class MemoryStore implements Store {
  readonly clock: Clock;
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

  constructor(clock: Clock, dataSet: DataSet = 'default') {
    this.clock = clock;
    this.#load(dataSet);
  }

  #load(dataSet: DataSet): void {
    const data = dataSet === 'new-shopper' ? seedNewShopper(this.clock.now()) : seed(this.clock.now());
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
  }

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
    this.#plans.set(plan.orderId, keep(plan));
  }
  async saveOrder(order: Order) {
    this.#orders.set(order.id, keep(order));
  }

  async addFeedback(feedback: FeedbackRecord) {
    this.#feedback.push(keep(feedback));
  }
  async feedbackFor(articleId: string) {
    return this.#feedback.filter((f) => f.articleId === articleId);
  }

  async idempotency(key: string) {
    const record = this.#idempotency.get(key);
    if (record && this.clock.now().getTime() - record.createdAt > IDEMPOTENCY_TTL_MS) {
      this.#idempotency.delete(key);
      return undefined;
    }
    return record;
  }
  async saveIdempotency(key: string, record: IdempotencyRecord) {
    this.#idempotency.set(key, keep(record));
    if (this.#idempotency.size % 1000 === 0) this.#sweep();
  }
  #sweep(): void {
    const now = this.clock.now().getTime();
    for (const [key, record] of this.#idempotency) if (now - record.createdAt > IDEMPOTENCY_TTL_MS) this.#idempotency.delete(key);
  }

  async recordAttempt(key: string) {
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
    if (this.#claims.size % 1000 === 0) for (const [k, until] of this.#claims) if (until <= now) this.#claims.delete(k);
    return true;
  }

  // --- Chat, chat KPIs and callbacks ---
  async chatSession(id: string) {
    return this.#chatSessions.get(id);
  }
  async chatSessions() {
    return [...this.#chatSessions.values()];
  }
  async saveChatSession(session: ChatSessionRecord) {
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
    let messages = this.#chatMessages.get(record.message.sessionId);
    if (!messages) this.#chatMessages.set(record.message.sessionId, (messages = new Map<string, ChatMessageRecord>()));
    messages.set(record.message.id, keep(record));
  }
  async addChatKpi(event: ChatKpiEvent) {
    this.#chatKpis.push(keep(event));
  }
  async chatKpis() {
    return [...this.#chatKpis];
  }
  async callback(id: string) {
    return this.#callbacks.get(id);
  }
  async saveCallback(callback: CallbackRecord) {
    this.#callbacks.set(callback.id, keep(callback));
  }

  // --- Returns and problems ---
  #returns = new Map<string, ReturnRecord>();
  #problems = new Map<string, ProblemRecord>();
  #loadCases(cases: CaseSeed): void {
    this.#returns = new Map(cases.returns.map((r) => [r.id, deepFreeze(r)]));
    this.#problems = new Map(cases.problems.map((p) => [p.id, deepFreeze(p)]));
  }
  async returnCase(id: string) {
    return this.#returns.get(id);
  }
  async returnsOfOrder(orderId: string) {
    return [...this.#returns.values()].filter((r) => r.orderId === orderId);
  }
  async allReturns() {
    return [...this.#returns.values()];
  }
  async saveReturn(record: ReturnRecord) {
    this.#returns.set(record.id, keep(record));
  }
  async problem(id: string) {
    return this.#problems.get(id);
  }
  async problemsOfOrder(orderId: string) {
    return [...this.#problems.values()].filter((p) => p.orderId === orderId);
  }
  async allProblems() {
    return [...this.#problems.values()];
  }
  async saveProblem(record: ProblemRecord) {
    this.#problems.set(record.id, keep(record));
  }

  async reset(dataSet: DataSet) {
    this.#load(dataSet);
  }
}
