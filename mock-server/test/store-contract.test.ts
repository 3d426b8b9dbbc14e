import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../src/clock.js';
import type { ChatSessionRecord } from '../src/chat/records.js';
import { MemoryStore } from '../src/store/memory.js';
import { openPglite, openPostgres, type SqlDatabase } from '../src/store/sql/database.js';
import { MIGRATIONS, migrate } from '../src/store/sql/migrations.js';
import { SqlStore } from '../src/store/sql/store.js';
import { editable } from '../src/store/records.js';
import type { AttachmentRecord, JobRecord, MailRecord, Store } from '../src/store/types.js';
import { WEDNESDAY_MORNING } from './support.js';

/**
 * One contract, three stores: the memory store (tests, the browser mock), embedded PGlite (the default
 * server) and a PostgreSQL server (DATABASE_URL; CI starts one). Each store starts from the demo seed.
 */
interface Subject {
  name: string;
  sql: boolean;
  open(clock: ManualClock): Promise<Store>;
}

const subjects: Subject[] = [
  { name: 'memory', sql: false, open: (clock) => Promise.resolve(new MemoryStore(clock)) },
  { name: 'PGlite', sql: true, open: async (clock) => SqlStore.open(await openPglite(null), clock, 'default') },
];
const url = process.env.DATABASE_URL;
if (url) {
  subjects.push({
    name: 'PostgreSQL',
    sql: true,
    open: async (clock) => {
      const store = await SqlStore.open(await openPostgres(url), clock, 'default');
      await store.reset('default');
      return store;
    },
  });
} else {
  it('the PostgreSQL store contract needs DATABASE_URL (CI sets it: .ci/run starts PostgreSQL)', { skip: 'DATABASE_URL is not set' }, () => {});
}

const job = (over: Partial<JobRecord>): JobRecord => ({
  id: `job_${Math.random().toString(36).slice(2)}`,
  kind: 'k',
  key: null,
  group: null,
  runAt: 0,
  payload: { n: 1 },
  attempts: 0,
  ...over,
});
const noRetry = () => null;

