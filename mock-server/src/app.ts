import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { IDEMPOTENCY_HEADER, REQUEST_ID_HEADER, routes } from '@assist/contract';
import { ShiftableClock, type AdjustableClock } from './clock.js';
import type { AppConfig, Deps } from './deps.js';
import { HelpContent } from './help/service.js';
import type { AppEnv } from './http/define.js';
import { ApiFailure } from './http/failure.js';
import { NO_FAULTS, faultInjection } from './http/faults.js';
import { IdempotencyGuard, REPLAYED_HEADER } from './http/idempotency.js';
import { TokenSigner, randomSecret } from './http/tokens.js';
import { adminRoutes } from './routes/admin.js';
import { adminReturnRoutes } from './routes/admin-returns.js';
import { problemRoutes } from './routes/problems.js';
import { returnRoutes } from './routes/returns.js';
import { WebhookDispatcher, type WebhookOptions } from './webhooks/dispatcher.js';
import { authRoutes } from './routes/auth.js';
import { helpRoutes } from './routes/help.js';
import { metaRoutes } from './routes/meta.js';
import { orderRoutes } from './routes/orders.js';
import { MemoryStore } from './store/memory.js';
import { ChatService, type ChatOptions } from './chat/service.js';
import { timerScheduler, type Scheduler } from './jobs/scheduler.js';
import type { SimulatedAgentConfig } from './chat/simulated-agent.js';
import { adminChatRoutes } from './routes/admin-chat.js';
import { agentRoutes } from './routes/agent.js';
import { callbackRoutes } from './routes/callbacks.js';
import { chatRoutes } from './routes/chat.js';
import { metricsRoutes } from './routes/metrics.js';
import type { DataSet, Store } from './store/types.js';

export const VERSION = '0.1.0';

/** The merchant secret of the demo data (the playground signs shopper sessions with it). Never use it in production. */
export const DEMO_MERCHANT_SECRET = 'demo-merchant-secret-change-me';
export const DEMO_AGENT_TOKEN = 'demo-agent-token';

export interface AppOptions extends Partial<AppConfig> {
  clock?: AdjustableClock;
  store?: Store;
  dataSet?: DataSet;
  /** Secret for signing shopper tokens; random per process when not given. */
  tokenSecret?: string;
  /** Source of randomness for fault injection. */
  random?: () => number;
  /** Merchant webhooks for return and problem events: endpoint, secret (the merchant secret by default), fetch, scheduler, retries. */
  webhooks?: WebhookOptions;
  /** Timers of the chat: real ones by default; tests pass a ManualScheduler. */
  scheduler?: Scheduler;
  /** The chat's assistant (the built-in rule-based one by default). */
  assistant?: ChatOptions['assistant'];
  /** How the simulated agent behaves and how long it takes. */
  simulatedAgent?: Partial<SimulatedAgentConfig>;
  /** Interval of the comment lines that keep chat event streams open. */
  chatHeartbeatMs?: number;
}

/** Help content and its indexes are the same for every app in a process: build them once. */
let sharedHelp: HelpContent | undefined;

export interface AssistApp {
  app: Hono<AppEnv>;
  deps: Deps;
  chat: ChatService;
}

