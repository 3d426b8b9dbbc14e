/**
 * Throughput of the reference API's JSON routes on a real socket: autocannon (10 connections) against
 * 127.0.0.1, each route for DURATION seconds after a 1-second warm-up, first the reference API
 * (@hono/node-server, as `pnpm serve:api` runs it: routing, validation, auth, response validation),
 * then a bare node:http server answering the same bytes: the ratio is what the framework and the
 * checks cost. The servers run in a process of their own; the load generator shares the machine's
 * cores with them, so compare figures of one run, not across machines.
 * Run: node --import tsx test/bench/throughput.bench.ts   (ASSIST_BENCH_DURATION=10 seconds per route and server)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { root } from './support/dist.js';
import { envNumber, progress, runDirect, type BenchResult, type Row } from './support/report.js';
import { int } from './support/stats.js';

const DURATION = envNumber('ASSIST_BENCH_DURATION', 10);
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 1;

interface Target {
  name: string;
  path: string;
  headers: Record<string, string>;
  bytes: number;
}

export interface Throughput {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface ThroughputData {
  durationSeconds: number;
  connections: number;
  routes: { name: string; path: string; bytes: number; api: Throughput; bare: Throughput; ratio: number }[];
}

async function startServers(): Promise<{ child: ChildProcess; hono: number; bare: number; targets: Target[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'bench', 'support', 'api-servers.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the API servers exited (${code}) before listening`)));
  });
  const info = JSON.parse(line) as { hono: number; bare: number; targets: Target[] };
  return { child, ...info };
}

async function load(port: number, target: Target, seconds: number): Promise<Throughput> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${target.path}`,
    headers: target.headers,
    connections: CONNECTIONS,
    duration: seconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export async function run(): Promise<BenchResult<ThroughputData>> {
  const servers = await startServers();
  const routes: ThroughputData['routes'] = [];
  try {
    for (const target of servers.targets) {
      progress(`throughput: ${target.name}, ${DURATION} s on each server`);
      const measured: Throughput[] = [];
      for (const port of [servers.hono, servers.bare]) {
        await load(port, target, WARM_UP_SECONDS);
        const figures = await load(port, target, DURATION);
        if (figures.non2xx > 0 || figures.errors > 0) {
          throw new Error(`${target.name} on port ${port}: ${figures.non2xx} answers other than 2xx and ${figures.errors} errors under load`);
        }
        measured.push(figures);
      }
      const [api, bare] = measured as [Throughput, Throughput];
      routes.push({ name: target.name, path: target.path, bytes: target.bytes, api, bare, ratio: api.requestsPerSecond / bare.requestsPerSecond });
    }
  } finally {
    servers.child.kill();
  }
  const rows: Row[] = routes.map((r) => ({
    section: `throughput (${DURATION} s, ${CONNECTIONS} connections)`,
    name: `${r.name} (${int(r.bytes)} B JSON)`,
    value: `${int(r.api.requestsPerSecond)} req/s · p99 ${r.api.p99} ms`,
    reference: `bare node:http ${int(r.bare.requestsPerSecond)} req/s · p99 ${r.bare.p99} ms; ratio ${r.ratio.toFixed(2)}`,
    status: 'info',
  }));
  return { name: 'throughput', rows, data: { durationSeconds: DURATION, connections: CONNECTIONS, routes } };
}

await runDirect(import.meta.url, run);
