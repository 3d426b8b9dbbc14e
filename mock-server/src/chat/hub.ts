import type { Store } from '../store/types.js';

/**
 * What changed in a chat, as every instance hears it: a message was committed (its sequence), the
 * session changed, or someone started or stopped typing. Notices carry ids, never content (PostgreSQL
 * NOTIFY payloads are small and are not replayed): a stream reads what changed from the store, which
 * is also how a reconnecting stream catches up.
 */
export type ChatSignal = { type: 'message'; sequence: number } | { type: 'session' } | { type: 'typing'; author: 'assistant' | 'agent'; typing: boolean };

export type ChatListener = (signal: ChatSignal) => void;

/** The notice channel shared by every instance on one store. */
export const CHAT_CHANNEL = 'assist_chat';

interface Notice {
  /** Chat id. */
  c: string;
  s: ChatSignal;
}

/**
 * Live signals of each chat to the event streams open on this instance, fanned out through the
 * store's notices (PostgreSQL LISTEN/NOTIFY, in memory for one process): a change made on any
 * instance reaches a stream on any other, once the change is committed.
 */
export class ChatHub {
  readonly #store: Store;
  readonly #listeners = new Map<string, Set<ChatListener>>();
  #listening: Promise<() => Promise<void>> | null = null;

  constructor(store: Store) {
    this.#store = store;
  }

  /** Listens to one chat; call the returned function to stop. Resolves once notices are being received. */
  async subscribe(sessionId: string, listener: ChatListener): Promise<() => void> {
    let set = this.#listeners.get(sessionId);
    if (!set) this.#listeners.set(sessionId, (set = new Set()));
    set.add(listener);
    const stop = () => {
      set.delete(listener);
      if (set.size === 0 && this.#listeners.get(sessionId) === set) this.#listeners.delete(sessionId);
    };
    try {
      await (this.#listening ??= this.#store.listen(CHAT_CHANNEL, (payload) => this.#deliver(payload)));
    } catch (error) {
      this.#listening = null;
      stop();
      throw error;
    }
    return stop;
  }

  /** Signals a change of a chat to every instance (after the change commits). */
  publish(sessionId: string, signal: ChatSignal): Promise<void> {
    return this.#store.notify(CHAT_CHANNEL, JSON.stringify({ c: sessionId, s: signal } satisfies Notice));
  }

  /** Someone started typing (told at once, in the middle of the change that will carry the answer) or stopped (told with that change). */
  typing(sessionId: string, author: 'assistant' | 'agent', typing: boolean): Promise<void> {
    return this.#store.notify(CHAT_CHANNEL, JSON.stringify({ c: sessionId, s: { type: 'typing', author, typing } } satisfies Notice), { immediate: typing });
  }

  #deliver(payload: string): void {
    // Listening again after a lost connection: every stream reads its session and what it has not sent yet.
    if (payload === '') {
      for (const set of this.#listeners.values()) {
        for (const signal of [{ type: 'session' }, { type: 'message', sequence: Number.MAX_SAFE_INTEGER }] satisfies ChatSignal[]) {
          for (const listener of [...set]) this.#call(listener, signal);
        }
      }
      return;
    }
    let notice: Notice;
    try {
      notice = JSON.parse(payload) as Notice;
    } catch {
      return;
    }
    for (const listener of [...(this.#listeners.get(notice.c) ?? [])]) this.#call(listener, notice.s);
  }

  #call(listener: ChatListener, signal: ChatSignal): void {
    try {
      listener(signal);
    } catch (error) {
      console.error('[assist-api] chat listener failed:', error);
    }
  }

  /** How many streams are open on a chat on this instance. */
  listeners(sessionId: string): number {
    return this.#listeners.get(sessionId)?.size ?? 0;
  }

  /** How many streams are open on this instance. */
  get streams(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }

  /** Stops receiving notices (the process is stopping). */
  async close(): Promise<void> {
    const listening = this.#listening;
    this.#listening = null;
    if (listening) await (await listening.catch(() => async () => {}))();
  }
}
