import { hmac, hmacHex, hmacKey, safeEqual } from '../http/hmac.js';

/**
 * Signing and verifying merchant webhooks (`@assist/mock-server/webhooks`). Deliveries follow the
 * Standard Webhooks specification (https://www.standardwebhooks.com):
 *
 * - `webhook-id`: the event id, the same on every retry of one event (deduplicate by it);
 * - `webhook-timestamp`: when this attempt was sent, Unix seconds;
 * - `webhook-signature`: `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>">`, space-separated
 *   when several secrets sign during a rotation.
 *
 * The HMAC key is the merchant secret's UTF-8 bytes, or, for a secret written `whsec_<base64>`, the
 * decoded bytes; `standardWebhookSecret()` gives the form Standard Webhooks libraries take. Web Crypto
 * only: the same code runs in Node, in a browser and in edge runtimes.
 *
 * The older `Assist-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` header is
 * still sent beside them for receivers written against it (`verifyWebhook`).
 */

export const WEBHOOK_ID_HEADER = 'webhook-id';
export const WEBHOOK_TIMESTAMP_HEADER = 'webhook-timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'webhook-signature';
/** The older signature header (timestamp and body, not the id). */
export const SIGNATURE_HEADER = 'Assist-Signature';
/** How far a delivery's timestamp may be from the receiver's clock by default. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

const SECRET_PREFIX = 'whsec_';
const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The HMAC key bytes of a secret: `whsec_<base64>` decoded, anything else as UTF-8. */
function secretBytes(secret: string): Uint8Array<ArrayBuffer> {
  if (secret.startsWith(SECRET_PREFIX)) {
    try {
      return Uint8Array.from(atob(secret.slice(SECRET_PREFIX.length)), (c) => c.charCodeAt(0));
    } catch {
      throw new TypeError('A whsec_ secret must be base64 after its prefix');
    }
  }
  return encoder.encode(secret);
}

/** The merchant secret written as Standard Webhooks libraries take it (`whsec_<base64>`). */
export function standardWebhookSecret(secret: string): string {
  return secret.startsWith(SECRET_PREFIX) ? secret : SECRET_PREFIX + toBase64(encoder.encode(secret));
}

/** The `webhook-signature` value (`v1,<base64>`) of one delivery. */
export async function signStandardWebhook(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  return `v1,${toBase64(await hmac(await hmacKey(secretBytes(secret)), `${id}.${timestamp}.${body}`))}`;
}

/** The `Assist-Signature` header value for `body` sent at `timestamp` (Unix seconds). */
export async function signWebhook(secret: string, body: string, timestamp: number): Promise<string> {
  return `t=${timestamp},v1=${await hmacHex(secret, `${timestamp}.${body}`)}`;
}

export type WebhookVerification = { valid: true; timestamp: number } | { valid: false; reason: 'malformed' | 'signature' | 'stale' };

/**
 * Checks the older `Assist-Signature` header: `body` is the raw request body exactly as received.
 * Valid when one `v1` signature matches and the timestamp is within `toleranceSec` of `now`. It
 * cannot tell a replay inside the window from the original: new receivers use
 * `createWebhookVerifier`, which does.
 */
export async function verifyWebhook(
  secret: string,
  header: string | null | undefined,
  body: string,
  now: Date = new Date(),
  toleranceSec: number = DEFAULT_TOLERANCE_SECONDS,
): Promise<WebhookVerification> {
  if (!header || header.length > 1000) return { valid: false, reason: 'malformed' };
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value, ...rest] = part.trim().split('=');
    if (rest.length > 0 || value === undefined) return { valid: false, reason: 'malformed' };
    if (key === 't' && /^[0-9]{1,12}$/.test(value) && timestamp === null) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
    else if (key === 't' || key === 'v1') return { valid: false, reason: 'malformed' };
  }
  if (timestamp === null || signatures.length === 0) return { valid: false, reason: 'malformed' };
  const expected = await hmacHex(secret, `${timestamp}.${body}`);
  if (!signatures.some((s) => safeEqual(s, expected))) return { valid: false, reason: 'signature' };
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSec) return { valid: false, reason: 'stale' };
  return { valid: true, timestamp };
}

/**
 * Remembers what was already received. `claimOnce` answers true the first time a key is claimed
 * and false while the claim lasts (until `expiresAt`, epoch ms). Receivers running several
 * processes pass one shared by them (a database or Redis `SET key 1 NX PXAT expiresAt`).
 */
export interface ReplayCache {
  claimOnce(key: string, expiresAt: number): boolean | Promise<boolean>;
}

