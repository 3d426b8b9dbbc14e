import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Callback } from '@assist/contract';
import { assertError, key } from './support.js';
import { chatSetup } from './chat-support.js';

/** Wednesday 18 November 2026, 14:00-14:30 in Stockholm (phone hours 09-17). */
const OPEN_WINDOW = { start: '2026-11-18T13:00:00.000Z', end: '2026-11-18T13:30:00.000Z' };
const request = (overrides: Record<string, unknown> = {}) => ({ phone: '+46 70 174 06 05', market: 'SE', topic: 'payments', window: OPEN_WINDOW, ...overrides });

describe('callbacks', () => {
  it('are booked within phone hours, with a reference, and the phone number masked in the echo', async () => {
    const t = chatSetup();
    const answer = await t.call('POST', '/v1/callbacks', { body: request(), headers: { 'idempotency-key': key(1) } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.ok(Callback.safeParse(answer.body).success);
    assert.match(answer.body.reference, /^CB-[A-Z0-9]{6}$/);
    assert.equal(answer.body.phoneMasked, '+46 ••• •• 06 05');
    assert.equal(answer.body.status, 'scheduled');
    assert.deepEqual(answer.body.window, OPEN_WINDOW);
    const raw = JSON.stringify(answer.body);
    assert.ok(!raw.includes('701740605') && !raw.includes('70 174'), raw);
  });

  it('are idempotent: a replay answers the same booking, another body with the key answers 422', async () => {
    const t = chatSetup();
    assertError(await t.call('POST', '/v1/callbacks', { body: request() }), 400, 'validation_failed');
    const first = await t.call('POST', '/v1/callbacks', { body: request(), headers: { 'idempotency-key': key(2) } });
    const again = await t.call('POST', '/v1/callbacks', { body: request(), headers: { 'idempotency-key': key(2) } });
    assert.equal(again.body.reference, first.body.reference);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assertError(await t.call('POST', '/v1/callbacks', { body: request({ topic: 'returns' }), headers: { 'idempotency-key': key(2) } }), 422, 'idempotency_mismatch');
  });

  it('outside phone hours are rejected with a field error that gives the hours', async () => {
    const t = chatSetup();
    const cases = [
      // 18:00-18:30 in Stockholm: phones close at 17:00.
      { start: '2026-11-18T17:00:00.000Z', end: '2026-11-18T17:30:00.000Z' },
      // Ends after closing.
      { start: '2026-11-18T15:45:00.000Z', end: '2026-11-18T16:15:00.000Z' },
      // Saturday.
      { start: '2026-11-21T10:00:00.000Z', end: '2026-11-21T10:30:00.000Z' },
      // Christmas Eve, a public holiday in Sweden.
      { start: '2026-12-24T10:00:00.000Z', end: '2026-12-24T10:30:00.000Z' },
    ];
    for (const [i, window] of cases.entries()) {
      const answer = await t.call('POST', '/v1/callbacks', { body: request({ window }), headers: { 'idempotency-key': key(10 + i) } });
      assertError(answer, 400, 'validation_failed');
      const issue = answer.body.error.issues.find((x: { path: string }) => x.path === 'body.window');
      assert.ok(issue, JSON.stringify(answer.body));
      assert.match(issue.message, /phone hours in SE: Monday to Friday 09:00-17:00 \(Europe\/Stockholm time\)/);
    }
    // A holiday within the booking horizon: Christmas Eve seen from 21 December.
    const later = chatSetup({ at: '2026-12-21T09:00:00.000Z' });
    const holiday = await later.call('POST', '/v1/callbacks', { body: request({ window: cases[3] }), headers: { 'idempotency-key': key(20) } });
    assertError(holiday, 400, 'validation_failed');
    assert.deepEqual(
      holiday.body.error.issues.map((x: { path: string }) => x.path),
      ['body.window'],
    );
    assert.match(holiday.body.error.message, /2026-12-24 is a public holiday: Christmas Eve/);
  });

  it('reject windows in the past, too short, too far ahead or inside out, and bad phone numbers', async () => {
    const t = chatSetup();
    const cases: [Record<string, unknown>, string][] = [
      [{ window: { start: '2026-11-17T10:00:00.000Z', end: '2026-11-17T10:30:00.000Z' } }, 'body.window.start'],
      [{ window: { start: '2026-11-18T13:00:00.000Z', end: '2026-11-18T13:05:00.000Z' } }, 'body.window.end'],
      [{ window: { start: '2027-01-13T10:00:00.000Z', end: '2027-01-13T10:30:00.000Z' } }, 'body.window.start'],
      [{ window: { start: '2026-11-18T13:30:00.000Z', end: '2026-11-18T13:00:00.000Z' } }, 'body.window.end'],
      [{ phone: '070 174 06 05' }, 'body.phone'],
      [{ market: 'XX' }, 'body.market'],
    ];
    for (const [i, [overrides, path]] of cases.entries()) {
      const answer = await t.call('POST', '/v1/callbacks', { body: request(overrides), headers: { 'idempotency-key': key(30 + i) } });
      assertError(answer, 400, 'validation_failed');
      assert.ok(
        answer.body.error.issues.some((x: { path: string }) => x.path === path),
        `${path}: ${JSON.stringify(answer.body.error.issues)}`,
      );
    }
  });

  it("follow each market's phone hours and time zone", async () => {
    const t = chatSetup();
    // 17:00-17:30 in London is within 09:00-17:30; 20:00-20:30 in New York within 09:00-21:00.
    const london = await t.call('POST', '/v1/callbacks', {
      body: request({ market: 'GB', phone: '+447700900123', window: { start: '2026-11-18T17:00:00.000Z', end: '2026-11-18T17:30:00.000Z' } }),
      headers: { 'idempotency-key': key(40) },
    });
    assert.equal(london.status, 201, JSON.stringify(london.body));
    assert.equal(london.body.phoneMasked, '+44 ••• ••• 01 23');
    const newYork = await t.call('POST', '/v1/callbacks', {
      body: request({ market: 'US', phone: '+1 202 555 0143', window: { start: '2026-11-19T01:00:00.000Z', end: '2026-11-19T01:30:00.000Z' } }),
      headers: { 'idempotency-key': key(41) },
    });
    assert.equal(newYork.status, 201, JSON.stringify(newYork.body));
  });

  it("booked from a chat are noted in it with the masked number, and need that chat's token", async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    const other = await t.startChat();
    assertError(await t.call('POST', '/v1/callbacks', { body: request({ chatSessionId: chat.id }), headers: { 'idempotency-key': key(50) } }), 401, 'unauthorized');
    assertError(
      await t.call('POST', '/v1/callbacks', { body: request({ chatSessionId: chat.id }), token: other.token, headers: { 'idempotency-key': key(51) } }),
      404,
      'not_found',
    );
    const booked = await t.call('POST', '/v1/callbacks', { body: request({ chatSessionId: chat.id }), token: chat.token, headers: { 'idempotency-key': key(52) } });
    assert.equal(booked.status, 201);
    const note = await t.last(chat, 'system');
    assert.match(note.text, new RegExp(`We'll call you on \\+46 ••• •• 06 05 between .+14:00.+ and 14:30\\. Your reference is ${booked.body.reference}\\.`));
    const transcript = JSON.stringify(await t.transcript(chat));
    assert.ok(!transcript.includes('701740605') && !transcript.includes('70 174 06 05'));
  });
});
