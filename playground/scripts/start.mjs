#!/usr/bin/env node
// `pnpm start`: the reference API on http://127.0.0.1:8787 and the playground on http://127.0.0.1:5173.
// The playground uses the in-browser mock by default; its "Real server" switch talks to the API.
// Both run as a demo (ASSIST_DEMO=1: demo secrets and data, the demo client id for localhost). The
// API's admin surface gets a token made for this run, which only the playground is given: Vite
// forwards the playground's /__admin calls to the API and the page sends the token with them.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const adminToken = randomBytes(32).toString('base64url');
const api = process.env.ASSIST_API_URL ?? 'http://127.0.0.1:8787';
const children = [
  spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'mock-server', 'src', 'node.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASSIST_DEMO: '1', ASSIST_ADMIN_TOKEN: adminToken },
  }),
  spawn(join(root, 'playground', 'node_modules', '.bin', 'vite'), [], {
    cwd: join(root, 'playground'),
    stdio: 'inherit',
    env: { ...process.env, ASSIST_API_URL: api, VITE_ASSIST_ADMIN_TOKEN: adminToken },
  }),
];

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300);
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
