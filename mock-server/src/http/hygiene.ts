import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './define.js';

/** What the API answers with on every response: it is JSON, never a page to render, frame or sniff. */
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
const SECURITY_ENTRIES = Object.entries(SECURITY_HEADERS);

/** Answers that hold nothing personal and may be cached: help content, opening hours, health, the API description. */
const PUBLIC_READS = /^\/(?:v1\/help\/|v1\/availability$|healthz$|openapi\.json$)/;

/**
 * Security headers on every answer and `Cache-Control: no-store` on everything that may carry personal
 * data (tokens, orders, returns, chats, errors about them). Headers are set before the handler runs,
 * keeping @hono/node-server's fast path; an answer built as its own Response (an event stream, a
 * replayed creation) gets them afterwards.
 */
export function apiHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const personal = !((c.req.method === 'GET' || c.req.method === 'HEAD') && PUBLIC_READS.test(c.req.path));
    for (const [name, value] of SECURITY_ENTRIES) c.header(name, value);
    if (personal) c.header('Cache-Control', 'no-store');
    await next();
    const headers = c.res.headers;
    if (!headers.has('x-content-type-options')) for (const [name, value] of SECURITY_ENTRIES) headers.set(name, value);
    if (personal) {
      const cache = headers.get('cache-control');
      if (cache === null || !/\bno-store\b/.test(cache)) headers.set('Cache-Control', cache ? `no-store, ${cache}` : 'no-store');
    }
  };
}
