import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Problem } from '@assist/contract';
import { detectIntents } from '../src/chat/intents.js';
import { chatSetup } from './chat-support.js';
import { key } from './support.js';

type Setup = ReturnType<typeof chatSetup>;
type Choice = { id: string; label: string };
const orderChoices = (message: { actions: { choices: Choice[] }[] }) => message.actions[0]!.choices.map((c) => c.id.split(':')[2]);

let reports = 0;
async function report(t: Setup, token: string, orderId: string, type: Problem['type'], description: string): Promise<Problem> {
  const answer = await t.call('POST', '/v1/problems', { token, body: { orderId, type, description }, headers: { 'idempotency-key': key(`problem-${++reports}`) } });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return Problem.parse(answer.body);
}

/** The day the store must answer by, as a shopper in that language and market reads it. */
const day = (iso: string, locale: string, timeZone: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(iso));

describe('the assistant and the problems a shopper reported', () => {
  it('tells the problem apart from a late order, a return and a refund, in every language', () => {
    const cases: [string, string, string | null][] = [
      ["What's happening with the problem I reported?", 'en', 'problem_status'],
      ['any news on my complaint about the broken lamp', 'en', 'problem_status'],
      ['did the store answer about my missing parcel', 'en', 'problem_status'],
      ['did the store reply to the issue i reported about my return', 'en', 'problem_status'],
      ['my order never arrived', 'en', 'order_status'],
      ['where is my parcel', 'en', 'order_status'],
      ['what is the status of my return', 'en', 'return_status'],
      ['where is my refund', 'en', 'refund_status'],
      ['i want to make a formal complaint', 'en', null],
      ['Hat der Händler schon auf meine Reklamation geantwortet?', 'de', 'problem_status'],
      ['har butiken svarat på mitt ärende', 'sv', 'problem_status'],
      ['des nouvelles de ma réclamation ?', 'fr', 'problem_status'],
      ['¿la tienda ha respondido a mi queja?', 'es', 'problem_status'],
      ['novità sulla mia segnalazione?', 'it', 'problem_status'],
      ['is er nieuws over mijn klacht', 'nl', 'problem_status'],
      ['mikä on reklamaationi tilanne', 'fi', 'problem_status'],
      ['er der nyt om min klage', 'da', 'problem_status'],
      ['har butikken svart på klagen min', 'nb', 'problem_status'],
      ['co z moją reklamacją? sklep odpisał?', 'pl', 'problem_status'],
      ['ما حالة الشكوى التي قدمتها', 'ar', 'problem_status'],
      ['jak to vypadá s mou reklamací, obchod odpověděl?', 'cs', 'problem_status'],
      ['há novidades sobre a minha queixa?', 'pt', 'problem_status'],
      ['מה קורה עם הבעיה שדיווחתי?', 'he', 'problem_status'],
    ];
    for (const [text, locale, action] of cases) assert.equal(detectIntents(text, locale).action, action, text);
  });

  it('finds the problem reported on another order than the one the chat started with: status, the store’s deadline and the paused payments', async () => {
    const t = chatSetup();
    const token = await t.login('olivia');
    const problem = await report(t, token, 'ord_gb_latefee', 'faulty_item', 'The lamp flickers and then goes dark after a minute.');
    const chat = await t.startChat({ token, market: 'GB', orderId: 'ord_gb_due' });
    await t.say(chat, "What's happening with the problem I reported?");
    const answer = await t.last(chat, 'assistant');
    assert.match(answer.text, new RegExp(`Your problem report ${problem.reference} on order GB-LATE5F33: waiting for the store’s answer\\.`));
    assert.match(answer.text, new RegExp(`The store has until ${day(problem.storeResponseDeadline, 'en-GB', 'Europe/London')} to answer`));
    assert.ok(problem.pausedAmount.amount > 0);
    assert.match(answer.text, /payments on this order are paused \(£[\d.,]+ still to pay\)/);
    assert.doesNotMatch(answer.text, /awaiting_store/);
    assert.deepEqual(answer.cards, [
      {
        kind: 'problem_status',
        problem: {
          id: problem.id,
          reference: problem.reference,
          orderId: 'ord_gb_latefee',
          type: 'faulty_item',
          status: 'awaiting_store',
          storeResponseDeadline: problem.storeResponseDeadline,
          pausedAmount: problem.pausedAmount,
        },
      },
    ]);
    assert.equal(answer.articles[0].slug, 'problem-investigation-status');
  });

  it('asks which order only among those with an open problem, and answers in German with the deadline', async () => {
    const t = chatSetup();
    const token = await t.login('jonas');
    // ord_de_paynow already has a problem the store solved; two more are reported and open.
    const twice = await report(t, token, 'ord_de_twice', 'charged_twice', 'I was charged twice for the same headphones.');
    await report(t, token, 'ord_de_paid', 'faulty_item', 'Die Laufschuhe haben sich nach einer Woche an der Sohle gelöst.');
    const chat = await t.startChat({ token, locale: 'de-DE', market: 'DE' });
    await t.say(chat, 'Gibt es was Neues zu meiner Reklamation?');
    const question = await t.last(chat, 'assistant');
    assert.equal(question.text, 'Welche Bestellung meinen Sie?');
    assert.deepEqual(orderChoices(question).sort(), ['ord_de_paid', 'ord_de_twice']);
    const choice = question.actions[0].choices.find((c: Choice) => c.id.endsWith(':ord_de_twice'));
    await t.say(chat, choice.label, { action: { id: question.actions[0].id, choice: choice.id } });
    const answer = await t.last(chat, 'assistant');
    assert.match(answer.text, new RegExp(`Ihre Problemmeldung ${twice.reference} zur Bestellung DE-TW1CE7K4: wartet auf die Antwort des Händlers\\.`));
    assert.match(answer.text, new RegExp(`Der Händler hat bis zum ${day(twice.storeResponseDeadline, 'de-DE', 'Europe/Berlin')} Zeit zu antworten`));
    assert.match(answer.text, /^Ihre Problemmeldung .*25\. November 2026/);
    assert.match(answer.text, /Zahlungen für diese Bestellung pausiert/);
  });

  it('answers in Arabic with the status in words and the deadline', async () => {
    const t = chatSetup();
    const token = await t.login('jonas');
    const problem = await report(t, token, 'ord_de_twice', 'charged_twice', 'I was charged twice for the same headphones.');
    const chat = await t.startChat({ token, locale: 'ar', market: 'DE' });
    await t.say(chat, 'هل رد المتجر على شكواي؟');
    const answer = await t.last(chat, 'assistant');
    assert.match(answer.text, new RegExp(`بلاغك عن المشكلة ${problem.reference} للطلب DE-TW1CE7K4: بانتظار رد المتجر\\.`));
    assert.ok(answer.text.includes(`أمام المتجر حتى ${day(problem.storeResponseDeadline, 'ar', 'Europe/Berlin')} للرد`), answer.text);
    assert.doesNotMatch(answer.text.replace(/\b[A-Z]{1,2}-[A-Z0-9]+\b/g, ''), /[A-Za-z]{3,}/, 'nothing in English but the references');
  });

  it('says when the store did not answer in time that we took the case over', async () => {
    const t = chatSetup();
    const token = await t.login('olivia');
    const problem = await report(t, token, 'ord_gb_due', 'item_not_received', 'The watering can never arrived at my door.');
    // The escalation at the deadline is a job: it runs when the time comes.
    await t.scheduler.advance(Date.parse(problem.storeResponseDeadline) - t.clock.now().getTime() + 60_000);
    const chat = await t.startChat({ token: await t.login('olivia'), market: 'GB' });
    await t.say(chat, 'did the store answer about my missing parcel');
    const answer = await t.last(chat, 'assistant');
    assert.match(
      answer.text,
      new RegExp(`${problem.reference} on order GB-DU3T0M0R: taken over by us, as the store did not answer in time\\. We’re investigating the case ourselves`),
    );
    assert.deepEqual(
      answer.articles.map((a: { slug: string }) => a.slug),
      ['store-not-responding'],
    );
  });

  it('with no problem reported, says so once and how to report one; a guest is asked to verify first', async () => {
    const t = chatSetup();
    const token = await t.login('olivia');
    const chat = await t.startChat({ token, market: 'GB' });
    await t.say(chat, 'any news on my complaint about the broken lamp');
    const answer = await t.last(chat, 'assistant');
    assert.equal(answer.text, 'You haven’t reported a problem on any of your orders. If something is wrong with one, open the order and choose “Report a problem”.');
    assert.deepEqual(answer.actions, []);
    assert.equal(answer.articles[0].slug, 'after-reporting-a-problem');

    const guest = await t.startChat({ market: 'GB' });
    await t.say(guest, 'any news on my complaint about the broken lamp');
    const verify = await t.last(guest, 'assistant');
    assert.ok(verify.actions.some((a: { kind: string }) => a.kind === 'request_verification'));
    assert.doesNotMatch(verify.text, /P-[A-Z0-9]+/);
  });

  it('"my order never arrived" is the order’s status, and tells about a problem reported on it', async () => {
    const t = chatSetup();
    const token = await t.login('olivia');
    const chat = await t.startChat({ token, market: 'GB', orderId: 'ord_gb_due' });
    await t.say(chat, 'my order never arrived');
    const before = await t.last(chat, 'assistant');
    assert.equal(before.cards[0].kind, 'order_summary');
    assert.doesNotMatch(before.text, /problem report/);

    const problem = await report(t, token, 'ord_gb_due', 'item_not_received', 'The watering can never arrived at my door.');
    await t.say(chat, 'my order never arrived');
    const after = await t.last(chat, 'assistant');
    assert.equal(after.cards[0].kind, 'order_summary');
    assert.match(
      after.text,
      new RegExp(`Your order GB-DU3T0M0R from The Garden Shed is delivered\\..*Your problem report ${problem.reference} on order GB-DU3T0M0R: waiting for the store’s answer`),
    );
  });
});
