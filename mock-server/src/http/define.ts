import type { Context, Hono } from 'hono';
import {
  ClientId,
  IDEMPOTENCY_HEADER,
  redactRequestPart,
  routes,
  toErrorIssues,
  type AnyRoute,
  type ErrorIssue,
  type RouteId,
  type RouteOutput,
  type RouteParsed,
} from '@assist/contract';
import type { Deps } from '../deps.js';
import { ApiFailure, validationFailure } from './failure.js';
import { fingerprint } from './fingerprint.js';
import { sha256Hex } from './hmac.js';
import type { TokenClaims } from './tokens.js';
import { JSON_TEXT, answer, requestHeader } from './answer.js';
import { REPLAYED_HEADER } from './idempotency.js';

export type AppEnv = { Variables: { requestId: string; answerHeaders: Record<string, string> } };
export type AppContext = Context<AppEnv>;

export interface Auth {
  /** Claims of a shopper or chat token; null when the route allows anonymous calls and none was sent. */
  claims: TokenClaims | null;
  agent: boolean;
  /**
   * Who is calling, for scoping what they leave behind (idempotency keys): `shopper:<id>`,
   * `chat:<id>`, `agent:<token>`; null for an anonymous call. Never sent anywhere.
   */
  caller: string | null;
}

export type HandlerInput<Id extends RouteId> = RouteParsed<Id> & {
  auth: Auth;
  /** The body of a route that takes a file (`rawBody`), read to its limit; undefined elsewhere. */
  raw: Uint8Array | undefined;
  /** Fields whose card numbers were redacted before validation, e.g. `body.text`. */
  redacted: readonly string[];
  c: AppContext;
};
/** A route's implementation; one that needs no I/O may answer synchronously. */
export type Handler<Id extends RouteId> = (input: HandlerInput<Id>) => RouteOutput<Id> | Response | Promise<RouteOutput<Id> | Response>;

interface SafeParser {
  safeParse(data: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } };
}

const CARD_REFUSED = 'contains a card number: card numbers are never accepted here (we kept only the last four digits)';

/** `value` with its card numbers redacted; where some were is added to `paths`. */
function redactInto<T>(where: string, value: T, paths: string[]): T {
  const clean = redactRequestPart(where, value);
  paths.push(...clean.paths);
  return clean.value;
}

/**
 * Validates one part of a request (already redacted). A field that no longer fits once redacted (a
 * tracking number that was a card number) is refused with a message that says why.
 */
function parsePart(schema: unknown, value: unknown, where: string, issues: ErrorIssue[], redacted: readonly string[]): unknown {
  if (!schema) return undefined;
  const result = (schema as SafeParser).safeParse(value);
  if (result.success) return result.data;
  const found = toErrorIssues(where, result.error.issues);
  issues.push(...(redacted.length === 0 ? found : found.map((i) => (redacted.includes(i.path) ? { ...i, message: CARD_REFUSED } : i))));
  return undefined;
}

/** The JSON body of a request (`{}` when empty); 415 for another content type, 400 for broken JSON. */
async function readRawJson(c: AppContext): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  const type = requestHeader(c, 'content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiFailure('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiFailure('invalid_json', 'The body is not valid JSON');
  }
}

/**
 * The JSON body of a request outside the route table (the QA admin surface), with card numbers
 * redacted like every request's: `{}` when empty, 415 for another content type, 400 for broken JSON.
 */
export async function readJson(c: AppContext): Promise<unknown> {
  return redactRequestPart('body', await readRawJson(c)).value;
}

