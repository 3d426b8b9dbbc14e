import * as z from 'zod/mini';
import { endpoints, type Endpoint, type RouteId } from './endpoints.js';
import { LocaleQuery } from './common.js';
import {
  ArticleParams,
  ArticlesQuery,
  ArticlesResponse,
  Article,
  CategoriesQuery,
  CategoriesResponse,
  FeedbackParams,
  FeedbackRequest,
  FeedbackResponse,
  SearchQuery,
  SearchResponse,
} from './help.js';
import { SessionRequest, TokenResponse, VerifyRequest } from './auth.js';
import { EmailTranscriptRequest, MailReceipt, OfflineMessageRequest, OfflineMessageResponse } from './mail.js';
import { ExtendDueDateRequest, ExtendDueDateResponse, Order, OrderParams, OrdersResponse, PaymentPlan } from './orders.js';
import { CancelReturnRequest, CreateReturnRequest, Return, ReturnParams, ReturnPreview, ReturnsResponse, UpdateReturnRequest } from './returns.js';
import { CreateProblemRequest, Problem, ProblemParams, ProblemsResponse } from './problems.js';
import {
  ChatEvent,
  ChatEventsQuery,
  ChatMessage,
  ChatSession,
  ChatSessionParams,
  CreateChatSessionRequest,
  CsatRequest,
  CsatResponse,
  EscalateRequest,
  SendMessageRequest,
  Transcript,
} from './chat.js';
import { Callback, CreateCallbackRequest } from './callbacks.js';
import { Availability, AvailabilityQuery } from './availability.js';
import {
  AgentActionRequest,
  AgentActionResponse,
  AgentClaimRequest,
  AgentQueueItem,
  AgentQueueResponse,
  AgentReplyParams,
  AgentReplyRequest,
  AgentResolveRequest,
  AgentTypingRequest,
  AgentTypingResponse,
  ChatMetrics,
  MetricsQuery,
  AgentQueueQuery,
} from './agent.js';
import { Attachment, AttachmentContent, AttachmentContentQuery, AttachmentParams } from './attachments.js';

type Schema = z.core.$ZodType;

export interface RouteSchemas {
  readonly params?: Schema;
  readonly query?: Schema;
  readonly body?: Schema;
  readonly response: Schema;
}

const Health = z.object({ status: z.literal('ok'), version: z.string(), time: z.string() });
const CreateChatSessionResponse = z.object({
  session: ChatSession,
  /** Bearer token for this chat only; keep it in memory or sessionStorage, never in a URL. */
  chatToken: z.string(),
});

/** A fresh chat token for the same chat, for a conversation that outlasts one token; the request says nothing more. */
const RenewChatTokenRequest = z.strictObject({});
const ChatTokenResponse = z.object({ chatToken: z.string() });

