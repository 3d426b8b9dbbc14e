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
 * - `any`: a shopper token, a chat token or an agent token.
 * - `signed`: a signed URL (`expires` and `signature` in the query, issued by the API), or a token as
 *   for `any`; whom it is for is the handler's to check (anyone else gets 404, never 403).
 */
export type AuthKind = 'none' | 'optional' | 'shopper' | 'chat' | 'agent' | 'any' | 'signed';

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
  /**
   * The request body is a file's raw bytes (not JSON, not multipart), sent with the file's own
   * Content-Type; such a route has no body schema and the handler reads the stream itself.
   */
  readonly rawBody?: boolean;
  /** The response is a file with its own Content-Type, not JSON. */
  readonly file?: boolean;
}

/** Declares a route. Unused routes drop out of browser bundles. */
/* #__NO_SIDE_EFFECTS__ */
const e = <const T extends Endpoint>(endpoint: T): T => endpoint;

export const health = e({ method: 'GET', path: '/healthz', auth: 'none', idempotency: 'none', status: 200 });

export const listCategories = e({ method: 'GET', path: '/v1/help/categories', auth: 'none', idempotency: 'none', status: 200 });
export const listArticles = e({ method: 'GET', path: '/v1/help/articles', auth: 'none', idempotency: 'none', status: 200 });
export const getArticle = e({ method: 'GET', path: '/v1/help/articles/:slug', auth: 'none', idempotency: 'none', status: 200 });
export const searchHelp = e({ method: 'GET', path: '/v1/help/search', auth: 'none', idempotency: 'none', status: 200 });
export const sendArticleFeedback = e({ method: 'POST', path: '/v1/help/articles/:id/feedback', auth: 'none', idempotency: 'optional', status: 201 });

export const verifyShopper = e({ method: 'POST', path: '/v1/auth/verify', auth: 'none', idempotency: 'none', status: 200 });
export const startSession = e({ method: 'POST', path: '/v1/auth/session', auth: 'none', idempotency: 'none', status: 200 });

export const listOrders = e({ method: 'GET', path: '/v1/orders', auth: 'shopper', idempotency: 'none', status: 200 });
export const getOrder = e({ method: 'GET', path: '/v1/orders/:id', auth: 'shopper', idempotency: 'none', status: 200 });
export const getPaymentPlan = e({ method: 'GET', path: '/v1/orders/:id/payment-plan', auth: 'shopper', idempotency: 'none', status: 200 });
export const extendDueDate = e({ method: 'POST', path: '/v1/orders/:id/payment-plan/extend', auth: 'shopper', idempotency: 'required', status: 200 });

export const createReturn = e({ method: 'POST', path: '/v1/returns', auth: 'shopper', idempotency: 'required', status: 201 });
export const getReturn = e({ method: 'GET', path: '/v1/returns/:id', auth: 'shopper', idempotency: 'none', status: 200 });
export const updateReturn = e({ method: 'PATCH', path: '/v1/returns/:id', auth: 'shopper', idempotency: 'optional', status: 200 });
export const listOrderReturns = e({ method: 'GET', path: '/v1/orders/:id/returns', auth: 'shopper', idempotency: 'none', status: 200 });
export const previewReturn = e({ method: 'POST', path: '/v1/returns/preview', auth: 'shopper', idempotency: 'none', status: 200 });
export const cancelReturn = e({ method: 'POST', path: '/v1/returns/:id/cancel', auth: 'shopper', idempotency: 'optional', status: 200 });

export const createProblem = e({ method: 'POST', path: '/v1/problems', auth: 'shopper', idempotency: 'required', status: 201 });
export const getProblem = e({ method: 'GET', path: '/v1/problems/:id', auth: 'shopper', idempotency: 'none', status: 200 });
export const listOrderProblems = e({ method: 'GET', path: '/v1/orders/:id/problems', auth: 'shopper', idempotency: 'none', status: 200 });

