import type { Context } from 'hono';
import type { AppEnv } from './define.js';

/**
 * Answers with plain header records. @hono/node-server writes a Response built from a plain record
 * straight to the socket; `c.header()` and `c.json()` with more than one header build a WHATWG
 * `Headers` object instead, which it must validate, sort and copy again on every answer. So the
 * request pipeline (pipeline.ts) collects the headers every answer carries into a record, and every
 * answer is made here from that record.
 */

type AnyContext = Context<AppEnv>;

/** The headers every answer to this request carries (request id, security, caching, CORS). */
export function answerHeaders(c: AnyContext): Record<string, string> {
  return c.get('answerHeaders') ?? {};
}

/** Adds a header to every answer to this request (before the answer is made). */
export function addAnswerHeader(c: AnyContext, name: string, value: string): void {
  const headers = c.get('answerHeaders');
  if (headers) headers[name] = value;
  else c.set('answerHeaders', { [name]: value });
}

/**
 * An answer with the request's headers and these. The two records are merged with Object.assign:
 * an object spread into a literal here makes a record V8 keeps in slow mode, which @hono/node-server's
 * header loop and Node's writeHead then walk at several microseconds per answer.
 */
export function answer(c: AnyContext, body: BodyInit | null, status: number, headers?: Record<string, string>): Response {
  return new Response(body, { status, headers: headers ? Object.assign({}, answerHeaders(c), headers) : answerHeaders(c) });
}

const JSON_TYPE = 'application/json';

/**
 * Where a route's output may carry its own JSON, made from parts prepared once (help search: each
 * hit's article and category): `implement` answers with it instead of serialising the value again.
 * It must be exactly `JSON.stringify(output)`; the value is still what is checked against the contract.
 */
export const JSON_TEXT = Symbol('JSON text');

/** `value` with its JSON attached, not enumerable, so that comparing and copying values ignore it. */
export function withJsonText<T extends object>(value: T, json: string): T {
  return Object.defineProperty(value, JSON_TEXT, { value: json, enumerable: false });
}

/** A JSON answer (already serialised, or a value to serialise). */
export function answerJson(c: AnyContext, json: string | object, status = 200, headers?: Record<string, string>): Response {
  return answer(c, typeof json === 'string' ? json : JSON.stringify(json), status, { 'content-type': JSON_TYPE, ...headers });
}

interface NodeEnv {
  incoming?: { headers?: Record<string, string | string[] | undefined> };
}

/**
 * A request header, read from Node's own parsed headers when the app runs on @hono/node-server
 * (which would otherwise build a WHATWG `Headers` object for the first header read), else from the
 * request. Names in lower case.
 */
export function requestHeader(c: AnyContext, name: string): string | undefined {
  const headers = (c.env as NodeEnv | undefined)?.incoming?.headers;
  if (headers) {
    const value = headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }
  return c.req.header(name);
}
