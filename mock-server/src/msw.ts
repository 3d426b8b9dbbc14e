import { http } from 'msw';
import { demoApp, demoAdminToken } from './app.js';
import { ADMIN_TOKEN_HEADER } from './http/admin-guard.js';
import { openPersistentDemo, type PersistentDemoOptions } from './persist.js';

/**
 * MSW handlers that answer requests to `base` with the reference API itself: the browser mock and
 * the Node server run the same code. `base` is where the client points, e.g. `https://api.assist.test`
 * or `/mock-api`; requests are passed on with that prefix removed.
 */
export function createHandlers(base: string, app?: { fetch(request: Request): Response | Promise<Response> }, adminToken: string | null = app ? null : demoAdminToken) {
  // The demo app's deadlines and the simulated agent run as jobs: start them once it serves requests.
  if (!app) demoApp.startJobs();
  const target = app ?? demoApp.app;
  const prefix = base.replace(/\/$/, '');
  return [
    http.all(`${prefix}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const basePath = new URL(prefix, url.origin).pathname.replace(/\/$/, '');
      url.pathname = url.pathname.slice(basePath.length) || '/';
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      // The mock answers only the page it runs in, so there is no other site to keep out: it hands
      // its admin token to the page's own QA calls.
      const headers = new Headers(request.headers);
      if (adminToken !== null && url.pathname.startsWith('/__admin') && !headers.has(ADMIN_TOKEN_HEADER)) headers.set(ADMIN_TOKEN_HEADER, adminToken);
      return target.fetch(
        new Request(url, {
          method: request.method,
          headers,
          body: hasBody ? await request.arrayBuffer() : null,
          signal: request.signal,
        }),
      );
    }),
  ];
}

/**
 * Handlers like `createHandlers(base)` over a demo app whose data lasts across reloads of the page
 * (kept in IndexedDB: persist.ts): a chat under way goes on after a reload. Starts the app's jobs.
 * Changes the admin surface makes outside the store (clock, faults, scenario) are saved too.
 */
export async function createPersistentHandlers(base: string, options: PersistentDemoOptions = {}) {
  const demo = await openPersistentDemo(options);
  demo.app.startJobs();
  const target = {
    fetch: async (request: Request) => {
      const response = await demo.app.app.fetch(request);
      if (new URL(request.url).pathname.startsWith('/__admin') && request.method !== 'GET') demo.schedule();
      return response;
    },
  };
  return { handlers: createHandlers(base, target, demo.app.adminToken), demo };
}
