import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { refundOverdue } from '../src/chat/sla.js';
import { chatSetup } from './chat-support.js';

type Action = { id: string; kind: string; choices: { id: string }[] };
const offerOf = (message: { actions: Action[] }, kind: string) => message.actions.find((a) => a.kind === kind);

describe('escalation follows the service levels', () => {
  it('offers a refund specialist once a refund is 10 business days late, who answers within 4 business hours', async () => {
    const t = chatSetup();
    // Refunding the whole order: what is unpaid comes off the plan, the paid part goes back to the shopper, and the refund stays pending until the bank settles it.
    const refunded = await t.agent(
      'POST',
      '/v1/agent/actions',
      { kind: 'refund', orderId: 'ord_se_outdoor', amount: { amount: 174_800, currency: 'SEK' }, reason: 'Boots returned' },
      { 'idempotency-key': 'refund-key-late-0001' },
    );
    assert.equal(refunded.status, 200, JSON.stringify(refunded.body));
    const ask = async () => {
      const chat = await t.startChat({ token: await t.login('astrid'), orderId: 'ord_se_outdoor' });
      await t.say(chat, 'Where is my refund?');
      return { chat, answer: await t.last(chat, 'assistant') };
    };

    // Wednesday 18 November + 9 business days: Tuesday 1 December, not late yet.
    t.clock.set('2026-12-01T10:00:00.000Z');
    const early = (await ask()).answer;
    assert.match(early.text, /Refunds on SE-4K7M2QXP: SEK\s?1,748\.00/);
    assert.doesNotMatch(early.text, /10 business days/);
    assert.equal(offerOf(early, 'request_agent'), undefined);

    t.clock.set('2026-12-02T10:00:00.000Z');
    const { chat, answer: late } = await ask();
    assert.match(late.text, /The refund of SEK\s?1,748\.00 on SE-4K7M2QXP has been on its way for 10 business days/);
    const offer = offerOf(late, 'request_agent')!;
    await t.say(chat, 'Talk to a person', { action: { id: offer.id, choice: 'yes' } });
    const session = (await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body;
    assert.equal(session.sla.level, 'level_2');
    // 11:00 in Stockholm + 4 business hours.
    assert.equal(session.sla.expectedResolutionBy, '2026-12-02T14:00:00.000Z');
    const { messages } = await t.transcript(chat);
    assert.ok(messages.some((m: { author: string; text: string }) => m.author === 'system' && /^A specialist will answer by Wednesday 2 December.* 15:00/.test(m.text)));
  });

  it('counts business days as the product does: weekends and public holidays are skipped', () => {
    // Sent Thursday 17 December 2026 in Sweden: Christmas Eve, Christmas Day, Boxing Day, New Year's Day and the weekends do not count.
    const sent = new Date('2026-12-17T10:00:00.000Z');
    assert.equal(refundOverdue('SE', sent, new Date('2026-12-31T10:00:00.000Z')), false);
    assert.equal(refundOverdue('SE', sent, new Date('2027-01-12T10:00:00.000Z')), true);
  });

  it('sends a formal complaint to the legal review queue, answered within 3 business days, and says so in Swedish', async () => {
    const t = chatSetup();
    const chat = await t.startChat({ locale: 'sv-SE' });
    await t.say(chat, 'Jag vill lämna ett formellt klagomål');
    const answer = await t.last(chat, 'assistant');
    const offer = offerOf(answer, 'request_agent')!;
    await t.say(chat, 'Prata med en person', { action: { id: offer.id, choice: 'yes' } });
    const session = (await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body;
    assert.equal(session.sla.level, 'legal_review');
    // Wednesday 18 November 10:00 UTC + 3 business days: Monday 23 November, same time.
    assert.equal(session.sla.expectedResolutionBy, '2026-11-23T10:00:00.000Z');
    const { messages } = await t.transcript(chat);
    assert.ok(
      messages.some(
        (m: { author: string; text: string }) => m.author === 'system' && /^Ditt klagomål går till vårt granskningsteam, som svarar senast måndag 23 november/.test(m.text),
      ),
    );
  });

  it('flags suspected fraud to fraud operations within 1 hour, at any time', async () => {
    const t = chatSetup({ at: '2026-11-21T22:00:00.000Z' });
    const chat = await t.startChat({ locale: 'de-DE', market: 'DE' });
    await t.say(chat, 'Ich habe das nicht bestellt, das ist Betrug!');
    const session = (await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body;
    assert.equal(session.status, 'queued');
    assert.equal(session.sla.level, 'fraud');
    assert.equal(session.sla.expectedResolutionBy, '2026-11-21T23:00:00.000Z');
    const { messages } = await t.transcript(chat);
    assert.ok(
      messages.some(
        (m: { author: string; text: string }) => m.author === 'system' && /^Unser Betrugsteam ist informiert und meldet sich bis Sonntag, 22\. November.* 00:00/.test(m.text),
      ),
    );
  });
});
