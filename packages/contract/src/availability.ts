import * as z from 'zod/mini';
import { IsoDate, IsoDateTime, MarketCode } from './common.js';

export const AvailabilityQuery = z.object({ market: MarketCode });

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
  /** Today's hours in the market's time zone, or null when closed all day. */
  today: z.nullable(z.object({ opens: z.string(), closes: z.string() })),
});

export const Availability = z.object({
  market: MarketCode,
  timeZone: z.string(),
  now: IsoDateTime,
  assistant: z.object({ open: z.literal(true) }),
  chat: ChannelAvailability,
  phone: z.object({
    ...ChannelAvailability.def.shape,
    numbers: z.array(z.object({ label: z.string(), number: z.string(), tel: z.string() })),
  }),
  holidays: z.array(z.object({ date: IsoDate, name: z.string() })),
});
export type Availability = z.infer<typeof Availability>;
