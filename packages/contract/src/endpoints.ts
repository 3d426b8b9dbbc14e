/**
 * The route table without schemas: method, path, who may call and how creation is made safe to retry.
 * Free of zod so that the browser client can import it without shipping the schemas.
 * `routes.ts` adds the schemas to each entry; every route is declared once, here.
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH';

/**
 * - `none`: anyone.
 * - `shopper`: a bearer token from `auth/verify` or `auth/session`, scoped to one shopper.
 * - `chat`: the chat token from `chat/sessions` (or a shopper token of the session's owner).
 * - `optional`: anyone; a shopper token adds the shopper's context.
 * - `agent`: an agent token.
 */
export type AuthKind = 'none' | 'optional' | 'shopper' | 'chat' | 'agent';

/** `required`: the request must carry an Idempotency-Key; `optional`: one is honoured when sent. */
export type IdempotencyKind = 'none' | 'optional' | 'required';

export interface Endpoint {
  readonly method: HttpMethod;
  readonly path: string;
  readonly auth: AuthKind;
  readonly idempotency: IdempotencyKind;
  readonly status: 200 | 201;
  readonly tag: string;
  readonly summary: string;
  /** The response is a Server-Sent Events stream of the route's response schema. */
  readonly stream?: boolean;
}

const e = <const T extends Endpoint>(endpoint: T): T => endpoint;

export const endpoints = {
  health: e({ method: 'GET', path: '/healthz', auth: 'none', idempotency: 'none', status: 200, tag: 'meta', summary: 'Liveness check' }),

  listCategories: e({ method: 'GET', path: '/v1/help/categories', auth: 'none', idempotency: 'none', status: 200, tag: 'help', summary: 'Help categories with their article counts' }),
  listArticles: e({ method: 'GET', path: '/v1/help/articles', auth: 'none', idempotency: 'none', status: 200, tag: 'help', summary: 'Articles, optionally of one category' }),
  getArticle: e({ method: 'GET', path: '/v1/help/articles/:slug', auth: 'none', idempotency: 'none', status: 200, tag: 'help', summary: 'One article with related articles' }),
  searchHelp: e({ method: 'GET', path: '/v1/help/search', auth: 'none', idempotency: 'none', status: 200, tag: 'help', summary: 'Ranked, typo-tolerant search with highlights' }),
  sendArticleFeedback: e({ method: 'POST', path: '/v1/help/articles/:id/feedback', auth: 'none', idempotency: 'optional', status: 201, tag: 'help', summary: 'Was this article helpful?' }),

  verifyShopper: e({ method: 'POST', path: '/v1/auth/verify', auth: 'none', idempotency: 'none', status: 200, tag: 'auth', summary: 'Verify with order reference and email or phone' }),
  startSession: e({ method: 'POST', path: '/v1/auth/session', auth: 'none', idempotency: 'none', status: 200, tag: 'auth', summary: 'Exchange a merchant-signed token for a shopper token' }),

  listOrders: e({ method: 'GET', path: '/v1/orders', auth: 'shopper', idempotency: 'none', status: 200, tag: 'orders', summary: "The shopper's orders, newest first" }),
  getOrder: e({ method: 'GET', path: '/v1/orders/:id', auth: 'shopper', idempotency: 'none', status: 200, tag: 'orders', summary: 'One order with items, transactions and holds' }),
  getPaymentPlan: e({ method: 'GET', path: '/v1/orders/:id/payment-plan', auth: 'shopper', idempotency: 'none', status: 200, tag: 'orders', summary: "An order's payment plan" }),
  extendDueDate: e({ method: 'POST', path: '/v1/orders/:id/payment-plan/extend', auth: 'shopper', idempotency: 'required', status: 200, tag: 'orders', summary: 'Extend the due date of one instalment (once per instalment)' }),

  createReturn: e({ method: 'POST', path: '/v1/returns', auth: 'shopper', idempotency: 'required', status: 201, tag: 'returns', summary: 'Report a return' }),
  getReturn: e({ method: 'GET', path: '/v1/returns/:id', auth: 'shopper', idempotency: 'none', status: 200, tag: 'returns', summary: 'A return with its timeline' }),
  updateReturn: e({ method: 'PATCH', path: '/v1/returns/:id', auth: 'shopper', idempotency: 'optional', status: 200, tag: 'returns', summary: 'Change a reported return while it is not registered' }),
  listOrderReturns: e({ method: 'GET', path: '/v1/orders/:id/returns', auth: 'shopper', idempotency: 'none', status: 200, tag: 'returns', summary: "An order's returns" }),

  createProblem: e({ method: 'POST', path: '/v1/problems', auth: 'shopper', idempotency: 'required', status: 201, tag: 'problems', summary: 'Report a problem with an order' }),
  getProblem: e({ method: 'GET', path: '/v1/problems/:id', auth: 'shopper', idempotency: 'none', status: 200, tag: 'problems', summary: 'A problem with its timeline' }),

  createChatSession: e({ method: 'POST', path: '/v1/chat/sessions', auth: 'optional', idempotency: 'required', status: 201, tag: 'chat', summary: 'Start a chat with the assistant' }),
  getChatSession: e({ method: 'GET', path: '/v1/chat/sessions/:id', auth: 'chat', idempotency: 'none', status: 200, tag: 'chat', summary: 'A chat session' }),
  sendChatMessage: e({ method: 'POST', path: '/v1/chat/sessions/:id/messages', auth: 'chat', idempotency: 'optional', status: 201, tag: 'chat', summary: 'Send a message (deduplicated by its client id)' }),
  streamChatEvents: e({ method: 'GET', path: '/v1/chat/sessions/:id/events', auth: 'chat', idempotency: 'none', status: 200, tag: 'chat', summary: 'Server-Sent Events; resumes after Last-Event-ID', stream: true }),
  escalateChat: e({ method: 'POST', path: '/v1/chat/sessions/:id/escalate', auth: 'chat', idempotency: 'optional', status: 200, tag: 'chat', summary: 'Hand the chat to a person' }),
  rateChat: e({ method: 'POST', path: '/v1/chat/sessions/:id/csat', auth: 'chat', idempotency: 'optional', status: 201, tag: 'chat', summary: 'Rate the conversation' }),
  getTranscript: e({ method: 'GET', path: '/v1/chat/sessions/:id/transcript', auth: 'chat', idempotency: 'none', status: 200, tag: 'chat', summary: 'The conversation so far' }),

  createCallback: e({ method: 'POST', path: '/v1/callbacks', auth: 'optional', idempotency: 'required', status: 201, tag: 'callbacks', summary: 'Ask to be called back' }),
  getAvailability: e({ method: 'GET', path: '/v1/availability', auth: 'none', idempotency: 'none', status: 200, tag: 'availability', summary: 'Opening hours, holidays and phone numbers of a market' }),

  agentQueue: e({ method: 'GET', path: '/v1/agent/queue', auth: 'agent', idempotency: 'none', status: 200, tag: 'agent', summary: 'Chats waiting for a person, with their context packets' }),
  agentReply: e({ method: 'POST', path: '/v1/agent/sessions/:id/messages', auth: 'agent', idempotency: 'optional', status: 201, tag: 'agent', summary: 'Answer a chat as an agent' }),
  agentAction: e({ method: 'POST', path: '/v1/agent/actions', auth: 'agent', idempotency: 'required', status: 200, tag: 'agent', summary: 'Refund, release a hold or extend a due date' }),
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof endpoints;
export type RouteId = keyof Endpoints;

/** Fills `:name` segments of a path, encoding each value. */
export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
