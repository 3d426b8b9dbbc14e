#!/usr/bin/env node
// Runs every test of the repository: Node tests (contract, client, API routes through app.request)
// and browser tests in headless Chromium (@web/test-runner). Ends with one line: "N passed, N failed".
// Usage: node test/run.mjs [--only node|browser] [file-filter]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './support/chrome.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const filter = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--only')[0];
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
const all = walk(join(root, 'packages'))
  .concat(walk(join(root, 'mock-server')), walk(join(root, 'test')), walk(join(root, 'playground', 'src')))
  .filter((f) => !filter || f.includes(filter))
  .sort();
const nodeFiles = all.filter((f) => !isBrowserTest(f));
const browserFiles = all.filter(isBrowserTest);

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
let crashed = false;

if (only !== 'browser' && nodeFiles.length > 0) {
  console.log(`\n# Node tests (${nodeFiles.length} files)\n`);
  const countsFile = join(work, 'node-counts.json');
  const code = await run(process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'test', 'support', 'count-reporter.mjs')}`,
    `--test-reporter-destination=${countsFile}`,
    ...nodeFiles.map((f) => relative(root, f)),
  ]);
  const counts = readCounts(countsFile);
  if (!counts) crashed = true;
  else for (const k of Object.keys(totals)) totals[k] += counts[k];
  if (code !== 0 && (!counts || counts.failed === 0)) crashed = true;
}

if (only !== 'node' && browserFiles.length > 0) {
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
    else for (const k of Object.keys(totals)) totals[k] += counts[k];
    if (code !== 0 && (!counts || counts.failed === 0)) crashed = true;
  }
}

if (crashed && totals.failed === 0) totals.failed = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || crashed ? 1 : 0);
