import * as z from 'zod/mini';
import { IsoDate, IsoDateTime, MarketCode } from './common.js';

export const AvailabilityQuery = z.object({
  market: MarketCode,
  /** `phone`: only what a phone contact block shows (the phone channel, the time zone): no chat hours, no holidays. */
  channel: z.optional(z.literal('phone', { message: 'must be phone, or left out for every channel' })),
});

/** Opening hours in the market's own time zone, `HH:MM` 24-hour; Monday is 1, Sunday is 7. */
export const OpeningHours = z.object({
  day: z.int().check(z.minimum(1), z.maximum(7)),
  opens: z.string().check(z.regex(/^[0-2][0-9]:[0-5][0-9]$/)),
  closes: z.string().check(z.regex(/^[0-2][0-9]:[0-5][0-9]$/)),
});

export const ChannelAvailability = z.object({
  open: z.boolean(),
  hours: z.array(OpeningHours),
  /** When the channel opens next (now, when open). */
  nextOpening: z.nullable(IsoDateTime),
  /** When the channel closes today, when open. */
  closesAt: z.nullable(IsoDateTime),
  /**
   * Today's hours in the market's time zone (`opens`, `closes` as on its clock), with the instants they
   * are (`opensAt`, `closesAt`: what a shopper in another zone sees on theirs), or null when closed all day.
   */
  today: z.nullable(z.object({ opens: z.string(), closes: z.string(), opensAt: IsoDateTime, closesAt: IsoDateTime })),
});

export const Availability = z.object({
  market: MarketCode,
  timeZone: z.string(),
  now: IsoDateTime,
  /**
   * When this answer may next change: the market's next midnight (today's hours), or sooner when a
   * channel in it opens or closes. A page that keeps showing it asks again then.
   */
  changesAt: IsoDateTime,
  /** Left out when only the phone channel is asked for. */
  assistant: z.optional(z.object({ open: z.literal(true) })),
  /** Left out when only the phone channel is asked for. */
  chat: z.optional(ChannelAvailability),
  phone: z.object({
    ...ChannelAvailability.def.shape,
    numbers: z.array(z.object({ label: z.string(), number: z.string(), tel: z.string() })),
  }),
  /** Public holidays in the next two weeks (the span of the callback times offered); left out when only the phone channel is asked for. */
  holidays: z.optional(z.array(z.object({ date: IsoDate, name: z.string() }))),
});
export type Availability = z.infer<typeof Availability>;
