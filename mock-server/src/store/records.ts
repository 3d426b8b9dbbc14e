/**
 * Records leave a store frozen (see MemoryStore): reading costs nothing, and a change made to a
 * record by accident throws instead of reaching stored data. Code that changes a record takes an
 * editable copy, changes it and saves it.
 */

/** Freezes a value and everything it holds. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** An editable deep copy of a stored record (or of each record of a list); undefined stays undefined. */
export function editable<T>(record: T): T {
  return structuredClone(record);
}
