import { hmacHex, safeEqual } from '../http/hmac.js';

/**
 * Signing and verifying merchant webhooks. A delivery carries
 * `Assist-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` made with the
 * merchant secret. The timestamp is signed too, so an old delivery cannot be replayed later.
 * Web Crypto only: the same code runs in Node, in a browser and in edge runtimes.
 */

export const SIGNATURE_HEADER = 'Assist-Signature';
/** How far a delivery's timestamp may be from the receiver's clock by default. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** The `Assist-Signature` header value for `body` sent at `timestamp` (Unix seconds). */
export async function signWebhook(secret: string, body: string, timestamp: number): Promise<string> {
  return `t=${timestamp},v1=${await hmacHex(secret, `${timestamp}.${body}`)}`;
}

export type WebhookVerification = { valid: true; timestamp: number } | { valid: false; reason: 'malformed' | 'signature' | 'stale' };

/**
 * Checks a webhook delivery: `header` is the `Assist-Signature` header, `body` the raw request body
 * exactly as received (before any JSON parsing). Valid when one `v1` signature matches and the
 * timestamp is within `toleranceSec` of `now`. Several `v1` entries are accepted (secret rotation).
 *
 * @example
 * const check = await verifyWebhook(process.env.MERCHANT_SECRET, request.headers.get('Assist-Signature'), await request.text());
 * if (!check.valid) return new Response(null, { status: 400 });
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
