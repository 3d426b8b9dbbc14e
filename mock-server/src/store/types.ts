import type { Order } from '@assist/contract';
import type { Clock } from '../clock.js';
import type { CustomerRecord, PlanRecord } from '../fixtures/orders.js';

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

/**
 * Where the API keeps its state. The reference implementation is in memory; a database adapter
 * implements the same methods. Every method is async so that such an adapter fits without changes.
 */
export interface Store {
  readonly clock: Clock;

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

  /** Replaces all data with a fresh seed. */
  reset(dataSet: DataSet): Promise<void>;
}

export const DATA_SETS = ['default', 'new-shopper'] as const;
export type DataSet = (typeof DATA_SETS)[number];

/** How long an idempotency key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