function bearer(c: AppContext): string | null {
  const header = requestHeader(c, 'authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new ApiFailure('unauthorized', 'Send the token as Authorization: Bearer <token>');
  return match[1]!;
}

/** How long a chat token still works once its chat has ended: to rate the chat and read the transcript. */
export const ENDED_CHAT_TOKEN_GRACE_S = 15 * 60;

/**
 * Whether a chat token has been revoked: its chat ended more than the grace period ago. The chat's
 * own record is the revocation list, so every instance sharing the store agrees.
 */
async function chatTokenRevoked(deps: Deps, claims: TokenClaims, nowS: number): Promise<boolean> {
  if (claims.kind !== 'chat' || claims.chat === undefined) return false;
  const ended = (await deps.store.chatSession(claims.chat))?.endedAt;
  return ended !== null && ended !== undefined && nowS - Math.floor(Date.parse(ended) / 1000) > ENDED_CHAT_TOKEN_GRACE_S;
}

const ANONYMOUS: Auth = Object.freeze({ claims: null, agent: false, caller: null });

/**
 * Who is calling. Answers at once, without a promise, for the common case of a shopper token this
 * process has already verified (its expiry is still checked on every call); a token seen for the
 * first time, and a chat token (whose chat may have ended since), are checked asynchronously.
 */
function authenticate(route: AnyRoute, c: AppContext, deps: Deps): Auth | Promise<Auth> {
  if (route.auth === 'none') return ANONYMOUS;
  if (route.auth === 'signed') {
    // A signed url needs no token, and one that does not work (expired, for another chat) must not
    // stop the signature from working: the handler decides, and answers 404 to anyone else.
    return Promise.resolve()
      .then(() => authenticate({ ...route, auth: 'any' }, c, deps))
      .catch((error: unknown) => {
        if (error instanceof ApiFailure && error.code === 'unauthorized') return ANONYMOUS;
        throw error;
      });
  }
  const token = bearer(c);
  const agent = token !== null && deps.config.agentTokens.has(token);
  if (route.auth === 'agent' || (route.auth === 'any' && agent)) {
    if (!token || !agent) throw new ApiFailure('unauthorized', 'An agent token is required');
    return { claims: null, agent: true, caller: `agent:${token}` };
  }
  if (!token) {
    if (route.auth === 'optional') return ANONYMOUS;
    throw new ApiFailure(
      'unauthorized',
      route.auth === 'any' ? 'This needs a token: a verified shopper, a chat or an agent token' : 'Verify first: this needs the token from /v1/auth/verify or /v1/auth/session',
    );
  }
  const nowS = Math.floor(deps.store.clock.now().getTime() / 1000);
  const known = deps.tokens.verified(token, nowS);
  if (known !== undefined && (known === null || known.kind === 'shopper')) return authorise(route, known);
  return deps.tokens.verify(token, nowS).then(async (claims) => {
    const auth = authorise(route, claims);
    if (await chatTokenRevoked(deps, auth.claims!, nowS)) throw new ApiFailure('unauthorized', 'This chat has ended and its token no longer works: start a new chat');
    return auth;
  });
}

/** The caller of a verified token (null: invalid or expired), if the route lets it in. */
function authorise(route: AnyRoute, claims: Readonly<TokenClaims> | null): Auth {
  if (!claims) throw new ApiFailure('unauthorized', 'The token is invalid or has expired: verify again');
  if (route.auth === 'shopper' && claims.kind !== 'shopper') {
    throw new ApiFailure('unauthorized', 'This needs a verified shopper: verify with your order reference first');
  }
  return { claims, agent: false, caller: claims.kind === 'chat' ? `chat:${claims.chat}` : `shopper:${claims.sub}` };
}

/**
 * Shortest Idempotency-Key of an anonymous call. Such a caller has nothing but the key to tell it
 * from anyone else, so the key is its secret: the client sends 32 random hex digits (128 bits).
 */
export const ANONYMOUS_KEY_MIN_LENGTH = 32;

/**
 * Where a key's first answer is kept: the caller and the key, hashed, so that two callers never share
 * an answer and the store keeps neither agent tokens nor anonymous keys in a usable form.
 */
export function idempotencyScope(auth: Auth, key: string): Promise<string> {
  return sha256Hex(`${auth.caller ?? 'anonymous'}\n${key}`);
}

const JSON_TYPE: Record<string, string> = { 'content-type': 'application/json' };
/** How many distinct path parameters each route keeps parsed. */
const PARSED_PARAMS_KEPT = 1000;

/** How a file body is read (`rawBody` routes) and how a replayed answer is brought up to date. */
export interface ImplementOptions<Id extends RouteId> {
  /** Largest file body, in bytes; 413 `too_large` beyond it (from Content-Length before reading, else while reading). */
  rawBodyLimit?: number;
  /** Checks the headers of a file upload before its body is read (so a wrong type or name costs no upload). */
  checkHeaders?: (c: AppContext) => void;
  /** Re-issues what expires in a kept answer (signed urls) when an Idempotency-Key replays it. */
  refresh?: (kept: RouteOutput<Id>) => Promise<RouteOutput<Id>>;
}

/**
 * The body of a file upload, read chunk by chunk to `limit` bytes: a Content-Length above it answers
 * 413 before anything is read, and a body that turns out longer (no or a false Content-Length) is
 * cancelled as soon as it passes the limit, so no more than `limit` bytes are ever held.
 */
export async function readLimitedBody(c: AppContext, limit: number): Promise<Uint8Array> {
  const tooLarge = () => new ApiFailure('too_large', `The file is larger than ${Math.round(limit / (1024 * 1024))} MB: choose a smaller one`);
  const declared = requestHeader(c, 'content-length');
  if (declared !== undefined) {
    if (!/^[0-9]{1,15}$/.test(declared.trim())) throw validationFailure([{ path: 'header.Content-Length', message: 'must be the number of bytes of the body' }]);
    if (Number(declared) > limit) throw tooLarge();
  }
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}

const toHex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** Routes registered on an app, in order: the OpenAPI document lists exactly these. */
export const implementedRoutes = new WeakMap<Hono<AppEnv>, AnyRoute[]>();

/**
 * Binds a contract route to a handler. Authentication, validation of path, query and body,
 * idempotency and the success status all come from the route's declaration; the handler only
 * sees parsed input and returns the response body (or throws an ApiFailure).
 */
export function implement<Id extends RouteId>(app: Hono<AppEnv>, deps: Deps, id: Id, handler: Handler<Id>, options: ImplementOptions<Id> = {}): void {
  const route = routes[id] as unknown as AnyRoute;
  const list = implementedRoutes.get(app) ?? [];
  list.push(route);
  implementedRoutes.set(app, list);

  /**
   * The JSON of frozen outputs (help articles, store records returned as they are): frozen values
   * never change, so each is checked and serialised once.
   */
  const serialised = new WeakMap<object, string>();
  const serialise = (output: object): string => {
    let json = serialised.get(output);
    if (json !== undefined) return json;
    if (deps.config.validateResponses) {
      const check = (route.response as unknown as SafeParser).safeParse(output);
      if (!check.success) {
        throw new Error(`Response of ${id} breaks the contract: ${JSON.stringify(toErrorIssues('response', check.error.issues))}`);
      }
    }
    const prepared = (output as { [JSON_TEXT]?: unknown })[JSON_TEXT];
    json = typeof prepared === 'string' ? prepared : JSON.stringify(output);
    if (Object.isFrozen(output)) serialised.set(output, json);
    return json;
  };

  /**
   * Path parameters as parsed, by their text: an order id or a slug is checked once, not on every
   * request for it. Only parameters that parsed with nothing redacted are kept, frozen; the oldest is
   * forgotten first.
   */
  const parsedParams = new Map<string, unknown>();
  const parseParams = (raw: Record<string, string>, issues: ErrorIssue[], redacted: string[]): unknown => {
    const values = Object.values(raw);
    const key = values.length === 1 ? values[0]! : JSON.stringify(values);
    const known = parsedParams.get(key);
    if (known !== undefined) return known;
    const before = issues.length + redacted.length;
    const parsed = parsePart(route.params, redactInto('path', raw, redacted), 'path', issues, redacted);
    if (issues.length + redacted.length === before && parsed !== undefined) {
      if (parsedParams.size >= PARSED_PARAMS_KEPT) parsedParams.delete(parsedParams.keys().next().value!);
      parsedParams.set(key, Object.freeze(parsed));
    }
    return parsed;
  };

  /** The answer to a handler's output: its JSON with the route's status, or the Response it made. Made once per route, not per request. */
  const respond = (c: AppContext, output: RouteOutput<Id> | Response): Response => (output instanceof Response ? output : answer(c, serialise(output), route.status, JSON_TYPE));

  app.on(route.method, route.path, async (c) => {
    const pending = authenticate(route, c, deps);
    const auth = pending instanceof Promise ? await pending : pending;
    const issues: ErrorIssue[] = [];
    const redacted: string[] = [];
    const params = route.params ? parseParams(c.req.param(), issues, redacted) : undefined;
    const query = route.query ? parsePart(route.query, redactInto('query', c.req.query(), redacted), 'query', issues, redacted) : undefined;
    // The body as sent, card numbers redacted: what is validated, fingerprinted and kept.
    const rawBody = route.body ? redactInto('body', await readRawJson(c), redacted) : undefined;
    const body = parsePart(route.body, rawBody, 'body', issues, redacted);
    // A file: its bytes, read to the route's limit once its headers passed.
    if (route.rawBody) options.checkHeaders?.(c);
    const raw = route.rawBody ? await readLimitedBody(c, options.rawBodyLimit ?? deps.config.bodyLimitBytes) : undefined;

    let key: string | null = null;
    if (route.idempotency !== 'none') {
      key = requestHeader(c, IDEMPOTENCY_HEADER.toLowerCase()) ?? null;
      if (key === null && route.idempotency === 'required') {
        issues.push({ path: `header.${IDEMPOTENCY_HEADER}`, message: 'is required: send a unique key per request and reuse it on retries' });
      } else if (key !== null && !ClientId.safeParse(key).success) {
        issues.push({ path: `header.${IDEMPOTENCY_HEADER}`, message: 'must be 8 to 64 letters, digits, _ or -' });
      } else if (key !== null && auth.caller === null && key.length < ANONYMOUS_KEY_MIN_LENGTH) {
        issues.push({
          path: `header.${IDEMPOTENCY_HEADER}`,
          message: `must be at least ${ANONYMOUS_KEY_MIN_LENGTH} random characters without a token: it is all that keeps this answer yours`,
        });
      }
    }
    if (issues.length > 0) throw validationFailure(issues);

    const input = { params, query, body, auth, raw, redacted, c } as HandlerInput<Id>;
    if (key === null) {
      // Without an idempotency key the handler's answer is sent as it comes: no wrapper promise on the way.
      const output = handler(input);
      return output instanceof Promise ? output.then((settled) => respond(c, settled)) : respond(c, output);
    }

    const scope = await idempotencyScope(auth, key);
    // A file is the same request again when its content, type and name are.
    const file = raw
      ? {
          sha256: toHex(await crypto.subtle.digest('SHA-256', raw as Uint8Array<ArrayBuffer>)),
          type: requestHeader(c, 'content-type') ?? null,
          name: requestHeader(c, 'x-file-name') ?? null,
        }
      : undefined;
    const print = await fingerprint(file ? [id, params, rawBody, file] : [id, params, rawBody]);
    const refresh = options.refresh;
    const replay = refresh
      ? async (kept: { status: number; body: string }) =>
          answer(c, serialise(await refresh(JSON.parse(kept.body) as RouteOutput<Id>)), kept.status, { ...JSON_TYPE, [REPLAYED_HEADER]: 'true' })
      : undefined;
    return deps.idempotency.run(scope, print, c, async () => respond(c, await handler(input)), replay);
  });
}
