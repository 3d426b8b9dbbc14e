import * as z from 'zod/mini';
import { ClientId, IsoDateTime, MarketCode, Money, QueryInt, Text } from './common.js';
import { ChatSession, ChatSessionId, ChatSessionParams, ContextPacket, ESCALATION_LEVELS } from './chat.js';
import { EXTENSION_DAYS, InstalmentId, OrderId, PaymentPlan } from './orders.js';
import { AttachmentIds } from './attachments.js';

export const AgentQueueItem = z.object({
  session: ChatSession,
  context: ContextPacket,
  waitingSince: IsoDateTime,
});
/** The queue a page at a time, oldest handoff first: `after` is the `next` of the page before. */
export const AgentQueueQuery = z.object({
  limit: QueryInt(1, 100, 50),
  after: z.optional(ChatSessionId),
});
export const AgentQueueResponse = z.object({
  items: z.array(AgentQueueItem),
  /** Pass as `after` for the next page; null on the last one. */
  next: z.nullable(ChatSessionId),
});

export const AgentReplyRequest = z.strictObject({
  id: ClientId,
  text: Text(4000),
  /** Files uploaded first (`POST /v1/attachments`) with an agent token, by id. */
  attachments: z.optional(AttachmentIds),
});
export const AgentReplyParams = ChatSessionParams;

/** Taking a chat from the queue: the agent's first name is shown to the shopper. */
export const AgentClaimRequest = z.strictObject({ agentName: z.optional(Text(40)) });
/** The agent started or stopped typing an answer: the shopper sees "An agent is typing…" meanwhile (never stored). */
export const AgentTypingRequest = z.strictObject({ typing: z.boolean() });
export const AgentTypingResponse = z.object({ sessionId: ChatSessionId, typing: z.boolean() });
/** Closing a chat as resolved, with a summary the shopper sees in the chat. */
export const AgentResolveRequest = z.strictObject({ summary: z.optional(Text(1000)) });

/** The chat the action belongs to, when it is taken in one: the shopper sees a note of it there. */
const inSession = { sessionId: z.optional(ChatSessionId) };

export const AgentActionRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('refund'), orderId: OrderId, amount: Money, reason: Text(300), ...inSession }),
  z.strictObject({ kind: z.literal('release_hold'), orderId: OrderId, ...inSession }),
  z.strictObject({
    kind: z.literal('extend_due_date'),
    orderId: OrderId,
    instalmentId: InstalmentId,
    days: z.union([z.literal(EXTENSION_DAYS[0]), z.literal(EXTENSION_DAYS[1]), z.literal(EXTENSION_DAYS[2])]),
    ...inSession,
  }),
]);
export type AgentActionRequest = z.infer<typeof AgentActionRequest>;
export const AgentActionResponse = z.object({
  kind: z.enum(['refund', 'release_hold', 'extend_due_date']),
  orderId: OrderId,
  summary: z.string(),
  plan: z.nullable(PaymentPlan),
});

/** Time range and market of the chats measured; both ends are optional. */
export const MetricsQuery = z.object({
  from: z.optional(IsoDateTime),
  to: z.optional(IsoDateTime),
  market: z.optional(MarketCode),
});

const Duration = z.object({
  count: z.int(),
  /** Null when there is nothing to measure yet. */
  averageSeconds: z.nullable(z.number()),
  medianSeconds: z.nullable(z.number()),
});
const ResponseTime = z.object({
  ...Duration.def.shape,
  targetSeconds: z.int(),
  /** Share (0 to 1) of responses within the target. */
  withinTarget: z.nullable(z.number()),
});

/** The operational KPIs, computed from the events every step of a chat records. */
export const ChatMetrics = z.object({
  from: z.nullable(IsoDateTime),
  to: z.nullable(IsoDateTime),
  market: z.nullable(MarketCode),
  sessions: z.int(),
  handoffs: z.int(),
  handoffsByLevel: z.record(z.enum(ESCALATION_LEVELS), z.int()),
  resolved: z.int(),
  /** From the shopper's first message to the first answer (assistant target 60 s). */
  firstResponse: ResponseTime,
  /** From the handoff to the first message of a person (target 3 minutes). */
  agentFirstResponse: ResponseTime,
  /** From the start of a chat to its resolution. */
  handleTime: Duration,
  /** Resolved chats the same shopper did not come back about within `windowDays`. */
  firstContactResolution: z.object({ resolved: z.int(), firstContact: z.int(), rate: z.nullable(z.number()), windowDays: z.int() }),
  /** Chats started by a shopper who had another chat within the window before. */
  repeatContacts: z.int(),
  /** Share of ratings of 4 or 5. */
  csat: z.object({ responses: z.int(), satisfied: z.int(), rate: z.nullable(z.number()), averageRating: z.nullable(z.number()) }),
});
export type ChatMetrics = z.infer<typeof ChatMetrics>;
