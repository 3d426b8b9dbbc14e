import type { MarketCode } from '@assist/contract';
import { MARKETS, type Hours, type Market } from '../fixtures/markets.js';
import { holidaysBetween } from '../domain/availability.js';
import { addDays, localDate, weekdayOf, zonedTime } from '../time.js';
import type { EscalationLevel } from './records.js';

/**
 * Expected time to resolution per escalation level (DOMAIN.md, "How a chat runs"):
 * - assistant: simple questions are answered within 10 minutes, around the clock;
 * - level 1: agents handle standard actions within 1 hour of staffed chat time;
 * - level 2: specialists (refunds, risk) answer within 4 business hours;
 * - legal review: 48 to 72 hours, promised as 3 business days (72 hours without a weekend between);
 * - fraud: flagged to fraud operations within 1 hour, around the clock.
 * Business hours are the market's weekday staffed hours; weekends and public holidays do not count.
 */
export const SLA_RULES = {
  assistant: { minutes: 10, hours: 'always' },
  level_1: { minutes: 60, hours: 'chat' },
  level_2: { minutes: 4 * 60, hours: 'business' },
  legal_review: { businessDays: 3 },
  fraud: { minutes: 60, hours: 'always' },
} as const;

/** Searched ahead for working time; longer than any run of closed days. */
const HORIZON_DAYS = 60;

/** The market's weekday staffed hours: when specialists and reviewers work. */
export const businessHours = (market: Market): Hours[] => market.chatHours.filter((h) => h.day <= 5);

/** The instant `minutes` of working time after `from`, counting only the given opening hours outside holidays. */
export function addWorkingMinutes(market: Market, hours: Hours[], from: Date, minutes: number): Date {
  let remaining = minutes * 60_000;
  const first = localDate(from, market.timeZone);
  const holidays = new Set(holidaysBetween(market, addDays(first, -1), addDays(first, HORIZON_DAYS)).map((h) => h.date));
  for (let i = 0; i <= HORIZON_DAYS; i++) {
    const date = addDays(first, i);
    const open = holidays.has(date) ? undefined : hours.find((h) => h.day === weekdayOf(date));
    if (!open) continue;
    const opens = zonedTime(date, open.opens, market.timeZone).getTime();
    const closes = zonedTime(date, open.closes, market.timeZone).getTime();
    const start = Math.max(from.getTime(), opens);
    if (start >= closes) continue;
    if (remaining <= closes - start) return new Date(start + remaining);
    remaining -= closes - start;
  }
  throw new Error(`No working hours within ${HORIZON_DAYS} days in ${market.code}`);
}

/** The same local time `days` business days later (the next business day's opening when that time is closed). */
export function addBusinessDays(market: Market, from: Date, days: number): Date {
  const first = localDate(from, market.timeZone);
  const holidays = new Set(holidaysBetween(market, first, addDays(first, HORIZON_DAYS)).map((h) => h.date));
  const isBusinessDay = (date: string) => weekdayOf(date) <= 5 && !holidays.has(date);
  let date = first;
  for (let counted = 0; counted < days;) {
    date = addDays(date, 1);
    if (isBusinessDay(date)) counted++;
  }
  const elapsedToday = from.getTime() - zonedTime(first, '00:00', market.timeZone).getTime();
  const sameTime = new Date(zonedTime(date, '00:00', market.timeZone).getTime() + elapsedToday);
  const hours = businessHours(market).find((h) => h.day === weekdayOf(date));
  if (hours && sameTime < zonedTime(date, hours.opens, market.timeZone)) return zonedTime(date, hours.opens, market.timeZone);
  if (hours && sameTime > zonedTime(date, hours.closes, market.timeZone)) return zonedTime(date, hours.closes, market.timeZone);
  return sameTime;
}

/** When a case at this level, opened at `from` in this market, is expected to be resolved. */
export function expectedResolution(level: EscalationLevel, market: MarketCode, from: Date): Date {
  const m = MARKETS[market];
  const rule = SLA_RULES[level];
  if ('businessDays' in rule) return addBusinessDays(m, from, rule.businessDays);
  if (rule.hours === 'always') return new Date(from.getTime() + rule.minutes * 60_000);
  return addWorkingMinutes(m, rule.hours === 'chat' ? m.chatHours : businessHours(m), from, rule.minutes);
}

/** A refund not received this many business days after it was sent is escalated to level 2 (DOMAIN.md, "Timeframes"). */
export const REFUND_ESCALATION_BUSINESS_DAYS = 10;

/** Whether a refund sent at `since` is late at `now`: 10 business days of its market (weekends and public holidays do not count) have passed. */
export function refundOverdue(market: MarketCode, since: Date, now: Date): boolean {
  return now >= addBusinessDays(MARKETS[market], since, REFUND_ESCALATION_BUSINESS_DAYS);
}
