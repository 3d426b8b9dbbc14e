import type { Context, Hono } from 'hono';
import { ClientId, IDEMPOTENCY_HEADER, routes, toErrorIssues, type AnyRoute, type ErrorIssue, type RouteId, type RouteOutput, type RouteParsed } from '@assist/contract';
import type { Deps } from '../deps.js';
import { ApiFailure, validationFailure } from './failure.js';
import { fingerprint } from './fingerprint.js';
import type { TokenClaims } from './tokens.js';

export type AppEnv = { Variables: { requestId: string } };
export type AppContext = Context<AppEnv>;

export interface Auth {
  /** Claims of a shopper or chat token; null when the route allows anonymous calls and none was sent. */
  claims: TokenClaims | null;
  agent: boolean;
}

export type HandlerInput<Id extends RouteId> = RouteParsed<Id> & {
  auth: Auth;
  c: AppContext;
};
/** A route's implementation; one that needs no I/O may answer synchronously. */
export type Handler<Id extends RouteId> = (input: HandlerInput<Id>) => RouteOutput<Id> | Response | Promise<RouteOutput<Id> | Response>;

interface SafeParser {
  safeParse(data: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } };
}

function parsePart(schema: unknown, value: unknown, where: string, issues: ErrorIssue[]): unknown {
  if (!schema) return undefined;
  const result = (schema as SafeParser).safeParse(value);
  if (result.success) return result.data;
  issues.push(...toErrorIssues(where, result.error.issues));
  return undefined;
}

/** The JSON body of a request (`{}` when empty); 415 for another content type, 400 for broken JSON. */
export async function readJson(c: AppContext): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiFailure('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiFailure('invalid_json', 'The body is not valid JSON');
  }
}

function bearer(c: AppContext): string | null {
  const header = c.req.header('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new ApiFailure('unauthorized', 'Send the token as Authorization: Bearer <token>');
  return match[1]!;
}

async function authenticate(route: AnyRoute, c: AppContext, deps: Deps): Promise<Auth> {
  if (route.auth === 'none') return { claims: null, agent: false };
  const token = bearer(c);
  if (route.auth === 'agent') {
    if (!token || !deps.config.agentTokens.has(token)) throw new ApiFailure('unauthorized', 'An agent token is required');
    return { claims: null, agent: true };
  }
  if (!token) {
    if (route.auth === 'optional') return { claims: null, agent: false };
    throw new ApiFailure('unauthorized', 'Verify first: this needs the token from /v1/auth/verify or /v1/auth/session');
  }
  const claims = await deps.tokens.verify(token, Math.floor(deps.store.clock.now().getTime() / 1000));
  if (!claims) throw new ApiFailure('unauthorized', 'The token is invalid or has expired: verify again');
  if (route.auth === 'shopper' && claims.kind !== 'shopper') {
    throw new ApiFailure('unauthorized', 'This needs a verified shopper: verify with your order reference first');
  }
  return { claims, agent: false };
}

const JSON_TYPE = { 'content-type': 'application/json' } as const;

/** Routes registered on an app, in order: the OpenAPI document lists exactly these. */
export const implementedRoutes = new WeakMap<Hono<AppEnv>, AnyRoute[]>();

/**
 * Binds a contract route to a handler. Authentication, validation of path, query and body,
 * idempotency and the success status all come from the route's declaration; the handler only
 * sees parsed input and returns the response body (or throws an ApiFailure).
 */
export function implement<Id extends RouteId>(app: Hono<AppEnv>, deps: Deps, id: Id, handler: Handler<Id>): void {
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
    json = JSON.stringify(output);
    if (Object.isFrozen(output)) serialised.set(output, json);
    return json;
  };

  app.on(route.method, route.path, async (c) => {
    const auth = await authenticate(route, c, deps);
    const issues: ErrorIssue[] = [];
    const params = parsePart(route.params, c.req.param(), 'path', issues);
    const query = parsePart(route.query, c.req.query(), 'query', issues);
    const rawBody = route.body ? await readJson(c) : undefined;
    const body = parsePart(route.body, rawBody, 'body', issues);

    let key: string | null = null;
    if (route.idempotency !== 'none') {
      key = c.req.header(IDEMPOTENCY_HEADER) ?? null;
      if (key === null && route.idempotency === 'required') {
        issues.push({ path: `header.${IDEMPOTENCY_HEADER}`, message: 'is required: send a unique key per request and reuse it on retries' });
      } else if (key !== null && !ClientId.safeParse(key).success) {
        issues.push({ path: `header.${IDEMPOTENCY_HEADER}`, message: 'must be 8 to 64 letters, digits, _ or -' });
      }
    }
    if (issues.length > 0) throw validationFailure(issues);

    const input = { params, query, body, auth, c } as HandlerInput<Id>;
    const run = async (): Promise<Response> => {
      const output = await handler(input);
      if (output instanceof Response) return output;
      return c.body(serialise(output as object), route.status, JSON_TYPE);
    };
    if (key === null) return run();

    const principal = auth.agent ? 'agent' : (auth.claims?.sub ?? auth.claims?.chat ?? 'anonymous');
    const scope = `${principal}|${key}`;
    const print = await fingerprint([id, params, rawBody]);
    return deps.idempotency.run(scope, print, c, run);
  });
}
