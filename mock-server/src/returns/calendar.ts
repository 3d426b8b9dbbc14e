import type { MarketCode } from '@assist/contract';
import { MARKETS } from '../fixtures/markets.js';
import { localDate, zonedTime } from '../time.js';

/** Dates as the order's market sees them: due dates, refund dates and business days follow its calendar. */
export interface MarketCalendar {
  // Function properties rather than methods: they close over the market and use no `this`, so
  // callers may pass them on unbound (`settlementWindow(today, calendar.isHoliday)`).
  /** The calendar date of an instant in the market's time zone. */
  dateOf: (instant: Date | string) => string;
  /** Public holidays of the market (weekends are handled by the plan math). */
  isHoliday: (date: string) => boolean;
  /** The instant a calendar day ends in the market. */
  endOfDay: (date: string) => Date;
}

export function marketCalendar(market: MarketCode): MarketCalendar {
  const m = MARKETS[market];
  const holidays = new Map<number, Set<string>>();
  const holidaysOf = (year: number) => {
    let set = holidays.get(year);
    if (!set) holidays.set(year, (set = new Set(m.holidays(year).map((h) => h.date))));
    return set;
  };
  return {
    dateOf: (instant) => localDate(new Date(instant), m.timeZone),
    isHoliday: (date) => holidaysOf(Number(date.slice(0, 4))).has(date),
    endOfDay: (date) => new Date(zonedTime(date, '23:59', m.timeZone).getTime() + 59_999),
  };
}

/** Formats minor units for notes in timelines, e.g. `249.00 SEK`. */
export const formatMoney = (amount: number, currency: string): string => `${(amount / 100).toFixed(2)} ${currency}`;
