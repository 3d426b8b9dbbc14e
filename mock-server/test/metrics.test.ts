import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChatMetrics } from '@assist/contract';
import { computeMetrics } from '../src/chat/metrics.js';
import type { ChatKpiEvent } from '../src/chat/records.js';
import { assertError } from './support.js';
import { chatSetup } from './chat-support.js';

const at = (minutes: number, seconds = 0) => new Date(Date.parse('2026-11-02T09:00:00.000Z') + minutes * 60_000 + seconds * 1000).toISOString();
const e = (type: ChatKpiEvent['type'], sessionId: string, when: string, extra: Partial<ChatKpiEvent> = {}): ChatKpiEvent => ({
  type,
  sessionId,
  market: 'SE',
  customerId: null,
  at: when,
  ...extra,
});

/**
 * Four chats:
 * - A (cus_1): first answer 20 s after the question, resolved by the assistant at 5 min, rated 5.
 * - B (cus_2): first answer 40 s after, handed to level 2 at 2 min, an agent answers 2 min later, resolved at 14 min, rated 3.
 * - C (cus_1, three days after A): first answer 90 s after, handed to level 1 at 1 min, a person after 4 min, resolved at 10 min, rated 4.
 * - D (anonymous, in Germany): nothing but the start.
 */
const EVENTS: ChatKpiEvent[] = [
  e('session_started', 'A', at(0), { customerId: 'cus_1' }),
  e('first_response', 'A', at(1, 20), { customerId: 'cus_1', by: 'assistant', since: at(1) }),
  e('resolved', 'A', at(5), { customerId: 'cus_1', by: 'assistant' }),
  e('csat', 'A', at(6), { customerId: 'cus_1', rating: 5 }),

  e('session_started', 'B', at(10), { customerId: 'cus_2' }),
  e('first_response', 'B', at(10, 40), { customerId: 'cus_2', by: 'assistant', since: at(10) }),
  e('handoff', 'B', at(12), { customerId: 'cus_2', level: 'level_2' }),
  e('agent_first_response', 'B', at(14), { customerId: 'cus_2', by: 'agent', since: at(12) }),
  e('resolved', 'B', at(24), { customerId: 'cus_2', by: 'agent' }),
  e('csat', 'B', at(25), { customerId: 'cus_2', rating: 3 }),

  e('session_started', 'C', at(3 * 24 * 60), { customerId: 'cus_1' }),
  e('first_response', 'C', at(3 * 24 * 60, 90), { customerId: 'cus_1', by: 'assistant', since: at(3 * 24 * 60) }),
  e('handoff', 'C', at(3 * 24 * 60 + 1), { customerId: 'cus_1', level: 'level_1' }),
  e('agent_first_response', 'C', at(3 * 24 * 60 + 5), { customerId: 'cus_1', by: 'agent', since: at(3 * 24 * 60 + 1) }),
  e('resolved', 'C', at(3 * 24 * 60 + 10), { customerId: 'cus_1', by: 'agent' }),
  e('csat', 'C', at(3 * 24 * 60 + 11), { customerId: 'cus_1', rating: 4 }),

  e('session_started', 'D', at(30), { market: 'DE' }),
];

describe('metrics math', () => {
  it('computes first response, handle time, first-contact resolution and CSAT from the events', () => {
    const m = computeMetrics(EVENTS);
    assert.ok(ChatMetrics.safeParse(m).success);
    assert.equal(m.sessions, 4);
    assert.equal(m.handoffs, 2);
    assert.equal(m.handoffsByLevel.level_2, 1);
    assert.equal(m.handoffsByLevel.level_1, 1);
    assert.equal(m.resolved, 3);
    // 20 s, 40 s, 90 s.
    assert.deepEqual(m.firstResponse, { count: 3, averageSeconds: 50, medianSeconds: 40, targetSeconds: 60, withinTarget: 0.667 });
    // 2 min and 4 min against 3 min.
    assert.deepEqual(m.agentFirstResponse, { count: 2, averageSeconds: 180, medianSeconds: 180, targetSeconds: 180, withinTarget: 0.5 });
    // 5, 14 and 10 minutes.
    assert.deepEqual(m.handleTime, { count: 3, averageSeconds: 580, medianSeconds: 600 });
    // A's shopper came back three days later (C): A was not resolved at first contact.
    assert.deepEqual(m.firstContactResolution, { resolved: 3, firstContact: 2, rate: 0.667, windowDays: 7 });
    assert.equal(m.repeatContacts, 1);
    assert.deepEqual(m.csat, { responses: 3, satisfied: 2, rate: 0.667, averageRating: 4 });
  });

  it('filters by market and by when the chat started', () => {
    const de = computeMetrics(EVENTS, { market: 'DE' });
    assert.equal(de.sessions, 1);
    assert.equal(de.resolved, 0);
    assert.equal(de.csat.rate, null);
    assert.equal(de.firstResponse.averageSeconds, null);
    const firstDay = computeMetrics(EVENTS, { from: at(0), to: at(24 * 60) });
    assert.equal(firstDay.sessions, 3);
    assert.equal(firstDay.csat.responses, 2);
    // C still counts as A's repeat contact although it started outside the range.
    assert.equal(firstDay.firstContactResolution.firstContact, 1);
  });
});

describe('GET /v1/metrics', () => {
  it('measures chats run through the API, from the events every step recorded', async () => {
    const t = chatSetup({ simulatedAgent: { replyDelayMs: 120_000, behaviour: 'resolve', resolveDelayMs: 600_000 } });
    const token = await t.login('astrid');
    // One chat the assistant settles, rated 5.
    const a = await t.startChat({ token });
    await t.scheduler.advance(30_000);
    await t.say(a, 'How do I return my order?');
    await t.call('POST', `/v1/chat/sessions/${a.id}/csat`, { body: { rating: 5 }, token: a.token });
    // One chat handed over: a person answers 2 minutes later and resolves it 10 minutes after that; rated 2.
    const b = await t.startChat();
    await t.say(b, 'I want to talk to a person');
    await t.scheduler.advance(120_000 + 600_000);
    assert.equal((await t.call('GET', `/v1/chat/sessions/${b.id}`, { token: b.token })).body.status, 'ended');
    await t.call('POST', `/v1/chat/sessions/${b.id}/csat`, { body: { rating: 2 }, token: b.token });

    const answer = await t.agent('GET', '/v1/metrics');
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const m = answer.body;
    assert.equal(m.sessions, 2);
    assert.equal(m.handoffs, 1);
    assert.equal(m.resolved, 2);
    assert.equal(m.firstResponse.count, 2);
    assert.equal(m.firstResponse.withinTarget, 1);
    assert.deepEqual([m.agentFirstResponse.count, m.agentFirstResponse.averageSeconds, m.agentFirstResponse.withinTarget], [1, 120, 1]);
    assert.equal(m.handleTime.count, 2);
    assert.equal(m.handleTime.averageSeconds, 375, '30 s for the first chat, 720 s for the second');
    assert.deepEqual(m.csat, { responses: 2, satisfied: 1, rate: 0.5, averageRating: 3.5 });
    assert.equal((await t.agent('GET', '/v1/metrics?market=DE')).body.sessions, 0);
  });

  it('validates its range', async () => {
    const t = chatSetup();
    assertError(await t.agent('GET', '/v1/metrics?from=yesterday'), 400, 'validation_failed');
    assertError(await t.agent('GET', '/v1/metrics?from=2026-11-19T00:00:00Z&to=2026-11-18T00:00:00Z'), 400, 'validation_failed');
  });
});
