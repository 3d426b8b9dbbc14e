import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { closeIfAnsweredEarly } from './connection.js';
import type { AppContext, AppEnv } from './define.js';
import { ApiFailure } from './failure.js';
import { withFaults, type Faults } from './faults.js';
import { baseHeaders } from './hygiene.js';
import { checkBrowserCall, type ClientRegistry } from './origins.js';

export interface PipelineOptions {
  clients: ClientRegistry;
  bodyLimitBytes: number;
  /** Requests that read their body to a limit of their own (file uploads): `bodyLimitBytes` does not apply to them. */
  ownBodyLimit: (method: string, path: string) => boolean;
  faults: () => Faults;
  random: () => number;
  /** The app's answer to an error (its onError), for errors raised here on requests that may have a body. */
  errorAnswer: (error: unknown, c: AppContext) => Response;
}

/**
 * What every request goes through before its route, as one middleware: the request id; the headers
 * every answer carries, as a plain record (answer.ts); browser calls checked against the merchant
 * clients (origins.ts); the body limit, only on requests that can have a body (file uploads read theirs
 * to their own limit, define.ts); the QA fault settings;
 * and, after an answer given before the body was read, a clean close of the connection
 * (connection.ts). A read (GET, HEAD) does the least: no body, no close, and nothing here reads the
 * answer back, so @hono/node-server writes it on its fast path.
 */
export function requestPipeline(options: PipelineOptions): MiddlewareHandler<AppEnv> {
  const limitBody: MiddlewareHandler<AppEnv> = bodyLimit({
    maxSize: options.bodyLimitBytes,
    onError: () => {
      throw new ApiFailure('payload_too_large', `The body is larger than ${options.bodyLimitBytes} bytes`);
    },
  });
  return (c, next) => {
    const requestId = crypto.randomUUID();
    const method = c.req.method;
    const headers = baseHeaders(method, c.req.path, requestId);
    c.set('requestId', requestId);
    c.set('answerHeaders', headers);
    const read = method === 'GET' || method === 'HEAD';
    if (read) {
      const preflight = checkBrowserCall(c, options.clients, headers);
      if (preflight) return Promise.resolve(preflight);
      return withFaults(c.req.path, options.faults(), options.random, next) ?? next();
    }
    return (async () => {
      try {
        const preflight = checkBrowserCall(c, options.clients, headers);
        if (preflight) return preflight;
        const route = () => withFaults(c.req.path, options.faults(), options.random, next) ?? next();
        if (options.ownBodyLimit(method, c.req.path)) await route();
        else await limitBody(c, route);
      } catch (error) {
        c.res = options.errorAnswer(error, c);
      }
      closeIfAnsweredEarly(c);
      return undefined;
    })();
  };
}
