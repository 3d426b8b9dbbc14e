import { DEMO_AGENT_TOKEN, DEMO_MERCHANT_SECRET, type AppOptions } from './app.js';
import { parseClients, ClientRegistry, type MerchantClient } from './http/origins.js';
import { randomSecret } from './http/tokens.js';
import { ChatCompletionsAssistant, DEFAULT_ASSISTANT_TIMEOUT_MS } from './chat/chat-completions-assistant.js';
import { RuleAssistant } from './chat/rule-assistant/rule-assistant.js';
import { smtpTransport, smtpUrlProblem } from './email/transport.js';
import type { MailOptions } from './email/outbox.js';

/**
 * The server's configuration from its environment, checked before anything starts. It fails closed:
 * without ASSIST_DEMO=1 the three secrets must be set and long enough, and any value that cannot be
 * read stops the start with a message naming it, rather than falling back to something weaker.
 */

/** Shortest accepted secret or token: 32 characters (e.g. `openssl rand -base64 32`). */
export const MIN_SECRET_LENGTH = 32;

export const REQUIRED_SECRETS = ['ASSIST_MERCHANT_SECRET', 'ASSIST_AGENT_TOKEN', 'ASSIST_TOKEN_SECRET'] as const;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The Assist API cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

export interface ServerConfig {
  /** What to build the app with (createApp). */
  app: AppOptions & { demo: boolean; admin: { token: string } | false; mail: MailOptions };
  /** Printed at every start (demo mode says so each time). */
  warnings: string[];
  /** Printed at start: what a QA person needs, e.g. the admin token made for this run. */
  notices: string[];
}

type Env = Record<string, string | undefined>;

function flag(env: Env, name: string, problems: string[]): boolean | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (value === '1') return true;
  if (value === '0') return false;
  problems.push(`${name} must be 1 or 0, not "${value}"`);
  return undefined;
}

/** Reads and checks the environment; throws a ConfigError listing every problem at once. */
export function readConfig(env: Env): ServerConfig {
  const problems: string[] = [];
  const warnings: string[] = [];
  const notices: string[] = [];
  const demo = flag(env, 'ASSIST_DEMO', problems) ?? false;
  const adminFlag = flag(env, 'ASSIST_ADMIN', problems);
  const trustProxy = flag(env, 'ASSIST_TRUST_PROXY', problems) ?? false;
  const validateResponses = flag(env, 'ASSIST_VALIDATE_RESPONSES', problems) ?? false;

  if (env.ASSIST_CORS_ORIGINS !== undefined) {
    problems.push(
      'ASSIST_CORS_ORIGINS is no longer read: list merchant client ids and their origins in ASSIST_CLIENTS (client-id=https://shop.example|https://www.shop.example;...)',
    );
  }

  const secret = (name: string): string | undefined => {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    if (value.length < MIN_SECRET_LENGTH) problems.push(`${name} is ${value.length} characters long; it must have at least ${MIN_SECRET_LENGTH}`);
    return value;
  };
  const merchantSecret = secret('ASSIST_MERCHANT_SECRET');
  const agentToken = secret('ASSIST_AGENT_TOKEN');
  const tokenSecret = secret('ASSIST_TOKEN_SECRET');
  const adminToken = secret('ASSIST_ADMIN_TOKEN');

  if (!demo) {
    const missing = REQUIRED_SECRETS.filter((name) => env[name] === undefined || env[name] === '');
    if (missing.length > 0) {
      problems.push(
        `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set (at least ${MIN_SECRET_LENGTH} characters each); for a local demo with demo secrets, set ASSIST_DEMO=1`,
      );
    }
  }

  let admin: { token: string } | false = false;
  if (adminFlag ?? demo) {
    if (adminToken) admin = { token: adminToken };
    else if (demo) {
      admin = { token: randomSecret() };
      notices.push(`Admin token for this run (header Assist-Admin-Token): ${admin.token}`);
    } else problems.push(`ASSIST_ADMIN=1 needs ASSIST_ADMIN_TOKEN (at least ${MIN_SECRET_LENGTH} characters)`);
  }

  let clients: MerchantClient[] = [];
  if (env.ASSIST_CLIENTS !== undefined && env.ASSIST_CLIENTS.trim() !== '') {
    try {
      clients = parseClients(env.ASSIST_CLIENTS);
      new ClientRegistry(clients);
    } catch (error) {
      problems.push(`ASSIST_CLIENTS: ${(error as Error).message}`);
    }
  }

  const assistant = chatCompletions(env, problems);
  const mail = mailSettings(env, problems);

  if (problems.length > 0) throw new ConfigError(problems);

  if (demo) {
    warnings.push(
      'ASSIST_DEMO=1: demo secrets, demo data, the demo client id for localhost and the admin surface are on. Never run this where real shoppers or merchants can reach it.',
    );
  }
  if (assistant)
    notices.push(`The chat's assistant is the chat-completions endpoint at ${new URL(assistant.url).origin} (model ${assistant.model}); the built-in one answers when it cannot`);
  notices.push(
    mail.smtpUrl
      ? `Mail goes through the SMTP server at ${mail.smtpUrl.host} (from ${mail.from})`
      : 'No ASSIST_SMTP_URL: mail to shoppers is kept in the development mailbox (GET /__admin/mail, the playground shows it), not sent',
  );
  if (clients.length === 0 && !demo) notices.push('No ASSIST_CLIENTS: only calls without an Origin (server to server) are answered, no browser calls');

  return {
    app: {
      demo,
      admin,
      merchantSecret: merchantSecret ?? DEMO_MERCHANT_SECRET,
      agentTokens: new Set([agentToken ?? DEMO_AGENT_TOKEN]),
      tokenSecret: tokenSecret ?? randomSecret(),
      clients,
      trustProxy,
      validateResponses,
      ...(assistant ? { assistant: new ChatCompletionsAssistant({ ...assistant, fallback: new RuleAssistant() }) } : {}),
      mail: {
        transport: mail.smtpUrl ? smtpTransport(mail.smtpUrl.href) : null,
        ...(mail.from ? { from: mail.from } : {}),
        ...(mail.supportInbox ? { supportInbox: mail.supportInbox } : {}),
      },
    },
    warnings,
    notices,
  };
}

