import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { MailReceipt, OfflineMessageResponse } from '@assist/contract';
import { ConfigError, readConfig } from '../src/config.js';
import { MAIL_JOB } from '../src/email/outbox.js';
import { MAIL_LANGUAGES, MAIL_STRINGS } from '../src/email/strings.js';
import { offlineCopyMail, returnMail } from '../src/email/templates.js';
import { smtpTransport } from '../src/email/transport.js';
import { purge } from '../src/jobs/purge.js';
import type { MailRecord } from '../src/store/types.js';
import { chatSetup, readStream, settle } from './chat-support.js';
import { TEST_ADMIN_TOKEN, WEDNESDAY_MORNING, assertError, key, requester } from './support.js';
import { createApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { ManualScheduler } from '../src/jobs/scheduler.js';
import { openPglite } from '../src/store/sql/database.js';
import { SqlStore } from '../src/store/sql/store.js';

/**
 * Mail through a real SMTP server running in this process (smtp-server): what arrives is parsed
 * (mailparser) and read as a mail client would. The server can be taken "down" (it answers 421 to
 * every sender) to see retries, and mail without an SMTP server lands in the development mailbox.
 */
interface TestSmtp {
  url: string;
  received: ParsedMail[];
  down: boolean;
  close(): Promise<void>;
}

async function startSmtp(): Promise<TestSmtp> {
  const state: TestSmtp = { url: '', received: [], down: false, close: () => Promise.resolve() };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (!state.down) return callback();
      callback(Object.assign(new Error('Service not available, try again later'), { responseCode: 421 }));
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            state.received.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

const socks = { orderId: 'ord_se_outdoor', items: [{ itemId: 'itm_se_outdoor_2', quantity: 1 }], reason: 'wrong_size', method: 'drop_off' } as const;
const chargedTwice = { orderId: 'ord_de_twice', type: 'charged_twice', description: 'I was charged twice for the headphones: two charges of 129.99 on my card.' } as const;
const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;

describe('mail through SMTP', () => {
  let smtp: TestSmtp;
  let transport: ReturnType<typeof smtpTransport>;
  before(async () => {
    smtp = await startSmtp();
    transport = smtpTransport(smtp.url, 5000);
  });
  after(async () => {
    transport.close();
    await smtp.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
    smtp.down = false;
  });

  const setup = () => chatSetup({ mail: { transport, from: 'Kundtjänst <no-reply@shop.example>', baseDelayMs: 30_000 } });

  it('confirms a return to the verified shopper, in her language, as text and HTML, once the job runs', async () => {
    const t = setup();
    const token = await t.login('astrid');
    const answer = await t.call('POST', '/v1/returns', { token, body: socks, headers: { 'idempotency-key': key(1) } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.equal(smtp.received.length, 0, 'nothing is sent inside the request');
    await t.deps.jobs.runDue();

    assert.equal(smtp.received.length, 1);
    const mail = smtp.received[0]!;
    assert.equal(addressOf(mail), 'astrid.lindqvist@example.se');
    assert.equal(mail.subject, `Vi har registrerat din retur ${answer.body.reference}`);
    assert.equal(mail.headers.get('content-language'), 'sv-SE');
    assert.match(String(mail.messageId), /^<mail_[a-z0-9]+@shop\.example>$/);
    assert.match(mail.text ?? '', /^Hej Astrid!/);
    assert.match(mail.text ?? '', new RegExp(`Referens: ${answer.body.reference}`));
    assert.match(mail.text ?? '', /Belopp: \d[\d\s\u00a0]*,\d{2}\u00a0kr/, 'the amount is written the Swedish way, by Intl');
    assert.match(String(mail.html), /<html lang="sv-SE" dir="ltr">/);
    assert.doesNotMatch(String(mail.html), /<img|src=|https?:\/\//, 'no remote images or links to fetch');

    const [stored] = (await t.call('GET', '/__admin/mail')).body.mails as MailRecord[];
    assert.equal(stored!.state, 'sent');
    assert.equal(stored!.via, 'smtp');
    assert.equal(stored!.attempts, 1);

    await t.deps.jobs.runDue();
    assert.equal(smtp.received.length, 1, 'a job run again sends nothing again');
    const replay = await t.call('POST', '/v1/returns', { token, body: socks, headers: { 'idempotency-key': key(1) } });
    assert.equal(replay.body.reference, answer.body.reference);
    await t.deps.jobs.runDue();
    assert.equal(smtp.received.length, 1, 'a retried request makes no second mail');
  });

  it('keeps a mail while the SMTP server is down, retries with backoff, and delivers it once when it is back', async () => {
    const t = setup();
    const token = await t.login('jonas');
    smtp.down = true;
    const answer = await t.call('POST', '/v1/problems', { token, body: chargedTwice, headers: { 'idempotency-key': key(2) } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    await t.deps.jobs.runDue();
    let [mail] = (await t.call('GET', '/__admin/mail')).body.mails as MailRecord[];
    assert.equal(mail!.state, 'pending');
    assert.equal(mail!.attempts, 1);
    assert.match(mail!.lastError ?? '', /421|not available/);
    assert.equal(Date.parse(mail!.nextAttemptAt!) - t.clock.now().getTime(), 30_000, 'the first retry waits 30 s');

    t.clock.advance(30_000);
    await t.deps.jobs.runDue();
    [mail] = (await t.call('GET', '/__admin/mail')).body.mails as MailRecord[];
    assert.equal(mail!.attempts, 2);
    assert.equal(Date.parse(mail!.nextAttemptAt!) - t.clock.now().getTime(), 60_000, 'then twice as long');
    assert.equal(smtp.received.length, 0);

    smtp.down = false;
    t.clock.advance(30_000);
    await t.deps.jobs.runDue();
    assert.equal(smtp.received.length, 0, 'not before its time');
    t.clock.advance(30_000);
    await t.deps.jobs.runDue();
    assert.equal(smtp.received.length, 1, 'delivered once the server is back');
    assert.equal(smtp.received[0]!.subject, `Wir kümmern uns um Ihr Anliegen ${answer.body.reference}`);
    assert.match(smtp.received[0]!.text ?? '', /bis \d{1,2}\. \w+ 2026 zu antworten/, 'the deadline as a German date');

    t.clock.advance(3_600_000);
    await t.deps.jobs.runDue();
    assert.equal(smtp.received.length, 1, 'no duplicate after the retries');
    [mail] = (await t.call('GET', '/__admin/mail')).body.mails as MailRecord[];
    assert.equal(mail!.state, 'sent');
    assert.equal(mail!.attempts, 3);
    assert.equal((await t.deps.jobs.planned(`mail:${mail!.id}`)).length, 0, 'no attempt left planned');
  });

  it('gives up after the last attempt, keeps the mail as failed, and QA can send it again', async () => {
    const t = chatSetup({ mail: { transport, maxAttempts: 2, baseDelayMs: 1000 } });
    const token = await t.login('astrid');
    smtp.down = true;
    await t.call('POST', '/v1/returns', { token, body: socks, headers: { 'idempotency-key': key(3) } });
    await t.deps.jobs.runDue();
    t.clock.advance(1000);
    await t.deps.jobs.runDue();
    let [mail] = (await t.call('GET', '/__admin/mail')).body.mails as MailRecord[];
    assert.equal(mail!.state, 'failed');
    assert.equal(mail!.nextAttemptAt, null);
    smtp.down = false;
    const retried = await t.call('POST', `/__admin/mail/${mail!.id}/retry`, { body: {} });
    assert.equal(retried.status, 200, JSON.stringify(retried.body));
    await t.deps.jobs.runDue();
    [mail] = (await t.call('GET', '/__admin/mail')).body.mails as MailRecord[];
    assert.equal(mail!.state, 'sent');
    assert.equal(smtp.received.length, 1);
    assertError(await t.call('POST', `/__admin/mail/${mail!.id}/retry`, { body: {} }), 404, 'not_found');
    assertError(await t.call('POST', '/__admin/mail/not-a-mail/retry', { body: {} }), 400, 'validation_failed');
  });

  it('mails the chat on request, the same mail for the same chat, and a copy when the chat ends', async () => {
    const t = setup();
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, locale: 'sv-SE' });
    await t.say(chat, 'Mitt kort 4111 1111 1111 1111 fungerar inte');
    const first = await t.call('POST', `/v1/chat/sessions/${chat.id}/transcript/email`, { token: chat.token, body: {} });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const receipt = MailReceipt.parse(first.body);
    assert.equal(receipt.to, 'a••••@example.se');
    const again = await t.call('POST', `/v1/chat/sessions/${chat.id}/transcript/email`, { token: chat.token, body: {} });
    assert.equal(again.body.mailId, receipt.mailId, 'nothing new in the chat: the same mail');
    await t.deps.jobs.runDue();
    const copies = smtp.received.filter((m) => m.subject?.startsWith('Din chatt med kundtjänst'));
    assert.equal(copies.length, 1);
    assert.match(copies[0]!.text ?? '', /Du \(/);
    assert.doesNotMatch(copies[0]!.text ?? '', /4111 1111 1111 1111/, 'card numbers are redacted');
    assert.doesNotMatch(String(copies[0]!.html), /4111 1111 1111 1111/);

    await t.call('POST', `/v1/chat/sessions/${chat.id}/csat`, { token: chat.token, body: { rating: 5 } });
    await t.deps.jobs.runDue();
    assert.equal(smtp.received.filter((m) => m.subject?.startsWith('Din chatt med kundtjänst')).length, 2, 'the end of the chat sends the final copy');
  });

  it('refuses a copy of an anonymous chat: there is no verified address to send it to', async () => {
    const t = setup();
    const chat = await t.startChat();
    assertError(await t.call('POST', `/v1/chat/sessions/${chat.id}/transcript/email`, { token: chat.token, body: {} }), 403, 'forbidden');
    assertError(await t.call('POST', `/v1/chat/sessions/${chat.id}/transcript/email`, { token: chat.token, body: { to: 'someone@example.com' } }), 400, 'validation_failed');
    assertError(await t.call('POST', `/v1/chat/sessions/${chat.id}/transcript/email`, { body: {} }), 401, 'unauthorized');
  });
});

describe('mail on the PostgreSQL store (PGlite)', () => {
  it('is committed with the return that causes it, none for a refused request, and sent once by the job', async () => {
    const clock = new ManualClock(WEDNESDAY_MORNING);
    const store = await SqlStore.open(await openPglite(null), clock, 'default');
    try {
      const { app, deps } = createApp({ clock, store, scheduler: new ManualScheduler(clock), tokenSecret: 'test-token-secret', demo: true, admin: { token: TEST_ADMIN_TOKEN } });
      const { call, login } = requester(app);
      const token = await login('astrid');
      const ok = await call('POST', '/v1/returns', { token, body: socks, headers: { 'idempotency-key': key(20) } });
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      // The same item again: nothing left to return, the request is refused, and no mail is made.
      assertError(await call('POST', '/v1/returns', { token, body: socks, headers: { 'idempotency-key': key(21) } }), 400, 'validation_failed');
      let mails = (await call('GET', '/__admin/mail')).body.mails as MailRecord[];
      assert.equal(mails.length, 1);
      assert.equal(mails[0]!.state, 'pending');
      await deps.jobs.runDue();
      await deps.jobs.runDue();
      mails = (await call('GET', '/__admin/mail')).body.mails as MailRecord[];
      assert.equal(mails[0]!.state, 'sent');
      assert.equal(mails[0]!.attempts, 1, 'sent once');
    } finally {
      await store.close();
    }
  });
});

describe('the development mailbox (no ASSIST_SMTP_URL)', () => {
  it('keeps the mail in the store, listed for QA with its text and HTML', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    const booked = await t.call('POST', '/v1/callbacks', {
      token,
      body: { phone: '+46 70 174 06 05', market: 'SE', topic: 'payments', window: { start: '2026-11-18T13:00:00.000Z', end: '2026-11-18T13:30:00.000Z' }, locale: 'sv-SE' },
      headers: { 'idempotency-key': key(4) },
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    let list = (await t.call('GET', '/__admin/mail')).body;
    assert.equal(list.via, 'mailbox');
    assert.equal(list.mails[0].state, 'pending', 'queued with the callback');
    await t.deps.jobs.runDue();
    list = (await t.call('GET', '/__admin/mail')).body;
    assert.equal(list.mails.length, 1);
    assert.equal(list.mails[0].state, 'sent');
    assert.equal(list.mails[0].via, 'mailbox');
    assert.equal(list.mails[0].kind, 'callback_confirmation');
    assert.equal(list.mails[0].text, undefined, 'the list leaves the bodies out');
    const one = await t.call('GET', `/__admin/mail/${list.mails[0].id}`);
    assert.equal(one.body.subject, `Din återuppringning är bokad (${booked.body.reference})`);
    assert.match(one.body.text, /Vi ringer dig onsdag 18 november kl\. 14:00–14:30 CET\./);
    assert.match(one.body.html, /<dt>Referens<\/dt><dd>CB-[A-Z0-9]{6}<\/dd>/);
    assertError(await t.call('GET', '/__admin/mail/mail_nosuchmail'), 404, 'not_found');
    assertError(await t.call('GET', '/__admin/mail', { headers: { 'assist-admin-token': 'wrong-token-wrong-token-wrong' } }), 401, 'unauthorized');
  });

  it('takes an offline message while the chat is closed: to the support inbox, with a copy to the shopper', async () => {
    // Sunday night in Stockholm: agents are offline.
    const t = chatSetup({ at: '2026-11-22T01:00:00.000Z', mail: { supportInbox: 'help@shop.example' } });
    const body = { name: 'Eve <script>alert(1)</script>', email: 'Eve@Example.com', message: 'Card 4111 1111 1111 1111\n<b>help</b>', market: 'SE', locale: 'sv-SE' };
    assertError(await t.call('POST', '/v1/offline-messages', { body }), 400, 'validation_failed');
    const answer = await t.call('POST', '/v1/offline-messages', { body, headers: { 'idempotency-key': key(5) } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const sent = OfflineMessageResponse.parse(answer.body);
    assert.equal(sent.copyTo, 'e••••@example.com');
    // Support answers within an hour of opening: Monday 08:00 in Stockholm, plus one hour.
    assert.equal(sent.answerBy, '2026-11-23T08:00:00.000Z');
    const replay = await t.call('POST', '/v1/offline-messages', { body, headers: { 'idempotency-key': key(5) } });
    assert.equal(replay.body.reference, sent.reference);
    await t.deps.jobs.runDue();
    const mails = (await t.call('GET', '/__admin/mail')).body.mails as MailRecord[];
    assert.equal(mails.length, 2, 'one mail each, also for the retried request');
    const toSupport = (await t.call('GET', `/__admin/mail/${mails.find((m) => m.kind === 'offline_message')!.id}`)).body as MailRecord;
    const copy = (await t.call('GET', `/__admin/mail/${mails.find((m) => m.kind === 'offline_copy')!.id}`)).body as MailRecord;
    assert.equal(toSupport.to, 'help@shop.example');
    assert.equal(copy.to, 'eve@example.com');
    assert.equal(copy.subject, 'Vi har tagit emot ditt meddelande');
    assert.match(toSupport.text, /Language: Swedish \(Sweden\)/);
    for (const mail of [toSupport, copy]) {
      assert.doesNotMatch(mail.html, /<script>|<b>help/, 'what the shopper wrote is escaped');
      assert.match(mail.html, /&lt;b&gt;help&lt;\/b&gt;/);
      assert.doesNotMatch(mail.text + mail.html, /4111 1111 1111 1111/, 'card numbers are redacted');
    }
  });

  it('names the order an offline message is about for support, and refuses a reference that is none', async () => {
    const t = chatSetup({ at: '2026-11-22T01:00:00.000Z' });
    const body = { name: 'Astrid', email: 'astrid.lindqvist@example.se', message: 'Where is my refund?', market: 'SE', orderReference: 'se-4k7m2qxp' };
    const wrong = await t.call('POST', '/v1/offline-messages', { body: { ...body, orderReference: '#1' }, headers: { 'idempotency-key': key(8) } });
    assertError(wrong, 400, 'validation_failed');
    assert.match(JSON.stringify(wrong.body), /orderReference/);
    const answer = await t.call('POST', '/v1/offline-messages', { body, headers: { 'idempotency-key': key(9) } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    await t.deps.jobs.runDue();
    const mails = (await t.call('GET', '/__admin/mail')).body.mails as MailRecord[];
    const toSupport = (await t.call('GET', `/__admin/mail/${mails.find((m) => m.kind === 'offline_message')!.id}`)).body as MailRecord;
    assert.match(toSupport.text, /Order: SE-4K7M2QXP/);
  });

  it('refuses an offline message while agents are online', async () => {
    const t = chatSetup();
    const answer = await t.call('POST', '/v1/offline-messages', {
      body: { name: 'Eve', email: 'eve@example.com', message: 'Hello there', market: 'SE' },
      headers: { 'idempotency-key': key(6) },
    });
    assertError(answer, 409, 'conflict');
    assert.equal((await t.call('GET', '/__admin/mail')).body.mails.length, 0);
  });

  it('purges sent mail after its retention, and never one still waiting to be sent', async () => {
    const t = chatSetup();
    const token = await t.login('astrid');
    await t.call('POST', '/v1/returns', { token, body: socks, headers: { 'idempotency-key': key(7) } });
    await t.deps.jobs.runDue();
    t.clock.advance(6 * 24 * 3_600_000);
    assert.equal((await purge(t.deps)).mails, 0, 'kept for a week');
    t.clock.advance(24 * 3_600_000);
    assert.equal((await purge(t.deps)).mails, 1);
    assert.equal((await t.call('GET', '/__admin/mail')).body.mails.length, 0);
    assert.ok(t.deps.jobs.kinds.includes(MAIL_JOB));
  });
});

describe('"an agent answered" once the shopper has left the chat', () => {
  async function openStream(t: ReturnType<typeof chatSetup>, chat: { id: string; token: string }) {
    const controller = new AbortController();
    const response = await t.app.request(`/v1/chat/sessions/${chat.id}/events`, { headers: { authorization: `Bearer ${chat.token}` }, signal: controller.signal });
    assert.equal(response.status, 200);
    const stream = readStream(response.body!);
    await settle();
    return {
      close: async () => {
        controller.abort();
        await stream.cancel();
        await settle();
      },
    };
  }

  it('mails when no event stream has been open for 5 minutes and an agent writes; once per absence', async () => {
    const t = chatSetup({ simulatedAgent: { replyDelayMs: 3_600_000 } });
    const token = await t.login('astrid');
    const chat = await t.startChat({ token, locale: 'sv-SE' });
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    await t.agent('POST', `/v1/agent/sessions/${chat.id}/claim`, { agentName: 'Kim' });
    const answered = async () => ((await t.call('GET', '/__admin/mail')).body.mails as MailRecord[]).filter((m) => m.kind === 'agent_answered');
    let n = 0;
    const reply = () =>
      t.agent('POST', `/v1/agent/sessions/${chat.id}/messages`, { id: `agent-msg-${String(++n).padStart(4, '0')}`, text: 'Hej Astrid, jag har flyttat betalningen.' });

    const stream = await openStream(t, chat);
    t.clock.advance(10 * 60_000);
    await reply();
    assert.equal((await answered()).length, 0, 'the shopper is watching the chat');

    await stream.close();
    t.clock.advance(4 * 60_000);
    await reply();
    assert.equal((await answered()).length, 0, 'gone for less than 5 minutes');

    t.clock.advance(60_000);
    await reply();
    await reply();
    const mails = await answered();
    assert.equal(mails.length, 1, 'one mail for this absence, however many messages');
    assert.equal(mails[0]!.to, 'astrid.lindqvist@example.se');
    assert.equal(mails[0]!.subject, 'Du har fått svar från kundtjänst');
    const full = (await t.call('GET', `/__admin/mail/${mails[0]!.id}`)).body as MailRecord;
    assert.match(full.text, /Kim svarade i din chatt efter att du hade lämnat den\./);
    assert.match(full.text, /Hej Astrid, jag har flyttat betalningen\./);

    const back = await openStream(t, chat);
    await back.close();
    t.clock.advance(5 * 60_000);
    await reply();
    assert.equal((await answered()).length, 2, 'a new absence, a new mail');
  });

  it('never mails about an anonymous chat', async () => {
    const t = chatSetup({ simulatedAgent: { replyDelayMs: 3_600_000 } });
    const chat = await t.startChat();
    await t.call('POST', `/v1/chat/sessions/${chat.id}/escalate`, { body: {}, token: chat.token });
    const stream = await openStream(t, chat);
    await stream.close();
    t.clock.advance(10 * 60_000);
    const answer = await t.agent('POST', `/v1/agent/sessions/${chat.id}/messages`, { id: 'agent-msg-0001', text: 'Hello again' });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.equal((await t.call('GET', '/__admin/mail')).body.mails.length, 0);
  });
});

describe('mail templates', () => {
  it('exist in all 15 languages, each written for its language', () => {
    assert.equal(MAIL_LANGUAGES.length, 15);
    for (const language of MAIL_LANGUAGES) {
      const s = MAIL_STRINGS[language];
      for (const [name, value] of Object.entries(s)) {
        const text = typeof value === 'function' ? (value as (...a: string[]) => string)('X1', 'X2') : value;
        assert.ok(typeof text === 'string' && text.trim().length > 0, `${language}.${name}`);
      }
      if (language !== 'en') assert.notEqual(s.returnIntro, MAIL_STRINGS.en.returnIntro, `${language} has its own text`);
    }
  });

  it('write right-to-left languages right to left, and amounts and dates with Intl', () => {
    const input = {
      timeZone: 'Europe/Stockholm',
      name: 'Dana',
      reference: 'R-ABC234',
      orderReference: 'SE-4K7M2QXP',
      amount: { amount: 129_900, currency: 'SEK' },
      items: ['1 × Boots'],
    };
    assert.match(returnMail({ ...input, locale: 'he-IL' }).html, /<html lang="he-IL" dir="rtl">/);
    assert.match(returnMail({ ...input, locale: 'ar' }).html, /<html lang="ar" dir="rtl">/);
    assert.match(returnMail({ ...input, locale: 'de-DE' }).text, /Betrag: 1\.299,00\u00a0SEK/);
    assert.match(returnMail({ ...input, locale: 'en-US' }).text, /Amount: SEK\u00a01,299\.00/);
    assert.match(returnMail({ ...input, locale: 'xx-unknown' }).subject, /^We have registered your return R-ABC234$/, 'an unknown language gets English');
    assert.equal(offlineCopyMail({ locale: 'en', name: 'A & B', reference: 'M-1', message: 'x' }).html.includes('Hi A &amp; B,'), true);
  });
});

describe('mail configuration', () => {
  const base = { ASSIST_DEMO: '1' };
  it('takes an smtp:// or smtps:// URL and refuses anything else with a clear message', () => {
    assert.ok(readConfig({ ...base, ASSIST_SMTP_URL: 'smtps://user:pass@mail.example.com:465' }).notices.some((n) => n.includes('SMTP server at mail.example.com:465')));
    assert.ok(readConfig(base).notices.some((n) => n.includes('development mailbox')));
    for (const url of ['http://mail.example.com', 'not a url', 'smtp://mail.example.com/path']) {
      assert.throws(
        () => readConfig({ ...base, ASSIST_SMTP_URL: url }),
        (error: unknown) => error instanceof ConfigError && error.problems.some((p) => p.startsWith('ASSIST_SMTP_URL ')),
      );
    }
    assert.throws(
      () => readConfig({ ...base, ASSIST_SMTP_URL: 'ftp://user:secret-password@mail.example.com' }),
      (error: unknown) => error instanceof ConfigError && !error.message.includes('secret-password'),
      'the URL (and its password) is not echoed',
    );
    assert.throws(() => readConfig({ ...base, ASSIST_MAIL_FROM: 'nobody' }), /ASSIST_MAIL_FROM must be an email address/);
    const config = readConfig({ ...base, ASSIST_SMTP_URL: 'smtp://mail.example.com', ASSIST_SUPPORT_EMAIL: 'Help <help@shop.example>' });
    assert.equal(config.app.mail.from, 'Customer service <no-reply@mail.example.com>');
    assert.equal(config.app.mail.supportInbox, 'Help <help@shop.example>');
  });
});
