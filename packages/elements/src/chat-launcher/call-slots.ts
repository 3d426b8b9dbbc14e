import type { Availability } from '@assist/contract';
import { wallTime } from '../internal/wall-time.js';

/** A call window, in Unix ms. */
export type Slot = { start: number; end: number };

const DAY_MS = 864e5;

/** One-hour call windows within the market's phone hours, by market date, for the next two weeks. */
export function callSlots(availability: Availability): Map<string, Slot[]> {
  const { timeZone, now } = availability;
  const from = Date.parse(now);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(from);
  const holidays = new Set((availability.holidays ?? []).map((h) => h.date));
  const days = new Map<string, Slot[]>();
  for (let i = 0; i < 14 && days.size < 7; i++) {
    const noon = new Date(Date.parse(`${today}T12:00:00Z`) + i * DAY_MS);
    const date = noon.toISOString().slice(0, 10);
    const hours = availability.phone.hours.find((h) => h.day === (noon.getUTCDay() || 7));
    if (!hours || holidays.has(date)) continue;
    const slots: Slot[] = [];
    const closes = wallTime(date, hours.closes, timeZone);
    for (let start = wallTime(date, hours.opens, timeZone); start < closes; start += 36e5) {
      const end = Math.min(start + 36e5, closes);
      if (start > from && end - start >= 9e5) slots.push({ start, end });
    }
    if (slots.length) days.set(date, slots);
  }
  return days;
}
