import { PartitionedRouter } from './http/router.js';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { routes } from '@assist/contract';
import { ShiftableClock, type AdjustableClock } from './clock.js';
import type { AppConfig, Deps } from './deps.js';
import { HelpContent } from './help/service.js';
import type { AppContext, AppEnv } from './http/define.js';
import { ApiFailure } from './http/failure.js';
import { NO_FAULTS } from './http/faults.js';
import { answerJson } from './http/answer.js';
import { requestPipeline } from './http/pipeline.js';
import { IdempotencyGuard } from './http/idempotency.js';
import { adminGuard } from './http/admin-guard.js';
import { ClientRegistry, DEMO_CLIENT, type MerchantClient } from './http/origins.js';
import { isPrivateTarget } from './http/targets.js';
import { DEFAULT_LIMITS, anonymousCreationLimit, type ThrottleLimits } from './http/throttle.js';
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
import { JobRunner } from './jobs/runner.js';
import { PURGE_JOB, purge } from './jobs/purge.js';
import { runCaseDeadlines } from './returns/deadlines.js';
import { isConnectionError } from './store/sql/errors.js';
import { CASE_DUE_JOB } from './returns/rules.js';
import type { SimulatedAgentConfig } from './chat/simulated-agent.js';
import { adminChatRoutes } from './routes/admin-chat.js';
import { agentRoutes } from './routes/agent.js';
import { callbackRoutes } from './routes/callbacks.js';
import { chatRoutes } from './routes/chat.js';
import { metricsRoutes } from './routes/metrics.js';
import { adminMailRoutes, mailRoutes } from './routes/mail.js';
import type { DataSet, Store } from './store/types.js';
import { Mailer, type MailOptions } from './email/outbox.js';
import { Attachments } from './attachments/service.js';
import { attachmentRoutes } from './routes/attachments.js';

export const VERSION = '0.1.0';

/** The merchant secret of the demo data (the playground signs shopper sessions with it). Never use it in production. */
export const DEMO_MERCHANT_SECRET = 'demo-merchant-secret-change-me';
export const DEMO_AGENT_TOKEN = 'demo-agent-token';

export interface AppOptions extends Partial<Omit<AppConfig, 'admin' | 'clients' | 'throttle'>> {
  /**
   * Demo mode: the demo client id for pages on this machine, the admin surface (behind a random token
   * unless `admin` gives one) and webhooks to any address. The in-browser mock is always a demo.
   */
  demo?: boolean;
  /** The QA admin routes under /__admin, behind this token (`Assist-Admin-Token`); off unless given or in demo mode. */
  admin?: { token: string } | false;
  /** Merchant client ids with the origins each allows (the demo client is added in demo mode). */
  clients?: MerchantClient[];
  /** Limits on verification and anonymous creation (the defaults suit one shopper per address). */
  throttle?: Partial<ThrottleLimits>;
  clock?: AdjustableClock;
  store?: Store;
  dataSet?: DataSet;
  /** Secret for signing shopper tokens; random per process when not given. */
  tokenSecret?: string;
  /** The QA scenario the data and faults come from (what `/__admin/scenarios` calls current); 'default' unless given. */
  scenario?: string | null;
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
  /** Mail to shoppers: the SMTP transport (none: the development mailbox), sender, support inbox, retries. */
  mail?: MailOptions;
}

/** Help content and its indexes are the same for every app in a process: build them once. */
let sharedHelp: HelpContent | undefined;

export interface AssistApp {
  app: Hono<AppEnv>;
  deps: Deps;
  chat: ChatService;
  /**
   * Runs jobs as they come due, those already in the store included (the seed's deadlines, what a
   * stopped instance left), polling every `pollMs` for jobs other instances plan. Servers and the
   * browser mock call it; tests drive jobs through their scheduler instead.
   */
  startJobs(pollMs?: number): void;
  /** Stops running jobs and waits for the ones under way. */
  stopJobs(): Promise<void>;
  /** The token the admin surface wants, or null when it is off. */
  adminToken: string | null;
}

