import * as z from 'zod/mini';
import { ClientId, IsoDateTime, LanguageTag, MarketCode, Money, Text, prefixedId } from './common.js';
import { CustomerId } from './auth.js';
import { AuthorizationHold, OrderId, OrderSummary, PaymentPlan, Transaction } from './orders.js';
import { PROBLEM_STATUSES, PROBLEM_TYPES, ProblemId } from './problems.js';
import { RETURN_STATUSES, ReturnId } from './returns.js';
import { Attachment, AttachmentIds } from './attachments.js';

export const ChatSessionId = prefixedId('cht');
export const CHAT_STATUSES = ['assistant', 'queued', 'agent', 'ended'] as const;
/** Who is handling the case: the assistant, level 1 or 2 agents, legal review or fraud operations. */
export const ESCALATION_LEVELS = ['assistant', 'level_1', 'level_2', 'legal_review', 'fraud'] as const;
export const CHAT_TOPICS = ['payments', 'returns', 'problems', 'card', 'balance', 'account', 'other'] as const;

export const Sla = z.object({
  level: z.enum(ESCALATION_LEVELS),
  /** When the shopper can expect a resolution, computed from the level and the market's hours. */
  expectedResolutionBy: IsoDateTime,
});

export const ChatSession = z.object({
  id: ChatSessionId,
  /** Shown to the shopper at all times, e.g. `T-4K7M2Q`. */
  ticketId: z.string(),
  status: z.enum(CHAT_STATUSES),
  locale: LanguageTag,
  market: MarketCode,
  verified: z.boolean(),
  createdAt: IsoDateTime,
  sla: Sla,
  queue: z.nullable(z.object({ position: z.int(), estimatedWaitSeconds: z.int() })),
  /** The highest event sequence so far; resume the stream after it. */
  lastSequence: z.int(),
  recordingConsent: z.boolean(),
});
export type ChatSession = z.infer<typeof ChatSession>;

export const CreateChatSessionRequest = z.strictObject({
  locale: LanguageTag,
  market: MarketCode,
  topic: z.optional(z.enum(CHAT_TOPICS)),
  orderId: z.optional(OrderId),
  recordingConsent: z.boolean(),
});

export const ChatActionChoice = z.object({ id: z.string(), label: z.string(), style: z.enum(['primary', 'secondary']) });
export const ChatAction = z.object({
  id: z.string(),
  /** `request_verification`: the answer needs a verified shopper; the UI offers verification and starts a verified chat. */
  kind: z.enum(['confirm_extend_due_date', 'request_agent', 'request_callback', 'request_verification', 'quick_reply']),
  choices: z.array(ChatActionChoice),
  /** Once the shopper chose, the action is settled and cannot be chosen again. */
  chosen: z.nullable(z.string()),
});
export type ChatAction = z.infer<typeof ChatAction>;

/** Structured content next to a message's text, for the UI to render as a card. */
export const ChatCard = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('order_summary'), order: OrderSummary }),
  z.object({ kind: z.literal('payment_plan'), plan: PaymentPlan }),
  z.object({
    kind: z.literal('return_status'),
    return: z.object({
      id: ReturnId,
      reference: z.string(),
      orderId: OrderId,
      status: z.enum(RETURN_STATUSES),
      refund: z.nullable(z.object({ amount: Money, expectedBy: IsoDateTime })),
    }),
  }),
  z.object({ kind: z.literal('refunds'), orderId: OrderId, refunds: z.array(Transaction) }),
  z.object({ kind: z.literal('authorization_hold'), orderId: OrderId, hold: AuthorizationHold }),
  /** A problem the shopper reported: its status, the time the store must answer by, and what is not collected while it is open. */
  z.object({
    kind: z.literal('problem_status'),
    problem: z.object({
      id: ProblemId,
      reference: z.string(),
      orderId: OrderId,
      type: z.enum(PROBLEM_TYPES),
      status: z.enum(PROBLEM_STATUSES),
      storeResponseDeadline: IsoDateTime,
      pausedAmount: Money,
    }),
  }),
  /** Staffed chat is closed: when agents are back, so the UI can say it in the shopper's time and language. */
  z.object({ kind: z.literal('agents_offline'), market: MarketCode, nextOpening: z.nullable(IsoDateTime) }),
]);
export type ChatCard = z.infer<typeof ChatCard>;

