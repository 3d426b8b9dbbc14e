import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectedResolution } from '../src/chat/sla.js';
import type { EscalationLevel } from '../src/chat/records.js';
import { chatSetup } from './chat-support.js';

const sla = (level: EscalationLevel, market: 'SE' | 'DE' | 'GB' | 'US', from: string) => expectedResolution(level, market, new Date(from)).toISOString();

describe('expected resolution per escalation level', () => {
  // Wednesday 18 November 2026, 11:00 in Stockholm.
  const wednesday = '2026-11-18T10:00:00.000Z';

  it('gives the assistant 10 minutes and fraud operations 1 hour, around the clock', () => {
    assert.equal(sla('assistant', 'SE', wednesday), '2026-11-18T10:10:00.000Z');
    assert.equal(sla('assistant', 'SE', '2026-11-22T01:00:00.000Z'), '2026-11-22T01:10:00.000Z', 'Sunday night too');
    assert.equal(sla('fraud', 'SE', '2026-11-22T01:00:00.000Z'), '2026-11-22T02:00:00.000Z');
  });

  it('gives level 1 one hour of staffed chat time and level 2 four business hours', () => {
    assert.equal(sla('level_1', 'SE', wednesday), '2026-11-18T11:00:00.000Z');
    assert.equal(sla('level_2', 'SE', wednesday), '2026-11-18T14:00:00.000Z');
  });

  it('counts only the hours the market is open: the rest of Friday, then Monday morning', () => {
    // Friday 20 November, 18:00 in Stockholm: 2 hours left that day, the weekend does not count.
    assert.equal(sla('level_2', 'SE', '2026-11-20T17:00:00.000Z'), '2026-11-23T09:00:00.000Z');
    // Level 1 agents also staff Saturday 10-16 in Sweden: 30 minutes on Friday, 30 on Saturday.
    assert.equal(sla('level_1', 'SE', '2026-11-20T18:30:00.000Z'), '2026-11-21T09:30:00.000Z');
    // Germany has no Saturday hours.
    assert.equal(sla('level_1', 'DE', '2026-11-20T18:30:00.000Z'), '2026-11-23T07:30:00.000Z');
    // Friday 20:00 in New York (weekday hours 08-22): 2 hours on Friday, 2 on Monday.
    assert.equal(sla('level_2', 'US', '2026-11-21T01:00:00.000Z'), '2026-11-23T15:00:00.000Z');
    // Escalated on Sunday night: starts counting Monday 08:00.
    assert.equal(sla('level_2', 'SE', '2026-11-22T01:00:00.000Z'), '2026-11-23T11:00:00.000Z');
  });

  it('skips public holidays', () => {
    // Wednesday 23 December 18:00 in Stockholm; 24 and 25 December are holidays, then the weekend.
    assert.equal(sla('level_2', 'SE', '2026-12-23T17:00:00.000Z'), '2026-12-28T09:00:00.000Z');
  });

  it('gives legal review three business days (72 hours when no weekend is between)', () => {
    assert.equal(sla('legal_review', 'SE', '2026-11-16T10:00:00.000Z'), '2026-11-19T10:00:00.000Z', 'Monday to Thursday');
    assert.equal(sla('legal_review', 'SE', wednesday), '2026-11-23T10:00:00.000Z', 'Wednesday to Monday over the weekend');
    const hours = (Date.parse(sla('legal_review', 'GB', '2026-11-16T10:00:00.000Z')) - Date.parse('2026-11-16T10:00:00.000Z')) / 3_600_000;
    assert.ok(hours >= 48 && hours <= 72, String(hours));
  });
});

describe('the SLA of a chat', () => {
  it('follows the escalation level when the chat is handed over', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    assert.deepEqual(chat.session.sla, { level: 'assistant', expectedResolutionBy: '2026-11-18T10:10:00.000Z' });
    const legal = await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: { reason: 'legal', note: 'I want to file a formal complaint' }, token: chat.token });
    assert.equal(legal.status, 200);
    assert.deepEqual(legal.body.sla, { level: 'legal_review', expectedResolutionBy: '2026-11-23T10:00:00.000Z' });
    const other = await t.startChat({ market: 'DE', locale: 'de-DE' });
    const fraud = await t.call('POST', `/v1/chat/sessions/${other.id}/escalate`, { body: { reason: 'fraud_suspected' }, token: other.token });
    assert.deepEqual(fraud.body.sla, { level: 'fraud', expectedResolutionBy: '2026-11-18T11:00:00.000Z' });
  });

  it('goes to level 2 when the shopper accepts a person for a double charge', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    await t.say(chat, 'I was charged twice');
    const answer = await t.last(chat, 'assistant');
    assert.equal(answer.articles[0].slug, 'charged-twice');
    const offer = answer.actions.find((a: { kind: string }) => a.kind === 'request_agent');
    await t.say(chat, 'Talk to a person', { action: { id: offer.id, choice: 'yes' } });
    const session = (await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body;
    assert.equal(session.status, 'queued');
    assert.deepEqual(session.sla, { level: 'level_2', expectedResolutionBy: '2026-11-18T14:00:00.000Z' });
  });
});
