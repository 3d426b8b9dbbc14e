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
  /** The response is a Server-Sent Events stream of the route's response schema. */
  readonly stream?: boolean;
}

const e = <const T extends Endpoint>(endpoint: T): T => endpoint;

export const endpoints = {
  health: e({ method: 'GET', path: '/healthz', auth: 'none', idempotency: 'none', status: 200 }),

  listCategories: e({ method: 'GET', path: '/v1/help/categories', auth: 'none', idempotency: 'none', status: 200 }),
  listArticles: e({ method: 'GET', path: '/v1/help/articles', auth: 'none', idempotency: 'none', status: 200 }),
  getArticle: e({ method: 'GET', path: '/v1/help/articles/:slug', auth: 'none', idempotency: 'none', status: 200 }),
  searchHelp: e({ method: 'GET', path: '/v1/help/search', auth: 'none', idempotency: 'none', status: 200 }),
  sendArticleFeedback: e({ method: 'POST', path: '/v1/help/articles/:id/feedback', auth: 'none', idempotency: 'optional', status: 201 }),

  verifyShopper: e({ method: 'POST', path: '/v1/auth/verify', auth: 'none', idempotency: 'none', status: 200 }),
  startSession: e({ method: 'POST', path: '/v1/auth/session', auth: 'none', idempotency: 'none', status: 200 }),

  listOrders: e({ method: 'GET', path: '/v1/orders', auth: 'shopper', idempotency: 'none', status: 200 }),
  getOrder: e({ method: 'GET', path: '/v1/orders/:id', auth: 'shopper', idempotency: 'none', status: 200 }),
  getPaymentPlan: e({ method: 'GET', path: '/v1/orders/:id/payment-plan', auth: 'shopper', idempotency: 'none', status: 200 }),
  extendDueDate: e({ method: 'POST', path: '/v1/orders/:id/payment-plan/extend', auth: 'shopper', idempotency: 'required', status: 200 }),

  createReturn: e({ method: 'POST', path: '/v1/returns', auth: 'shopper', idempotency: 'required', status: 201 }),
  getReturn: e({ method: 'GET', path: '/v1/returns/:id', auth: 'shopper', idempotency: 'none', status: 200 }),
  updateReturn: e({ method: 'PATCH', path: '/v1/returns/:id', auth: 'shopper', idempotency: 'optional', status: 200 }),
  listOrderReturns: e({ method: 'GET', path: '/v1/orders/:id/returns', auth: 'shopper', idempotency: 'none', status: 200 }),

  createProblem: e({ method: 'POST', path: '/v1/problems', auth: 'shopper', idempotency: 'required', status: 201 }),
  getProblem: e({ method: 'GET', path: '/v1/problems/:id', auth: 'shopper', idempotency: 'none', status: 200 }),

  createChatSession: e({ method: 'POST', path: '/v1/chat/sessions', auth: 'optional', idempotency: 'required', status: 201 }),
  getChatSession: e({ method: 'GET', path: '/v1/chat/sessions/:id', auth: 'chat', idempotency: 'none', status: 200 }),
  sendChatMessage: e({ method: 'POST', path: '/v1/chat/sessions/:id/messages', auth: 'chat', idempotency: 'optional', status: 201 }),
  streamChatEvents: e({ method: 'GET', path: '/v1/chat/sessions/:id/events', auth: 'chat', idempotency: 'none', status: 200, stream: true }),
  escalateChat: e({ method: 'POST', path: '/v1/chat/sessions/:id/escalate', auth: 'chat', idempotency: 'optional', status: 200 }),
  rateChat: e({ method: 'POST', path: '/v1/chat/sessions/:id/csat', auth: 'chat', idempotency: 'optional', status: 201 }),
  getTranscript: e({ method: 'GET', path: '/v1/chat/sessions/:id/transcript', auth: 'chat', idempotency: 'none', status: 200 }),

  createCallback: e({ method: 'POST', path: '/v1/callbacks', auth: 'optional', idempotency: 'required', status: 201 }),
  getAvailability: e({ method: 'GET', path: '/v1/availability', auth: 'none', idempotency: 'none', status: 200 }),

  agentQueue: e({ method: 'GET', path: '/v1/agent/queue', auth: 'agent', idempotency: 'none', status: 200 }),
  agentReply: e({ method: 'POST', path: '/v1/agent/sessions/:id/messages', auth: 'agent', idempotency: 'optional', status: 201 }),
  agentAction: e({ method: 'POST', path: '/v1/agent/actions', auth: 'agent', idempotency: 'required', status: 200 }),
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
