import { redactCardNumbers } from './redact.js';

/**
 * The contract's redaction rule for requests: every string of every part of a request (path
 * parameters, query, body) has its card numbers replaced by their last four digits before anything
 * reads it. Every string, not a list of fields: a field added to a schema tomorrow, a field no schema
 * knows, a value of the wrong shape are all covered without anyone remembering them. Closed values
 * (enums, literals, ids with a pattern) never contain a card number, so the rule leaves them as they
 * are; `requestStringFields` lists every string field the schemas declare, so tests can prove it.
 *
 * No zod at run time: the schema walk reads the schemas' definitions structurally.
 */

/** A request part after redaction, and the paths (`body.comment`, `body.items.0.note`) where card numbers were found. */
export interface Redacted<T> {
  value: T;
  paths: string[];
}

/** Strings shorter than this cannot hold the 12 digits of the shortest card number. */
const SHORTEST_CARD = 12;
const DIGITS = /[0-9]/g;

function hasEnoughDigits(text: string): boolean {
  if (text.length < SHORTEST_CARD) return false;
  DIGITS.lastIndex = 0;
  let count = 0;
  while (DIGITS.exec(text) !== null) if (++count >= SHORTEST_CARD) return true;
  return false;
}

function walk(value: unknown, path: string, paths: string[]): unknown {
  if (typeof value === 'string') {
    if (!hasEnoughDigits(value)) return value;
    const clean = redactCardNumbers(value);
    if (!clean.redacted) return value;
    paths.push(path);
    return clean.text;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const next = walk(value[i], `${path}.${i}`, paths);
      if (next !== value[i]) (copy ??= [...(value as unknown[])])[i] = next;
    }
    return copy ?? value;
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const next = walk(item, `${path}.${key}`, paths);
      if (next !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = next;
    }
    return copy ?? value;
  }
  return value;
}

/**
 * Redacts card numbers in every string of one request part, `where` being `path`, `query` or
 * `body`. Answers the same value when nothing was found (no copy), otherwise a copy.
 *
 * @example
 * redactRequestPart('body', { comment: 'card 4111 1111 1111 1111' })
 * // { value: { comment: 'card •••• 1111' }, paths: ['body.comment'] }
 */
export function redactRequestPart<T>(where: string, value: T): Redacted<T> {
  const paths: string[] = [];
  return { value: walk(value, where, paths) as T, paths };
}

/** The part of a zod schema's definition the walk reads (zod and zod/mini share it). */
interface SchemaLike {
  readonly _zod: { readonly def: SchemaDef };
}
interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, SchemaLike>>;
  readonly innerType?: SchemaLike;
  readonly in?: SchemaLike;
  readonly element?: SchemaLike;
  readonly valueType?: SchemaLike;
  readonly options?: readonly SchemaLike[];
  readonly items?: readonly SchemaLike[];
  readonly left?: SchemaLike;
  readonly right?: SchemaLike;
  readonly getter?: () => SchemaLike;
}

/** A string field of a request schema: its path (`*` for any array index or record key) and its schema. */
export interface StringField {
  path: string;
  schema: unknown;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch', 'success']);

function fields(schema: SchemaLike, path: string, out: StringField[], depth: number): void {
  if (depth > 32) return;
  const def = schema._zod.def;
  if (def.type === 'string' || def.type === 'template_literal') {
    out.push({ path, schema });
    return;
  }
  if (WRAPPERS.has(def.type) && def.innerType) return fields(def.innerType, path, out, depth + 1);
  // What a pipe receives is what its first schema accepts.
  if (def.type === 'pipe' && def.in) return fields(def.in, path, out, depth + 1);
  if (def.type === 'object' && def.shape) {
    for (const [key, item] of Object.entries(def.shape)) fields(item, `${path}.${key}`, out, depth + 1);
    return;
  }
  if (def.type === 'array' && def.element) return fields(def.element, `${path}.*`, out, depth + 1);
  if (def.type === 'record' && def.valueType) return fields(def.valueType, `${path}.*`, out, depth + 1);
  if (def.type === 'tuple' && def.items) {
    def.items.forEach((item, i) => fields(item, `${path}.${i}`, out, depth + 1));
    return;
  }
  if (def.type === 'union' && def.options) {
    const before = out.length;
    for (const option of def.options) fields(option, path, out, depth + 1);
    // The same field in several branches is one field.
    const seen = new Set(out.slice(0, before).map((f) => f.path));
    const merged = out.splice(before).filter((f) => !seen.has(f.path) && seen.add(f.path));
    out.push(...merged);
    return;
  }
  if (def.type === 'intersection' && def.left && def.right) {
    fields(def.left, path, out, depth + 1);
    fields(def.right, path, out, depth + 1);
    return;
  }
  if (def.type === 'lazy' && def.getter) fields(def.getter(), path, out, depth + 1);
}

/**
 * Every string field a request schema declares, e.g. `body.comment`, `body.items.*.itemId`,
 * `query.q`: what the redaction rule is tested against. Enums and literals are not listed (their
 * values are closed); strings inside unions are listed once per path.
 */
export function requestStringFields(where: string, schema: unknown): StringField[] {
  const out: StringField[] = [];
  if (schema) fields(schema as SchemaLike, where, out, 0);
  return out;
}
