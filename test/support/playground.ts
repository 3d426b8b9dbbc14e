import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';

const root = join(import.meta.dirname, '..', '..');

export interface Playground {
  /** Where the playground is served, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

export interface PlaygroundOptions {
  /** The real server the playground's admin calls are forwarded to, with its admin token (as `pnpm start` hands it over). */
  api?: { url: string; adminToken: string };
}

/** The playground as `pnpm start` serves it (Vite, the in-browser mock API), on a free loopback port. */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const vite: ViteDevServer = await createServer({
    root: join(root, 'playground'),
    configFile: join(root, 'playground', 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, strictPort: false, host: '127.0.0.1', ...(options.api ? { proxy: { '/__admin': { target: options.api.url } } } : {}) },
    ...(options.api ? { define: { 'import.meta.env.VITE_ASSIST_ADMIN_TOKEN': JSON.stringify(options.api.adminToken) } } : {}),
  });
  await vite.listen();
  return { url: vite.resolvedUrls!.local[0]!.replace(/\/$/, ''), close: () => vite.close() };
}
