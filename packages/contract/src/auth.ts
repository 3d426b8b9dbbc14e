import * as z from 'zod/mini';
import { Email, IsoDateTime, OrderReference, Phone, prefixedId } from './common.js';

export const CustomerId = prefixedId('cus');

/** Pre-chat verification: the order reference plus the email or the phone number used at checkout. */
export const VerifyRequest = z
  .strictObject({
    orderReference: OrderReference,
    email: z.optional(Email),
    phone: z.optional(Phone),
  })
  .check(
    z.refine((v) => (v.email === undefined) !== (v.phone === undefined), {
      message: 'give either email or phone, not both and not neither',
      path: ['email'],
    }),
  );
export type VerifyRequest = z.infer<typeof VerifyRequest>;

/**
 * A merchant-signed session: `<shopperId>.<issuedAtUnixSeconds>.<hex HMAC-SHA256>` where the
 * HMAC is computed with the merchant secret over `<shopperId>.<issuedAtUnixSeconds>`.
 */
export const MerchantToken = z.string().check(z.regex(/^cus_[A-Za-z0-9_]{2,60}\.[0-9]{9,11}\.[0-9a-f]{64}$/, 'must be a merchant-signed token (shopperId.issuedAt.signature)'));
export const SessionRequest = z.strictObject({ token: MerchantToken });

export const Shopper = z.object({
  id: CustomerId,
  /** First name only: enough to greet, nothing more. */
  firstName: z.string(),
  market: z.string(),
  preferredLocale: z.string(),
  /** The shopper's own email and checkout phone, answered only to them: forms start with these. */
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
});
export type Shopper = z.infer<typeof Shopper>;

export const TokenResponse = z.object({
  token: z.string(),
  tokenType: z.literal('Bearer'),
  expiresAt: IsoDateTime,
  shopper: Shopper,
});
export type TokenResponse = z.infer<typeof TokenResponse>;
