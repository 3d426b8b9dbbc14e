import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentQueueResponse } from '@assist/contract';
import { detectIntents } from '../src/chat/intents.js';
import { chatSetup } from './chat-support.js';

type Choice = { id: string; label: string };
const orderChoices = (message: { actions: { choices: Choice[] }[] }) => message.actions[0]!.choices.map((c) => c.id.split(':')[2]);

describe('an assistant that knows the whole account', () => {
  it('finds a return on another order than the one the chat started with', async () => {
    const t = chatSetup();
    const token = await t.login('olivia');
    const chat = await t.startChat({ token, market: 'GB', orderId: 'ord_gb_due' });
    await t.say(chat, 'What is the status of my return?');
    const answer = await t.last(chat, 'assistant');
    assert.match(answer.text, /Your return R-LATE7M is reported/);
    assert.doesNotMatch(answer.text, /I don't see a reported return/);
    assert.equal(answer.cards[0].return.orderId, 'ord_gb_latefee');
  });

  it('asks which return only among the orders with one', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, orderId: 'ord_se_outdoor' });
    await t.say(chat, 'What is the status of my return?');
    const question = await t.last(chat, 'assistant');
    assert.equal(question.text, 'Which order do you mean?');
    assert.deepEqual(orderChoices(question).sort(), ['ord_se_balance', 'ord_se_return_dnr']);
  });

  it('offers only the orders a refund question fits, and takes the order the shopper names in words', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, orderId: 'ord_se_outdoor' });
    await t.say(chat, 'Where is my refund?');
    const question = await t.last(chat, 'assistant');
    assert.equal(question.text, 'Which order do you mean?');
    assert.deepEqual(orderChoices(question).sort(), ['ord_se_balance', 'ord_se_return_dnr']);
    await t.say(chat, 'the coat');
    const answer = await t.last(chat, 'assistant');
    assert.match(answer.text, /R-DNR4QX/);
    assert.equal(answer.cards[0].return.orderId, 'ord_se_return_dnr');
  });

  it('picks the order from its store, item, amount or day', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const cases: [string, string][] = [
      ['my order from Hem & Design', 'ord_se_partial'],
      ['When is my next payment for the hiking boots?', 'ord_se_outdoor'],
      ['the 1748 one', 'ord_se_outdoor'],
      ['the 349 kronor order', 'ord_se_balance'],
      // Placed 9 days before Wednesday 18 November 2026: Monday the 9th.
      ['the order from 9 November', 'ord_se_outdoor'],
      // Placed 6 days before: Thursday the 12th, "last Thursday".
      ['the one from last Thursday', 'ord_se_partial'],
    ];
    for (const [text, orderId] of cases) {
      const chat = await t.startChat({ token });
      await t.say(chat, text);
      const answer = await t.last(chat, 'assistant');
      const card = answer.cards[0];
      assert.equal(card.order?.id ?? card.plan?.orderId, orderId, `${text}: ${answer.text}`);
    }
  });

  it('understands a day in the chat language', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, locale: 'sv-SE' });
    await t.say(chat, 'När är nästa betalning för ordern från i torsdags?');
    const answer = await t.last(chat, 'assistant');
    assert.equal(answer.cards[0].plan.orderId, 'ord_se_partial', answer.text);
  });

  it('still asks when the words fit several orders, offering only those', async () => {
    const t = chatSetup();
    const token = await t.login('mason');
    const chat = await t.startChat({ token, locale: 'en-US', market: 'US' });
    await t.say(chat, 'What is my order status?');
    const question = await t.last(chat, 'assistant');
    assert.equal(question.text, 'Which order do you mean?');
    assert.deepEqual(orderChoices(question).sort(), ['ord_us_card', 'ord_us_extended', 'ord_us_financing']);
    await t.say(chat, 'the espresso machine');
    const answer = await t.last(chat, 'assistant');
    assert.match(answer.text, /US-C4RD8812 from Corner Café Supplies is delivered/);
  });
});

describe('wanting to send something back', () => {
  it('"The shoes don\'t fit" is a return, in English, Swedish and German', () => {
    for (const [text, locale] of [
      ["The shoes don't fit, how do I send them back?", 'en'],
      ['Skorna passar inte, hur skickar jag tillbaka dem?', 'sv'],
      ['Die Schuhe passen nicht, wie schicke ich sie zurück?', 'de'],
    ] as const) {
      const d = detectIntents(text, locale);
      assert.equal(d.action ?? d.article ?? d.topic, 'wants_to_return', text);
    }
  });

  it('answers with how to return, not an article that shares a word', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    await t.say(chat, "The shoes don't fit, how do I send them back?");
    const answer = await t.last(chat, 'assistant');
    assert.deepEqual(
      answer.articles.map((a: { slug: string }) => a.slug),
      ['how-to-return'],
    );
  });

  it('keeps the order the shopper named in focus for the next question', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const chat = await t.startChat({ token });
    await t.say(chat, "The hiking boots don't fit, how do I send them back?");
    assert.equal((await t.last(chat, 'assistant')).articles[0].slug, 'how-to-return');
    await t.say(chat, 'When is my next payment?');
    assert.equal((await t.last(chat, 'assistant')).cards[0].plan.orderId, 'ord_se_outdoor');
  });
});

describe('the context packet', () => {
  it('carries the payment schedule of the order in focus, with a date moved outside the chat, so an agent can act on it', async () => {
    const t = chatSetup();
    const token = await t.login('mason');
    const chat = await t.startChat({ token, locale: 'en-US', market: 'US', orderId: 'ord_us_extended' });
    await t.say(chat, 'I want to talk to a person');
    const queue = await t.agent('GET', '/v1/agent/queue');
    assert.ok(AgentQueueResponse.safeParse(queue.body).success);
    const context = queue.body.items.find((i: { session: { id: string } }) => i.session.id === chat.id).context;
    assert.equal(context.paymentPlans.length, 1);
    const plan = context.paymentPlans[0];
    assert.equal(plan.orderId, 'ord_us_extended');
    assert.equal(plan.instalments.length, 4);
    const moved = plan.instalments.filter((i: { originalDueDate: string | null }) => i.originalDueDate !== null);
    assert.equal(moved.length, 1, 'the date moved before the chat');
    for (const i of plan.instalments) assert.ok(i.amount.amount > 0 && /^\d{4}-\d{2}-\d{2}$/.test(i.dueDate) && typeof i.status === 'string');
    // The chat never showed the plan; the agent extends a due date from the packet alone.
    assert.ok(!context.conversation.some((m: { cards?: { kind: string }[] }) => m.cards?.some((c) => c.kind === 'payment_plan')));
    const open = plan.instalments.find((i: { extendable: boolean }) => i.extendable);
    const extended = await t.agent(
      'POST',
      '/v1/agent/actions',
      { kind: 'extend_due_date', orderId: 'ord_us_extended', instalmentId: open.id, days: 7, sessionId: chat.id },
      { 'idempotency-key': 'extend-key-from-packet-01' },
    );
    assert.equal(extended.status, 200, JSON.stringify(extended.body));
  });

  it('is empty of plans for an anonymous chat', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    const queue = await t.agent('GET', '/v1/agent/queue');
    assert.deepEqual(queue.body.items[0].context.paymentPlans, []);
  });
});
