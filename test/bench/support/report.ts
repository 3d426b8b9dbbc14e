import { realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { table } from './stats.js';

/**
 * How a figure compares with its budget. `info` has no budget; `not built`/`not available` could not
 * be measured yet; `failed`: the benchmark itself broke.
 */
export type Status = 'ok' | 'over' | 'info' | 'not built' | 'not available' | 'failed';

/** One line of the `pnpm bench` table. */
export interface Row {
  /** Which benchmark: size, page load, search, throughput, chat. */
  section: string;
  /** What was measured. */
  name: string;
  /** The figure, formatted. */
  value: string;
  /** The peer it is compared with (a page without Assist, a bare node:http server), formatted. */
  reference?: string;
  /** The budget, formatted. */
  budget?: string;
  status: Status;
}

export interface BenchResult<Data = unknown> {
  name: string;
  rows: Row[];
  /** Raw figures for results.json. */
  data: Data;
  seconds?: number;
}

export const HEADER = ['benchmark', 'measurement', 'value', 'compared with', 'budget', 'result'] as const;

export function formatRows(rows: readonly Row[]): string {
  return table(
    HEADER,
    rows.map((r) => [r.section, r.name, r.value, r.reference ?? '', r.budget ?? '', r.status === 'over' || r.status === 'failed' ? r.status.toUpperCase() : r.status]),
    ['l', 'l', 'l', 'l', 'l', 'l'],
  );
}

/**
 * Whether this module is the script node was started with. Compared as real paths: node names the
 * script by the path it was given (a symlinked checkout, say) while a module's URL is its real path, and
 * a plain comparison would make a direct run measure nothing and exit 0.
 */
function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/**
 * Lets a benchmark module run on its own (`node --import tsx test/bench/x.ts`: prints its rows and
 * exits 1 when a figure is over budget) or under test/bench/run.ts (`--json <file>`: writes the result).
 */
export async function runDirect<Data>(moduleUrl: string, run: () => Promise<BenchResult<Data>>): Promise<void> {
  if (!isMain(moduleUrl)) return;
  const started = performance.now();
  const result = await run();
  result.seconds = Math.round((performance.now() - started) / 100) / 10;
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1]!, JSON.stringify(result, null, 2));
  else console.log(`\n${formatRows(result.rows)}\n`);
  process.exit(result.rows.some((r) => r.status === 'over' || r.status === 'failed') ? 1 : 0);
}

/** Progress for the person waiting; kept off stdout so the table stays the output. */
export const progress = (message: string): void => void process.stderr.write(`  ${message}\n`);

/** Seconds from an environment variable, e.g. ASSIST_BENCH_DURATION=3. */
export function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
