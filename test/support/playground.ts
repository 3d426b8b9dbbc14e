import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';

const root = join(import.meta.dirname, '..', '..');

export interface Playground {
  /** Where the playground is served, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** The playground as `pnpm start` serves it (Vite, the in-browser mock API), on a free loopback port. */
export async function startPlayground(): Promise<Playground> {
  const vite: ViteDevServer = await createServer({
    root: join(root, 'playground'),
    configFile: join(root, 'playground', 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  await vite.listen();
  return { url: vite.resolvedUrls!.local[0]!.replace(/\/$/, ''), close: () => vite.close() };
}
