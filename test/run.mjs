#!/usr/bin/env node
// Runs every test of the repository: Node tests (contract, client, API routes through app.request)
// and browser tests in headless Chromium (@web/test-runner). Ends with one line: "N passed, N failed"
// (", N skipped" when tests were skipped; they are listed by name above it).
// The run fails when a filter selects no file, when a test file runs no test, exits early or crashes,
// and when a test outlives its timeout (test/support/node-test-guard.mjs, the mocha timeout in
// test/web-test-runner.config.mjs).
// Usage: node test/run.mjs [--only node|browser] [--dir folder] [file-filter]
//   --dir: look for *.test.ts in this folder instead of the repository's (the runner's own tests use it)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChrome } from './support/chrome.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = option('--only');
const dir = option('--dir');
const filter = args.filter((a, i) => !a.startsWith('--') && !['--only', '--dir'].includes(args[i - 1]))[0];
const work = mkdtempSync(join(tmpdir(), 'assist-test-'));

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const isBrowserTest = (file) => file.includes(`${join('test', 'browser')}/`) || file.includes(`${join('packages', 'elements', 'src')}/`);
const folders = dir ? [resolve(dir)] : [join(root, 'packages'), join(root, 'mock-server'), join(root, 'test'), join(root, 'playground', 'src')];
const all = folders
  .flatMap((folder) => walk(folder))
  .filter((f) => !filter || f.includes(filter))
  .sort();
const nodeFiles = only === 'browser' ? [] : all.filter((f) => !isBrowserTest(f));
const browserFiles = only === 'node' ? [] : all.filter(isBrowserTest);

if (nodeFiles.length + browserFiles.length === 0) {
  console.error(`\nNo test file matches${filter ? ` "${filter}"` : ''}${only ? ` among the ${only} tests` : ''}.`);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

/** Whole-file limit, a backstop for a file that hangs outside any test (each test has its own). */
const FILE_TIMEOUT_MS = 600_000;

function run(command, commandArgs, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const skippedNames = [];
const noTests = [];
let crashed = false;

function add(counts) {
  for (const k of Object.keys(totals)) totals[k] += counts[k];
  skippedNames.push(...counts.skippedNames);
  noTests.push(...counts.noTests);
}

if (nodeFiles.length > 0) {
  console.log(`\n# Node tests (${nodeFiles.length} files)\n`);
  const countsFile = join(work, 'node-counts.json');
  const code = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      pathToFileURL(join(root, 'test', 'support', 'node-test-guard.mjs')).href,
      '--test',
      // Ends each file once its tests are done, even if a timed-out test or a leaked handle keeps it alive.
      '--test-force-exit',
      `--test-timeout=${FILE_TIMEOUT_MS}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'test', 'support', 'count-reporter.mjs')}`,
      '--test-reporter-destination=stdout',
      ...nodeFiles.map((f) => relative(root, f)),
    ],
    { ASSIST_TEST_COUNTS: countsFile },
  );
  const counts = readCounts(countsFile);
  if (!counts) crashed = true;
  else add(counts);
  if (code !== 0 && (!counts || counts.failed === 0)) crashed = true;
}

if (browserFiles.length > 0) {
  const chrome = findChrome();
  if (!chrome) {
    console.error(
      '\nChromium was not found. The browser tests need it:\n' + '  Debian/Ubuntu: sudo apt-get install -y chromium\n' + '  or point CHROME_PATH at a Chrome or Chromium binary.\n',
    );
    crashed = true;
    totals.failed += browserFiles.length;
  } else {
    console.log(`\n# Browser tests in ${chrome} (${browserFiles.length} files)\n`);
    const countsFile = join(work, 'browser-counts.json');
    const code = await run(
      join(root, 'node_modules', '.bin', 'web-test-runner'),
      ['--config', join(root, 'test', 'web-test-runner.config.mjs'), ...browserFiles.map((f) => relative(root, f))],
      { CHROME_PATH: chrome, ASSIST_TEST_COUNTS: countsFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=tsx`.trim() },
    );
    const counts = readCounts(countsFile);
    if (!counts) crashed = true;
    else add(counts);
    if (code !== 0 && (!counts || counts.failed === 0)) crashed = true;
  }
}

if (skippedNames.length > 0) console.log(`\nSkipped:\n${skippedNames.map((n) => `  - ${n}`).join('\n')}`);
if (noTests.length > 0) console.log(`\nRan no test (a failure):\n${noTests.map((n) => `  - ${n}`).join('\n')}`);
if (crashed && totals.failed === 0) totals.failed = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || crashed ? 1 : 0);
