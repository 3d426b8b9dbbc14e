import type { AdjustableClock } from './clock.js';
import type { HelpContent } from './help/service.js';
import type { Faults } from './http/faults.js';
import type { IdempotencyGuard } from './http/idempotency.js';
import type { TokenSigner } from './http/tokens.js';
import type { Store } from './store/types.js';
import type { WebhookDispatcher } from './webhooks/dispatcher.js';
import type { Scheduler } from './jobs/scheduler.js';
import type { JobRunner } from './jobs/runner.js';
import type { ClientRegistry } from './http/origins.js';
import type { ThrottleLimits } from './http/throttle.js';
import type { Mailer } from './email/outbox.js';
import type { Attachments } from './attachments/service.js';

export interface AppConfig {
  /** Secret merchants sign shopper sessions with (HMAC-SHA256). */
  merchantSecret: string;
  /** Tokens the agent console and the simulated agent use. */
  agentTokens: Set<string>;
  /** Lifetime of shopper tokens. */
  tokenTtlSeconds: number;
  /** Check every response against the contract (a mismatch is a bug and answers 500). */
  validateResponses: boolean;
  /** Demo mode: demo secrets and data, the demo client id, webhooks to any address. */
  demo: boolean;
  /** Merchant client ids and the origins each allows: browser calls are answered only for these. */
  clients: ClientRegistry;
  /** Read the client address from X-Forwarded-For (behind a load balancer) instead of the socket. */
  trustProxy: boolean;
  /** Limits on verification attempts and anonymous creation. */
  throttle: ThrottleLimits;
  /** Largest accepted request body. */
  bodyLimitBytes: number;
  /** The QA admin routes under /__admin, behind this token; null leaves them out. */
  admin: { token: string } | null;
  version: string;
}

/** Everything a route handler needs, created once per app. */
export interface Deps {
  config: AppConfig;
  clock: AdjustableClock;
  store: Store;
  tokens: TokenSigner;
  help: HelpContent;
  idempotency: IdempotencyGuard;
  faults: Faults;
  random: () => number;
  /** Sends return and problem events to the merchant's endpoint. */
  webhooks: WebhookDispatcher;
  /** Wakes this instance up later (jobs that are due, event-stream heartbeats); tests pass a manual one. */
  scheduler: Scheduler;
  /** Work planned for a time, kept in the store and run by one instance: deadlines, the simulated agent, purges. */
  jobs: JobRunner;
  /** The mail outbox: confirmations, transcripts and notices to shoppers, sent through SMTP or kept in the development mailbox. */
  mail: Mailer;
  /** Uploaded files: checking, storing, using and serving them with signed urls. */
  attachments: Attachments;
  /** The QA admin surface's own state: the scenario last set (null once faults were changed by hand). */
  qa: { scenario: string | null };
}