const schemas = {
  health: { response: Health },

  listCategories: { query: CategoriesQuery, response: CategoriesResponse },
  listArticles: { query: ArticlesQuery, response: ArticlesResponse },
  getArticle: { params: ArticleParams, query: LocaleQuery, response: Article },
  searchHelp: { query: SearchQuery, response: SearchResponse },
  sendArticleFeedback: { params: FeedbackParams, body: FeedbackRequest, response: FeedbackResponse },

  verifyShopper: { body: VerifyRequest, response: TokenResponse },
  startSession: { body: SessionRequest, response: TokenResponse },

  listOrders: { response: OrdersResponse },
  getOrder: { params: OrderParams, response: Order },
  getPaymentPlan: { params: OrderParams, response: PaymentPlan },
  extendDueDate: { params: OrderParams, body: ExtendDueDateRequest, response: ExtendDueDateResponse },

  createReturn: { body: CreateReturnRequest, response: Return },
  getReturn: { params: ReturnParams, response: Return },
  updateReturn: { params: ReturnParams, body: UpdateReturnRequest, response: Return },
  listOrderReturns: { params: OrderParams, response: ReturnsResponse },
  previewReturn: { body: CreateReturnRequest, response: ReturnPreview },
  cancelReturn: { params: ReturnParams, body: CancelReturnRequest, response: Return },

  createProblem: { body: CreateProblemRequest, response: Problem },
  getProblem: { params: ProblemParams, response: Problem },
  listOrderProblems: { params: OrderParams, response: ProblemsResponse },

  createChatSession: { body: CreateChatSessionRequest, response: CreateChatSessionResponse },
  getChatSession: { params: ChatSessionParams, response: ChatSession },
  sendChatMessage: { params: ChatSessionParams, body: SendMessageRequest, response: ChatMessage },
  streamChatEvents: { params: ChatSessionParams, query: ChatEventsQuery, response: ChatEvent },
  escalateChat: { params: ChatSessionParams, body: EscalateRequest, response: ChatSession },
  rateChat: { params: ChatSessionParams, body: CsatRequest, response: CsatResponse },
  getTranscript: { params: ChatSessionParams, response: Transcript },
  renewChatToken: { params: ChatSessionParams, body: RenewChatTokenRequest, response: ChatTokenResponse },
  emailTranscript: { params: ChatSessionParams, body: EmailTranscriptRequest, response: MailReceipt },
  sendOfflineMessage: { body: OfflineMessageRequest, response: OfflineMessageResponse },

  createCallback: { body: CreateCallbackRequest, response: Callback },
  getAvailability: { query: AvailabilityQuery, response: Availability },

  agentQueue: { query: AgentQueueQuery, response: AgentQueueResponse },
  agentReply: { params: AgentReplyParams, body: AgentReplyRequest, response: ChatMessage },
  agentAction: { body: AgentActionRequest, response: AgentActionResponse },
  agentClaim: { params: ChatSessionParams, body: AgentClaimRequest, response: AgentQueueItem },
  agentResolve: { params: ChatSessionParams, body: AgentResolveRequest, response: ChatSession },
  agentTyping: { params: ChatSessionParams, body: AgentTypingRequest, response: AgentTypingResponse },
  getMetrics: { query: MetricsQuery, response: ChatMetrics },

  // The upload's body is the file itself (`rawBody`): no body schema; its type, size and name are checked by the server.
  uploadAttachment: { response: Attachment },
  getAttachmentContent: { params: AttachmentParams, query: AttachmentContentQuery, response: AttachmentContent },
} as const satisfies Record<RouteId, RouteSchemas>;

