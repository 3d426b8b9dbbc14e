import { REQUEST_ID_HEADER } from '@assist/contract';

/** What the API answers with on every response: it is JSON, never a page to render, frame or sniff. */
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Answers that hold nothing personal and may be cached: help content, opening hours, health, the API description. */
const PUBLIC_READS = /^\/(?:v1\/help\/|v1\/availability$|healthz$|openapi\.json$)/;

/**
 * The headers every answer carries: the request id, the security headers, and `Cache-Control:
 * no-store` on everything that may carry personal data (tokens, orders, returns, chats, errors about
 * them). A fresh record per request: the pipeline adds CORS headers to it (see answer.ts).
 */
export function baseHeaders(method: string, path: string, requestId: string): Record<string, string> {
  const headers: Record<string, string> = { [REQUEST_ID_HEADER]: requestId, ...SECURITY_HEADERS, Vary: 'Origin' };
  if (!((method === 'GET' || method === 'HEAD') && PUBLIC_READS.test(path))) headers['Cache-Control'] = 'no-store';
  return headers;
}
