import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Serves (and, on build, emits) the MSW worker of the installed msw, so it always matches its version. */
function mockServiceWorker(): Plugin {
  const source = () => readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
  return {
    name: 'assist-msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('content-type', 'application/javascript');
        res.setHeader('service-worker-allowed', '/');
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: source() });
    },
  };
}

export default defineConfig({
  plugins: [mockServiceWorker()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    // The real server's admin surface answers only its own origin: the playground reaches it through
    // this page's origin (`pnpm start` sets ASSIST_API_URL and hands over the admin token).
    proxy: { '/__admin': { target: process.env.ASSIST_API_URL ?? 'http://127.0.0.1:8787' } },
  },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        checkout: fileURLToPath(new URL('./index.html', import.meta.url)),
        agent: fileURLToPath(new URL('./agent.html', import.meta.url)),
        returns: fileURLToPath(new URL('./returns.html', import.meta.url)),
        theme: fileURLToPath(new URL('./theme.html', import.meta.url)),
      },
    },
  },
});
