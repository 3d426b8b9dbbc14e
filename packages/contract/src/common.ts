import * as z from 'zod/mini';

/**
 * Shared primitives. Written with `zod/mini` so that components can validate forms with the same
 * rules as the API without shipping the method-chaining build of zod.
 */

/** A stable id with a resource prefix, e.g. `ord_8HX2KQ`. */
export const prefixedId = (prefix: string) => z.string().check(z.regex(new RegExp(`^${prefix}_[A-Za-z0-9_]{2,60}$`), `must be an id starting with ${prefix}_`));

/** Ids a client creates itself (message ids, idempotency keys): 8-64 URL-safe characters. */
export const ClientId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, _ or -'));

export const IsoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
export const IsoDate = z.iso.date({ message: 'must be an ISO 8601 date (YYYY-MM-DD)' });

export const LanguageTag = z.string().check(z.maxLength(35), z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or sv-SE'));

export const MARKETS = ['SE', 'DE', 'GB', 'US'] as const;
export const MarketCode = z.enum(MARKETS, { message: `must be one of ${MARKETS.join(', ')}` });
export type MarketCode = z.infer<typeof MarketCode>;

export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code'));

/** Money in integer minor units (öre, cent, penny) and an ISO 4217 currency. */
export const Money = z.object({
  amount: z.int().check(z.minimum(0), z.maximum(10_000_000_000)),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

/** A free-text field: trimmed, not empty, bounded. */
export const Text = (max: number, min = 1) =>
  z.string().check(z.trim(), z.minLength(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`), z.maxLength(max, `must be at most ${max} characters`));

/** The order reference a shopper finds in the confirmation email, e.g. `SE-4K7M2QXP`. Case and spaces do not matter. */
export const OrderReference = z
  .string()
  .check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9][A-Z0-9-]{5,23}$/, 'must be the order reference from the confirmation email (6 to 24 letters, digits or -)'));

export const Email = z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254, 'must be at most 254 characters'), z.email({ message: 'must be an email address' }));

/** A phone number with country code; spaces, dashes, dots and brackets are ignored. */
export const Phone = z.string().check(
  z.maxLength(32, 'must be at most 32 characters'),
  z.overwrite((v) => v.replace(/[\s().-]/g, '')),
  z.regex(/^\+[1-9][0-9]{6,14}$/, 'must be a phone number with country code, such as +46 70 123 45 67'),
);

/** Query-string integer (query values arrive as strings). */
export const QueryInt = (min: number, max: number, fallback: number) =>
  z._default(
    z.pipe(
      z.string().check(z.regex(/^[0-9]{1,6}$/, 'must be a whole number')),
      z.pipe(
        z.transform((v: string) => Number(v)),
        z.int().check(z.minimum(min, `must be at least ${min}`), z.maximum(max, `must be at most ${max}`)),
      ),
    ),
    fallback,
  );

export const LocaleQuery = z.object({ locale: z.optional(LanguageTag) });

/** Response headers the API sets on every answer. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REQUEST_ID_HEADER = 'X-Request-Id';
