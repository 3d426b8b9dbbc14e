import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChatMessage } from '@assist/contract';
import { detectIntents, intentKeywords, UI_LANGUAGES, type Intent } from '../src/chat/intents.js';
import type { Assistant } from '../src/chat/assistant.js';
import { ARTICLES } from '../src/fixtures/help/index.js';
import { assertError } from './support.js';
import { chatSetup } from './chat-support.js';

describe('assistant intents', () => {
  const cases: [string, Intent][] = [
    // English, Swedish and German: every kind of intent.
    ['How do I return my order?', 'returns'],
    ['Can I postpone my next payment?', 'extend_due_date'],
    ['When is my next payment due?', 'payment_plan'],
    ['Where is my refund?', 'refund_status'],
    ['What is the status of my return?', 'return_status'],
    ['There is a pending charge that never went away', 'hold'],
    ['I was charged twice', 'charged_twice'],
    ['I want to talk to a real person', 'human'],
    ['My card was declined', 'card'],
    ['How do I add money to my balance?', 'balance'],
    ['I received a faulty item', 'problems'],
    ['Hur returnerar jag min order?', 'returns'],
    ['Kan jag skjuta upp betalningen?', 'extend_due_date'],
    ['Var är min betalplan?', 'payment_plan'],
    ['När får jag min återbetalning?', 'refund_status'],
    ['Jag vill prata med en människa', 'human'],
    ['Mitt kreditkort fungerar inte', 'card'],
    ['Hur sätter jag in pengar på mitt saldo?', 'balance'],
    ['Wie kann ich meine Bestellung zurücksenden?', 'returns'],
    ['Kann ich die Zahlung verschieben?', 'extend_due_date'],
    ['Wo ist meine Erstattung?', 'refund_status'],
    ['Ich möchte mit einem Mitarbeiter sprechen', 'human'],
    ['Mir wurde doppelt abgebucht', 'charged_twice'],
    ['Mein Guthaben auszahlen', 'balance'],
    ['Der Artikel ist defekt', 'problems'],
    // A sample in each other UI language.
    ['Comment retourner ma commande ?', 'returns'],
    ['Je voudrais un remboursement', 'refund_status'],
    ['¿Puedo aplazar el pago?', 'extend_due_date'],
    ['Quiero hablar con una persona', 'human'],
    ['Come faccio un reso?', 'returns'],
    ['Ho un problema con la carta', 'problems'],
    ['Ik wil mijn betaling uitstellen', 'extend_due_date'],
    ['Waar blijft mijn terugbetaling?', 'refund_status'],
    ['Haluan palauttaa tuotteen', 'returns'],
    ['Voinko lykätä eräpäivää?', 'extend_due_date'],
    ['Jeg vil gerne tale med en medarbejder', 'human'],
    ['Hvordan returnerer jeg min ordre?', 'returns'],
    ['Kan jeg utsette betalingen?', 'extend_due_date'],
    ['Hvor er pengene tilbake?', 'refund_status'],
    ['Chcę zwrócić zamówienie', 'returns'],
    ['Mam problem z kartą', 'problems'],
    ['أريد استرداد أموالي', 'refund_status'],
    ['أريد التحدث مع موظف', 'human'],
  ];
  for (const [text, intent] of cases) {
    it(`"${text}" is ${intent}`, () => {
      const d = detectIntents(text);
      assert.ok(d.scores.has(intent), `${text}: ${JSON.stringify([...d.scores])}`);
      const winner = d.action ?? d.article ?? d.topic;
      assert.equal(winner, intent, `${text}: ${JSON.stringify([...d.scores])}`);
    });
  }

  it('has keyword rules for every UI language and every topic', () => {
    for (const language of UI_LANGUAGES) {
      const rules = intentKeywords(language);
      for (const intent of ['payments', 'returns', 'problems', 'card', 'balance', 'account', 'human', 'extend_due_date', 'refund_status'] as const) {
        assert.ok((rules[intent] ?? []).length > 0, `${language} ${intent}`);
      }
    }
  });

  it('finds nothing in small talk', () => {
    const d = detectIntents('what is the weather like tomorrow');
    assert.equal(d.action ?? d.article ?? d.topic, null);
  });
});

