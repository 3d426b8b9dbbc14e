// The runner itself (test/run.mjs): it must not pass on nothing. Each case runs it on small test files
// in a temporary folder and reads its exit code and its last line, the one CI parses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runner = join(root, 'test', 'run.mjs');
const folders: string[] = [];
after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  output: string;
  last: string;
}

/** Runs test/run.mjs --only node on these files (name → source), or --only browser. */
function run(files: Record<string, string>, ...args: string[]): Run {
  const browser = args.includes('browser');
  if (browser) mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  // The browser tests are served from the repository: their folder has to be inside it.
  const folder = browser ? mkdtempSync(join(root, 'node_modules', '.cache', 'assist-runner-')) : mkdtempSync(join(tmpdir(), 'assist-runner-'));
  folders.push(folder);
  const filesAt = browser ? join(folder, 'test', 'browser') : folder;
  mkdirSync(filesAt, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(join(filesAt, name), source);
  // This file runs under node --test itself: the runner under test must not take itself for a test file.
  const env: NodeJS.ProcessEnv = { ...process.env, ASSIST_TEST_TIMEOUT_MS: '2000' };
  delete env.NODE_TEST_CONTEXT;
  const result = spawnSync(process.execPath, [runner, ...(browser ? [] : ['--only', 'node']), '--dir', folder, ...args], { encoding: 'utf8', env });
  const output = `${result.stdout}${result.stderr}`;
  const lines = result.stdout.trim().split('\n');
  return { code: result.status, output, last: lines[lines.length - 1] ?? '' };
}

const passing = `import { it } from 'node:test';\nit('passes', () => {});\n`;

describe('test/run.mjs', () => {
  it('passes a file whose tests pass, with the line CI parses', () => {
    const result = run({ 'ok.test.ts': passing });
    assert.equal(result.last, '1 passed, 0 failed');
    assert.equal(result.code, 0);
  });

  it('fails a file that defines no test, and names it', () => {
    const result = run({ 'ok.test.ts': passing, 'empty.test.ts': 'export const nothing = 1;\n' });
    assert.equal(result.last, '1 passed, 1 failed');
    assert.notEqual(result.code, 0);
    assert.match(result.output, /Ran no test \(a failure\):\n\s+- \S*empty\.test\.ts/);
  });

  it('fails a file that exits early with code 0', () => {
    const source = `import { it } from 'node:test';\nit('a', () => {});\nit('exits', () => { process.exit(0); });\nit('never runs', () => {});\n`;
    const result = run({ 'exit.test.ts': source });
    assert.match(result.last, /^\d+ passed, [1-9]\d* failed$/);
    assert.notEqual(result.code, 0);
    assert.match(result.output, /exited before its tests had finished/);
  });

  it('fails a file that crashes while loading', () => {
    const result = run({ 'ok.test.ts': passing, 'crash.test.ts': `throw new Error('broken on load');\n` });
    assert.equal(result.last, '1 passed, 1 failed');
    assert.notEqual(result.code, 0);
  });

  it('counts a skipped suite and a skipped test and lists them by name', () => {
    const source = [
      `import { describe, it } from 'node:test';`,
      `describe('a skipped suite', { skip: 'not today' }, () => { it('inner', () => {}); });`,
      `describe('a suite', () => { it('runs', () => {}); it('a skipped test', { skip: true }, () => {}); });`,
    ].join('\n');
    const result = run({ 'skips.test.ts': source });
    assert.equal(result.last, '1 passed, 0 failed, 2 skipped');
    assert.equal(result.code, 0);
    assert.match(result.output, /Skipped:\n\s+- suite a skipped suite \(not today\)\n\s+- a skipped test\n/);
  });

  it('fails when the filter matches no file', () => {
    const result = run({ 'ok.test.ts': passing }, 'no-such-file');
    assert.equal(result.last, '0 passed, 1 failed');
    assert.notEqual(result.code, 0);
    assert.match(result.output, /No test file matches "no-such-file"/);
  });

  it('fails a test that hangs, by its timeout, and still ends the run', () => {
    const source = [`import { it } from 'node:test';`, `it('passes', () => {});`, `it('hangs', () => new Promise(() => { setInterval(() => {}, 1000); }));`].join('\n');
    const result = run({ 'hang.test.ts': source });
    assert.equal(result.last, '1 passed, 1 failed');
    assert.notEqual(result.code, 0);
    assert.match(result.output, /timed out after 2000ms/);
  });

  it('fails a hook that hangs, by its timeout', () => {
    const source = [
      `import { before, describe, it } from 'node:test';`,
      `describe('a suite', () => { before(() => new Promise(() => { setInterval(() => {}, 1000); })); it('waits for the hook', () => {}); });`,
    ].join('\n');
    const result = run({ 'hook.test.ts': source });
    assert.match(result.last, /^0 passed, [1-9]\d* failed$/);
    assert.notEqual(result.code, 0);
  });

  it('in the browser: fails a file with no test and a test that hangs, and lists a skipped test by name', () => {
    const source = [
      `describe('a browser suite', () => {`,
      `  it('passes', () => {});`,
      `  it.skip('is skipped', () => {});`,
      `  it('hangs', () => new Promise(() => {}));`,
      `});`,
    ].join('\n');
    const result = run({ 'empty.test.ts': 'export const nothing = 1;\n', 'suite.test.ts': source }, '--only', 'browser');
    assert.equal(result.last, '1 passed, 2 failed, 1 skipped');
    assert.notEqual(result.code, 0);
    assert.match(result.output, /Timeout of 2000ms exceeded/);
    assert.match(result.output, /Skipped:\n\s+- a browser suite > is skipped\n/);
    assert.match(result.output, /Ran no test \(a failure\):\n\s+- \S*empty\.test\.ts/);
  });
});
