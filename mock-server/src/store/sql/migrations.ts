import type { SqlClient, SqlDatabase } from './database.js';

/**
 * The schema, one numbered step at a time. A step never changes once released: a change is a new
 * step. Every step runs at start in one transaction with the bookkeeping, under an advisory lock, so
 * instances starting together apply it once, and a step that fails leaves the database as it was.
 *
 * Records keep their full shape in `data` (jsonb, what the API reads back); the columns beside it are
 * what queries filter, join, order and purge by, with the indexes those queries need. Money is in
 * integer minor units (as in the contract), times are timestamptz.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE customers (
  id text PRIMARY KEY,
  email text NOT NULL,
  phone text NOT NULL,
  market text NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE orders (
  id text PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  customer_id text NOT NULL REFERENCES customers (id),
  merchant_id text NOT NULL,
  total_minor bigint NOT NULL CHECK (total_minor >= 0),
  currency text NOT NULL,
  created_at timestamptz NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX orders_by_customer ON orders (customer_id, created_at DESC);

CREATE TABLE plans (
  order_id text PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
  paused_reason text,
  data jsonb NOT NULL
);

CREATE TABLE feedback (
  id text PRIMARY KEY,
  article_id text NOT NULL,
  helpful boolean NOT NULL,
  received_at timestamptz NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX feedback_by_article ON feedback (article_id, received_at);

CREATE TABLE idempotency (
  key text PRIMARY KEY,
  fingerprint text NOT NULL,
  status integer NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX idempotency_by_age ON idempotency (created_at);

CREATE TABLE attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX attempts_by_key ON attempts (key, at);
CREATE INDEX attempts_by_age ON attempts (at);

CREATE TABLE claims (
  key text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX claims_by_expiry ON claims (expires_at);

CREATE TABLE chat_sessions (
  id text PRIMARY KEY,
  customer_id text REFERENCES customers (id),
  order_id text REFERENCES orders (id),
  market text NOT NULL,
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  ended_at timestamptz,
  pos bigint GENERATED ALWAYS AS IDENTITY,
  data jsonb NOT NULL
);
CREATE INDEX chat_sessions_by_status ON chat_sessions (status, market, pos);
CREATE INDEX chat_sessions_anonymous ON chat_sessions (created_at) WHERE customer_id IS NULL;

CREATE TABLE chat_messages (
  session_id text NOT NULL REFERENCES chat_sessions (id) ON DELETE CASCADE,
  id text NOT NULL,
  sequence integer NOT NULL CHECK (sequence > 0),
  data jsonb NOT NULL,
  PRIMARY KEY (session_id, id),
  UNIQUE (session_id, sequence)
);

CREATE TABLE chat_kpis (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  session_id text NOT NULL,
  type text NOT NULL,
  market text NOT NULL,
  at timestamptz NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX chat_kpis_by_type_time ON chat_kpis (type, at);
CREATE INDEX chat_kpis_by_session ON chat_kpis (session_id);

CREATE TABLE callbacks (
  id text PRIMARY KEY,
  chat_session_id text REFERENCES chat_sessions (id) ON DELETE SET NULL,
  customer_id text REFERENCES customers (id),
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE returns (
  id text PRIMARY KEY,
  order_id text NOT NULL REFERENCES orders (id),
  customer_id text NOT NULL REFERENCES customers (id),
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  pos bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  data jsonb NOT NULL
);
CREATE INDEX returns_by_order ON returns (order_id, pos);

CREATE TABLE problems (
  id text PRIMARY KEY,
  order_id text NOT NULL REFERENCES orders (id),
  customer_id text NOT NULL REFERENCES customers (id),
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  pos bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  data jsonb NOT NULL
);
CREATE INDEX problems_by_order ON problems (order_id, pos);

CREATE TABLE jobs (
  id text PRIMARY KEY,
  kind text NOT NULL,
  key text UNIQUE,
  grp text,
  run_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  payload jsonb NOT NULL
);
CREATE INDEX jobs_by_time ON jobs (run_at, seq);
CREATE INDEX jobs_by_group ON jobs (grp) WHERE grp IS NOT NULL;

CREATE TABLE webhook_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  url text,
  secret text
);

CREATE TABLE webhook_deliveries (
  event_id text PRIMARY KEY,
  type text NOT NULL,
  state text NOT NULL,
  pos bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  data jsonb NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'job leases in database time',
    sql: `
ALTER TABLE jobs ADD COLUMN locked_until timestamptz;
`,
  },
  {
    version: 3,
    name: 'mail outbox',
    sql: `
CREATE TABLE mail_outbox (
  id text PRIMARY KEY,
  event_key text NOT NULL UNIQUE,
  state text NOT NULL,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  pos bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  data jsonb NOT NULL
);
CREATE INDEX mail_outbox_sent ON mail_outbox (sent_at) WHERE state = 'sent';
`,
  },
  {
    version: 4,
    name: 'attachments',
    sql: `
CREATE TABLE attachments (
  id text PRIMARY KEY,
  owner text NOT NULL,
  used_by text,
  meta jsonb NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX attachments_unused ON attachments (created_at) WHERE used_by IS NULL;
CREATE INDEX attachments_by_use ON attachments (used_by) WHERE used_by IS NOT NULL;
`,
  },
];

/** Serialises migrations across instances starting at the same time (any constant works; this spells "assist"). */
const MIGRATION_LOCK = 0x617373697374;

/** Brings the schema up to date; answers the versions it applied. */
export async function migrate(db: SqlDatabase, steps = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx: SqlClient) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const step of [...steps].sort((a, b) => a.version - b.version)) {
      if (done.has(step.version)) continue;
      try {
        await tx.exec(step.sql);
      } catch (error) {
        throw new Error(`Migration ${step.version} (${step.name}) failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
      applied.push(step.version);
    }
    return applied;
  });
}