/** A plain address (a@b.example) or one with a display name (Name <a@b.example>). */
const ADDRESS = /^(?:[^<>\r\n]{1,100} <[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;

/**
 * Mail: ASSIST_SMTP_URL (smtp:// or smtps://, with user and password in the URL when the server wants
 * them) sends it; without it, mail stays in the development mailbox. ASSIST_MAIL_FROM is the sender
 * (default no-reply@ the SMTP host), ASSIST_SUPPORT_EMAIL the inbox offline messages go to (default
 * support@ the SMTP host).
 */
function mailSettings(env: Env, problems: string[]): { smtpUrl: URL | null; from: string | undefined; supportInbox: string | undefined } {
  const url = env.ASSIST_SMTP_URL?.trim() || undefined;
  let smtpUrl: URL | null = null;
  if (url) {
    const problem = smtpUrlProblem(url);
    // The URL is not echoed: it may hold the password.
    if (problem) problems.push(`ASSIST_SMTP_URL ${problem}`);
    else smtpUrl = new URL(url);
  }
  const address = (name: string): string | undefined => {
    const value = env[name]?.trim() || undefined;
    if (value !== undefined && !ADDRESS.test(value)) problems.push(`${name} must be an email address (name@example.com or Name <name@example.com>), not "${value}"`);
    return value;
  };
  const host = smtpUrl?.hostname;
  return {
    smtpUrl,
    from: address('ASSIST_MAIL_FROM') ?? (host ? `Customer service <no-reply@${host}>` : undefined),
    supportInbox: address('ASSIST_SUPPORT_EMAIL') ?? (host ? `support@${host}` : undefined),
  };
}

/**
 * The OpenAI-compatible chat-completions endpoint the chat's assistant uses, when ASSIST_ASSISTANT_URL
 * is set (off otherwise): ASSIST_ASSISTANT_MODEL names the model, ASSIST_ASSISTANT_KEY is its bearer
 * key (optional), ASSIST_ASSISTANT_TIMEOUT_MS how long a turn may take before the built-in assistant
 * answers it (default 4000).
 */
function chatCompletions(env: Env, problems: string[]): { url: string; model: string; key: string | undefined; timeoutMs: number } | undefined {
  const url = env.ASSIST_ASSISTANT_URL?.trim() || undefined;
  const model = env.ASSIST_ASSISTANT_MODEL?.trim() || undefined;
  const timeout = env.ASSIST_ASSISTANT_TIMEOUT_MS?.trim() || undefined;
  if (!url) {
    for (const name of ['ASSIST_ASSISTANT_MODEL', 'ASSIST_ASSISTANT_KEY', 'ASSIST_ASSISTANT_TIMEOUT_MS'] as const) {
      if (env[name]?.trim()) problems.push(`${name} is set, but ASSIST_ASSISTANT_URL is not: set the endpoint too, or remove ${name}`);
    }
    return undefined;
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    problems.push(`ASSIST_ASSISTANT_URL must be an http(s) URL, not "${url}"`);
  }
  if (parsed && parsed.protocol !== 'https:' && parsed.protocol !== 'http:') problems.push(`ASSIST_ASSISTANT_URL must be an http(s) URL, not "${url}"`);
  if (parsed && (parsed.username || parsed.password)) problems.push('ASSIST_ASSISTANT_URL must not contain credentials: put the key in ASSIST_ASSISTANT_KEY');
  if (!model) problems.push('ASSIST_ASSISTANT_URL is set, but ASSIST_ASSISTANT_MODEL is not: name the model to use');
  let timeoutMs = DEFAULT_ASSISTANT_TIMEOUT_MS;
  if (timeout !== undefined) {
    timeoutMs = Number(timeout);
    if (!/^[0-9]+$/.test(timeout) || timeoutMs < 100 || timeoutMs > 60_000) problems.push(`ASSIST_ASSISTANT_TIMEOUT_MS must be milliseconds from 100 to 60000, not "${timeout}"`);
  }
  return model ? { url, model, key: env.ASSIST_ASSISTANT_KEY?.trim() || undefined, timeoutMs } : undefined;
}
