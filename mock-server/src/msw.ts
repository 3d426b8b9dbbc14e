import { http } from 'msw';
import { demo } from './app.js';

/**
 * MSW handlers that answer requests to `base` with the reference API itself: the browser mock and
 * the Node server run the same code. `base` is where the client points, e.g. `https://api.assist.test`
 * or `/mock-api`; requests are passed on with that prefix removed.
 */
export function createHandlers(base: string, app?: { fetch(request: Request): Response | Promise<Response> }) {
  // The demo app's deadlines and the simulated agent run as jobs: start them once it serves requests.
  if (!app) demo.startJobs();
  const target = app ?? demo.app;
  const prefix = base.replace(/\/$/, '');
  return [
    http.all(`${prefix}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const basePath = new URL(prefix, url.origin).pathname.replace(/\/$/, '');
      url.pathname = url.pathname.slice(basePath.length) || '/';
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      return target.fetch(
        new Request(url, {
          method: request.method,
          headers: request.headers,
          body: hasBody ? await request.arrayBuffer() : null,
          signal: request.signal,
        }),
      );
    }),
  ];
}
