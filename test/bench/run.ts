/**
 * `pnpm bench`: every benchmark, one after the other, each in a process of its own; then one table
 * and test/bench/results.json. Exits 1 when a figure is over its budget or a benchmark failed.
 * Usage: pnpm bench [size|downloads|search|search-input|load|main-thread|throughput|chat|stores|assistant ...] [--no-build]
 * Environment: ASSIST_BENCH_DURATION (seconds per throughput run, default 10), ASSIST_BENCH_RUNS
 * (page loads per variant: 5 in load, 2 in downloads), ASSIST_BENCH_QUERIES (typed searches, 60), ASSIST_BENCH_MESSAGES
 * (chat round trips, 500), ASSIST_BENCH_CLICKS (clicks to open, 20), ASSIST_BENCH_NO_BUILD=1 (measure the existing build).
 * What each figure means and how to reproduce it: docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './support/dist.js';
import { formatRows, type BenchResult, type Row } from './support/report.js';

const BENCHES = [
  { name: 'size', file: 'size.ts' },
  { name: 'downloads', file: 'downloads.bench.ts' },
  { name: 'search', file: 'search.bench.ts' },
  { name: 'search-input', file: 'search-input.bench.ts' },
  { name: 'load', file: 'load.bench.ts' },
  { name: 'main-thread', file: 'main-thread.bench.ts' },
  { name: 'throughput', file: 'throughput.bench.ts' },
  { name: 'chat', file: 'chat.bench.ts' },
  { name: 'stores', file: 'stores.bench.ts' },
  { name: 'assistant', file: 'assistant.bench.ts' },
] as const;

const args = process.argv.slice(2);
const chosen = args.filter((a) => !a.startsWith('--'));
const unknown = chosen.filter((c) => !BENCHES.some((b) => b.name === c));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'assist-bench-'));
const started = performance.now();

function runOne(file: string, out: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'bench', file), '--json', out, ...args.filter((a) => a.startsWith('--'))], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const results: BenchResult[] = [];
for (const bench of BENCHES.filter((b) => chosen.length === 0 || chosen.includes(b.name))) {
  console.error(`\n# ${bench.name}`);
  const out = join(work, `${bench.name}.json`);
  const benchStarted = performance.now();
  const code = await runOne(bench.file, out);
  let result: BenchResult | null;
  try {
    result = JSON.parse(readFileSync(out, 'utf8')) as BenchResult;
  } catch {
    result = null;
  }
  const seconds = Math.round((performance.now() - benchStarted) / 100) / 10;
  if (!result) {
    result = {
      name: bench.name,
      rows: [{ section: bench.name, name: `test/bench/${bench.file}`, value: `exited ${code} without a result (see above)`, status: 'failed' }],
      data: null,
    };
  }
  result.seconds = seconds;
  results.push(result);
}

const rows: Row[] = results.flatMap((r) => r.rows);
const seconds = Math.round((performance.now() - started) / 1000);
const over = rows.filter((r) => r.status === 'over' || r.status === 'failed');
writeFileSync(
  join(root, 'test', 'bench', 'results.json'),
  `${JSON.stringify(
    {
      ranAt: new Date().toISOString(),
      node: process.version,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30) },
      seconds,
      overBudget: over.map((r) => `${r.section}: ${r.name}`),
      benches: Object.fromEntries(results.map((r) => [r.name, r])),
    },
    null,
    2,
  )}\n`,
);

console.log(
  `\nAssist benchmarks · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'} · ${seconds} s (${results.map((r) => `${r.name} ${Math.round(r.seconds ?? 0)} s`).join(', ')})\n`,
);
console.log(formatRows(rows));
console.log(`\n${over.length === 0 ? 'Every budgeted figure is within budget.' : `${over.length} over budget or failed: ${over.map((r) => r.name).join('; ')}.`}`);
console.log('Figures: test/bench/results.json; what they mean and how to reproduce them: docs/benchmarks.md');
process.exit(over.length > 0 ? 1 : 0);
