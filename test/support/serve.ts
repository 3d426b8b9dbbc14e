import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
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

export type Body = string | Uint8Array;

export interface Page {
  body: string;
  headers?: Record<string, string>;
}

export interface SiteOptions {
  /**
   * The files of the site: contents by URL path (`/index.html`, built in memory), or folders on disk by
   * URL prefix (`/cdn/0.1.0/` → the CDN build). A path ending in `/` serves its `index.html`.
   */
  files?: Map<string, Body> | Record<string, string>;
  /** Exact path → page, built per request (e.g. with a fresh CSP nonce); its headers win. */
  pages?: Record<string, (request: IncomingMessage) => Page>;
  /**
   * An API on the same origin, under a path prefix that is removed before it sees the request: the
   * reference API as `pnpm serve:api` runs it (`'/api'`), or any app's `fetch` (`{ prefix, fetch }`).
   */
  api?: string | { prefix: string; fetch: (request: Request) => Response | Promise<Response> };
  /** Extra headers for HTML pages (e.g. a Content-Security-Policy). */
  pageHeaders?: Record<string, string>;
  /** Answers scripts with a long max-age, as a CDN would (otherwise `no-store`, like the pages). */
  cacheScripts?: boolean;
}

export interface Site {
  url: string;
  /** Every request path, in order (`/cdn/0.1.0/core.js`, `/api/v1/help/search?…`). */
  requests: string[];
  close(): Promise<void>;
}

/** A file's contents by its URL path: from the in-memory map, or from the folder its prefix names. */
function lookup(files: SiteOptions['files'], pathname: string): { path: string; body: Body; cache: boolean } | undefined {
  if (files instanceof Map) {
    const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const body = files.get(path);
    return body === undefined ? undefined : { path, body, cache: true };
  }
  for (const [prefix, dir] of Object.entries(files ?? {})) {
    if (!pathname.startsWith(prefix)) continue;
    let path = normalize(join(dir, pathname.slice(prefix.length)));
    if (!path.startsWith(normalize(dir))) return undefined;
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    return existsSync(path) ? { path, body: readFileSync(path), cache: false } : undefined;
  }
  return undefined;
}

/**
 * A small web server for browser tests and benchmarks on 127.0.0.1 with a random port: files from
 * memory or disk, generated pages with their own headers, and an API on the same origin. Responses
 * are gzipped when the browser accepts it, as a CDN or any web server would send them.
 */
export async function serveSite(options: SiteOptions): Promise<Site> {
  const requests: string[] = [];
  // The reference API loads only for the sites that mount it.
  const mount = typeof options.api === 'string' ? { prefix: options.api, fetch: (await import('../../mock-server/src/app.js')).createApp({ demo: true }).app.fetch } : options.api;
  const api = mount ? getRequestListener(mount.fetch) : undefined;
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    if (api && mount && (url.pathname === mount.prefix || url.pathname.startsWith(`${mount.prefix}/`))) {
      request.url = (request.url ?? '/').slice(mount.prefix.length) || '/';
      void api(request, response);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const pathname = decodeURIComponent(url.pathname);
    const page = options.pages?.[pathname];
    const file = page ? undefined : lookup(options.files, pathname);
    if (!page && !file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = page ? '.html' : extname(file!.path);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    if (ext === '.html') Object.assign(headers, { 'cache-control': 'no-store' }, options.pageHeaders);
    else headers['cache-control'] = options.cacheScripts ? 'public, max-age=31536000, immutable' : 'no-store';
    if (pathname === '/mockServiceWorker.js') headers['service-worker-allowed'] = '/';
    let body: Body;
    if (page) {
      const built = page(request);
      Object.assign(headers, built.headers);
      body = built.body;
    } else body = file!.body;
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && ext !== '.svg') {
      let zipped = file?.cache ? gzipped.get(file.path) : undefined;
      if (!zipped) zipped = gzipSync(body, { level: 9 });
      if (file?.cache) gzipped.set(file.path, zipped);
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(zipped);
      return;
    }
    response.writeHead(200, headers).end(body);
  });
  server.keepAliveTimeout = 1000;
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
