import type { Order } from '@assist/contract';
import type { Clock } from '../clock.js';
import { seed, seedNewShopper, type CustomerRecord, type PlanRecord } from '../fixtures/orders.js';
import type { CallbackRecord, ChatKpiEvent, ChatMessageRecord, ChatSessionRecord } from '../chat/records.js';
import { seedReturns, type CaseSeed } from '../fixtures/returns.js';
import type { ProblemRecord } from '../problems/types.js';
import type { ReturnRecord } from '../returns/types.js';
import { IDEMPOTENCY_TTL_MS, type DataSet, type FeedbackRecord, type IdempotencyRecord, type Store } from './types.js';

// The in-memory store implements the asynchronous Store interface (a database-backed store awaits
// its I/O); it has nothing to await itself, but keeps `async` so that, like any other store, a
// failure (e.g. a value structuredClone cannot copy) reaches the caller as a rejected promise.
/* eslint-disable @typescript-eslint/require-await */

/** Values leave the store as copies, so a handler can never change stored data by accident. */
const copy = <T>(value: T): T => structuredClone(value);

export class MemoryStore implements Store {
  readonly clock: Clock;
  #customers = new Map<string, CustomerRecord>();
  #orders = new Map<string, Order>();
  #plans = new Map<string, PlanRecord>();
  #feedback: FeedbackRecord[] = [];
  #idempotency = new Map<string, IdempotencyRecord>();
  #attempts = new Map<string, number[]>();
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
    this.#customers = new Map(data.customers.map((c) => [c.id, c]));
    this.#orders = new Map(data.orders.map((o) => [o.id, o]));
    this.#plans = new Map(data.plans.map((p) => [p.orderId, p]));
    this.#feedback = [];
    this.#idempotency.clear();
    this.#attempts.clear();
    this.#chatSessions.clear();
    this.#chatMessages.clear();
    this.#chatKpis = [];
    this.#callbacks.clear();
  }

  async customer(id: string) {
    return copy(this.#customers.get(id));
  }
  async orderByReference(reference: string) {
    for (const order of this.#orders.values()) if (order.reference === reference) return copy(order);
    return undefined;
  }
  async ordersOf(customerId: string) {
    return [...this.#orders.values()]
      .filter((o) => o.customerId === customerId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(copy);
  }
  async order(id: string) {
    return copy(this.#orders.get(id));
  }
  async plan(orderId: string) {
    return copy(this.#plans.get(orderId));
  }
  async savePlan(plan: PlanRecord) {
    this.#plans.set(plan.orderId, copy(plan));
  }
  async saveOrder(order: Order) {
    this.#orders.set(order.id, copy(order));
  }

  async addFeedback(feedback: FeedbackRecord) {
    this.#feedback.push(copy(feedback));
  }
  async feedbackFor(articleId: string) {
    return this.#feedback.filter((f) => f.articleId === articleId).map(copy);
  }

  async idempotency(key: string) {
    const record = this.#idempotency.get(key);
    if (record && this.clock.now().getTime() - record.createdAt > IDEMPOTENCY_TTL_MS) {
      this.#idempotency.delete(key);
      return undefined;
    }
    return copy(record);
  }
  async saveIdempotency(key: string, record: IdempotencyRecord) {
    this.#idempotency.set(key, copy(record));
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

  // --- Chat, chat KPIs and callbacks ---
  async chatSession(id: string) {
    return copy(this.#chatSessions.get(id));
  }
  async chatSessions() {
    return [...this.#chatSessions.values()].map(copy);
  }
  async saveChatSession(session: ChatSessionRecord) {
    this.#chatSessions.set(session.id, copy(session));
  }
  async chatMessages(sessionId: string, afterSequence = 0) {
    const messages = [...(this.#chatMessages.get(sessionId)?.values() ?? [])];
    return messages
      .filter((m) => m.message.sequence > afterSequence)
      .sort((a, b) => a.message.sequence - b.message.sequence)
      .map(copy);
  }
  async chatMessage(sessionId: string, messageId: string) {
    return copy(this.#chatMessages.get(sessionId)?.get(messageId));
  }
  async saveChatMessage(record: ChatMessageRecord) {
    let messages = this.#chatMessages.get(record.message.sessionId);
    if (!messages) this.#chatMessages.set(record.message.sessionId, (messages = new Map<string, ChatMessageRecord>()));
    messages.set(record.message.id, copy(record));
  }
  async addChatKpi(event: ChatKpiEvent) {
    this.#chatKpis.push(copy(event));
  }
  async chatKpis() {
    return this.#chatKpis.map(copy);
  }
  async callback(id: string) {
    return copy(this.#callbacks.get(id));
  }
  async saveCallback(callback: CallbackRecord) {
    this.#callbacks.set(callback.id, copy(callback));
  }

  // --- Returns and problems ---
  #returns = new Map<string, ReturnRecord>();
  #problems = new Map<string, ProblemRecord>();
  #loadCases(cases: CaseSeed): void {
    this.#returns = new Map(cases.returns.map((r) => [r.id, r]));
    this.#problems = new Map(cases.problems.map((p) => [p.id, p]));
  }
  async returnCase(id: string) {
    return copy(this.#returns.get(id));
  }
  async returnsOfOrder(orderId: string) {
    return [...this.#returns.values()].filter((r) => r.orderId === orderId).map(copy);
  }
  async allReturns() {
    return [...this.#returns.values()].map(copy);
  }
  async saveReturn(record: ReturnRecord) {
    this.#returns.set(record.id, copy(record));
  }
  async problem(id: string) {
    return copy(this.#problems.get(id));
  }
  async problemsOfOrder(orderId: string) {
    return [...this.#problems.values()].filter((p) => p.orderId === orderId).map(copy);
  }
  async allProblems() {
    return [...this.#problems.values()].map(copy);
  }
  async saveProblem(record: ProblemRecord) {
    this.#problems.set(record.id, copy(record));
  }

  async reset(dataSet: DataSet) {
    this.#load(dataSet);
  }
}
