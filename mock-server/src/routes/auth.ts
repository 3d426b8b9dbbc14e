import type { Hono } from 'hono';
import type { Deps } from '../deps.js';
import type { CustomerRecord } from '../fixtures/orders.js';
import { implement, type AppEnv } from '../http/define.js';
import { ApiFailure } from '../http/failure.js';
import { clientAddress, VerifyThrottle } from '../http/throttle.js';
import { hmacHex, safeEqual } from '../http/hmac.js';

/** How old a merchant-signed token may be, and how far its clock may run ahead of ours. */
export const MERCHANT_TOKEN_MAX_AGE_S = 300;
export const MERCHANT_TOKEN_MAX_SKEW_S = 60;

export function authRoutes(app: Hono<AppEnv>, deps: Deps): void {
  async function tokenFor(customer: CustomerRecord) {
    const nowS = Math.floor(deps.store.clock.now().getTime() / 1000);
    const exp = nowS + deps.config.tokenTtlSeconds;
    return {
      token: await deps.tokens.sign({ kind: 'shopper', sub: customer.id, iat: nowS, exp }),
      tokenType: 'Bearer' as const,
      expiresAt: new Date(exp * 1000).toISOString(),
      // Their own email and checkout phone (for the forms to start with): only in this answer, never logged.
      shopper: { id: customer.id, firstName: customer.firstName, market: customer.market, preferredLocale: customer.locale, email: customer.email, phone: customer.phone },
    };
  }

  // Guessing is slowed per client address, for everyone together, and per order reference for the
  // address guessing it; nothing another address does can keep the owner from verifying.
  const throttle = new VerifyThrottle(deps.store, deps.config.throttle);

  implement(app, deps, 'verifyShopper', async ({ body, c }) => {
    const address = clientAddress(c, deps.config.trustProxy);
    await throttle.check(address, body.orderReference);
    const order = await deps.store.orderByReference(body.orderReference);
    const customer = order ? await deps.store.customer(order.customerId) : undefined;
    const matches = customer !== undefined && (body.email !== undefined ? customer.email.toLowerCase() === body.email : customer.phone === body.phone);
    if (!customer || !matches) {
      await throttle.failed(address, body.orderReference);
      // One answer for every mismatch, so the API never tells which part was wrong.
      throw new ApiFailure('verification_failed', 'We could not match these details to an order: check the order reference and the email or phone used at checkout');
    }
    return tokenFor(customer);
  });

  implement(app, deps, 'startSession', async ({ body }) => {
    const [shopperId, issuedAtText, signature] = body.token.split('.') as [string, string, string];
    const issuedAt = Number(issuedAtText);
    const nowS = Math.floor(deps.store.clock.now().getTime() / 1000);
    const expected = await hmacHex(deps.config.merchantSecret, `${shopperId}.${issuedAtText}`);
    const fresh = issuedAt <= nowS + MERCHANT_TOKEN_MAX_SKEW_S && nowS - issuedAt <= MERCHANT_TOKEN_MAX_AGE_S;
    const customer = safeEqual(expected, signature) && fresh ? await deps.store.customer(shopperId) : undefined;
    if (!customer) throw new ApiFailure('unauthorized', 'The merchant session token is invalid or expired: sign a new one');
    // A merchant token works once: a copy (from a log, a proxy, the page) cannot start a second
    // session. The claim lasts as long as the token could still be accepted.
    const usableUntil = (issuedAt + MERCHANT_TOKEN_MAX_AGE_S + 1) * 1000;
    if (!(await deps.store.claimOnce(`merchant-session:${signature}`, usableUntil))) {
      throw new ApiFailure('unauthorized', 'This merchant session token was already used: sign a new one for each session');
    }
    return tokenFor(customer);
  });
}

/** Signs a merchant session token (what a merchant's server does; used by tests and the playground). */
export async function signMerchantToken(secret: string, shopperId: string, issuedAt: number): Promise<string> {
  return `${shopperId}.${issuedAt}.${await hmacHex(secret, `${shopperId}.${issuedAt}`)}`;
}
