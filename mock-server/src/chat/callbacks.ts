import { maskPhone, type Callback, type ErrorIssue, type MarketCode } from '@assist/contract';
import { holidaysBetween } from '../domain/availability.js';
import { MARKETS, type Hours } from '../fixtures/markets.js';
import { localDate, weekdayOf, zonedTime } from '../time.js';
import type { CallbackRecord } from './records.js';

/** A callback is booked at most this far ahead. */
export const CALLBACK_HORIZON_DAYS = 14;
/** The shortest window a shopper may give us to call. */
export const MIN_WINDOW_MINUTES = 15;
/** A window may start this much in the past (the form was filled in a moment ago). */
const START_SLACK_MS = 5 * 60_000;

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Opening hours in words, days with the same hours joined: `Monday to Friday 09:00-17:00`. */
export function describeHours(hours: readonly Hours[]): string {
  const sorted = [...hours].sort((a, b) => a.day - b.day);
  const groups: { from: number; to: number; opens: string; closes: string }[] = [];
  for (const h of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.to === h.day - 1 && last.opens === h.opens && last.closes === h.closes) last.to = h.day;
    else groups.push({ from: h.day, to: h.day, opens: h.opens, closes: h.closes });
  }
  return groups.map((g) => `${g.from === g.to ? DAY_NAMES[g.from - 1] : `${DAY_NAMES[g.from - 1]} to ${DAY_NAMES[g.to - 1]}`} ${g.opens}-${g.closes}`).join(', ');
}

/** What is wrong with a callback window: it must lie in the future, within one day's phone hours of the market, not on a public holiday. */
export function callbackWindowIssues(market: MarketCode, window: { start: string; end: string }, now: Date): ErrorIssue[] {
  const m = MARKETS[market];
  const start = new Date(window.start);
  const end = new Date(window.end);
  const issues: ErrorIssue[] = [];
  if (start.getTime() < now.getTime() - START_SLACK_MS) issues.push({ path: 'body.window.start', message: 'must not be in the past' });
  if (start.getTime() > now.getTime() + CALLBACK_HORIZON_DAYS * 86_400_000) {
    issues.push({ path: 'body.window.start', message: `must be within the next ${CALLBACK_HORIZON_DAYS} days` });
  }
  if (end.getTime() - start.getTime() < MIN_WINDOW_MINUTES * 60_000) {
    issues.push({ path: 'body.window.end', message: `must be at least ${MIN_WINDOW_MINUTES} minutes after the start` });
  }
  const date = localDate(start, m.timeZone);
  const holiday = holidaysBetween(m, date, date)[0];
  const hours = m.phoneHours.find((h) => h.day === weekdayOf(date));
  const within =
    !holiday && hours !== undefined && localDate(end, m.timeZone) === date && start >= zonedTime(date, hours.opens, m.timeZone) && end <= zonedTime(date, hours.closes, m.timeZone);
  if (!within) {
    const why = holiday ? ` (${date} is a public holiday: ${holiday.name})` : '';
    issues.push({
      path: 'body.window',
      message: `must be within our phone hours in ${market}: ${describeHours(m.phoneHours)} (${m.timeZone} time), not on a public holiday${why}`,
    });
  }
  return issues;
}

export function callbackView(record: CallbackRecord): Callback {
  return {
    id: record.id,
    reference: record.reference,
    phoneMasked: maskPhone(record.phone),
    market: record.market,
    topic: record.topic,
    window: record.window,
    status: record.status,
    createdAt: record.createdAt,
  };
}
