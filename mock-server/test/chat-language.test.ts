import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REPLY_LANGUAGES } from '../src/chat/format.js';
import { UI_LANGUAGES } from '../src/chat/intent-keywords.js';
import { detectIntents, editDistance } from '../src/chat/intents.js';
import { SWITCH_PHRASES, detectLanguage } from '../src/chat/language.js';
import { phrasesFor } from '../src/chat/phrases.js';
import { chatSetup } from './chat-support.js';

const winner = (text: string, locale: string) => {
  const d = detectIntents(text, locale);
  return d.action ?? d.article ?? d.topic;
};

describe('typos in shoppers’ messages', () => {
  it('counts a swap of two letters as one edit and stops counting past the limit', () => {
    assert.equal(editDistance('retrun', 'return', 2), 1);
    assert.equal(editDistance('refnud', 'refund', 2), 1);
    assert.equal(editDistance('kitten', 'sitting', 3), 3);
    assert.equal(editDistance('payment', 'balance', 1), 2);
  });

  it('forgive one typo in a word of 5 letters or more and two from 9, in the message’s language', () => {
    assert.equal(winner('wheres my refnud', 'en'), 'refund_status');
    assert.equal(winner('how do i retrun this', 'en'), 'returns');
    assert.equal(winner('wo ist meine Rückerstatung', 'de'), 'refund_status');
    assert.equal(winner('Rükerstatung bitte', 'de'), 'refund_status');
    assert.equal(winner('jag vill prata med en handlägare', 'sv'), 'human');
    assert.equal(winner('jag vill prata med en handlägere', 'sv'), 'human');
  });

  it('never in short words, nor in a word that is spelt right and means something else', () => {
    assert.notEqual(winner('my cart is empty', 'en'), 'card');
    assert.equal(winner('I want to go hime', 'en'), null);
    // "argent" (money) is not a typo of "agent"; "Betrag" (amount) is not "Betrug" (fraud).
    assert.equal(winner('où est mon argent', 'fr'), 'refund_status');
    assert.equal(winner('ein Betrag ist auf meiner Karte reserviert', 'de'), 'hold');
    // Shoes that do not fit are a return to make: the intent that answers with how to send them back.
    assert.equal(winner('los zapatos no me quedan bien, como los devuelvo', 'es'), 'wants_to_return');
  });
});

describe('the language a shopper writes in', () => {
  it('is told by the script for Hebrew and Arabic', () => {
    assert.deepEqual(detectLanguage('איפה הכסף שלי', 'en-GB'), { language: 'he', detected: true });
    assert.deepEqual(detectLanguage('وين طلبي', 'sv-SE'), { language: 'ar', detected: true });
  });

  it('is told by common words, keywords and letters for Latin scripts, with or without diacritics', () => {
    for (const [text, language] of [
      ['je veux parler a un conseiller', 'fr'],
      ['donde esta mi dinero', 'es'],
      ['le scarpe non mi stanno, come le restituisco', 'it'],
      ['waar is mijn pakket', 'nl'],
      ['missä mun paketti on', 'fi'],
      ['hvornår får jeg mine penge tilbage', 'da'],
      ['når får jeg pengene mine tilbake', 'nb'],
      ['gdzie jest moja paczka', 'pl'],
      ['kde je můj balík', 'cs'],
      ['onde esta a minha encomenda', 'pt'],
      ['var är mina pengar', 'sv'],
      ['wo ist mein Geld', 'de'],
      ['where is my money', 'en'],
    ] as const) {
      assert.equal(detectLanguage(text, language === 'en' ? 'de-DE' : 'en-GB').language, language, text);
    }
  });

  it('keeps the chat’s language for a short or ambiguous message', () => {
    for (const text of ['ok', 'hi', 'SE-4K7M2QXP', '?', 'cashback']) {
      assert.deepEqual(detectLanguage(text, 'fr-FR'), { language: 'fr', detected: false }, text);
    }
  });
});