describe('assistant answers', () => {
  it('answer with the matching help article: title, short answer and slug, in the chat language', async () => {
    const t = chatSetup();
    for (const [locale, question, slug, title] of [
      ['en-GB', 'Why was the first instalment higher?', 'first-instalment-higher', /first instalment/i],
      ['sv-SE', 'Hur returnerar jag min order?', 'how-to-return', /returnerar/i],
      ['de-DE', 'Wie kann ich meine Kreditkarte sperren?', 'block-or-cancel-credit-card', /Kreditkarte/],
    ] as const) {
      const chat = await t.startChat({ locale });
      await t.say(chat, question);
      const answer = await t.last(chat, 'assistant');
      assert.ok(ChatMessage.safeParse(answer).success);
      assert.equal(answer.articles[0]?.slug, slug, `${locale}: ${JSON.stringify(answer.articles)}`);
      assert.match(answer.articles[0].title, title);
      assert.ok(answer.text.startsWith(answer.articles[0].title));
      assert.ok(answer.text.length > answer.articles[0].title.length + 20, 'a short answer follows the title');
      assert.deepEqual(
        answer.actions[0].choices.map((c: { id: string }) => c.id),
        ['helped', 'agent'],
      );
    }
  });

  it("answer the help center's questions with their own article in English, Swedish and German", async () => {
    const t = chatSetup();
    let right = 0;
    let asked = 0;
    for (const locale of ['en', 'sv', 'de'] as const) {
      const chat = await t.startChat({ locale });
      for (const article of ARTICLES) {
        await t.say(chat, article.content[locale].title);
        if ((await t.last(chat, 'assistant')).articles[0]?.slug === article.slug) right++;
        asked++;
      }
    }
    assert.ok(right / asked >= 0.85, `${right} of ${asked}`);
  });

  it('answer a question in French with the French article, now that every UI language has articles', async () => {
    const t = chatSetup();
    const chat = await t.startChat({ locale: 'fr-FR', market: 'GB' });
    await t.say(chat, 'Comment retourner ma commande ?');
    const answer = await t.last(chat, 'assistant');
    assert.equal(answer.articles[0]?.slug, 'how-to-return');
    assert.match(answer.text, /retour/i);
  });

  it('say honestly when they cannot help, offer a person, and hand over when it happens again', async () => {
    const t = chatSetup();
    const chat = await t.startChat();
    await t.say(chat, 'what is the weather like tomorrow');
    const first = await t.last(chat, 'assistant');
    assert.match(first.text, /not sure I understood/);
    assert.ok(first.actions[0].choices.some((c: { id: string }) => c.id === 'agent'));
    assert.equal((await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body.status, 'assistant');
    await t.say(chat, 'and the football results?');
    assert.match((await t.last(chat, 'assistant')).text, /can't help with this myself/);
    const session = (await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body;
    assert.equal(session.status, 'queued');
  });

  it('offer a callback when asked to be called, and settle the question when the shopper says it helped', async () => {
    const t = chatSetup();
    const chat = await t.startChat({ locale: 'sv-SE' });
    await t.say(chat, 'Kan ni ringa upp mig?');
    const offer = await t.last(chat, 'assistant');
    assert.equal(offer.actions[0].kind, 'request_callback');
    assert.equal(offer.actions[0].choices[0].label, 'Bli uppringd');
    await t.say(chat, 'Hur returnerar jag min order?');
    const answer = await t.last(chat, 'assistant');
    await t.say(chat, 'Det hjälpte', { action: { id: answer.actions[0].id, choice: 'helped' } });
    assert.match((await t.last(chat, 'assistant')).text, /^Varsågod!/);
    const resolved = (await t.agent('GET', '/v1/metrics')).body;
    assert.equal(resolved.resolved, 1);
    assert.equal(resolved.handoffs, 0);
  });

  it('ask an anonymous shopper to verify before any account look-up', async () => {
    const t = chatSetup();
    const chat = await t.startChat({ locale: 'de-DE', market: 'DE' });
    await t.say(chat, 'Kann ich die Zahlung verschieben?');
    const answer = await t.last(chat, 'assistant');
    assert.match(answer.text, /Bestellnummer/);
    assert.equal(answer.actions[0].kind, 'request_verification');
    assert.equal(answer.cards.length, 0);
  });

  it('show a verified shopper the order status and the payment plan with the next due date', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, orderId: 'ord_se_outdoor' });
    await t.say(chat, 'What is my order status?');
    const status = await t.last(chat, 'assistant');
    assert.match(status.text, /SE-4K7M2QXP from Nordic Outdoor is delivered/);
    assert.equal(status.cards[0].kind, 'order_summary');
    assert.equal(status.cards[0].order.id, 'ord_se_outdoor');
    await t.say(chat, 'When is my next payment?');
    const plan = await t.last(chat, 'assistant');
    assert.equal(plan.cards[0].kind, 'payment_plan');
    assert.match(plan.text, /Your next payment is SEK\s?437\.00, due on 23 November 2026/);
  });

  it('ask which order is meant when it is not clear, and answer for the one chosen', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, locale: 'sv-SE' });
    await t.say(chat, 'Var är min betalplan?');
    const question = await t.last(chat, 'assistant');
    assert.equal(question.text, 'Vilken order menar du?');
    const choice = question.actions[0].choices.find((c: { id: string }) => c.id.endsWith('ord_se_partial'));
    await t.say(chat, choice.label, { action: { id: question.actions[0].id, choice: choice.id } });
    const plan = await t.last(chat, 'assistant');
    assert.equal(plan.cards[0].plan.orderId, 'ord_se_partial');
    assert.match(plan.text, /^Betalplan för SE-PART1AL9/);
  });

  it('explain an authorization hold, and offer a person when it is overdue', async () => {
    const t = chatSetup();
    const token = await t.login('olivia');
    const chat = await t.startChat({ token, market: 'GB' });
    await t.say(chat, 'Why is there a pending amount on my account?');
    const answer = await t.last(chat, 'assistant');
    assert.equal(answer.cards[0].kind, 'authorization_hold');
    assert.equal(answer.cards[0].orderId, 'ord_gb_hold');
    assert.match(answer.text, /£50\.00 pending for GB-H0LD3011 is an authorization hold, not a charge/);
    assert.match(answer.text, /should have dropped off/);
    assert.equal(answer.actions[0].kind, 'request_agent');
  });

  it('report refund and return status from the store', async () => {
    const t = chatSetup();
    const token = await t.login('olivia');
    const chat = await t.startChat({ token, market: 'GB' });
    const refunded = await t.agent(
      'POST',
      '/v1/agent/actions',
      { kind: 'refund', orderId: 'ord_gb_due', amount: { amount: 1_899, currency: 'GBP' }, reason: 'Watering can not delivered' },
      { 'idempotency-key': 'refund-key-0001' },
    );
    assert.equal(refunded.status, 200, JSON.stringify(refunded.body));
    await t.say(chat, 'Where is my refund for GB-DU3T0M0R?');
    const answer = await t.last(chat, 'assistant');
    assert.match(answer.text, /Refunds on GB-DU3T0M0R: £18\.99/);
    assert.equal(answer.cards[0].kind, 'refunds');
    await t.say(chat, 'What is the status of my return for GB-DU3T0M0R?');
    assert.match((await t.last(chat, 'assistant')).text, /I don't see a reported return for GB-DU3T0M0R/);
    const reported = await t.call('POST', '/v1/returns', {
      body: { orderId: 'ord_gb_due', items: [{ itemId: 'itm_gb_due_1', quantity: 1 }], reason: 'changed_mind', method: 'drop_off' },
      token,
      headers: { 'idempotency-key': 'return-key-0001' },
    });
    assert.equal(reported.status, 201, JSON.stringify(reported.body));
    await t.say(chat, 'What is the status of my return for GB-DU3T0M0R?');
    const status = await t.last(chat, 'assistant');
    assert.match(status.text, new RegExp(`Your return ${reported.body.reference} is reported`));
    assert.equal(status.cards[0].kind, 'return_status');
    assert.equal(status.cards[0].return.id, reported.body.id);
  });
});

