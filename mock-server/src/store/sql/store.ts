import { AsyncLocalStorage } from 'node:async_hooks';
import type { Order } from '@assist/contract';
import type { Clock } from '../../clock.js';
import type { CallbackRecord, ChatKpiEvent, ChatMessageRecord, ChatSessionRecord } from '../../chat/records.js';
import { seed, seedNewShopper, type CustomerRecord, type PlanRecord } from '../../fixtures/orders.js';
import { seedReturns } from '../../fixtures/returns.js';
import type { ProblemRecord } from '../../problems/types.js';
import type { ReturnRecord } from '../../returns/types.js';
import { deepFreeze } from '../records.js';
import {
  IDEMPOTENCY_TTL_MS,
  MAIL_TTL_MS,
  UNUSED_ATTACHMENT_TTL_MS,
  type AttachmentRecord,
  type ChatFilter,
  type DataSet,
  type DeliveryRecord,
  type FeedbackRecord,
  type IdempotencyRecord,
  type JobRecord,
  type KpiRange,
  type MailRecord,
  type Page,
  type PurgeResult,
  type Store,
  type WebhookSettings,
} from '../types.js';
import type { SqlClient, SqlDatabase } from './database.js';
import { migrate } from './migrations.js';

/** The transaction a call runs in, its advisory locks, and what waits for its commit. */
interface Unit {
  client: SqlClient;
  locks: Set<string>;
  after: (() => void)[];
}

const DAY_MS = 86_400_000;
/** How long a claimed job is left to its instance before another may take it (real time, the database's). */
const JOB_LEASE_MS = 5 * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The tables of returns and problems (the same columns). */
type CaseTable = 'returns' | 'problems';

/** Rows carry the record in `data`; it leaves the store frozen, like the memory store's. */
type DataRow<T> = { data: T };
/** A row of `jobs` as selected below (run_at as epoch ms). */
interface JobRow {
  id: string;
  kind: string;
  key: string | null;
  grp: string | null;
  at: number;
  attempts: number;
  payload: unknown;
}
const jobOf = (r: JobRow): JobRecord => ({ id: r.id, kind: r.kind, key: r.key, group: r.grp, runAt: Math.round(r.at), attempts: r.attempts, payload: r.payload });

const first = <T>(rows: DataRow<T>[]): T | undefined => (rows[0] ? deepFreeze(rows[0].data) : undefined);
const all = <T>(rows: DataRow<T>[]): T[] => rows.map((r) => deepFreeze(r.data));

/** Tables `reset` empties (everything but the webhook settings and the migrations' bookkeeping). */
const DATA_TABLES =
  'customers, orders, plans, feedback, idempotency, attempts, claims, chat_sessions, chat_messages, chat_kpis, callbacks, returns, problems, jobs, webhook_deliveries, mail_outbox, attachments';

/**
 * The store on PostgreSQL: a server (`DATABASE_URL`) or embedded PGlite, with the same SQL.
 * `atomically` opens a transaction that every store call inside it joins (through AsyncLocalStorage,
 * so the code that calls the store does not pass a connection around).
 */
export class SqlStore implements Store {
  readonly clock: Clock;
  readonly #db: SqlDatabase;
  readonly #unit = new AsyncLocalStorage<Unit>();

  private constructor(db: SqlDatabase, clock: Clock) {
    this.#db = db;
    this.clock = clock;
  }

  /** Brings the schema up to date and, when the database holds no data yet, seeds `seedWith` (null: leave it empty). */
  static async open(db: SqlDatabase, clock: Clock, seedWith: DataSet | null = 'default'): Promise<SqlStore> {
    await migrate(db);
    const store = new SqlStore(db, clock);
    // Under a lock, so instances starting together on an empty database seed it once.
    if (seedWith && (await db.query('SELECT 1 FROM customers LIMIT 1')).length === 0) {
      await store.atomically('store:seed', async () => {
        if ((await store.#q('SELECT 1 FROM customers LIMIT 1')).length === 0) await store.reset(seedWith);
      });
    }
    return store;
  }

  get kind(): string {
    return this.#db.kind;
  }

  /** The connection of the current unit, or the pool. */
  get #sql(): SqlClient {
    return this.#unit.getStore()?.client ?? this.#db;
  }

  async #q<R>(text: string, params: readonly unknown[] = []): Promise<R[]> {
    return this.#sql.query<R>(text, params);
  }

