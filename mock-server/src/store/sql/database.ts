import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { isConnectionError } from './errors.js';

/** Runs statements with `$1`-style parameters and answers the rows. */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/**
 * The one surface the SQL store uses, so the same SQL runs on embedded PGlite and on a PostgreSQL
 * server (node-postgres): plain queries, a transaction on one connection, and LISTEN.
 */
export interface SqlDatabase extends SqlClient {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `task` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(task: (client: SqlClient) => Promise<T>): Promise<T>;
  /** Listens to a channel. After a lost connection comes back, each listener hears an empty payload: notices may have been missed. */
  listen(channel: string, listener: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * PostgreSQL: sends a notice at once on the connection that listens, never on one of the pool: a
   * transaction that waited for a pool connection to send it would hold its own meanwhile, and enough
   * of them at once would wait for each other until the pool's timeout.
   */
  notifyNow(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

/** Embedded PostgreSQL in this process, its files under `dataDir` (in memory when null). One process per folder. */
export async function openPglite(dataDir: string | null): Promise<SqlDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? undefined);
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): SqlClient => ({
    query: async <R>(text: string, params: readonly unknown[] = []) => (await q.query<R>(text, [...params])).rows,
    exec: async (script) => void (await q.exec(script)),
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (task) => db.transaction((tx) => task(wrap(tx))),
    listen: async (channel, listener) => {
      const stop = await db.listen(channel, listener);
      return async () => stop();
    },
    // One connection: a notice sent inside a transaction waits for it (the caller sends it within the transaction instead).
    notifyNow: async (channel, payload) => void (await db.query('SELECT pg_notify($1, $2)', [channel, payload])),
    close: () => db.close(),
  };
}

export interface PostgresOptions {
  /** Connections in the pool. */
  max?: number;
  /** How long a query may wait for a connection. */
  connectTimeoutMs?: number;
}

/** A PostgreSQL server through a node-postgres pool; LISTEN holds one connection of its own and reconnects when it drops. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<SqlDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000, idleTimeoutMillis: 30_000 });
  // An idle connection that breaks (the server restarts) is reported here; the pool replaces it.
  pool.on('error', (error) => console.error(`[assist-api] database connection lost: ${error.message}`));
  // Fails now, with the server's message, when the database cannot be reached or refuses the login.
  await pool.query('SELECT 1');

  const listeners = new Map<string, Set<(payload: string) => void>>();
  let listener: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;
  let everConnected = false;

  const connectListener = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs ?? 5000 });
    client.on('notification', (message) => {
      for (const fn of listeners.get(message.channel) ?? []) fn(message.payload ?? '');
    });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (listener === client) listener = null;
      if (!closed && listeners.size > 0) scheduleReconnect();
    });
    await client.connect();
    for (const channel of listeners.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    const again = everConnected;
    listener = client;
    everConnected = true;
    // Notices sent while no connection listened are lost: an empty notice tells the listeners to read again.
    if (again) for (const set of listeners.values()) for (const fn of [...set]) fn('');
  };
  const scheduleReconnect = () => {
    const retry = () => {
      if (closed || listener) return;
      connecting = connectListener()
        .catch(() => void setTimeout(retry, 500).unref())
        .finally(() => (connecting = null));
    };
    setTimeout(retry, 200).unref();
  };
  const ensureListener = async () => {
    if (listener) return;
    connecting ??= connectListener().finally(() => (connecting = null));
    await connecting;
  };

  const client = (c: { query: pg.Pool['query'] }): SqlClient => ({
    query: async <R>(text: string, params: readonly unknown[] = []) => (await c.query(text, [...params])).rows as R[],
    exec: async (script) => void (await c.query(script)),
  });

  return {
    kind: 'postgres',
    ...client(pool),
    transaction: async (task) => {
      const connection = await pool.connect();
      let broken = false;
      try {
        await connection.query('BEGIN');
        const result = await task(client(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        broken = isConnectionError(error);
        if (!broken) await connection.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    listen: async (channel, fn) => {
      let set = listeners.get(channel);
      const first = !set;
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(fn);
      await ensureListener();
      if (first) await listener?.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return async () => {
        set.delete(fn);
        if (set.size === 0) {
          listeners.delete(channel);
          await listener?.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
        }
      };
    },
    notifyNow: async (channel, payload) => {
      await ensureListener();
      if (!listener) throw new Error('Connection terminated: no connection for notices');
      await listener.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    close: async () => {
      closed = true;
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
