import * as z from 'zod/mini';
import { endpoints, type Endpoint, type RouteId } from './endpoints.js';
import { LocaleQuery } from './common.js';
import {
  ArticleParams,
  ArticlesQuery,
  ArticlesResponse,
  Article,
  CategoriesResponse,
  FeedbackParams,
  FeedbackRequest,
  FeedbackResponse,
  SearchQuery,
  SearchResponse,
} from './help.js';
import { SessionRequest, TokenResponse, VerifyRequest } from './auth.js';
import { ExtendDueDateRequest, ExtendDueDateResponse, Order, OrderParams, OrdersResponse, PaymentPlan } from './orders.js';
import { CreateReturnRequest, Return, ReturnParams, ReturnsResponse, UpdateReturnRequest } from './returns.js';
import { CreateProblemRequest, Problem, ProblemParams } from './problems.js';
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
import { AgentActionRequest, AgentActionResponse, AgentQueueResponse, AgentReplyParams, AgentReplyRequest } from './agent.js';

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

const schemas = {
  health: { response: Health },

  listCategories: { query: LocaleQuery, response: CategoriesResponse },
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

  createProblem: { body: CreateProblemRequest, response: Problem },
  getProblem: { params: ProblemParams, response: Problem },

  createChatSession: { body: CreateChatSessionRequest, response: CreateChatSessionResponse },
  getChatSession: { params: ChatSessionParams, response: ChatSession },
  sendChatMessage: { params: ChatSessionParams, body: SendMessageRequest, response: ChatMessage },
  streamChatEvents: { params: ChatSessionParams, query: ChatEventsQuery, response: ChatEvent },
  escalateChat: { params: ChatSessionParams, body: EscalateRequest, response: ChatSession },
  rateChat: { params: ChatSessionParams, body: CsatRequest, response: CsatResponse },
  getTranscript: { params: ChatSessionParams, response: Transcript },

  createCallback: { body: CreateCallbackRequest, response: Callback },
  getAvailability: { query: AvailabilityQuery, response: Availability },

  agentQueue: { response: AgentQueueResponse },
  agentReply: { params: AgentReplyParams, body: AgentReplyRequest, response: ChatMessage },
  agentAction: { body: AgentActionRequest, response: AgentActionResponse },
} as const satisfies Record<RouteId, RouteSchemas>;

type Schemas = typeof schemas;
export type Route<Id extends RouteId = RouteId> = (typeof endpoints)[Id] & Schemas[Id] & { readonly id: Id };

/** Every route of the API with its schemas: what servers implement and clients call. */
export const routes = Object.fromEntries(
  (Object.keys(endpoints) as RouteId[]).map((id) => [id, { id, ...endpoints[id], ...schemas[id] }]),
) as { readonly [Id in RouteId]: Route<Id> };

export type AnyRoute = Endpoint & RouteSchemas & { readonly id: RouteId };

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
type OptionalKeys<T> = { [K in keyof T]: {} extends T[K] ? K : never }[keyof T];

/** What a caller sends: only the parts the route has; a part whose fields are all optional may be left out. */
export type RouteInput<Id extends RouteId> = Omit<InputParts<Id>, OptionalKeys<InputParts<Id>>> &
  Partial<Pick<InputParts<Id>, OptionalKeys<InputParts<Id>>>>;
/** What a handler receives after validation. */
export type RouteParsed<Id extends RouteId> = {
  [K in 'params' | 'query' | 'body' as Part<Id, K, 'out'> extends never ? never : K]: Part<Id, K, 'out'>;
};
export type RouteOutput<Id extends RouteId> = z.output<Schemas[Id]['response']>;
