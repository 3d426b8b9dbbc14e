// runDirect: a benchmark started directly must run and report, also when started through a symlink
// (a symlinked checkout); when it is imported it must not run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const report = pathToFileURL(join(import.meta.dirname, 'report.ts')).href;
const folder = mkdtempSync(join(tmpdir(), 'assist-run-direct-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const bench = join(folder, 'tiny.bench.mts');
writeFileSync(
  bench,
  `import { runDirect } from ${JSON.stringify(report)};
export const loaded = true;
await runDirect(import.meta.url, async () => ({ name: 'tiny', rows: [{ section: 'tiny', name: 'a figure over its budget', value: '2', budget: '≤ 1', status: 'over' }], data: {} }));
`,
);
symlinkSync(folder, join(folder, 'link'));

function node(...args: string[]) {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  return spawnSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8', env, cwd: join(import.meta.dirname, '..', '..', '..') });
}

describe('runDirect', () => {
  it('runs a benchmark started directly: prints its rows and exits 1 for a figure over budget', () => {
    const result = node(bench);
    assert.match(result.stdout, /a figure over its budget/);
    assert.equal(result.status, 1);
  });

  it('runs it the same when it is started through a symlink', () => {
    const result = node(join(folder, 'link', 'tiny.bench.mts'));
    assert.match(result.stdout, /a figure over its budget/);
    assert.equal(result.status, 1);
  });

  it('does not run it when it is imported', () => {
    const result = node('--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(bench).href)}); console.log('imported');`);
    assert.equal(result.stdout.trim(), 'imported');
    assert.equal(result.status, 0);
  });
});