describe('replies in every language', () => {
  it('are written for each of the 15 UI languages, none falling back to English text', () => {
    assert.deepEqual([...UI_LANGUAGES].sort(), [...REPLY_LANGUAGES].sort());
    assert.equal(REPLY_LANGUAGES.length, 15);
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'function'
          ? [String((value as (...a: unknown[]) => unknown)('X', 'Y', 'Z'))]
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(strings)
            : [];
    const english = strings(phrasesFor('en'));
    for (const language of REPLY_LANGUAGES.filter((l) => l !== 'en')) {
      const own = strings(phrasesFor(language));
      assert.equal(own.length, english.length, language);
      for (const text of own) assert.ok(!english.includes(text), `${language}: "${text}" is the English text`);
      assert.notEqual(SWITCH_PHRASES[language].offer, SWITCH_PHRASES.en.offer);
    }
  });

  it('count with the plural forms of each language', () => {
    assert.match(phrasesFor('cs').extendChoice(1, 'x'), /\+1 den/);
    assert.match(phrasesFor('cs').extendChoice(3, 'x'), /\+3 dny/);
    assert.match(phrasesFor('cs').extendChoice(14, 'x'), /\+14 dní/);
    assert.match(phrasesFor('pl').extendChoice(1, 'x'), /\+1 dzień/);
    assert.match(phrasesFor('pl').extendChoice(7, 'x'), /\+7 dni/);
    assert.match(phrasesFor('ar').queued(2, 2, 'T'), /دقيقتين/);
    assert.match(phrasesFor('ar').queued(2, 5, 'T'), /5 دقائق/);
    assert.match(phrasesFor('he').extendChoice(1, 'x'), /\+1 יום/);
    assert.match(phrasesFor('he').extendChoice(7, 'x'), /\+7 ימים/);
  });
});

describe('a chat in another language than the page', () => {
  it('answers in the shopper’s language, offers once to go on in it, and switches the replies but not the page when chosen', async () => {
    const t = chatSetup();
    const chat = await t.startChat({ locale: 'en-GB' });
    await t.say(chat, 'je voudrais savoir comment retourner mes chaussures');
    const { messages } = await t.transcript(chat);
    const [answer, offer] = messages.filter((m) => m.author === 'assistant').slice(-2);
    assert.equal(offer.text, SWITCH_PHRASES.fr.offer);
    assert.deepEqual(
      offer.actions[0].choices.map((c: { id: string }) => c.id),
      ['language:fr', 'language:keep:fr'],
    );
    assert.ok(
      answer.actions[0].choices.some((c: { label: string }) => c.label === phrasesFor('fr').helped),
      JSON.stringify(answer.actions),
    );

    // "ok" says too little to tell: it is answered in the language the shopper last wrote in.
    await t.say(chat, 'ok');
    assert.equal((await t.last(chat, 'assistant')).text, phrasesFor('fr').notSure);
    const offers = (await t.transcript(chat)).messages.filter((m) => m.text === SWITCH_PHRASES.fr.offer);
    assert.equal(offers.length, 1, 'the offer is made once');

    await t.say(chat, SWITCH_PHRASES.fr.yes, { action: { id: offer.actions[0].id, choice: 'language:fr' } });
    assert.equal((await t.last(chat, 'assistant')).text, SWITCH_PHRASES.fr.switched);
    await t.say(chat, 'merci');
    assert.equal((await t.last(chat, 'assistant')).text, phrasesFor('fr').welcome);
    const session = (await t.call('GET', `/v1/chat/sessions/${chat.id}`, { token: chat.token })).body;
    assert.equal(session.locale, 'en-GB', 'the page keeps its language');
  });

  it('answers a declined offer in the shopper’s language and keeps the page’s for the chat', async () => {
    const t = chatSetup();
    const chat = await t.startChat({ locale: 'sv-SE' });
    await t.say(chat, 'quiero devolver unos zapatos, como lo hago');
    const offer = (await t.transcript(chat)).messages.find((m) => m.text === SWITCH_PHRASES.es.offer);
    assert.ok(offer);
    await t.say(chat, SWITCH_PHRASES.es.no, { action: { id: offer.actions[0].id, choice: 'language:keep:es' } });
    assert.equal((await t.last(chat, 'assistant')).text, phrasesFor('es').anythingElse);
    await t.say(chat, 'ok');
    assert.equal((await t.transcript(chat)).messages.filter((m) => m.text === SWITCH_PHRASES.es.offer).length, 1, 'no second offer');
    const record = await t.deps.store.chatSession(chat.id);
    assert.equal(record?.replyLocale ?? null, null);
  });

  it('keeps the page’s language for a short message, and makes no offer', async () => {
    const t = chatSetup();
    const chat = await t.startChat({ locale: 'sv-SE' });
    await t.say(chat, 'ok');
    const { messages } = await t.transcript(chat);
    const replies = messages.filter((m) => m.author === 'assistant');
    assert.equal(replies.at(-1).text, phrasesFor('sv').notSure);
    assert.ok(!messages.some((m) => m.text === SWITCH_PHRASES.en.offer));
  });

  it('hands over in the shopper’s language: the queue and the person go on in it', async () => {
    const t = chatSetup();
    const chat = await t.startChat({ locale: 'de-DE', market: 'DE' });
    await t.say(chat, 'quiero hablar con una persona');
    const { messages } = await t.transcript(chat);
    const after = messages.filter((m) => m.author !== 'shopper').map((m) => m.text);
    assert.ok(after.includes(phrasesFor('es').handingOver), JSON.stringify(after));
    assert.ok(
      after.some((text) => text.startsWith('Eres el número')),
      JSON.stringify(after),
    );
  });
});