for (const subject of subjects) {
  describe(`store contract: ${subject.name}`, () => {
    const clock = new ManualClock(WEDNESDAY_MORNING);
    let store: Store;
    before(async () => {
      store = await subject.open(clock);
    });
    after(async () => {
      await store.close();
    });
    const now = () => clock.now().getTime();

    it('seeds customers, orders and plans, and finds them every way the API asks', async () => {
      clock.set(WEDNESDAY_MORNING);
      await store.reset('default');
      const order = await store.orderByReference('SE-4K7M2QXP');
      assert.ok(order);
      assert.deepEqual(await store.order(order.id), order);
      const orders = await store.ordersOf(order.customerId);
      assert.ok(orders.length >= 2);
      assert.deepEqual(
        orders.map((o) => o.createdAt),
        [...orders.map((o) => o.createdAt)].sort().reverse(),
        'newest first',
      );
      assert.equal((await store.customer(order.customerId))?.email, 'astrid.lindqvist@example.se');
      assert.equal((await store.plan(order.id))?.orderId, order.id);
      assert.equal(await store.order('ord_missing'), undefined);
      assert.throws(() => ((order as { reference: string }).reference = 'x'), TypeError, 'records leave the store frozen');
      const changed = editable(order);
      changed.status = 'refunded';
      await store.saveOrder(changed);
      assert.equal((await store.order(order.id))?.status, 'refunded');
    });

    it('keeps returns in the order they were reported and pages through them newest first', async () => {
      await store.reset('default');
      const seeded = (await store.listReturns({ limit: 200 })).items;
      const template = editable(seeded[0]!);
      for (let i = 0; i < 5; i++) await store.saveReturn({ ...template, id: `ret_contract_${i}`, reference: `R-CONTRACT-${i}` });
      const first = await store.listReturns({ limit: 2 });
      assert.deepEqual(
        first.items.map((r) => r.id),
        ['ret_contract_4', 'ret_contract_3'],
      );
      const second = await store.listReturns({ limit: 2, before: first.next });
      assert.deepEqual(
        second.items.map((r) => r.id),
        ['ret_contract_2', 'ret_contract_1'],
      );
      let all: string[] = [];
      let before: string | null = null;
      do {
        const page: { items: { id: string }[]; next: string | null } = await store.listReturns({ limit: 3, before });
        all = [...all, ...page.items.map((r) => r.id)];
        before = page.next;
      } while (before);
      assert.equal(all.length, seeded.length + 5);
      assert.equal(new Set(all).size, all.length, 'no record on two pages');
      const ofOrder = await store.returnsOfOrder(template.orderId);
      assert.deepEqual(
        ofOrder.slice(-5).map((r) => r.id),
        ['ret_contract_0', 'ret_contract_1', 'ret_contract_2', 'ret_contract_3', 'ret_contract_4'],
        'oldest first per order',
      );
      await store.saveReturn({ ...template, id: 'ret_contract_2', reference: 'R-CONTRACT-2', status: 'cancelled' });
      assert.equal((await store.returnCase('ret_contract_2'))?.status, 'cancelled');
      assert.deepEqual((await store.returnsOfOrder(template.orderId)).slice(-5).map((r) => r.id)[2], 'ret_contract_2', 'an update keeps its place');
    });

    it('keeps chats and their messages in sequence, and filters chats by status and market', async () => {
      await store.reset('default');
      const session: ChatSessionRecord = { ...(await seedChat(store, 'chat_contract', clock.now().toISOString())), status: 'queued', level: 'level_1' };
      await store.saveChatSession(session);
      await store.saveChatSession({ ...session, id: 'chat_contract_se', market: 'SE' });
      await store.saveChatSession({ ...session, id: 'chat_contract_done', status: 'ended' });
      const message = (sequence: number, text: string) => ({
        message: {
          id: `msg_${sequence}`,
          sessionId: session.id,
          sequence,
          author: 'shopper' as const,
          text,
          createdAt: session.createdAt,
          redacted: false,
          actions: [],
          articles: [],
          cards: [],
          attachments: [],
        },
        effects: {},
      });
      for (const n of [1, 2, 3]) await store.saveChatMessage(message(n, `text ${n}`));
      await store.saveChatMessage(message(2, 'changed'));
      assert.deepEqual(
        (await store.chatMessages(session.id)).map((m) => [m.message.sequence, m.message.text]),
        [
          [1, 'text 1'],
          [2, 'changed'],
          [3, 'text 3'],
        ],
      );
      assert.deepEqual(
        (await store.chatMessages(session.id, 1)).map((m) => m.message.sequence),
        [2, 3],
      );
      assert.equal((await store.chatMessage(session.id, 'msg_3'))?.message.text, 'text 3');
      assert.deepEqual(
        (await store.chatSessions({ statuses: ['queued'], market: 'GB' })).map((s) => s.id),
        ['chat_contract'],
      );
      assert.deepEqual(
        (await store.chatSessions({ statuses: ['queued'] })).map((s) => s.id),
        ['chat_contract', 'chat_contract_se'],
      );
      assert.equal((await store.chatSessions()).length, 3);
    });

    it('remembers idempotency records for 24 hours, attempts per window, and a claim once until it expires', async () => {
      clock.set(WEDNESDAY_MORNING);
      await store.reset('default');
      await store.saveIdempotency('k1', { fingerprint: 'f', status: 201, body: '{"a":1}', createdAt: now() });
      assert.deepEqual(await store.idempotency('k1'), { fingerprint: 'f', status: 201, body: '{"a":1}', createdAt: now() });
      await store.recordAttempt('verify:x');
      clock.advance(60_000);
      await store.recordAttempt('verify:x');
      assert.equal(await store.recentAttempts('verify:x', 30_000), 1);
      assert.equal(await store.recentAttempts('verify:x', 120_000), 2);
      assert.equal(await store.claimOnce('jti:1', now() + 1000), true);
      assert.equal(await store.claimOnce('jti:1', now() + 1000), false, 'a second claim is refused');
      clock.advance(1000);
      assert.equal(await store.claimOnce('jti:1', now() + 1000), true, 'an expired claim is forgotten');
      clock.advance(24 * 3_600_000);
      assert.equal(await store.idempotency('k1'), undefined, 'gone after 24 h');
      const purged = await store.purge(now(), 3_600_000);
      assert.equal(purged.idempotency, 1);
      assert.equal(purged.attempts, 2);
    });

    it('keeps one mail per event in the outbox, newest first, and purges sent mails after their retention', async () => {
      clock.set(WEDNESDAY_MORNING);
      await store.reset('default');
      const mail = (id: string, eventKey: string): MailRecord => ({
        id,
        eventKey,
        kind: 'return_confirmation',
        to: 'astrid.lindqvist@example.se',
        locale: 'sv-SE',
        subject: 'Vi har tagit emot din retur',
        text: 'Hej',
        html: '<p>Hej</p>',
        createdAt: new Date(now()).toISOString(),
        state: 'pending',
        attempts: 0,
        lastError: null,
        nextAttemptAt: new Date(now()).toISOString(),
        sentAt: null,
        via: null,
      });
      assert.equal(await store.addMail(mail('mail_1', 'return:ret_1')), true);
      assert.equal(await store.addMail(mail('mail_2', 'return:ret_1')), false, 'a second mail for the same event is refused');
      assert.equal(await store.addMail(mail('mail_3', 'problem:prb_1')), true);
      assert.deepEqual(
        (await store.mails(10)).map((m) => m.id),
        ['mail_3', 'mail_1'],
      );
      assert.equal((await store.mailByEvent('return:ret_1'))?.id, 'mail_1');
      const sent = { ...editable((await store.mail('mail_1'))!), state: 'sent' as const, sentAt: new Date(now()).toISOString(), via: 'smtp' as const };
      await store.saveMail(sent);
      assert.deepEqual(await store.mail('mail_1'), sent);
      // Rolled back with the unit that wrote it (the SQL stores; the memory store has no rollback).
      if (subject.sql) {
        await assert.rejects(
          store.atomically('mail:test', async () => {
            await store.addMail(mail('mail_4', 'callback:cb_1'));
            throw new Error('the change fails');
          }),
        );
        assert.equal(await store.mail('mail_4'), undefined, 'a mail written in a failed unit is not kept');
      }
      clock.advance(7 * 24 * 3_600_000);
      const purged = await store.purge(now(), 24 * 3_600_000);
      assert.equal(purged.mails, 1, 'the sent mail is forgotten; the pending one is kept');
      assert.equal(await store.mail('mail_1'), undefined);
      assert.equal((await store.mail('mail_3'))?.state, 'pending');
      assert.equal(await store.addMail(mail('mail_5', 'return:ret_1')), true, 'once purged, the event key is free again');
    });

    it('runs `atomically` one at a time per key, and nested units share it', async () => {
      await store.reset('default');
      const order = (await store.orderByReference('GB-DU3T0M0R'))!;
      const bump = () =>
        store.atomically(`order:${order.id}`, async () => {
          const plan = editable((await store.plan(order.id))!);
          await new Promise((resolve) => setTimeout(resolve, 1));
          plan.instalments[0]!.amount += 1;
          await store.atomically(`other:${order.id}`, () => store.savePlan(plan));
        });
      const startAmount = (await store.plan(order.id))!.instalments[0]!.amount;
      await Promise.all(Array.from({ length: 10 }, bump));
      assert.equal((await store.plan(order.id))!.instalments[0]!.amount, startAmount + 10, 'no update lost');
    });

    if (subject.sql) {
      it('rolls a failed unit back, with its notices and after-commit effects', async () => {
        await store.reset('default');
        const heard: string[] = [];
        const stop = await store.listen('assist_contract', (payload) => heard.push(payload));
        const effects: string[] = [];
        const order = (await store.orderByReference('GB-DU3T0M0R'))!;
        await assert.rejects(
          store.atomically('x', async () => {
            await store.saveOrder({ ...editable(order), status: 'cancelled' });
            await store.notify('assist_contract', 'rolled back');
            store.afterCommit(() => effects.push('rolled back'));
            throw new Error('no');
          }),
        );
        assert.equal((await store.order(order.id))?.status, order.status, 'the change is gone');
        await store.atomically('x', async () => {
          await store.notify('assist_contract', 'committed');
          store.afterCommit(() => effects.push('committed'));
          assert.deepEqual(effects, [], 'not before the commit');
        });
        assert.deepEqual(effects, ['committed']);
        for (let i = 0; i < 100 && heard.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
        assert.deepEqual(heard, ['committed']);
        await stop();
      });
    }

    it('runs due jobs once, earliest first, replaces by key, cancels by group and retries a failure later', async () => {
      clock.set(WEDNESDAY_MORNING);
      await store.reset('new-shopper');
      const t = now();
      await store.addJob(job({ id: 'job_b', runAt: t + 10 }));
      await store.addJob(job({ id: 'job_a', runAt: t + 5 }));
      await store.addJob(job({ id: 'job_keyed1', key: 'only-one', runAt: t + 1 }));
      await store.addJob(job({ id: 'job_keyed2', key: 'only-one', runAt: t + 7 }));
      await store.addJob(job({ id: 'job_grouped', group: 'chat:1', runAt: t + 2 }));
      await store.addJob(job({ id: 'job_other', kind: 'other', runAt: t }));
      assert.deepEqual(
        (await store.jobsOf('chat:1')).map((j) => j.id),
        ['job_grouped'],
      );
      await store.cancelJobs('chat:1');
      assert.equal(await store.nextJobAt(), t);
      const ran: string[] = [];
      const run = (j: JobRecord) => Promise.resolve(void ran.push(j.id));
      assert.equal(await store.runDueJob(t + 6, ['k'], run, noRetry), true);
      assert.equal(await store.runDueJob(t + 6, ['k'], run, noRetry), false, 'the keyed job was moved to +7');
      assert.deepEqual(ran, ['job_a']);
      while (await store.runDueJob(t + 20, ['k'], run, noRetry));
      assert.deepEqual(ran, ['job_a', 'job_keyed2', 'job_b']);
      assert.equal(await store.nextJobAt(), t, 'another kind is left to its own runner');

      await store.addJob(job({ id: 'job_fails', runAt: t }));
      await assert.rejects(
        store.runDueJob(
          t,
          ['k'],
          () => Promise.reject(new Error('down')),
          () => 1000,
        ),
      );
      assert.equal(await store.runDueJob(t + 999, ['k'], run, noRetry), false, 'not before its retry');
      let attempts = -1;
      assert.equal(await store.runDueJob(t + 1000, ['k'], (j) => Promise.resolve(void (attempts = j.attempts)), noRetry), true);
      assert.equal(attempts, 1);
    });

    it('leaves a job being run to its runner, even for a caller whose clock is days ahead', async () => {
      clock.set(WEDNESDAY_MORNING);
      await store.reset('new-shopper');
      const t = now();
      await store.addJob(job({ id: 'job_running', runAt: t }));
      let inside: boolean | undefined;
      const ran = await store.runDueJob(
        t,
        ['k'],
        async () => {
          inside = await store.runDueJob(t + 10 * 86_400_000, ['k'], () => Promise.resolve(), noRetry);
        },
        noRetry,
      );
      assert.equal(ran, true);
      assert.equal(inside, false, 'a job under way is not taken again');
      assert.equal(await store.nextJobAt(), null, 'done: removed');
    });

    it('keeps webhook settings and deliveries, newest first', async () => {
      await store.reset('default');
      await store.saveWebhookSettings({ url: 'https://merchant.example/hooks', secret: null });
      assert.deepEqual(await store.webhookSettings(), { url: 'https://merchant.example/hooks', secret: null });
      for (const id of ['evt_1', 'evt_2']) {
        await store.saveDelivery({
          eventId: id,
          type: 'return.reported',
          url: 'https://merchant.example/hooks',
          createdAt: clock.now().toISOString(),
          state: 'pending',
          attempts: [],
          nextAttemptAt: null,
          body: `{"id":"${id}"}`,
        });
      }
      const first = (await store.delivery('evt_1'))!;
      await store.saveDelivery({ ...first, state: 'delivered', attempts: [{ attempt: 1, at: first.createdAt, status: 204, error: null }] });
      assert.deepEqual(
        (await store.deliveries(10)).map((d) => [d.eventId, d.state]),
        [
          ['evt_2', 'pending'],
          ['evt_1', 'delivered'],
        ],
      );
    });

    it('reads the KPI events of the chats started in a range, and later starts of the same shoppers', async () => {
      await store.reset('default');
      const kpi = (sessionId: string, type: 'session_started' | 'resolved', at: string, customerId: string | null = 'cus_astrid') =>
        store.addChatKpi({ type, sessionId, market: 'SE', customerId, at });
      await kpi('c_before', 'session_started', '2026-11-01T10:00:00.000Z');
      await kpi('c_in', 'session_started', '2026-11-10T10:00:00.000Z');
      await kpi('c_before', 'resolved', '2026-11-10T11:00:00.000Z');
      await kpi('c_in', 'resolved', '2026-11-21T10:00:00.000Z');
      await kpi('c_repeat', 'session_started', '2026-11-22T10:00:00.000Z');
      await kpi('c_late', 'session_started', '2026-12-10T10:00:00.000Z');
      const events = await store.chatKpis({ from: '2026-11-05T00:00:00.000Z', to: '2026-11-20T00:00:00.000Z', repeatWindowMs: 7 * 86_400_000 });
      assert.deepEqual(
        events.map((e) => `${e.sessionId}:${e.type}`),
        ['c_in:session_started', 'c_in:resolved', 'c_repeat:session_started'],
      );
      assert.equal((await store.chatKpis()).length, 6);
    });

    it('forgets anonymous chats a day after they ended, and keeps shoppers’ chats', async () => {
      clock.set(WEDNESDAY_MORNING);
      await store.reset('default');
      const base = (await store.chatSessions()).length;
      const created = clock.now().toISOString();
      const anonymous = { ...(await seedChat(store, 'chat_anon', created)), customerId: null };
      await store.saveChatSession(anonymous);
      await store.saveChatSession({ ...anonymous, id: 'chat_astrid', customerId: 'cus_astrid' });
      clock.advance(25 * 3_600_000);
      const purged = await store.purge(now(), 24 * 3_600_000);
      assert.equal(purged.chats, 1);
      assert.deepEqual(
        (await store.chatSessions()).slice(base).map((s) => s.id),
        ['chat_astrid'],
      );
    });

    it('keeps attachments with their bytes, marks each used once, and purges unused ones after a day and those of forgotten chats', async () => {
      clock.set(WEDNESDAY_MORNING);
      await store.reset('default');
      const attachment = (id: string, over: Partial<AttachmentRecord> = {}): AttachmentRecord => ({
        id,
        owner: 'shopper:cus_astrid',
        usedBy: null,
        fileName: 'kvitto åäö.pdf',
        size: 4,
        contentType: 'application/pdf',
        width: null,
        height: null,
        createdAt: clock.now().toISOString(),
        ...over,
      });
      const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
      await store.putAttachment(attachment('att_unused'), bytes);
      await store.putAttachment(attachment('att_used', { contentType: 'image/png', width: 2, height: 1 }), Uint8Array.from([1, 2, 3]));
      await store.putAttachment(attachment('att_chat', { owner: 'chat:chat_gone' }), Uint8Array.from([9]));
      bytes[0] = 0; // the store keeps its own copy
      assert.deepEqual(await store.attachment('att_used'), attachment('att_used', { contentType: 'image/png', width: 2, height: 1 }));
      const content = await store.attachmentContent('att_unused');
      assert.ok(content instanceof Uint8Array && !Buffer.isBuffer(content), 'a plain Uint8Array');
      assert.deepEqual(content, Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
      assert.equal(await store.attachment('att_missing'), undefined);
      assert.equal(await store.attachmentContent('att_missing'), undefined);

      assert.equal(await store.markAttachmentUsed('att_used', 'problem:prb_1'), true);
      assert.equal(await store.markAttachmentUsed('att_used', 'return:ret_1'), false, 'used once');
      assert.equal(await store.markAttachmentUsed('att_missing', 'problem:prb_1'), false);
      assert.equal((await store.attachment('att_used'))?.usedBy, 'problem:prb_1');
      const anonymous = { ...(await seedChat(store, 'chat_gone', clock.now().toISOString())), customerId: null };
      await store.saveChatSession(anonymous);
      assert.equal(await store.markAttachmentUsed('att_chat', 'chat:chat_gone'), true);

      clock.advance(23 * 3_600_000);
      assert.equal((await store.purge(now(), 48 * 3_600_000)).attachments, 0, 'kept for a day');
      clock.advance(2 * 3_600_000);
      assert.equal((await store.purge(now(), 48 * 3_600_000)).attachments, 1, 'the unused one');
      assert.equal(await store.attachment('att_unused'), undefined);
      assert.equal(await store.attachmentContent('att_unused'), undefined);
      clock.advance(24 * 3_600_000);
      const purged = await store.purge(now(), 48 * 3_600_000);
      assert.deepEqual([purged.chats, purged.attachments], [1, 1], 'the chat and the file sent in it');
      assert.equal(await store.attachment('att_chat'), undefined);
      assert.deepEqual(await store.attachmentContent('att_used'), Uint8Array.from([1, 2, 3]), 'used by a problem: kept');
    });
  });
}

async function seedChat(store: Store, id: string, at: string): Promise<ChatSessionRecord> {
  const record: ChatSessionRecord = {
    id,
    ticketId: `T-${id}`,
    customerId: null,
    orderId: null,
    topic: null,
    locale: 'en-GB',
    market: 'GB',
    status: 'assistant',
    level: 'assistant',
    expectedResolutionBy: at,
    recordingConsent: false,
    createdAt: at,
    lastSequence: 0,
    focusOrderId: null,
    misses: 0,
    handoff: null,
    agent: null,
    pickupAt: null,
    firstShopperMessageAt: null,
    firstResponseAt: null,
    agentFirstResponseAt: null,
    resolvedAt: null,
    endedAt: null,
    csat: null,
  };
  await store.saveChatSession(record);
  return record;
}

describe('migrations', () => {
  it('apply once, and a failing step leaves the database as it was', async () => {
    const db: SqlDatabase = await openPglite(null);
    try {
      const versions = MIGRATIONS.map((m) => m.version);
      assert.deepEqual(versions, [1, 2, 3, 4]);
      assert.deepEqual(await migrate(db), versions);
      assert.deepEqual(await migrate(db), [], 'nothing to do the second time');
      const next = versions.length + 1;
      const broken = [...MIGRATIONS, { version: next, name: 'half a step', sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;' }];
      await assert.rejects(migrate(db, broken), new RegExp(`Migration ${next} \\(half a step\\) failed, nothing was changed`));
      assert.deepEqual(await db.query("SELECT to_regclass('half_done') AS t"), [{ t: null }], 'the table of the failed step is not there');
      assert.deepEqual(
        (await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version),
        versions,
      );
    } finally {
      await db.close();
    }
  });
});