export const createChatSession = e({ method: 'POST', path: '/v1/chat/sessions', auth: 'optional', idempotency: 'required', status: 201 });
export const getChatSession = e({ method: 'GET', path: '/v1/chat/sessions/:id', auth: 'chat', idempotency: 'none', status: 200 });
export const sendChatMessage = e({ method: 'POST', path: '/v1/chat/sessions/:id/messages', auth: 'chat', idempotency: 'optional', status: 201 });
export const streamChatEvents = e({ method: 'GET', path: '/v1/chat/sessions/:id/events', auth: 'chat', idempotency: 'none', status: 200, stream: true });
export const escalateChat = e({ method: 'POST', path: '/v1/chat/sessions/:id/escalate', auth: 'chat', idempotency: 'optional', status: 200 });
export const rateChat = e({ method: 'POST', path: '/v1/chat/sessions/:id/csat', auth: 'chat', idempotency: 'optional', status: 201 });
export const getTranscript = e({ method: 'GET', path: '/v1/chat/sessions/:id/transcript', auth: 'chat', idempotency: 'none', status: 200 });
export const renewChatToken = e({ method: 'POST', path: '/v1/chat/sessions/:id/token', auth: 'chat', idempotency: 'none', status: 200 });
export const emailTranscript = e({ method: 'POST', path: '/v1/chat/sessions/:id/transcript/email', auth: 'chat', idempotency: 'optional', status: 201 });
export const sendOfflineMessage = e({ method: 'POST', path: '/v1/offline-messages', auth: 'optional', idempotency: 'required', status: 201 });

export const createCallback = e({ method: 'POST', path: '/v1/callbacks', auth: 'optional', idempotency: 'required', status: 201 });
export const getAvailability = e({ method: 'GET', path: '/v1/availability', auth: 'none', idempotency: 'none', status: 200 });

export const agentQueue = e({ method: 'GET', path: '/v1/agent/queue', auth: 'agent', idempotency: 'none', status: 200 });
export const agentReply = e({ method: 'POST', path: '/v1/agent/sessions/:id/messages', auth: 'agent', idempotency: 'optional', status: 201 });
export const agentAction = e({ method: 'POST', path: '/v1/agent/actions', auth: 'agent', idempotency: 'required', status: 200 });
export const agentClaim = e({ method: 'POST', path: '/v1/agent/sessions/:id/claim', auth: 'agent', idempotency: 'optional', status: 200 });
export const agentTyping = e({ method: 'POST', path: '/v1/agent/sessions/:id/typing', auth: 'agent', idempotency: 'none', status: 200 });
export const agentResolve = e({ method: 'POST', path: '/v1/agent/sessions/:id/resolve', auth: 'agent', idempotency: 'optional', status: 200 });
export const getMetrics = e({ method: 'GET', path: '/v1/metrics', auth: 'agent', idempotency: 'none', status: 200 });

/** The file's bytes as the body, its type as Content-Type and its name in `X-File-Name` (percent-encoded). */
export const uploadAttachment = e({ method: 'POST', path: '/v1/attachments', auth: 'any', idempotency: 'optional', status: 201, rawBody: true });
export const getAttachmentContent = e({ method: 'GET', path: '/v1/attachments/:id/content', auth: 'signed', idempotency: 'none', status: 200, file: true });

/** Every route by id (the server and the docs use the whole table; browser code imports single routes). */
export const endpoints = {
  health,
  listCategories,
  listArticles,
  getArticle,
  searchHelp,
  sendArticleFeedback,
  verifyShopper,
  startSession,
  listOrders,
  getOrder,
  getPaymentPlan,
  extendDueDate,
  createReturn,
  getReturn,
  updateReturn,
  listOrderReturns,
  previewReturn,
  cancelReturn,
  createProblem,
  getProblem,
  listOrderProblems,
  createChatSession,
  getChatSession,
  sendChatMessage,
  streamChatEvents,
  escalateChat,
  rateChat,
  getTranscript,
  renewChatToken,
  emailTranscript,
  sendOfflineMessage,
  createCallback,
  getAvailability,
  agentQueue,
  agentReply,
  agentAction,
  agentClaim,
  agentResolve,
  agentTyping,
  getMetrics,
  uploadAttachment,
  getAttachmentContent,
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof endpoints;
export type RouteId = keyof Endpoints;
/** The id of a route object, e.g. `RouteOf<typeof getOrder>` is `'getOrder'`. */
export type RouteOf<E> = { [K in RouteId]: [Endpoints[K]] extends [E] ? ([E] extends [Endpoints[K]] ? K : never) : never }[RouteId];

/** Fills `:name` segments of a path, encoding each value. */
export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
