import * as z from 'zod/mini';
import { IsoDateTime, Money, Text, prefixedId } from './common.js';
import { InstalmentId, OrderId } from './orders.js';
import { ReturnId, TimelineEntry } from './returns.js';
import { Attachment, AttachmentIds } from './attachments.js';

export const ProblemId = prefixedId('prb');
export const PROBLEM_TYPES = ['item_not_received', 'wrong_item', 'faulty_item', 'charged_twice', 'unauthorized_purchase', 'return_not_registered', 'other'] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];
/**
 * awaiting_store → investigating (the store answered) or escalated (it did not answer by the
 * deadline) → solved or closed. `open` is the moment of reporting, before the store is asked.
 */
export const PROBLEM_STATUSES = ['open', 'awaiting_store', 'escalated', 'investigating', 'solved', 'closed'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];
/** Statuses in which the problem is open: the payment plan stays paused. */
export const OPEN_PROBLEM_STATUSES = ['open', 'awaiting_store', 'escalated', 'investigating'] as const satisfies readonly ProblemStatus[];
/** Problems about the payment itself: collections pause as a dispute and a dispute code is logged. */
export const DISPUTE_CODES = { charged_twice: 'duplicate_charge', unauthorized_purchase: 'unauthorized_transaction' } as const;
/** Days the store has to answer a reported problem before we take the case over. */
export const STORE_RESPONSE_DAYS = 7;
/** An investigation of a problem (we took it over, or the store's answer did not settle it) is answered within this many days of opening, as a return's is. */
export const PROBLEM_INVESTIGATION_DAYS = 14;

export const CreateProblemRequest = z.strictObject({
  orderId: OrderId,
  type: z.enum(PROBLEM_TYPES),
  description: Text(2000, 10),
  /** The return a `return_not_registered` problem is about; the order's latest unregistered return when left out. */
  returnId: z.optional(ReturnId),
  /** Photos or receipts uploaded first (`POST /v1/attachments`), by id. */
  attachments: z.optional(AttachmentIds),
});
export type CreateProblemRequest = z.infer<typeof CreateProblemRequest>;

export const Problem = z.object({
  id: ProblemId,
  reference: z.string(),
  orderId: OrderId,
  type: z.enum(PROBLEM_TYPES),
  description: z.string(),
  status: z.enum(PROBLEM_STATUSES),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** The store must answer by then, or the case is escalated to us. */
  storeResponseDeadline: IsoDateTime,
  /** When the case was escalated because the store did not answer in time. */
  escalatedAt: z.nullable(IsoDateTime),
  storeResponse: z.nullable(z.object({ at: IsoDateTime, message: z.string() })),
  timeline: z.array(TimelineEntry),
  /** Instalments paused while the problem is open. */
  pausedInstalments: z.array(InstalmentId),
  /** What is not collected while the problem is open. */
  pausedAmount: Money,
  /** Logged for disputed payments (charged twice, unauthorized purchase). */
  disputeCode: z.nullable(z.string()),
  /** The return a `return_not_registered` problem is about. */
  returnId: z.nullable(ReturnId),
  resolution: z.nullable(z.object({ outcome: z.string(), note: z.string(), at: IsoDateTime })),
  /**
   * The investigation, once there is one: it opens when the case is escalated or when the store's
   * answer does not settle it, and is answered by `deadline`. It stays after the problem ends.
   */
  investigation: z.nullable(z.object({ openedAt: IsoDateTime, deadline: IsoDateTime })),
  /** Files the shopper sent with the report, each with a fresh signed url. */
  attachments: z.array(Attachment),
});
export type Problem = z.infer<typeof Problem>;
export const ProblemParams = z.object({ id: ProblemId });
export const ProblemsResponse = z.object({ problems: z.array(Problem) });
