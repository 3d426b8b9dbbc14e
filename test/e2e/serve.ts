import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../../mock-server/src/app.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface Page {
  body: string;
  headers?: Record<string, string>;
}

export interface SiteOptions {
  /** URL path prefix (`/cdn/`) → folder served as files under it. */
  files?: Record<string, string>;
  /** Exact path → page, built per request (e.g. with a fresh CSP nonce). */
  pages?: Record<string, (request: IncomingMessage) => Page>;
  /** Where the reference API answers: its routes (`/v1/…`) under this prefix, same origin. */
  api?: string;
}

export interface Site {
  url: string;
  /** Every request path, in order (`/cdn/0.1.0/core.js`, `/api/v1/help/search?…`). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A small web server for browser tests: static folders, generated pages with their own headers, and
 * the reference API (the Hono app, as `pnpm serve:api` runs it) on the same origin.
 */
export async function serveSite(options: SiteOptions): Promise<Site> {
  const requests: string[] = [];
  const api = options.api ? getRequestListener(createApp({ corsOrigins: [] }).app.fetch) : undefined;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    if (api && options.api && url.pathname.startsWith(`${options.api}/`)) {
      request.url = (request.url ?? '/').slice(options.api.length);
      void api(request, response);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    const page = options.pages?.[url.pathname];
    if (page) {
      const { body, headers = {} } = page(request);
      response.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store', ...headers });
      response.end(body);
      return;
    }
    for (const [prefix, dir] of Object.entries(options.files ?? {})) {
      if (!url.pathname.startsWith(prefix)) continue;
      let path = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (!path.startsWith(normalize(dir))) break;
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!existsSync(path)) break;
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      createReadStream(path).pipe(response);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
