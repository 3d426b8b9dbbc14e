import type { Availability, MarketCode } from '@assist/contract';
import { MARKETS, type Hours, type Market } from '../fixtures/markets.js';
import { addDays, localDate, weekdayOf, zonedTime } from '../time.js';

/** How far ahead to look for the next opening (covers long holiday stretches). */
const LOOKAHEAD_DAYS = 21;
/**
 * Public holidays listed in an answer: the two weeks the callback times offered in the chat cover. Every page
 * with the help center fetches this answer, so it holds no more than what is shown from it.
 */
const HOLIDAY_DAYS = 14;

export function holidaysBetween(market: Market, from: string, to: string): { date: string; name: string }[] {
  const years = new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
  return [...years]
    .flatMap((y) => market.holidays(y))
    .filter((h) => h.date >= from && h.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date));
}

function channel(market: Market, hours: Hours[], now: Date) {
  const today = localDate(now, market.timeZone);
  const holidays = new Set(holidaysBetween(market, today, addDays(today, LOOKAHEAD_DAYS)).map((h) => h.date));
  const hoursOn = (date: string) => (holidays.has(date) ? undefined : hours.find((h) => h.day === weekdayOf(date)));

  const todays = hoursOn(today);
  let open = false;
  let closesAt: string | null = null;
  let nextOpening: string | null = null;
  for (let i = 0; i <= LOOKAHEAD_DAYS && nextOpening === null; i++) {
    const date = addDays(today, i);
    const h = hoursOn(date);
    if (!h) continue;
    const opens = zonedTime(date, h.opens, market.timeZone);
    const closes = zonedTime(date, h.closes, market.timeZone);
    if (now >= closes) continue;
    if (now >= opens) {
      open = true;
      closesAt = closes.toISOString();
      nextOpening = now.toISOString();
    } else {
      nextOpening = opens.toISOString();
    }
  }
  return {
    open,
    hours,
    nextOpening,
    closesAt,
    today: todays
      ? {
          opens: todays.opens,
          closes: todays.closes,
          opensAt: zonedTime(today, todays.opens, market.timeZone).toISOString(),
          closesAt: zonedTime(today, todays.closes, market.timeZone).toISOString(),
        }
      : null,
  };
}

/** Every channel's availability: what the chat and its callback times use. */
export type FullAvailability = Availability & Required<Pick<Availability, 'assistant' | 'chat' | 'holidays'>>;

/** Only the phone channel: what a help center's contact block shows. */
export function phoneAvailability(code: MarketCode, now: Date): Availability {
  const { market, timeZone, now: at, phone } = availability(code, now);
  return { market, timeZone, now: at, changesAt: changesAt(MARKETS[code], now, [phone]), phone };
}

/** The market's next midnight, or sooner the first opening or closing of these channels after `now`. */
function changesAt(market: Market, now: Date, channels: { closesAt: string | null; nextOpening: string | null }[]): string {
  const midnight = zonedTime(addDays(localDate(now, market.timeZone), 1), '00:00', market.timeZone).getTime();
  const times = channels.flatMap((c) => [c.closesAt, c.nextOpening]).map((at) => (at ? Date.parse(at) : 0));
  return new Date(Math.min(midnight, ...times.filter((t) => t > now.getTime()))).toISOString();
}

export function availability(code: MarketCode, now: Date): FullAvailability {
  const market = MARKETS[code];
  const today = localDate(now, market.timeZone);
  const phone = channel(market, market.phoneHours, now);
  const phoneAnswer = {
    ...phone,
    numbers: market.phoneNumbers.map((n) => ({ ...n, tel: `tel:${n.number.replace(/[^+0-9]/g, '')}` })),
  };
  const chat = channel(market, market.chatHours, now);
  return {
    market: code,
    timeZone: market.timeZone,
    now: now.toISOString(),
    changesAt: changesAt(market, now, [chat, phone]),
    assistant: { open: true },
    chat,
    phone: phoneAnswer,
    holidays: holidaysBetween(market, today, addDays(today, HOLIDAY_DAYS)),
  };
}
