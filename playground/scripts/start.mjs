#!/usr/bin/env node
// `pnpm start`: the reference API on http://127.0.0.1:8787 and the playground on http://127.0.0.1:5173.
// The playground uses the in-browser mock by default; its "Real server" switch talks to the API.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const children = [
  spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'mock-server', 'src', 'node.ts')], { cwd: root, stdio: 'inherit' }),
  spawn(join(root, 'playground', 'node_modules', '.bin', 'vite'), [], { cwd: join(root, 'playground'), stdio: 'inherit' }),
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