/** A replay cache in this process's memory; expired claims are forgotten as new ones arrive. */
export class MemoryReplayCache implements ReplayCache {
  readonly #claims = new Map<string, number>();
  readonly #now: () => number;
  constructor(now: () => number = () => Date.now()) {
    this.#now = now;
  }
  get size(): number {
    return this.#claims.size;
  }
  claimOnce(key: string, expiresAt: number): boolean {
    const now = this.#now();
    const until = this.#claims.get(key);
    if (until !== undefined && until > now) return false;
    // Claims are added in roughly time order: the oldest are first, stop at the first still running.
    for (const [k, t] of this.#claims) {
      if (t > now) break;
      this.#claims.delete(k);
    }
    this.#claims.set(key, expiresAt);
    return true;
  }
}

export interface WebhookVerifierOptions {
  /** The merchant secret; several during a rotation (any one signature matching is enough). */
  secret: string | readonly string[];
  /** How far a delivery's timestamp may be from `now()`; also how long ids are remembered. */
  toleranceSeconds?: number;
  now?: () => Date;
  /** Where received deliveries are remembered; this process's memory by default. */
  replayCache?: ReplayCache;
}

export type WebhookCheck<T = unknown> = { valid: true; id: string; timestamp: number; event: T } | { valid: false; reason: 'malformed' | 'signature' | 'stale' | 'replayed' };

/** Request headers as `fetch` (`Headers`) or Node's `http` (`IncomingHttpHeaders`) give them. */
export type HeadersLike = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

function header(headers: HeadersLike, name: string): string | null {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  const value = (headers as Readonly<Record<string, string | readonly string[] | undefined>>)[name];
  return typeof value === 'string' ? value : null;
}

const ID = /^[A-Za-z0-9_-]{1,128}$/;
const TIMESTAMP = /^[0-9]{1,12}$/;
const SIGNATURE = /^v1,[A-Za-z0-9+/]{43}=$/;

/**
 * A verifier for a merchant's webhook endpoint. Each call checks one delivery: the signature over
 * id, timestamp and the raw body, the timestamp against the tolerance, and that this delivery (id
 * and timestamp) was not received before: a copy replayed inside the window is refused. Retries of
 * an event are new deliveries (new timestamp, new signature) and pass; deduplicate processing by `id`.
 *
 * @example
 * const verify = createWebhookVerifier({ secret: process.env.ASSIST_MERCHANT_SECRET! });
 * app.post('/assist/hooks', async (c) => {
 *   const check = await verify(c.req.raw.headers, await c.req.text());
 *   if (!check.valid) return c.body(null, 400);
 *   await handle(check.event); // once per check.id
 *   return c.body(null, 204);
 * });
 */
export function createWebhookVerifier<T = unknown>(options: WebhookVerifierOptions): (headers: HeadersLike, body: string) => Promise<WebhookCheck<T>> {
  const secrets = typeof options.secret === 'string' ? [options.secret] : [...options.secret];
  if (secrets.length === 0 || secrets.some((s) => s.length === 0)) throw new TypeError('A webhook verifier needs the merchant secret');
  const keys = secrets.map((s) => hmacKey(secretBytes(s)));
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = options.now ?? (() => new Date());
  const seen = options.replayCache ?? new MemoryReplayCache(() => now().getTime());

  return async (headers, body) => {
    const id = header(headers, WEBHOOK_ID_HEADER);
    const stamp = header(headers, WEBHOOK_TIMESTAMP_HEADER);
    const signed = header(headers, WEBHOOK_SIGNATURE_HEADER);
    if (!id || !ID.test(id) || !stamp || !TIMESTAMP.test(stamp) || !signed || signed.length > 2000) return { valid: false, reason: 'malformed' };
    const offered = signed.split(' ').filter((s) => SIGNATURE.test(s));
    if (offered.length === 0) return { valid: false, reason: 'malformed' };
    const timestamp = Number(stamp);
    const content = `${id}.${timestamp}.${body}`;
    let matched = false;
    for (const key of keys) {
      const expected = `v1,${toBase64(await hmac(await key, content))}`;
      if (offered.some((s) => safeEqual(s, expected))) matched = true;
    }
    if (!matched) return { valid: false, reason: 'signature' };
    const nowS = Math.floor(now().getTime() / 1000);
    if (Math.abs(nowS - timestamp) > tolerance) return { valid: false, reason: 'stale' };
    let event: unknown;
    try {
      event = JSON.parse(body);
    } catch {
      return { valid: false, reason: 'malformed' };
    }
    if (event === null || typeof event !== 'object' || (event as { id?: unknown }).id !== id) return { valid: false, reason: 'malformed' };
    // Remembered until the timestamp is stale anyway: past that, the check above refuses a copy.
    if (!(await seen.claimOnce(`${id}.${timestamp}`, (timestamp + tolerance + 1) * 1000))) return { valid: false, reason: 'replayed' };
    return { valid: true, id, timestamp, event: event as T };
  };
}
