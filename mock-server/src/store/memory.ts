import type { Order } from '@assist/contract';
import type { Clock } from '../clock.js';
import { seed, seedNewShopper, type CustomerRecord, type PlanRecord } from '../fixtures/orders.js';
import { IDEMPOTENCY_TTL_MS, type DataSet, type FeedbackRecord, type IdempotencyRecord, type Store } from './types.js';

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

  constructor(clock: Clock, dataSet: DataSet = 'default') {
    this.clock = clock;
    this.#load(dataSet);
  }

  #load(dataSet: DataSet): void {
    const data = dataSet === 'new-shopper' ? seedNewShopper(this.clock.now()) : seed(this.clock.now());
    this.#customers = new Map(data.customers.map((c) => [c.id, c]));
    this.#orders = new Map(data.orders.map((o) => [o.id, o]));
    this.#plans = new Map(data.plans.map((p) => [p.orderId, p]));
    this.#feedback = [];
    this.#idempotency.clear();
    this.#attempts.clear();
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
    this.#attempts.set(key, times.filter((t) => now - t < 86_400_000));
  }
  async recentAttempts(key: string, windowMs: number) {
    const now = this.clock.now().getTime();
    return (this.#attempts.get(key) ?? []).filter((t) => now - t < windowMs).length;
  }

  async reset(dataSet: DataSet) {
    this.#load(dataSet);
  }
}