/** Builds the Assist reference API. The same app serves Node (node.ts) and the browser (msw.ts). */
export function createApp(options: AppOptions = {}): AssistApp {
  const clock = options.clock ?? new ShiftableClock();
  const demo = options.demo ?? false;
  // Demo data only in demo mode.
  const store = options.store ?? new MemoryStore(clock, demo ? (options.dataSet ?? 'default') : null);
  const admin = options.admin ? { token: options.admin.token } : options.admin === undefined && demo ? { token: randomSecret() } : null;
  if (admin && admin.token.length < 16) throw new Error('The admin token must be at least 16 characters');
  if (!demo && options.webhooks?.url && isPrivateTarget(options.webhooks.url)) {
    throw new Error(`The webhook target ${options.webhooks.url} is a loopback or private address: allowed in demo mode only`);
  }
  const config: AppConfig = {
    merchantSecret: options.merchantSecret ?? DEMO_MERCHANT_SECRET,
    agentTokens: options.agentTokens ?? new Set([DEMO_AGENT_TOKEN]),
    tokenTtlSeconds: options.tokenTtlSeconds ?? 30 * 60,
    // On unless turned off: the Node server (node.ts) turns it off, tests and the browser mock keep it.
    validateResponses: options.validateResponses ?? true,
    demo,
    clients: new ClientRegistry([...(demo ? [DEMO_CLIENT] : []), ...(options.clients ?? [])]),
    trustProxy: options.trustProxy ?? false,
    throttle: { ...DEFAULT_LIMITS, ...options.throttle },
    bodyLimitBytes: options.bodyLimitBytes ?? 64 * 1024,
    admin,
    version: options.version ?? VERSION,
  };
  const scheduler = options.scheduler ?? timerScheduler;
  const jobs = new JobRunner(store, clock, scheduler);
  const tokenSecret = options.tokenSecret ?? randomSecret();
  const deps: Deps = {
    config,
    clock,
    store,
    tokens: new TokenSigner(tokenSecret),
    help: (sharedHelp ??= new HelpContent()),
    idempotency: new IdempotencyGuard(store),
    faults: { ...NO_FAULTS },
    random: options.random ?? Math.random,
    webhooks: new WebhookDispatcher(store, clock, { ...options.webhooks, secret: options.webhooks?.secret ?? config.merchantSecret }),
    scheduler,
    jobs,
    mail: new Mailer(store, clock, jobs, options.mail),
    qa: { scenario: options.scenario === undefined ? 'default' : options.scenario },
    attachments: new Attachments(store, tokenSecret),
  };
  deps.jobs.handle(CASE_DUE_JOB, async (payload) => void (await runCaseDeadlines(deps, (payload as { orderId: string }).orderId)));
  deps.jobs.handle(PURGE_JOB, async () => void (await purge(deps)));
  const chat = new ChatService(deps, {
    ...(options.assistant ? { assistant: options.assistant } : {}),
    ...(options.simulatedAgent ? { simulatedAgent: options.simulatedAgent } : {}),
    ...(options.chatHeartbeatMs !== undefined ? { heartbeatMs: options.chatHeartbeatMs } : {}),
  });

  // Returns routes apart: the rest of the table then fits Hono's fastest router (http/router.ts).
  const app = new Hono<AppEnv>({ router: new PartitionedRouter('/v1/returns') });

  /** The answer to an error: the API's error shape, never a stack; 5xx only for what is ours. */
  const errorAnswer = (error: unknown, c: AppContext): Response => {
    let failure: ApiFailure;
    if (error instanceof ApiFailure) failure = error;
    else if (error instanceof HTTPException && error.status < 500) {
      failure = new ApiFailure(error.status === 413 ? 'payload_too_large' : 'validation_failed', error.message || 'The request is not valid');
    } else if (isConnectionError(error)) {
      console.error(`[assist-api] ${c.req.method} ${c.req.path}: the database cannot be reached (${error instanceof Error ? error.message : String(error)})`);
      failure = new ApiFailure('unavailable', 'The service cannot reach its database right now; retry shortly', { retryAfter: 5 });
    } else {
      console.error(`[assist-api] ${c.req.method} ${c.req.path}:`, error);
      failure = new ApiFailure('internal', 'Something went wrong on our side; the request can be retried');
    }
    const extra = failure.retryAfter !== undefined ? { 'Retry-After': String(failure.retryAfter) } : undefined;
    return answerJson(c, failure.toBody(c.get('requestId')), failure.status, extra);
  };

  // Every answer is made by http/answer.ts from the headers the pipeline prepares, as a plain record,
  // which keeps @hono/node-server on its fast path (see http/pipeline.ts).
  // Routes whose body is a file read the body themselves, to their own limit (10 MB for attachments).
  const fileUploads = new Set(Object.values(routes).flatMap((r) => ('rawBody' in r && r.rawBody ? [`${r.method} ${r.path}`] : [])));
  app.use(
    '*',
    requestPipeline({
      clients: config.clients,
      bodyLimitBytes: config.bodyLimitBytes,
      ownBodyLimit: (method, path) => fileUploads.has(`${method} ${path}`),
      faults: () => deps.faults,
      random: deps.random,
      errorAnswer,
    }),
  );
  app.use('/v1/chat/sessions', anonymousCreationLimit('chat sessions', store, config.throttle.anonymousChats, config.trustProxy));
  app.use('/v1/callbacks', anonymousCreationLimit('callback requests', store, config.throttle.anonymousCallbacks, config.trustProxy));
  app.use('/v1/offline-messages', anonymousCreationLimit('offline messages', store, config.throttle.anonymousCallbacks, config.trustProxy));

  metaRoutes(app, deps);
  helpRoutes(app, deps);
  authRoutes(app, deps);
  orderRoutes(app, deps);
  returnRoutes(app, deps);
  problemRoutes(app, deps);
  chatRoutes(app, deps, chat);
  callbackRoutes(app, deps, chat);
  mailRoutes(app, deps, chat);
  agentRoutes(app, deps, chat);
  metricsRoutes(app, deps);
  attachmentRoutes(app, deps);
  if (config.admin) {
    app.use('/__admin', adminGuard(config.admin.token));
    app.use('/__admin/*', adminGuard(config.admin.token));
  }
  if (config.admin) adminChatRoutes(app, deps, chat);
  if (config.admin) adminRoutes(app, deps);
  if (config.admin) adminReturnRoutes(app, deps);
  if (config.admin) adminMailRoutes(app, deps);

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
    return answerJson(c, failure.toBody(c.get('requestId')), failure.status);
  });

  app.onError((error, c) => errorAnswer(error, c));

  return {
    app,
    deps,
    chat,
    adminToken: config.admin?.token ?? null,
    startJobs: (pollMs) => {
      deps.jobs.start(pollMs);
      deps.webhooks.jobs.start(pollMs);
    },
    stopJobs: async () => {
      await deps.jobs.stop();
      await deps.webhooks.jobs.stop();
    },
  };
}

export { verifyWebhook, signWebhook, SIGNATURE_HEADER, type WebhookVerification } from './webhooks/verify.js';

/** A ready demo app, for `app.fetch(request)` in any runtime (the in-browser mock uses it and starts its jobs: msw.ts). */
export const demoApp = createApp({ demo: true });
export const { app, adminToken: demoAdminToken } = demoApp;
