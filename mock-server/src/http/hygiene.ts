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
 * data (tokens, orders, returns, chats, errors about them). Headers are set before the handler runs and
 * never read back, keeping @hono/node-server's fast path; every answer is made with c.json or c.body
 * (event streams too), which carry them.
 */
export function apiHeaders(): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const personal = !((c.req.method === 'GET' || c.req.method === 'HEAD') && PUBLIC_READS.test(c.req.path));
    for (const [name, value] of SECURITY_ENTRIES) c.header(name, value);
    if (personal) c.header('Cache-Control', 'no-store');
    return next();
  };
}
