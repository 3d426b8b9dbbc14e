/**
 * One change at a time per key: checking what can still be returned on an order and saving a new
 * return must not interleave with another request doing the same, or two returns could claim the
 * same item; a chat's messages take their sequence numbers one at a time. In memory, per store; a
 * database adapter would use a transaction instead.
 */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }
}

const locks = new WeakMap<object, KeyedLock>();

/** The lock of one store (each app has its own store, so tests never share locks). */
export function lockFor(store: object): KeyedLock {
  let lock = locks.get(store);
  if (!lock) locks.set(store, (lock = new KeyedLock()));
  return lock;
}
