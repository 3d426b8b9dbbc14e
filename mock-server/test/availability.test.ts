import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Availability } from '@assist/contract';
import type { FullAvailability } from '../src/domain/availability.js';
import { MARKETS } from '../src/fixtures/markets.js';
import { easterSunday, zonedTime } from '../src/time.js';
import { assertError, setup } from './support.js';

async function at(instant: string, market: string) {
  const { call, clock } = setup();
  clock.set(instant);
  const answer = await call('GET', `/v1/availability?market=${market}`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return full(Availability.parse(answer.body));
}

/** An answer for every channel: the chat's hours, the assistant and the holidays are all there. */
function full(answer: Availability): FullAvailability {
  assert.ok(answer.chat && answer.assistant && answer.holidays, 'every channel');
  return answer as FullAvailability;
}

describe('availability per market', () => {
  it('answers only the phone channel when asked, for a contact block', async () => {
    const { call } = setup();
    const answer = await call('GET', '/v1/availability?market=SE&channel=phone');
    assert.equal(answer.status, 200);
    const phone = Availability.parse(answer.body);
    assert.deepEqual(Object.keys(phone).sort(), ['changesAt', 'market', 'now', 'phone', 'timeZone']);
    assert.ok(phone.phone.numbers.length > 0);
    assertError(await call('GET', '/v1/availability?market=SE&channel=chat'), 400, 'validation_failed');
  });

  it('is open on a weekday morning and says when it closes, in the market time zone', async () => {
    const se = await at('2026-11-18T10:00:00Z', 'SE');
    assert.equal(se.chat.open, true);
    assert.equal(se.chat.closesAt, '2026-11-18T19:00:00.000Z'); // 20:00 in Stockholm (UTC+1)
    // Today's hours as on the market's clock, and the instants they are (what another zone shows).
    assert.deepEqual(se.chat.today, { opens: '08:00', closes: '20:00', opensAt: '2026-11-18T07:00:00.000Z', closesAt: '2026-11-18T19:00:00.000Z' });
    // The answer changes when the first channel opens or closes (here, before the market's midnight).
    const first = [se.chat.closesAt, se.phone.closesAt].filter((at): at is string => at !== null).sort()[0];
    assert.equal(se.changesAt, first);
    assert.equal(se.assistant.open, true);
    assert.equal(se.phone.numbers[0]!.tel, 'tel:+46846500400');
  });

  it('is closed on Sunday night and opens on Monday morning local time', async () => {
    const de = await at('2026-11-22T21:00:00Z', 'DE');
    assert.equal(de.chat.open, false);
    assert.equal(de.chat.today, null);
    assert.equal(de.chat.nextOpening, '2026-11-23T07:00:00.000Z'); // Monday 08:00 in Berlin
    // Nothing opens before the market's midnight, when "today's hours" change.
    assert.equal(de.changesAt, '2026-11-22T23:00:00.000Z');
  });

  it('opens later the same day before opening time', async () => {
    const us = await at('2026-11-18T12:00:00Z', 'US'); // 07:00 in New York
    assert.equal(us.chat.open, false);
    assert.equal(us.chat.nextOpening, '2026-11-18T13:00:00.000Z');
  });

  it('is closed on public holidays and skips them for the next opening', async () => {
    const gb = await at('2026-12-25T12:00:00Z', 'GB');
    assert.equal(gb.chat.open, false);
    // 26 December 2026 is a Saturday: the bank holiday moves to Monday 28th and Saturday keeps its hours.
    assert.equal(gb.chat.nextOpening, '2026-12-26T09:00:00.000Z');
    assert.ok(gb.holidays.some((h) => h.date === '2026-12-28' && h.name === 'Boxing Day'));
    const se = await at('2026-12-24T09:00:00Z', 'SE');
    // Christmas Eve, Christmas Day and Boxing Day closed; Sunday 27th has no hours: Monday 28th 08:00.
    assert.equal(se.chat.nextOpening, '2026-12-28T07:00:00.000Z');
    const us = await at('2026-11-26T16:00:00Z', 'US'); // Thanksgiving, 11:00 in New York
    assert.equal(us.chat.open, false);
    assert.ok(us.holidays.some((h) => h.name === 'Thanksgiving Day'));
    // Holidays of the next two weeks only (the callback times offered): Christmas is a month away.
    assert.ok(!us.holidays.some((h) => h.name === 'Christmas Day'));
    assert.ok(us.holidays.every((h) => h.date >= '2026-11-26' && h.date <= '2026-12-10'));
  });

  it('handles the change to summer time', async () => {
    // 30 March 2026: Stockholm is on UTC+2, so 08:00 local is 06:00 UTC.
    const se = await at('2026-03-30T05:00:00Z', 'SE');
    assert.equal(se.chat.nextOpening, '2026-03-30T06:00:00.000Z');
    assert.equal(zonedTime('2026-03-29', '12:00', 'Europe/Stockholm').toISOString(), '2026-03-29T10:00:00.000Z');
  });

  it('computes movable holidays', () => {
    assert.equal(easterSunday(2026), '2026-04-05');
    assert.equal(easterSunday(2027), '2027-03-28');
    const se2026 = MARKETS.SE.holidays(2026).map((h) => h.date);
    assert.ok(se2026.includes('2026-06-19'), 'Midsummer Eve 2026 is Friday 19 June');
    assert.ok(se2026.includes('2026-05-14'), 'Ascension Day 2026');
    const gb2027 = MARKETS.GB.holidays(2027).map((h) => h.date);
    assert.ok(gb2027.includes('2027-12-27') && gb2027.includes('2027-12-28'), 'weekend Christmas moves to Monday and Tuesday');
    const us2026 = MARKETS.US.holidays(2026);
    assert.equal(us2026.find((h) => h.name === 'Thanksgiving Day')!.date, '2026-11-26');
    assert.equal(us2026.find((h) => h.name === 'Independence Day')!.date, '2026-07-03', 'observed on Friday');
  });

  it('requires a supported market', async () => {
    const { call } = setup();
    assertError(await call('GET', '/v1/availability'), 400, 'validation_failed');
    assertError(await call('GET', '/v1/availability?market=FR'), 400, 'validation_failed');
    assertError(await call('GET', '/v1/availability?market=se'), 400, 'validation_failed');
  });
});