describe('extending a due date through the chat', () => {
  async function offer(t: ReturnType<typeof chatSetup>, chat: { id: string; token: string }) {
    await t.say(chat, 'Can I extend my due date?');
    const message = await t.last(chat, 'assistant');
    const action = message.actions.find((a: { kind: string }) => a.kind === 'confirm_extend_due_date');
    return { message, action };
  }
  const plan = async (t: ReturnType<typeof chatSetup>, token: string) => (await t.call('GET', '/v1/orders/ord_se_outdoor/payment-plan', { token })).body;

  it('changes nothing until the shopper confirms, then moves the date once', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, orderId: 'ord_se_outdoor' });
    const { message, action } = await offer(t, chat);
    assert.ok(action, JSON.stringify(message));
    assert.match(message.text, /due on 23 November 2026\. I can move this date once/);
    assert.deepEqual(
      action.choices.map((c: { id: string }) => c.id),
      ['extend_7', 'extend_14', 'extend_30', 'keep'],
    );
    assert.equal(action.choices[1].label, '+14 days (7 December 2026)');
    assert.equal((await plan(t, token)).instalments[1].dueDate, '2026-11-23', 'offering changes nothing');

    const confirm = await t.say(chat, action.choices[1].label, { id: 'confirm-extend-01', action: { id: action.id, choice: 'extend_14' } });
    assert.equal(confirm.status, 201);
    const done = await t.last(chat, 'assistant');
    assert.match(done.text, /now due on 7 December 2026/);
    assert.equal(done.cards[0].kind, 'payment_plan');
    const after = await plan(t, token);
    assert.equal(after.instalments[1].dueDate, '2026-12-07');
    assert.equal(after.instalments[1].originalDueDate, '2026-11-23');

    // A resend of the confirmation (same message id) changes nothing more.
    const resent = await t.say(chat, action.choices[1].label, { id: 'confirm-extend-01', action: { id: action.id, choice: 'extend_14' } });
    assert.equal(resent.status, 200);
    assertError(await t.say(chat, 'again', { action: { id: action.id, choice: 'extend_30' } }), 409, 'conflict');
    assert.equal((await plan(t, token)).instalments[1].dueDate, '2026-12-07');

    const { message: second, action: none } = await offer(t, chat);
    assert.equal(none, undefined);
    assert.match(second.text, /already moved once/);
  });

  it('keeps the date when the shopper says so', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, orderId: 'ord_se_outdoor' });
    const { action } = await offer(t, chat);
    await t.say(chat, 'Keep the date', { action: { id: action.id, choice: 'keep' } });
    assert.match((await t.last(chat, 'assistant')).text, /the date stays 23 November 2026/);
    assert.equal((await plan(t, token)).instalments[1].originalDueDate, null);
  });

  it('refuses an instalment that was already extended outside the chat', async () => {
    const t = chatSetup();
    const token = await t.login('mason');
    const chat = await t.startChat({ token, market: 'US', locale: 'en-US', orderId: 'ord_us_extended' });
    const { message, action } = await offer(t, chat);
    assert.equal(action, undefined);
    assert.match(message.text, /already moved once/);
    assert.equal(message.actions[0].kind, 'request_agent');
  });
});

describe('a pluggable assistant', () => {
  it('answers through the Assistant interface and never acts without the shopper', async () => {
    const seen: string[] = [];
    const assistant: Assistant = {
      reply(context) {
        seen.push(context.input.kind === 'message' ? context.input.text : context.input.choice);
        return Promise.resolve({ text: `echo ${context.history.length}`, helped: true });
      },
    };
    const t = chatSetup({ assistant });
    const chat = await t.startChat();
    await t.say(chat, 'card 4111 1111 1111 1111 please');
    assert.deepEqual(seen, ['card •••• 1111 please']);
    assert.equal((await t.last(chat, 'assistant')).text, 'echo 2');
  });

  it('hands over when the assistant fails', async () => {
    const t = chatSetup({
      assistant: {
        reply: () => Promise.reject(new Error('provider down')),
      },
    });
    const original = console.error;
    console.error = () => {};
    try {
      const chat = await t.startChat();
      await t.say(chat, 'hello');
      assert.equal((await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body.status, 'queued');
    } finally {
      console.error = original;
    }
  });
});
