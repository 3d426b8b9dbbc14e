import { join, resolve } from 'node:path';
import type { Clock } from '../clock.js';
import { openPglite, openPostgres, type SqlDatabase } from './sql/database.js';
import { SqlStore } from './sql/store.js';
import type { DataSet } from './types.js';

export interface StoreSettings {
  /** `postgres://…`: a PostgreSQL server. Without it, embedded PGlite. */
  DATABASE_URL?: string | undefined;
  /** Where PGlite keeps its files (default `.assist-data/`), relative to where the command was started. */
  ASSIST_DATA_DIR?: string | undefined;
  /** Where pnpm was started (pnpm sets it; `pnpm serve:api` runs in mock-server/ but keeps the data at the root). */
  INIT_CWD?: string | undefined;
}

/** Where the embedded database lives. */
export const dataDir = (env: StoreSettings): string => join(resolve(env.INIT_CWD ?? process.cwd(), env.ASSIST_DATA_DIR ?? '.assist-data'), 'pglite');

/** Hides the password of a database URL in messages. */
export const describeDatabase = (env: StoreSettings): string =>
  env.DATABASE_URL ? `PostgreSQL at ${env.DATABASE_URL.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@')}` : `embedded PGlite in ${dataDir(env)}`;

/**
 * Opens the server's store: PostgreSQL when DATABASE_URL is set, else embedded PGlite under
 * ASSIST_DATA_DIR; migrates it, and seeds `seedWith` when it holds no data yet. Throws with the
 * database's own message when it cannot be reached or migrated.
 */
export async function openStore(env: StoreSettings, clock: Clock, seedWith: DataSet | null): Promise<SqlStore> {
  let db: SqlDatabase | undefined;
  try {
    db = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite(dataDir(env));
    return await SqlStore.open(db, clock, seedWith);
  } catch (error) {
    await db?.close().catch(() => undefined);
    throw new Error(`Cannot open the store (${describeDatabase(env)}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
