/**
 * Short-lived bearer tokens, signed with HMAC-SHA256 through Web Crypto so the same code runs in
 * Node and in the browser (MSW). Stateless: `v1.<base64url claims>.<base64url signature>`.
 */
export interface TokenClaims {
  /** `shopper`: all of one shopper's orders; `chat`: one chat session. */
  kind: 'shopper' | 'chat';
  /** The customer id (shopper tokens) or null for an unverified chat. */
  sub: string | null;
  /** The chat session id of a chat token. */
  chat?: string;
  /** Expiry, Unix seconds. */
  exp: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

export async function hmacHex(secret: string, message: string): Promise<string> {
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(message)));
  return [...signature].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Constant-time comparison of two strings of hex or token text. */
export function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** How many verified tokens a signer remembers; the oldest is forgotten first. */
const VERIFIED_CACHE_SIZE = 10_000;

export class TokenSigner {
  readonly #key: Promise<CryptoKey>;
  /**
   * Tokens whose signature has been checked, with their claims. The key is the whole token text, so
   * a changed token is a different key and is checked again; expiry is checked on every use.
   */
  readonly #verified = new Map<string, Readonly<TokenClaims>>();
  constructor(secret: string) {
    this.#key = hmacKey(secret);
  }

  async sign(claims: TokenClaims): Promise<string> {
    const payload = toBase64Url(encoder.encode(JSON.stringify(claims)));
    const signature = new Uint8Array(await crypto.subtle.sign('HMAC', await this.#key, encoder.encode(`v1.${payload}`)));
    return `v1.${payload}.${toBase64Url(signature)}`;
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  async verify(token: string, nowSeconds: number): Promise<Readonly<TokenClaims> | null> {
    const known = this.#verified.get(token);
    if (known) {
      if (known.exp > nowSeconds) return known;
      this.#verified.delete(token);
      return null;
    }
    const claims = await this.#check(token);
    if (!claims || claims.exp <= nowSeconds) return null;
    if (this.#verified.size >= VERIFIED_CACHE_SIZE) this.#verified.delete(this.#verified.keys().next().value!);
    this.#verified.set(token, claims);
    return claims;
  }

  /** The claims of a correctly signed token, expired or not. */
  async #check(token: string): Promise<Readonly<TokenClaims> | null> {
    const [version, payload, signature] = token.split('.');
    if (version !== 'v1' || !payload || !signature || token.split('.').length !== 3) return null;
    const signatureBytes = fromBase64Url(signature);
    const payloadBytes = fromBase64Url(payload);
    if (!signatureBytes || !payloadBytes) return null;
    const valid = await crypto.subtle.verify('HMAC', await this.#key, signatureBytes, encoder.encode(`v1.${payload}`));
    if (!valid) return null;
    try {
      const claims = JSON.parse(decoder.decode(payloadBytes)) as TokenClaims;
      if (typeof claims.exp !== 'number') return null;
      return Object.freeze(claims);
    } catch {
      return null;
    }
  }
}

export function randomSecret(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}