export const ChatMessage = z.object({
  /** Client-generated for the shopper's messages; the server deduplicates by it. */
  id: ClientId,
  sessionId: ChatSessionId,
  sequence: z.int(),
  author: z.enum(['shopper', 'assistant', 'agent', 'system']),
  text: z.string(),
  createdAt: IsoDateTime,
  /** True when card numbers were replaced by their last four digits. */
  redacted: z.boolean(),
  actions: z.array(ChatAction),
  /** Help articles the assistant answered with. */
  articles: z.array(z.object({ slug: z.string(), title: z.string() })),
  /** Order summary, payment plan and other cards the message comes with (absent means none). */
  cards: z.optional(z.array(ChatCard)),
  /** Files sent with the message, each with a fresh signed url. */
  attachments: z.array(Attachment),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const SendMessageRequest = z.strictObject({
  id: ClientId,
  text: Text(4000),
  /** Answering an action card: which action and which choice. */
  action: z.optional(z.strictObject({ id: z.string().check(z.maxLength(64)), choice: z.string().check(z.maxLength(64)) })),
  /** Photos or receipts uploaded first (`POST /v1/attachments`) with this chat's token, by id. */
  attachments: z.optional(AttachmentIds),
});
export type SendMessageRequest = z.infer<typeof SendMessageRequest>;

/** What the event stream sends; each `data:` line is one of these, with `id:` set to `sequence` for messages. */
export const ChatEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), sequence: z.int(), message: ChatMessage }),
  z.object({ type: z.literal('typing'), author: z.enum(['assistant', 'agent']), typing: z.boolean() }),
  z.object({ type: z.literal('session'), session: ChatSession }),
]);
export type ChatEvent = z.infer<typeof ChatEvent>;

export const ChatSessionParams = z.object({ id: ChatSessionId });
export const ChatEventsQuery = z.object({ after: z.optional(z.string().check(z.regex(/^[0-9]{1,9}$/))) });

export const EscalateRequest = z.strictObject({
  reason: z.optional(z.enum(['shopper_request', 'assistant_cannot_help', 'complaint', 'legal', 'fraud_suspected'])),
  note: z.optional(Text(500)),
});
export const CsatRequest = z.strictObject({
  rating: z.int().check(z.minimum(1, 'must be from 1 to 5'), z.maximum(5, 'must be from 1 to 5')),
  comment: z.optional(Text(1000)),
});
export const CsatResponse = z.object({ sessionId: ChatSessionId, rating: z.int(), receivedAt: IsoDateTime });

export const Transcript = z.object({
  session: ChatSession,
  messages: z.array(ChatMessage),
  generatedAt: IsoDateTime,
});

/** A problem or return of the chat's orders, as an agent sees it next to the chat. */
export const ContextCase = z.object({
  kind: z.enum(['problem', 'return']),
  id: z.union([ProblemId, ReturnId]),
  reference: z.string(),
  orderId: OrderId,
  /** The problem's type or the return's reason. */
  type: z.string(),
  status: z.string(),
  createdAt: IsoDateTime,
  attachments: z.array(Attachment),
});
export type ContextCase = z.infer<typeof ContextCase>;

/** What an agent sees when a chat is handed over, so they never ask for it again. */
export const ContextPacket = z.object({
  customerId: z.nullable(CustomerId),
  orderId: z.nullable(OrderId),
  merchantReference: z.nullable(z.string()),
  lastTransactions: z.array(Transaction).check(z.maxLength(3)),
  conversation: z.array(ChatMessage),
  topic: z.nullable(z.enum(CHAT_TOPICS)),
  /**
   * The payment plans of the orders the chat is about (the one it started with and the one in focus):
   * every instalment's amount, due date, status and whether its date was moved, so an agent can act
   * on a payment the chat never showed.
   */
  paymentPlans: z.array(PaymentPlan),
  /** The problems and returns reported for those orders, newest first, with the files the shopper sent. */
  cases: z.array(ContextCase),
});
export type ContextPacket = z.infer<typeof ContextPacket>;
