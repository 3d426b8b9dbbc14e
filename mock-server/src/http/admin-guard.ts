import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './define.js';
import { ApiFailure } from './failure.js';
import { safeEqual } from './hmac.js';

export const ADMIN_TOKEN_HEADER = 'Assist-Admin-Token';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/**
 * The QA admin surface never answers a cross-site request. It sends no CORS headers, so a browser
 * cannot make a cross-origin call with the custom token header or a JSON body (both need a preflight,
 * which is refused), and it refuses what the browser marks as coming from another site or origin.
 * Every call needs the admin token; every write a JSON content type, so no HTML form can send one.
 */
export function adminGuard(token: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') throw new ApiFailure('forbidden', 'The admin surface does not answer cross-origin requests');
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined) {
      if (site !== 'same-origin' && site !== 'none') throw new ApiFailure('forbidden', 'The admin surface only answers pages of its own origin');
    } else {
      // A browser without Fetch Metadata still sends Origin on every cross-origin call.
      const origin = c.req.header('origin');
      if (origin !== undefined && origin !== new URL(c.req.url).origin) throw new ApiFailure('forbidden', 'The admin surface only answers pages of its own origin');
    }
    const sent = c.req.header(ADMIN_TOKEN_HEADER);
    if (sent === undefined || !safeEqual(sent, token)) throw new ApiFailure('unauthorized', `Send the admin token in ${ADMIN_TOKEN_HEADER}`);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !JSON_TYPE.test(c.req.header('content-type') ?? '')) {
      throw new ApiFailure('unsupported_media_type', 'Admin writes need Content-Type: application/json (send {} when there is nothing to say)');
    }
    return next();
  };
}
