import { ATTACHMENT_NAME_HEADER, IDEMPOTENCY_HEADER, REQUEST_ID_HEADER } from '@assist/contract';
import { answer, requestHeader } from './answer.js';
import type { AppContext } from './define.js';
import { ApiFailure } from './failure.js';
import { REPLAYED_HEADER } from './idempotency.js';

/** The header a merchant's page sends its client id in (the loader's `data-client-id`, `configure({ clientId })`). */
export const CLIENT_ID_HEADER = 'Assist-Client-Id';

/** A merchant's client id and the origins its pages are served from, e.g. `https://shop.example`. */
export interface MerchantClient {
  id: string;
  /** Exact origins; `http://localhost:*` allows every port of a loopback host (the demo client only needs this). */
  origins: string[];
}

/** The demo client id: pages on this machine, any port. Only in demo mode. */
export const DEMO_CLIENT: MerchantClient = { id: 'demo', origins: ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'] };

const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/;
const ORIGIN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why an allowed-origin entry is refused, or null when it is fine: an origin is a scheme, a host and
 * maybe a port, nothing else. Never `*` or `null`; plain http and any-port only for this machine.
 */
export function originProblem(entry: string): string | null {
  const match = ORIGIN.exec(entry);
  if (!match) return `"${entry}" is not an origin (scheme://host[:port], no path, no wildcard host, never * or null)`;
  const [, scheme, host, port] = match as unknown as [string, string, string, string | undefined];
  const local = LOOPBACK.has(host) || host.endsWith('.localhost');
  if (scheme === 'http' && !local) return `"${entry}" must use https (plain http only for localhost)`;
  if (port === '*' && !local) return `"${entry}": any port (:*) only for localhost`;
  if (port !== undefined && port !== '*' && (Number(port) < 1 || Number(port) > 65_535)) return `"${entry}" has no valid port`;
  return null;
}

/** The merchant clients, looked up per request: which client allows which origin. */
export class ClientRegistry {
  readonly #exact = new Map<string, Set<string>>();
  /** Per client, origins without their port whose every port is allowed. */
  readonly #anyPort = new Map<string, Set<string>>();
  /** Every origin some client allows, for preflights (which carry no client id). */
  readonly #allExact = new Set<string>();
  readonly #allAnyPort = new Set<string>();

  constructor(clients: readonly MerchantClient[]) {
    for (const client of clients) {
      if (!CLIENT_ID.test(client.id)) throw new Error(`Client id "${client.id}" must be 2 to 64 letters, digits, _ or -`);
      if (this.#exact.has(client.id)) throw new Error(`Client id "${client.id}" is listed twice`);
      const exact = new Set<string>();
      const anyPort = new Set<string>();
      for (const origin of client.origins) {
        const problem = originProblem(origin);
        if (problem) throw new Error(`Client "${client.id}": ${problem}`);
        if (origin.endsWith(':*')) anyPort.add(origin.slice(0, -2));
        else exact.add(origin);
      }
      this.#exact.set(client.id, exact);
      this.#anyPort.set(client.id, anyPort);
      for (const o of exact) this.#allExact.add(o);
      for (const o of anyPort) this.#allAnyPort.add(o);
    }
  }

  get ids(): string[] {
    return [...this.#exact.keys()];
  }

  has(id: string): boolean {
    return this.#exact.has(id);
  }

  /** Whether the client allows pages of this origin to call the API. */
  allows(id: string, origin: string): boolean {
    const exact = this.#exact.get(id);
    if (!exact) return false;
    return exact.has(origin) || this.#anyPort.get(id)!.has(withoutPort(origin));
  }

  /** Whether any client allows this origin (a preflight carries no client id). */
  allowedBySome(origin: string): boolean {
    return this.#allExact.has(origin) || this.#allAnyPort.has(withoutPort(origin));
  }
}

function withoutPort(origin: string): string {
  const match = /^(https?:\/\/(?:[^/:[\]]+|\[[^\]]+\])):\d+$/.exec(origin);
  return match ? match[1]! : origin;
}

/** Reads a list like `shop-a=https://shop-a.example|https://www.shop-a.example;shop-b=https://b.example`. */
export function parseClients(text: string): MerchantClient[] {
  const clients: MerchantClient[] = [];
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw new Error(`"${part.trim()}" must be client-id=origin|origin`);
    const origins = part
      .slice(eq + 1)
      .split('|')
      .map((o) => o.trim())
      .filter((o) => o !== '');
    if (origins.length === 0) throw new Error(`Client "${part.slice(0, eq).trim()}" lists no origin`);
    clients.push({ id: part.slice(0, eq).trim(), origins });
  }
  return clients;
}

const ALLOW_HEADERS = ['Authorization', 'Content-Type', IDEMPOTENCY_HEADER, 'Last-Event-ID', 'Accept-Language', CLIENT_ID_HEADER, ATTACHMENT_NAME_HEADER].join(', ');
const EXPOSE_HEADERS = [REQUEST_ID_HEADER, REPLAYED_HEADER, 'Retry-After'].join(', ');

/**
 * Browser calls from merchant pages. A request without Origin is not a browser call (a merchant's
 * server, a script) and a page on the API's own origin is not cross-origin: both pass. A preflight is
 * answered for an origin some client allows; the request itself only when its Assist-Client-Id names a
 * client that allows its Origin. CORS headers name that one origin: never `*`, never `null`.
 * The admin surface is left out: it never answers cross-origin (see admin-guard.ts). Answers the
 * preflight's answer, or nothing when the request may go on; CORS headers go into `headers`.
 */
export function checkBrowserCall(c: AppContext, clients: ClientRegistry, headers: Record<string, string>): Response | undefined {
  const origin = requestHeader(c, 'origin');
  if (origin === undefined || c.req.path.startsWith('/__admin')) return undefined;
  if (origin === new URL(c.req.url).origin) return undefined;
  const known = clients.allowedBySome(origin);

  if (c.req.method === 'OPTIONS' && requestHeader(c, 'access-control-request-method') !== undefined) {
    if (!known) throw new ApiFailure('forbidden', `No merchant client allows calls from ${origin}`);
    headers['Access-Control-Allow-Origin'] = origin;
    headers['Access-Control-Allow-Methods'] = 'GET, POST, PATCH, OPTIONS';
    headers['Access-Control-Allow-Headers'] = ALLOW_HEADERS;
    headers['Access-Control-Max-Age'] = '600';
    return answer(c, null, 204);
  }

  if (known) {
    // Set even when the call is refused below, so the page can read why.
    headers['Access-Control-Allow-Origin'] = origin;
    headers['Access-Control-Expose-Headers'] = EXPOSE_HEADERS;
  }
  const id = requestHeader(c, CLIENT_ID_HEADER.toLowerCase());
  if (id === undefined || id === '') {
    throw new ApiFailure('forbidden', `Browser calls need the merchant client id in ${CLIENT_ID_HEADER} (data-client-id on the script tag)`);
  }
  if (!clients.allows(id, origin)) {
    throw new ApiFailure('forbidden', clients.has(id) ? `The client id ${id} does not allow calls from ${origin}` : `The client id in ${CLIENT_ID_HEADER} is not known`);
  }
  return undefined;
}
