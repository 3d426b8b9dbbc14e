import { sign, verify } from 'hono/jwt';
import { hmacKey } from './hmac.js';

/**
 * Short-lived bearer tokens: standard JWTs (RFC 7519) signed with HS256 through `hono/jwt` (Web
 * Crypto, so the same code runs in Node and in the browser). Only the canonical encoding this signer
 * writes is accepted: the one header `{"alg":"HS256","typ":"JWT"}`, unpadded base64url with no stray
 * bits, claims as compact JSON without duplicate keys. A token that says the same thing written
 * differently is a different, refused token, so a token has exactly one spelling (what the verified
 * cache below is keyed by).
 */
export interface TokenClaims {
  /** `shopper`: all of one shopper's orders; `chat`: one chat session. */
  kind: 'shopper' | 'chat';
  /** The customer id (shopper tokens) or null for an unverified chat. */
  sub: string | null;
  /** The chat session id of a chat token. */
  chat?: string;
  /** Issued at, Unix seconds. */
  iat: number;
  /** Expiry, Unix seconds. */
  exp: number;
  /** The token's own id (random). */
  jti: string;
}

/** What a caller asks to be signed; the signer adds the token id. */
export type NewToken = Omit<TokenClaims, 'jti'>;

/** How far a token's issue time may be ahead of this server's clock (another instance's clock). */
export const TOKEN_CLOCK_SKEW_S = 60;
/** Longest token text worth looking at. */
const MAX_TOKEN_LENGTH = 2048;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
/** The only header this API writes and accepts. */
const HEADER = toBase64Url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));
const SHAPE = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/;
const JTI = /^[A-Za-z0-9_-]{16,64}$/;
const ID = /^[a-z]{3}_[A-Za-z0-9_]{2,60}$/;

const isSeconds = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** The claims of a payload segment in canonical form; null for anything else. */
function canonicalClaims(segment: string): TokenClaims | null {
  const bytes = fromBase64Url(segment);
  if (!bytes || toBase64Url(bytes) !== segment) return null;
  let text: string;
  let claims: unknown;
  try {
    text = decoder.decode(bytes);
    claims = JSON.parse(text);
  } catch {
    return null;
  }
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims) || JSON.stringify(claims) !== text) return null;
  const { kind, sub, chat, iat, exp, jti, ...rest } = claims as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if (kind !== 'shopper' && kind !== 'chat') return null;
  if (sub !== null && !(typeof sub === 'string' && ID.test(sub))) return null;
  if (kind === 'shopper' ? sub === null || chat !== undefined : !(typeof chat === 'string' && ID.test(chat))) return null;
  if (!isSeconds(iat) || !isSeconds(exp) || exp <= iat || typeof jti !== 'string' || !JTI.test(jti)) return null;
  return { kind, sub, ...(chat !== undefined ? { chat } : {}), iat, exp, jti } as TokenClaims;
}

/** How many verified tokens a signer remembers; the oldest is forgotten first. */
const VERIFIED_CACHE_SIZE = 10_000;

export class TokenSigner {
  readonly #key: Promise<CryptoKey>;
  /**
   * Tokens whose signature has been checked, with their claims. The key is the whole token text, and
   * a token has one spelling only, so a changed token is a different key and is checked again; expiry
   * is checked on every use.
   */
  readonly #verified = new Map<string, Readonly<TokenClaims>>();
  constructor(secret: string) {
    this.#key = hmacKey(secret);
  }

  async sign(claims: NewToken): Promise<string> {
    const jti = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
    const payload = { kind: claims.kind, sub: claims.sub, ...(claims.chat !== undefined ? { chat: claims.chat } : {}), iat: claims.iat, exp: claims.exp, jti };
    return sign(payload, await this.#key, 'HS256');
  }

  /**
   * Without waiting: the claims of a token already verified and not expired, null for one verified
   * and since expired, undefined for a token not seen yet (verify() checks it).
   */
  verified(token: string, nowSeconds: number): Readonly<TokenClaims> | null | undefined {
    const known = this.#verified.get(token);
    if (!known) return undefined;
    if (known.exp > nowSeconds) return known;
    this.#verified.delete(token);
    return null;
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  async verify(token: string, nowSeconds: number): Promise<Readonly<TokenClaims> | null> {
    const known = this.verified(token, nowSeconds);
    if (known !== undefined) return known;
    const claims = await this.#check(token);
    if (!claims || claims.exp <= nowSeconds || claims.iat > nowSeconds + TOKEN_CLOCK_SKEW_S) return null;
    if (this.#verified.size >= VERIFIED_CACHE_SIZE) this.#verified.delete(this.#verified.keys().next().value!);
    this.#verified.set(token, claims);
    return claims;
  }

  /** The claims of a canonical, correctly signed token, whatever its times. */
  async #check(token: string): Promise<Readonly<TokenClaims> | null> {
    if (token.length > MAX_TOKEN_LENGTH) return null;
    const parts = SHAPE.exec(token);
    if (!parts || parts[1] !== HEADER) return null;
    const signature = fromBase64Url(parts[3]!);
    if (!signature || signature.length !== 32 || toBase64Url(signature) !== parts[3]) return null;
    const claims = canonicalClaims(parts[2]!);
    if (!claims) return null;
    try {
      // Times are checked above against the app's clock (tests and the QA clock move it), not Date.now().
      await verify(token, await this.#key, { alg: 'HS256', typ: 'JWT', exp: false, nbf: false, iat: false });
    } catch {
      return null;
    }
    return Object.freeze(claims);
  }
}

export function randomSecret(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}
