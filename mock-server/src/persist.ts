import { createApp, type AssistApp } from './app.js';
import { ShiftableClock } from './clock.js';
import { NO_FAULTS, type Faults } from './http/faults.js';
import { randomSecret } from './http/tokens.js';
import { MemoryStore } from './store/memory.js';

/**
 * The in-browser mock's data kept across reloads: the memory store's state, the secret its tokens
 * are signed with, the QA clock and faults, saved to IndexedDB (one database per origin, so per
 * playground) shortly after each change and restored when the page starts the mock again. A chat
 * under way, its token and the simulated agent's planned replies all survive a reload; jobs that
 * came due while the page was away run as soon as the restored app starts its jobs.
 */

/** The database the playground's mock keeps its data in. */
export const MOCK_DATABASE = 'assist-mock';
const OBJECT_STORE = 'state';
const KEY = 'demo';
/** Bumped when what is saved changes shape: an older save is then ignored, and the mock starts afresh. */
const SAVE_VERSION = 1;

interface SavedDemo {
  version: typeof SAVE_VERSION;
  savedAt: string;
  store: unknown;
  tokenSecret: string;
  clockOffsetMs: number;
  scenario: string | null;
  faults: Faults;
}

const isSavedDemo = (value: unknown): value is SavedDemo => {
  if (typeof value !== 'object' || value === null) return false;
  const saved = value as Record<string, unknown>;
  return (
    saved['version'] === SAVE_VERSION &&
    typeof saved['tokenSecret'] === 'string' &&
    Number.isFinite(saved['clockOffsetMs']) &&
    (saved['scenario'] === null || typeof saved['scenario'] === 'string') &&
    typeof saved['faults'] === 'object' &&
    saved['faults'] !== null
  );
};

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => void open.result.createObjectStore(OBJECT_STORE);
  return request(open);
}

export interface PersistentDemoOptions {
  /** IndexedDB database name; one per origin by nature. */
  database?: string;
  /** Quiet time after a change before the state is saved. */
  debounceMs?: number;
  /** Longest a stream of changes may keep a save waiting. */
  maxWaitMs?: number;
}

export interface PersistentDemo {
  app: AssistApp;
  /** True when the data came from an earlier visit, false when the demo data was freshly seeded. */
  restored: boolean;
  /** Saves soon (debounced); the store calls it on its own after every change. */
  schedule(): void;
  /** Saves now; resolves once the save is written. */
  flush(): Promise<void>;
  /** Forgets the saved data (the app keeps what it holds until it is reset). */
  clear(): Promise<void>;
}

/**
 * A demo app over a memory store restored from IndexedDB (or freshly seeded), saving itself after
 * changes. Without IndexedDB (e.g. a private window that refuses it) it still answers, unsaved.
 */
export async function openPersistentDemo(options: PersistentDemoOptions = {}): Promise<PersistentDemo> {
  const debounceMs = options.debounceMs ?? 25;
  const maxWaitMs = options.maxWaitMs ?? 250;
  const db = await openDatabase(options.database ?? MOCK_DATABASE).catch((error: unknown) => {
    console.warn('[assist-mock] IndexedDB is not available; the mock data lasts until the page is reloaded', error);
    return null;
  });
  const saved: unknown = db ? await request(db.transaction(OBJECT_STORE).objectStore(OBJECT_STORE).get(KEY)).catch(() => undefined) : undefined;

  const clock = new ShiftableClock(isSavedDemo(saved) ? saved.clockOffsetMs : 0);
  const store = new MemoryStore(clock, 'default');
  const restored = isSavedDemo(saved) && store.restore(saved.store);
  const tokenSecret = restored ? saved.tokenSecret : randomSecret();
  const app = createApp({ demo: true, clock, store, tokenSecret, ...(restored ? { scenario: saved.scenario } : {}) });
  if (restored) Object.assign(app.deps.faults, NO_FAULTS, saved.faults);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending: number | undefined;
  let writing: Promise<void> = Promise.resolve();

  const write = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    firstPending = undefined;
    if (!db) return Promise.resolve();
    const value: SavedDemo = {
      version: SAVE_VERSION,
      savedAt: new Date().toISOString(),
      store: store.snapshot(),
      tokenSecret,
      clockOffsetMs: clock.offsetMs,
      scenario: app.deps.qa.scenario,
      faults: { ...app.deps.faults },
    };
    // put() copies the value at once (structured clone): later changes are the next save's.
    const transaction = db.transaction(OBJECT_STORE, 'readwrite');
    transaction.objectStore(OBJECT_STORE).put(value, KEY);
    const done = new Promise<void>((resolve) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = transaction.onerror = () => {
        console.warn('[assist-mock] saving the mock data failed', transaction.error);
        resolve();
      };
    });
    writing = writing.then(() => done);
    return writing;
  };

  const schedule = (): void => {
    const now = Date.now();
    firstPending ??= now;
    clearTimeout(timer);
    timer = setTimeout(() => void write(), Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - now)));
  };

  store.onChange(schedule);
  // A reload right after a change: save what is pending as the page goes (best effort).
  if (typeof addEventListener === 'function') addEventListener('pagehide', () => void (timer !== undefined && write()));

  return {
    app,
    restored,
    schedule,
    flush: () => (timer !== undefined ? write() : writing),
    clear: async () => {
      clearTimeout(timer);
      timer = undefined;
      firstPending = undefined;
      if (db) await request(db.transaction(OBJECT_STORE, 'readwrite').objectStore(OBJECT_STORE).delete(KEY));
    },
  };
}
