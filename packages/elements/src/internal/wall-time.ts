/** Offset of a time zone from UTC at an instant, in ms. */
function zoneOffset(at: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at)) {
    p[part.type] = Number(part.value);
  }
  return Date.UTC(p.year!, p.month! - 1, p.day, p.hour, p.minute) - Math.floor(at / 6e4) * 6e4;
}

/** The instant (Unix ms) of a wall-clock time (`YYYY-MM-DD`, `HH:MM`) in a time zone: a market's opening hours on a day. */
export function wallTime(date: string, hhmm: string, timeZone: string): number {
  const utc = Date.parse(`${date}T${hhmm}:00Z`);
  return utc - zoneOffset(utc - zoneOffset(utc, timeZone), timeZone);
}