  /** Runs `task` in the current unit, or in a new transaction when there is none; what waits for the commit runs after it. */
  async #transaction<T>(task: () => Promise<T>): Promise<T> {
    if (this.#unit.getStore()) return task();
    let after: (() => void)[] = [];
    const result = await this.#db.transaction((client) => {
      const unit: Unit = { client, locks: new Set(), after: [] };
      after = unit.after;
      return this.#unit.run(unit, task);
    });
    for (const effect of after) effect();
    return result;
  }

  atomically<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.#transaction(async () => {
      const unit = this.#unit.getStore() as Unit;
      if (!unit.locks.has(key)) {
        await unit.client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
        unit.locks.add(key);
      }
      return task();
    });
  }

  afterCommit(effect: () => void): void {
    const unit = this.#unit.getStore();
    if (unit) unit.after.push(effect);
    else effect();
  }

  async notify(channel: string, payload: string, options: { immediate?: boolean } = {}) {
    // Inside a transaction PostgreSQL delivers the notice at COMMIT, and never on ROLLBACK.
    // `immediate` goes out at once on the connection that listens (never the pool's: see notifyNow); PGlite has
    // one connection, held by the transaction, so there it waits for the commit too.
    if (options.immediate && this.#db.kind === 'postgres') await this.#db.notifyNow(channel, payload);
    else await this.#sql.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  listen(channel: string, listener: (payload: string) => void) {
    return this.#db.listen(channel, listener);
  }

  close() {
    return this.#db.close();
  }

  // --- Customers, orders, plans ---
  async customer(id: string) {
    return first(await this.#q<DataRow<CustomerRecord>>('SELECT data FROM customers WHERE id = $1', [id]));
  }
  async orderByReference(reference: string) {
    return first(await this.#q<DataRow<Order>>('SELECT data FROM orders WHERE reference = $1', [reference]));
  }
  async ordersOf(customerId: string) {
    return all(await this.#q<DataRow<Order>>('SELECT data FROM orders WHERE customer_id = $1 ORDER BY created_at DESC', [customerId]));
  }
  async order(id: string) {
    return first(await this.#q<DataRow<Order>>('SELECT data FROM orders WHERE id = $1', [id]));
  }
  async plan(orderId: string) {
    return first(await this.#q<DataRow<PlanRecord>>('SELECT data FROM plans WHERE order_id = $1', [orderId]));
  }
  async savePlan(plan: PlanRecord) {
    await this.#q(
      `INSERT INTO plans (order_id, paused_reason, data) VALUES ($1, $2, $3)
       ON CONFLICT (order_id) DO UPDATE SET paused_reason = EXCLUDED.paused_reason, data = EXCLUDED.data`,
      [plan.orderId, plan.pausedReason, JSON.stringify(plan)],
    );
  }
  async saveOrder(order: Order) {
    await this.#q(
      `INSERT INTO orders (id, reference, customer_id, merchant_id, total_minor, currency, created_at, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (id) DO UPDATE SET total_minor = EXCLUDED.total_minor, data = EXCLUDED.data`,
      [order.id, order.reference, order.customerId, order.merchant.id, order.total.amount, order.total.currency, order.createdAt, JSON.stringify(order)],
    );
  }
  async #saveCustomer(customer: CustomerRecord) {
    await this.#q('INSERT INTO customers (id, email, phone, market, data) VALUES ($1, $2, $3, $4, $5)', [
      customer.id,
      customer.email,
      customer.phone,
      customer.market,
      JSON.stringify(customer),
    ]);
  }

  // --- Feedback ---
  async addFeedback(feedback: FeedbackRecord) {
    await this.#q('INSERT INTO feedback (id, article_id, helpful, received_at, data) VALUES ($1, $2, $3, $4, $5)', [
      feedback.id,
      feedback.articleId,
      feedback.helpful,
      feedback.receivedAt,
      JSON.stringify(feedback),
    ]);
  }
  async feedbackFor(articleId: string) {
    return all(await this.#q<DataRow<FeedbackRecord>>('SELECT data FROM feedback WHERE article_id = $1 ORDER BY received_at', [articleId]));
  }

  // --- Idempotency, attempts, claims ---
  async idempotency(key: string) {
    const [row] = await this.#q<{ fingerprint: string; status: number; body: string; created: number }>(
      `SELECT fingerprint, status, body, (extract(epoch FROM created_at) * 1000)::float8 AS created FROM idempotency WHERE key = $1 AND created_at > $2`,
      [key, iso(this.clock.now().getTime() - IDEMPOTENCY_TTL_MS)],
    );
    return row ? deepFreeze<IdempotencyRecord>({ fingerprint: row.fingerprint, status: row.status, body: row.body, createdAt: Math.round(row.created) }) : undefined;
  }
  async saveIdempotency(key: string, record: IdempotencyRecord) {
    await this.#q(
      `INSERT INTO idempotency (key, fingerprint, status, body, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, status = EXCLUDED.status, body = EXCLUDED.body, created_at = EXCLUDED.created_at`,
      [key, record.fingerprint, record.status, record.body, iso(record.createdAt)],
    );
  }
  async recordAttempt(key: string) {
    await this.#q('INSERT INTO attempts (key, at) VALUES ($1, $2)', [key, this.clock.now().toISOString()]);
  }
  async recentAttempts(key: string, windowMs: number) {
    const [row] = await this.#q<{ n: number }>('SELECT count(*)::int AS n FROM attempts WHERE key = $1 AND at > $2', [key, iso(this.clock.now().getTime() - windowMs)]);
    return row?.n ?? 0;
  }
  async claimOnce(key: string, expiresAt: number) {
    const rows = await this.#q(
      `INSERT INTO claims (key, expires_at) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE claims.expires_at <= $3
       RETURNING key`,
      [key, iso(expiresAt), this.clock.now().toISOString()],
    );
    return rows.length === 1;
  }

  // --- Chat ---
  async chatSession(id: string) {
    return first(await this.#q<DataRow<ChatSessionRecord>>('SELECT data FROM chat_sessions WHERE id = $1', [id]));
  }
  async chatSessions(filter: ChatFilter = {}) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.statuses) where.push(`status = ANY($${params.push([...filter.statuses])})`);
    if (filter.market) where.push(`market = $${params.push(filter.market)}`);
    return all(await this.#q<DataRow<ChatSessionRecord>>(`SELECT data FROM chat_sessions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY pos`, params));
  }
  async saveChatSession(session: ChatSessionRecord) {
    await this.#q(
      `INSERT INTO chat_sessions (id, customer_id, order_id, market, status, created_at, ended_at, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, order_id = EXCLUDED.order_id, status = EXCLUDED.status, ended_at = EXCLUDED.ended_at, data = EXCLUDED.data`,
      [session.id, session.customerId, session.orderId, session.market, session.status, session.createdAt, session.endedAt, JSON.stringify(session)],
    );
  }
  async chatMessages(sessionId: string, afterSequence = 0) {
    return all(await this.#q<DataRow<ChatMessageRecord>>('SELECT data FROM chat_messages WHERE session_id = $1 AND sequence > $2 ORDER BY sequence', [sessionId, afterSequence]));
  }
  async chatMessage(sessionId: string, messageId: string) {
    return first(await this.#q<DataRow<ChatMessageRecord>>('SELECT data FROM chat_messages WHERE session_id = $1 AND id = $2', [sessionId, messageId]));
  }
  async saveChatMessage(record: ChatMessageRecord) {
    const { message } = record;
    await this.#q(
      `INSERT INTO chat_messages (session_id, id, sequence, data) VALUES ($1, $2, $3, $4)
       ON CONFLICT (session_id, id) DO UPDATE SET sequence = EXCLUDED.sequence, data = EXCLUDED.data`,
      [message.sessionId, message.id, message.sequence, JSON.stringify(record)],
    );
  }
  async addChatKpi(event: ChatKpiEvent) {
    await this.#q('INSERT INTO chat_kpis (session_id, type, market, at, data) VALUES ($1, $2, $3, $4, $5)', [
      event.sessionId,
      event.type,
      event.market,
      event.at,
      JSON.stringify(event),
    ]);
  }
  async chatKpis(range?: KpiRange) {
    if (!range) return all(await this.#q<DataRow<ChatKpiEvent>>('SELECT data FROM chat_kpis ORDER BY id'));
    const from = range.from ?? '-infinity';
    const to = range.to ?? 'infinity';
    const repeatEnd = range.to ? iso(Date.parse(range.to) + range.repeatWindowMs) : 'infinity';
    return all(
      await this.#q<DataRow<ChatKpiEvent>>(
        `WITH started AS (SELECT session_id FROM chat_kpis WHERE type = 'session_started' AND at >= $1::timestamptz AND at < $2::timestamptz)
         SELECT data FROM chat_kpis
         WHERE session_id IN (SELECT session_id FROM started) OR (type = 'session_started' AND at >= $1::timestamptz AND at < $3::timestamptz)
         ORDER BY id`,
        [from, to, repeatEnd],
      ),
    );
  }
  async callback(id: string) {
    return first(await this.#q<DataRow<CallbackRecord>>('SELECT data FROM callbacks WHERE id = $1', [id]));
  }
  async saveCallback(callback: CallbackRecord) {
    await this.#q(
      `INSERT INTO callbacks (id, chat_session_id, customer_id, status, created_at, data) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, data = EXCLUDED.data`,
      [callback.id, callback.chatSessionId, callback.customerId, callback.status, callback.createdAt, JSON.stringify(callback)],
    );
  }

  // --- Returns and problems: two tables of the same shape ---
  returnCase(id: string) {
    return this.#case<ReturnRecord>('returns', id);
  }
  returnsOfOrder(orderId: string) {
    return this.#casesOf<ReturnRecord>('returns', orderId);
  }
  listReturns(page: { limit: number; before?: string | null }) {
    return this.#page<ReturnRecord>('returns', page);
  }
  saveReturn(record: ReturnRecord) {
    return this.#saveCase('returns', record);
  }
  problem(id: string) {
    return this.#case<ProblemRecord>('problems', id);
  }
  problemsOfOrder(orderId: string) {
    return this.#casesOf<ProblemRecord>('problems', orderId);
  }
  listProblems(page: { limit: number; before?: string | null }) {
    return this.#page<ProblemRecord>('problems', page);
  }
  saveProblem(record: ProblemRecord) {
    return this.#saveCase('problems', record);
  }
  async #case<T>(table: CaseTable, id: string): Promise<T | undefined> {
    return first(await this.#q<DataRow<T>>(`SELECT data FROM ${table} WHERE id = $1`, [id]));
  }
  /** An order's cases in the order they were reported. */
  async #casesOf<T>(table: CaseTable, orderId: string): Promise<T[]> {
    return all(await this.#q<DataRow<T>>(`SELECT data FROM ${table} WHERE order_id = $1 ORDER BY pos`, [orderId]));
  }
  async #saveCase(table: CaseTable, record: ReturnRecord | ProblemRecord): Promise<void> {
    await this.#q(
      `INSERT INTO ${table} (id, order_id, customer_id, status, created_at, data) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, data = EXCLUDED.data`,
      [record.id, record.orderId, record.customerId, record.status, record.createdAt, JSON.stringify(record)],
    );
  }
  /** Newest first, `limit` at a time, before the record with id `before` (an unknown id: an empty page). */
  async #page<T extends { id: string }>(table: CaseTable, { limit, before }: { limit: number; before?: string | null }): Promise<Page<T>> {
    const rows = await this.#q<DataRow<T>>(
      before ? `SELECT data FROM ${table} WHERE pos < (SELECT pos FROM ${table} WHERE id = $2) ORDER BY pos DESC LIMIT $1` : `SELECT data FROM ${table} ORDER BY pos DESC LIMIT $1`,
      before ? [limit + 1, before] : [limit + 1],
    );
    const items = all(rows.slice(0, limit));
    return { items, next: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
  }

  // --- Jobs ---
  async addJob(job: JobRecord) {
    // A job with the key of a waiting one replaces it, new id included: a job that plans its own next
    // run (same key) while it runs is not removed with the run that planned it.
    await this.#q(
      `INSERT INTO jobs (id, kind, key, grp, run_at, attempts, payload) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (key) DO UPDATE SET id = EXCLUDED.id, kind = EXCLUDED.kind, grp = EXCLUDED.grp, run_at = EXCLUDED.run_at, attempts = EXCLUDED.attempts, payload = EXCLUDED.payload, locked_until = NULL`,
      [job.id, job.kind, job.key, job.group, iso(job.runAt), job.attempts, JSON.stringify(job.payload ?? null)],
    );
  }
  async cancelJobs(group: string) {
    await this.#q('DELETE FROM jobs WHERE grp = $1', [group]);
  }
  async jobsOf(group: string) {
    const rows = await this.#q<JobRow>(
      'SELECT id, kind, key, grp, (extract(epoch FROM run_at) * 1000)::float8 AS at, attempts, payload FROM jobs WHERE grp = $1 ORDER BY run_at, seq',
      [group],
    );
    return rows.map((r) => deepFreeze(jobOf(r)));
  }
  async nextJobAt() {
    const [row] = await this.#q<{ at: number | null }>('SELECT (extract(epoch FROM min(run_at)) * 1000)::float8 AS at FROM jobs');
    return row?.at == null ? null : Math.round(row.at);
  }
  async runDueJob(now: number, kinds: readonly string[], run: (job: JobRecord) => Promise<void>, retryDelayMs: (attempts: number) => number | null) {
    // Claim: one instance takes the job (SKIP LOCKED) and leases it, in a short statement of its own,
    // so a slow handler (a merchant's endpoint) holds no transaction. The lease is in the database's
    // time, not the app clock that says when a job is due (QA moves that clock per instance). An
    // instance that dies mid-run leaves the job to be taken again when the lease ends: handlers check
    // the state they change (under the order's or chat's lock), so running twice changes nothing twice.
    const [row] = await this.#sql.query<JobRow>(
      `UPDATE jobs SET locked_until = now() + make_interval(secs => $3), attempts = attempts + 1
       WHERE id = (SELECT id FROM jobs WHERE run_at <= $1 AND kind = ANY($2) AND (locked_until IS NULL OR locked_until < now())
                   ORDER BY run_at, seq LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, key, grp, (extract(epoch FROM run_at) * 1000)::float8 AS at, attempts, payload`,
      [iso(now), [...kinds], JOB_LEASE_MS / 1000],
    );
    if (!row) return false;
    const job: JobRecord = { ...jobOf(row), runAt: now, attempts: row.attempts - 1 };
    try {
      await run(job);
    } catch (error) {
      const delay = retryDelayMs(row.attempts);
      if (delay === null) await this.#sql.query('DELETE FROM jobs WHERE id = $1', [job.id]).catch(() => undefined);
      else await this.#sql.query('UPDATE jobs SET run_at = $2, locked_until = NULL WHERE id = $1', [job.id, iso(now + delay)]).catch(() => undefined);
      throw error;
    }
    // A handler that planned the same key again gave the row a new id: that plan stays.
    await this.#sql.query('DELETE FROM jobs WHERE id = $1', [job.id]);
    return true;
  }

  // --- Webhooks ---
  async webhookSettings(): Promise<WebhookSettings | undefined> {
    const [row] = await this.#q<WebhookSettings>('SELECT url, secret FROM webhook_settings');
    return row ? deepFreeze({ url: row.url, secret: row.secret }) : undefined;
  }
  async saveWebhookSettings(settings: WebhookSettings) {
    await this.#q('INSERT INTO webhook_settings (id, url, secret) VALUES (true, $1, $2) ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret', [
      settings.url,
      settings.secret,
    ]);
  }
  async delivery(eventId: string) {
    return first(await this.#q<DataRow<DeliveryRecord>>('SELECT data FROM webhook_deliveries WHERE event_id = $1', [eventId]));
  }
  async saveDelivery(delivery: DeliveryRecord) {
    await this.#q(
      `INSERT INTO webhook_deliveries (event_id, type, state, data) VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_id) DO UPDATE SET state = EXCLUDED.state, data = EXCLUDED.data`,
      [delivery.eventId, delivery.type, delivery.state, JSON.stringify(delivery)],
    );
  }
  async deliveries(limit: number) {
    return all(await this.#q<DataRow<DeliveryRecord>>('SELECT data FROM webhook_deliveries ORDER BY pos DESC LIMIT $1', [limit]));
  }

  // --- Mail outbox ---
  async addMail(mail: MailRecord) {
    const rows = await this.#q(
      `INSERT INTO mail_outbox (id, event_key, state, created_at, sent_at, data) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [mail.id, mail.eventKey, mail.state, mail.createdAt, mail.sentAt, JSON.stringify(mail)],
    );
    return rows.length > 0;
  }
  async mail(id: string) {
    return first(await this.#q<DataRow<MailRecord>>('SELECT data FROM mail_outbox WHERE id = $1', [id]));
  }
  async mailByEvent(eventKey: string) {
    return first(await this.#q<DataRow<MailRecord>>('SELECT data FROM mail_outbox WHERE event_key = $1', [eventKey]));
  }
  async saveMail(mail: MailRecord) {
    await this.#q('UPDATE mail_outbox SET state = $2, sent_at = $3, data = $4 WHERE id = $1', [mail.id, mail.state, mail.sentAt, JSON.stringify(mail)]);
  }
  async mails(limit: number) {
    return all(await this.#q<DataRow<MailRecord>>('SELECT data FROM mail_outbox ORDER BY pos DESC LIMIT $1', [limit]));
  }

  // --- Attachments: metadata in `meta`, the bytes in `content` (read only when asked for) ---
  async putAttachment(record: AttachmentRecord, content: Uint8Array) {
    await this.#q('INSERT INTO attachments (id, owner, used_by, meta, content, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      record.id,
      record.owner,
      record.usedBy,
      JSON.stringify(record),
      content,
      record.createdAt,
    ]);
  }
  async attachment(id: string) {
    const [row] = await this.#q<{ meta: AttachmentRecord; used_by: string | null }>('SELECT meta, used_by FROM attachments WHERE id = $1', [id]);
    return row ? deepFreeze({ ...row.meta, usedBy: row.used_by }) : undefined;
  }
  async attachmentContent(id: string) {
    const [row] = await this.#q<{ content: Uint8Array }>('SELECT content FROM attachments WHERE id = $1', [id]);
    // node-postgres answers a Buffer (a Uint8Array over a shared pool): a plain copy of its bytes.
    return row ? new Uint8Array(row.content) : undefined;
  }
  async markAttachmentUsed(id: string, usedBy: string) {
    return (await this.#q('UPDATE attachments SET used_by = $2 WHERE id = $1 AND used_by IS NULL RETURNING 1', [id, usedBy])).length > 0;
  }
  async purgeAttachments(unusedBefore: number) {
    const rows = await this.#q<{ n: number }>(
      `WITH gone AS (
         DELETE FROM attachments a
         WHERE (a.used_by IS NULL AND a.created_at < $1)
            OR (a.used_by LIKE 'chat:%' AND NOT EXISTS (SELECT 1 FROM chat_sessions s WHERE s.id = substr(a.used_by, 6)))
         RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [iso(unusedBefore)],
    );
    return rows[0]?.n ?? 0;
  }

  async purge(now: number, chatTtlMs: number, mailTtlMs = MAIL_TTL_MS): Promise<PurgeResult> {
    const count = async (sql: string, params: unknown[]) =>
      (await this.#q<{ n: number }>(`WITH gone AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM gone`, params))[0]?.n ?? 0;
    return {
      idempotency: await count('DELETE FROM idempotency WHERE created_at <= $1', [iso(now - IDEMPOTENCY_TTL_MS)]),
      attempts: await count('DELETE FROM attempts WHERE at <= $1', [iso(now - DAY_MS)]),
      claims: await count('DELETE FROM claims WHERE expires_at <= $1', [iso(now)]),
      chats: await count('DELETE FROM chat_sessions WHERE customer_id IS NULL AND coalesce(ended_at, created_at) < $1', [iso(now - chatTtlMs)]),
      mails: await count("DELETE FROM mail_outbox WHERE state = 'sent' AND sent_at <= $1", [iso(now - mailTtlMs)]),
      attachments: await this.purgeAttachments(now - UNUSED_ATTACHMENT_TTL_MS),
    };
  }

  async reset(dataSet: DataSet) {
    await this.#transaction(async () => {
      await this.#q(`TRUNCATE ${DATA_TABLES} RESTART IDENTITY CASCADE`);
      const data = dataSet === 'new-shopper' ? seedNewShopper(this.clock.now()) : seed(this.clock.now());
      const cases = seedReturns(this.clock.now(), data);
      for (const customer of data.customers) await this.#saveCustomer(customer);
      for (const order of data.orders) await this.saveOrder(order);
      for (const plan of data.plans) await this.savePlan(plan);
      for (const record of cases.returns) await this.saveReturn(record);
      for (const record of cases.problems) await this.saveProblem(record);
      for (const job of cases.jobs) await this.addJob(job);
    });
  }
}
