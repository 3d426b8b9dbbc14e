// Browser tests: real headless Chromium, TypeScript through esbuild, the MSW worker served from the
// installed msw, and the reference API mounted at /real-api so tests can also hit a real server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './support/chrome.mjs';
import { countReporter } from './support/count-reporter-wtr.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'mock-server', 'package.json'));

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('Chromium was not found: install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH.');
}

// The reference API in Node, as the real server answers (needs NODE_OPTIONS=--import=tsx).
const { createApp } = await import(join(root, 'mock-server', 'src', 'app.ts'));
const { app } = createApp({ demo: true });
const listener = getRequestListener(app.fetch);
const REAL_API = '/real-api';

const workerScript = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');

/**
 * `executeServerCommand('time-zone', { zone })` from a browser test: the page's time zone, as a shopper
 * elsewhere has it (`zone: null`: the machine's again). Set it before anything formats a time, since
 * formatters made earlier keep the zone they were made in.
 */
const timeZonePlugin = {
  name: 'time-zone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'time-zone') return undefined;
    await session.browser.getPage(session.id).emulateTimezone(payload?.zone ?? undefined);
    return true;
  },
};

export default {
  rootDir: root,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  // Per test (mocha); ASSIST_TEST_TIMEOUT_MS overrides it, as for the Node tests.
  testFramework: { config: { timeout: Number(process.env.ASSIST_TEST_TIMEOUT_MS) || 10_000 } },
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: join(root, 'tsconfig.json'), target: 'es2022' }), timeZonePlugin],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  middleware: [
    async (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') {
        ctx.type = 'application/javascript';
        ctx.set('Service-Worker-Allowed', '/');
        ctx.body = workerScript;
        return;
      }
      if (ctx.path === REAL_API || ctx.path.startsWith(`${REAL_API}/`)) {
        ctx.respond = false;
        ctx.req.url = ctx.req.url.slice(REAL_API.length) || '/';
        await listener(ctx.req, ctx.res);
        return;
      }
      return next();
    },
  ],
  reporters: [defaultReporter(), summaryReporter(), countReporter(process.env.ASSIST_TEST_COUNTS)],
};
