import type { Order } from '@assist/contract';
import type { Clock } from '../clock.js';
import type { CustomerRecord, PlanRecord } from '../fixtures/orders.js';
import type { CallbackRecord, ChatKpiEvent, ChatMessageRecord, ChatSessionRecord } from '../chat/records.js';
import type { ProblemRecord } from '../problems/types.js';
import type { ReturnRecord } from '../returns/types.js';

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
  /**
   * Claims a key once, until `expiresAt` (epoch milliseconds): true when it was not claimed yet (and
   * now is), false when it already was. An expired claim is forgotten, so the key can be claimed
   * again. Atomic: of two concurrent claims of one key, exactly one is true (replay caches rely on it).
   */
  claimOnce(key: string, expiresAt: number): Promise<boolean>;

  // --- Chat, chat KPIs and callbacks ---
  chatSession(id: string): Promise<ChatSessionRecord | undefined>;
  /** Every chat, oldest first. */
  chatSessions(): Promise<ChatSessionRecord[]>;
  saveChatSession(session: ChatSessionRecord): Promise<void>;
  /** A chat's messages with a sequence above `afterSequence`, in sequence order. */
  chatMessages(sessionId: string, afterSequence?: number): Promise<ChatMessageRecord[]>;
  chatMessage(sessionId: string, messageId: string): Promise<ChatMessageRecord | undefined>;
  /** Adds a message, or replaces the one with the same id in the same chat. */
  saveChatMessage(record: ChatMessageRecord): Promise<void>;
  addChatKpi(event: ChatKpiEvent): Promise<void>;
  chatKpis(): Promise<ChatKpiEvent[]>;
  callback(id: string): Promise<CallbackRecord | undefined>;
  saveCallback(callback: CallbackRecord): Promise<void>;

  // --- Returns and problems ---
  returnCase(id: string): Promise<ReturnRecord | undefined>;
  /** An order's returns in the order they were reported. */
  returnsOfOrder(orderId: string): Promise<ReturnRecord[]>;
  /** Every return, in the order they were reported. */
  allReturns(): Promise<ReturnRecord[]>;
  saveReturn(record: ReturnRecord): Promise<void>;
  problem(id: string): Promise<ProblemRecord | undefined>;
  /** An order's problems in the order they were reported. */
  problemsOfOrder(orderId: string): Promise<ProblemRecord[]>;
  allProblems(): Promise<ProblemRecord[]>;
  saveProblem(record: ProblemRecord): Promise<void>;

  /** Replaces all data with a fresh seed. */
  reset(dataSet: DataSet): Promise<void>;
}

export const DATA_SETS = ['default', 'new-shopper'] as const;
export type DataSet = (typeof DATA_SETS)[number];

/** How long an idempotency key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