/** Builds the Assist reference API. The same app serves Node (node.ts) and the browser (msw.ts). */
export function createApp(options: AppOptions = {}): AssistApp {
  const clock = options.clock ?? new ShiftableClock();
  const store = options.store ?? new MemoryStore(clock, options.dataSet);
  const config: AppConfig = {
    merchantSecret: options.merchantSecret ?? DEMO_MERCHANT_SECRET,
    agentTokens: options.agentTokens ?? new Set([DEMO_AGENT_TOKEN]),
    tokenTtlSeconds: options.tokenTtlSeconds ?? 30 * 60,
    // On unless turned off: the Node server (node.ts) turns it off, tests and the browser mock keep it.
    validateResponses: options.validateResponses ?? true,
    corsOrigins: options.corsOrigins ?? ['http://localhost:5173', 'http://127.0.0.1:5173'],
    bodyLimitBytes: options.bodyLimitBytes ?? 64 * 1024,
    admin: options.admin ?? true,
    version: options.version ?? VERSION,
  };
  const deps: Deps = {
    config,
    clock,
    store,
    tokens: new TokenSigner(options.tokenSecret ?? randomSecret()),
    help: (sharedHelp ??= new HelpContent()),
    idempotency: new IdempotencyGuard(store),
    faults: { ...NO_FAULTS },
    random: options.random ?? Math.random,
    webhooks: new WebhookDispatcher(clock, { ...options.webhooks, secret: options.webhooks?.secret ?? config.merchantSecret }),
    scheduler: options.scheduler ?? timerScheduler,
  };
  const chat = new ChatService(deps, {
    ...(options.assistant ? { assistant: options.assistant } : {}),
    ...(options.simulatedAgent ? { simulatedAgent: options.simulatedAgent } : {}),
    ...(options.chatHeartbeatMs !== undefined ? { heartbeatMs: options.chatHeartbeatMs } : {}),
  });

  const app = new Hono<AppEnv>();

  // The middleware below keeps @hono/node-server on its fast path (a response it writes without
  // building a full Response object): headers are set before next(), a finished response is only
  // touched when it lacks one, and nothing reads the body of a request that cannot have one.
  app.use('*', async (c, next) => {
    const requestId = crypto.randomUUID();
    c.set('requestId', requestId);
    c.header(REQUEST_ID_HEADER, requestId);
    await next();
    // A handler that builds its own Response (an event stream, a replayed answer) skips the headers
    // set above: add the id to what it built.
    if (!c.res.headers.has(REQUEST_ID_HEADER)) c.res.headers.set(REQUEST_ID_HEADER, requestId);
  });
  const corsHeaders: MiddlewareHandler<AppEnv> = cors({
    origin: (origin) => (config.corsOrigins.includes(origin) || config.corsOrigins.includes('*') ? origin : null),
    allowMethods: ['GET', 'POST', 'PATCH', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', IDEMPOTENCY_HEADER, 'Last-Event-ID', 'Accept-Language', 'Assist-Client-Id'],
    exposeHeaders: [REQUEST_ID_HEADER, REPLAYED_HEADER, 'Retry-After'],
    maxAge: 600,
  });
  const corsWhenCrossOrigin: MiddlewareHandler<AppEnv> = (c, next) => {
    // Only a browser calling from another origin needs CORS headers, and it always sends Origin.
    // The answer still varies by Origin, so a shared cache keeps the two kinds apart.
    if (c.req.header('origin') !== undefined) return corsHeaders(c, next);
    c.header('Vary', 'Origin');
    return next();
  };
  app.use('*', corsWhenCrossOrigin);
  const limitBody: MiddlewareHandler<AppEnv> = bodyLimit({
    maxSize: config.bodyLimitBytes,
    onError: () => {
      throw new ApiFailure('payload_too_large', `The body is larger than ${config.bodyLimitBytes} bytes`);
    },
  });
  const limitBodyWhenSent: MiddlewareHandler<AppEnv> = (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next));
  app.use('*', limitBodyWhenSent);
  app.use(
    '/v1/*',
    faultInjection(() => deps.faults, deps.random),
  );

  metaRoutes(app, deps);
  helpRoutes(app, deps);
  authRoutes(app, deps);
  orderRoutes(app, deps);
  returnRoutes(app, deps);
  problemRoutes(app, deps);
  chatRoutes(app, deps, chat);
  callbackRoutes(app, deps, chat);
  agentRoutes(app, deps, chat);
  metricsRoutes(app, deps);
  if (config.admin) adminChatRoutes(app, deps, chat);
  if (config.admin) adminRoutes(app, deps);
  if (config.admin) adminReturnRoutes(app, deps);

  const knownPaths = Object.values(routes).map((r) => ({
    method: r.method,
    pattern: new RegExp(`^${r.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`),
  }));

  app.notFound((c) => {
    const samePath = knownPaths.filter((r) => r.pattern.test(c.req.path));
    const failure =
      samePath.length > 0 && !samePath.some((r) => r.method === c.req.method)
        ? new ApiFailure('method_not_allowed', `${c.req.method} is not allowed here; use ${[...new Set(samePath.map((r) => r.method))].join(' or ')}`)
        : new ApiFailure('not_found', `No route for ${c.req.method} ${c.req.path}`);
    return c.json(failure.toBody(c.get('requestId')), failure.status as 404);
  });

  app.onError((error, c) => {
    let failure: ApiFailure;
    if (error instanceof ApiFailure) failure = error;
    else if (error instanceof HTTPException && error.status < 500) {
      failure = new ApiFailure(error.status === 413 ? 'payload_too_large' : 'validation_failed', error.message || 'The request is not valid');
    } else {
      console.error(`[assist-api] ${c.req.method} ${c.req.path}:`, error);
      failure = new ApiFailure('internal', 'Something went wrong on our side; the request can be retried');
    }
    if (failure.retryAfter !== undefined) c.header('Retry-After', String(failure.retryAfter));
    return c.json(failure.toBody(c.get('requestId')), failure.status as 400);
  });

  return { app, deps, chat };
}

export { verifyWebhook, signWebhook, SIGNATURE_HEADER, type WebhookVerification } from './webhooks/verify.js';

/** A ready app with the demo data, for `app.fetch(request)` in any runtime. */
export const { app } = createApp();
