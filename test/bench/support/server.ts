import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface SiteOptions {
  /** Files by URL path, e.g. `/index.html`. */
  files: Map<string, string | Uint8Array>;
  /** Mounts an app (e.g. the reference API) under a path prefix, which is removed before it sees the request. */
  api?: { prefix: string; fetch: (request: Request) => Response | Promise<Response> };
  /** Extra headers for HTML pages (e.g. a Content-Security-Policy). */
  pageHeaders?: Record<string, string>;
  /** Answers HTML pages with `Cache-Control: no-store` and scripts with a long max-age, as a CDN would. */
  cacheScripts?: boolean;
}

export interface Site {
  url: string;
  close(): Promise<void>;
}

/** A small static server on 127.0.0.1 with a random port: pages, scripts and, optionally, the API. */
export async function serveSite(options: SiteOptions): Promise<Site> {
  const api = options.api ? getRequestListener(options.api.fetch) : null;
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (api && (requested === options.api!.prefix || requested.startsWith(`${options.api!.prefix}/`))) {
      req.url = req.url!.slice(options.api!.prefix.length) || '/';
      void api(req, res);
      return;
    }
    const path = requested.endsWith('/') ? `${requested}index.html` : requested;
    const body = options.files.get(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = path.slice(path.lastIndexOf('.'));
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    if (ext === '.html') Object.assign(headers, { 'cache-control': 'no-store' }, options.pageHeaders);
    else headers['cache-control'] = options.cacheScripts ? 'public, max-age=31536000, immutable' : 'no-store';
    if (path === '/mockServiceWorker.js') headers['service-worker-allowed'] = '/';
    // Compressed as a CDN or any web server would send it.
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && ext !== '.svg') {
      let zipped = gzipped.get(path);
      if (!zipped) gzipped.set(path, (zipped = gzipSync(body, { level: 9 })));
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(zipped);
      return;
    }
    res.writeHead(200, headers).end(body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