/** Documentation of each route, for the OpenAPI document (kept out of the browser client). */
const docs: Record<RouteId, { readonly tag: string; readonly summary: string }> = {
  health: { tag: 'meta', summary: 'Liveness check' },
  listCategories: { tag: 'help', summary: 'Help categories with their article counts and, when asked, their first articles' },
  listArticles: { tag: 'help', summary: 'Articles, optionally of one category' },
  getArticle: { tag: 'help', summary: 'One article with related articles' },
  searchHelp: { tag: 'help', summary: 'Ranked, typo-tolerant search with highlights' },
  sendArticleFeedback: { tag: 'help', summary: 'Was this article helpful?' },
  verifyShopper: { tag: 'auth', summary: 'Verify with order reference and email or phone' },
  startSession: { tag: 'auth', summary: 'Exchange a merchant-signed token for a shopper token' },
  listOrders: { tag: 'orders', summary: "The shopper's orders, newest first" },
  getOrder: { tag: 'orders', summary: 'One order with items, transactions and holds' },
  getPaymentPlan: { tag: 'orders', summary: "An order's payment plan" },
  extendDueDate: { tag: 'orders', summary: 'Extend the due date of one instalment (once per instalment)' },
  createReturn: { tag: 'returns', summary: 'Report a return' },
  getReturn: { tag: 'returns', summary: 'A return with its timeline' },
  updateReturn: { tag: 'returns', summary: 'Change a reported return while it is not registered' },
  listOrderReturns: { tag: 'returns', summary: "An order's returns" },
  previewReturn: { tag: 'returns', summary: 'The payment plan after a return, without reporting it' },
  cancelReturn: { tag: 'returns', summary: 'Cancel a reported return (or one the store never received)' },
  createProblem: { tag: 'problems', summary: 'Report a problem with an order' },
  getProblem: { tag: 'problems', summary: 'A problem with its timeline' },
  listOrderProblems: { tag: 'problems', summary: "An order's problems" },
  createChatSession: { tag: 'chat', summary: 'Start a chat with the assistant' },
  getChatSession: { tag: 'chat', summary: 'A chat session' },
  sendChatMessage: { tag: 'chat', summary: 'Send a message (deduplicated by its client id)' },
  streamChatEvents: { tag: 'chat', summary: 'Server-Sent Events; resumes after Last-Event-ID' },
  escalateChat: { tag: 'chat', summary: 'Hand the chat to a person' },
  rateChat: { tag: 'chat', summary: 'Rate the conversation' },
  getTranscript: { tag: 'chat', summary: 'The conversation so far' },
  renewChatToken: { tag: 'chat', summary: 'A fresh chat token (tokens last 30 minutes; a chat may last longer)' },
  emailTranscript: { tag: 'chat', summary: 'Mail a copy of the chat to the verified shopper (the same chat state again: the same mail)' },
  sendOfflineMessage: { tag: 'chat', summary: 'Leave a message while the chat is closed: mailed to support, with a copy to the shopper' },
  createCallback: { tag: 'callbacks', summary: 'Ask to be called back' },
  getAvailability: { tag: 'availability', summary: 'Opening hours, holidays and phone numbers of a market' },
  agentQueue: { tag: 'agent', summary: 'Chats waiting for a person or with one, with their context packets' },
  agentReply: { tag: 'agent', summary: 'Answer a chat as an agent' },
  agentAction: { tag: 'agent', summary: 'Refund, release a hold or extend a due date' },
  agentClaim: { tag: 'agent', summary: 'Take a chat from the queue' },
  agentResolve: { tag: 'agent', summary: 'Close a chat as resolved' },
  agentTyping: { tag: 'agent', summary: 'Tell the shopper the agent is typing (or stopped); not stored' },
  getMetrics: { tag: 'agent', summary: 'First response time, handle time, first-contact resolution and CSAT' },
  uploadAttachment: {
    tag: 'attachments',
    summary:
      'Upload a photo (JPEG, PNG, WebP) or a PDF receipt, at most 10 MB: the raw bytes as the body, the type as Content-Type, the file name in X-File-Name (percent-encoded UTF-8). Then send its id with a problem, a return or a chat message (once).',
  },
  getAttachmentContent: {
    tag: 'attachments',
    summary: "An attachment's content: with the signed url from the attachment (valid one hour), or with the owner's or an agent's token",
  },
};

type Schemas = typeof schemas;
export type Route<Id extends RouteId = RouteId> = (typeof endpoints)[Id] & Schemas[Id] & { readonly id: Id; readonly tag: string; readonly summary: string };

/** Every route of the API with its schemas: what servers implement and clients call. */
export const routes = Object.fromEntries((Object.keys(endpoints) as RouteId[]).map((id) => [id, { id, ...endpoints[id], ...schemas[id], ...docs[id] }])) as {
  readonly [Id in RouteId]: Route<Id>;
};

export type AnyRoute = Endpoint & RouteSchemas & { readonly id: RouteId; readonly tag: string; readonly summary: string };

type Part<Id extends RouteId, K extends keyof RouteSchemas, IO extends 'in' | 'out'> = Schemas[Id] extends {
  readonly [P in K]: infer S extends Schema;
}
  ? IO extends 'in'
    ? z.input<S>
    : z.output<S>
  : never;

type InputParts<Id extends RouteId> = {
  [K in 'params' | 'query' | 'body' as Part<Id, K, 'in'> extends never ? never : K]: Part<Id, K, 'in'>;
};
/** The parts whose fields are all optional: the empty object (`Record<never, never>`, i.e. `{}`) fits them. */
type OptionalKeys<T> = { [K in keyof T]: Record<never, never> extends T[K] ? K : never }[keyof T];

/** What a caller sends: only the parts the route has; a part whose fields are all optional may be left out. */
export type RouteInput<Id extends RouteId> = Omit<InputParts<Id>, OptionalKeys<InputParts<Id>>> & Partial<Pick<InputParts<Id>, OptionalKeys<InputParts<Id>>>>;
/** What a handler receives after validation. */
export type RouteParsed<Id extends RouteId> = {
  [K in 'params' | 'query' | 'body' as Part<Id, K, 'out'> extends never ? never : K]: Part<Id, K, 'out'>;
};
export type RouteOutput<Id extends RouteId> = z.output<Schemas[Id]['response']>;
