/**
 * Throughput of the reference API's JSON routes on a real socket: autocannon (10 connections) against
 * 127.0.0.1, each route for DURATION seconds per server after a 1-second warm-up, on three servers
 * (support/api-servers.ts), interleaved: ROUNDS slices of DURATION/ROUNDS seconds, api → trivial → bare,
 * so that what else the machine does falls on all three alike: the reference API as `pnpm serve:api` runs it (@hono/node-server,
 * routing, validation, auth; no response validation, as in production), a trivial Hono route on the
 * same adapter answering the same JSON, and a bare node:http server writing the same bytes.
 * The ratio to the trivial route is what the reference API adds to any Hono app (targets: article and
 * order ≥ 0.8, search ≥ 0.5, over hundreds of different queries so that no cache answers them all);
 * the ratio to bare node:http is the whole cost. The servers run in a process of their own; the load
 * generator shares the machine's cores with them, so compare ratios of one run, not figures across
 * machines.
 * Run: node --import tsx test/bench/run.ts throughput   (ASSIST_BENCH_DURATION=10 seconds per route and server)
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
/** Slices per server and route: the servers take turns, so a busy moment of the machine falls on each. */
const ROUNDS = Math.max(1, Math.min(envNumber('ASSIST_BENCH_ROUNDS', 5), DURATION));

interface Target {
  name: string;
  path: string;
  /** Requests made in turn (many search queries); else `path` every time. */
  paths?: string[];
  headers: Record<string, string>;
  /** Size of the answer (the mean over `paths`). */
  bytes: number;
}

/** Least share of the trivial Hono route's throughput each route must reach, by path prefix. */
const TARGETS: [prefix: string, ratio: number][] = [
  ['/v1/help/articles/', 0.8],
  ['/v1/help/search', 0.5],
  ['/v1/orders/', 0.8],
];

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
  routes: {
    name: string;
    path: string;
    bytes: number;
    api: Throughput;
    trivial: Throughput;
    bare: Throughput;
    /** api ÷ trivial Hono route (all slices). */
    ratio: number;
    /** The lowest and highest api ÷ trivial of one round (slices next to each other). */
    ratioRange: [number, number];
    /** api ÷ bare node:http. */
    bareRatio: number;
    target: number | null;
  }[];
}

interface Servers {
  api: number;
  trivial: number;
  bare: number;
  targets: Target[];
}

async function startServers(): Promise<Servers & { child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'bench', 'support', 'api-servers.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the API servers exited (${code}) before listening`)));
  });
  const info = JSON.parse(line) as Servers;
  return { child, ...info };
}

async function load(port: number, target: Target, seconds: number): Promise<Throughput & { requests: number }> {
  const paths = target.paths;
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${target.path}`,
    headers: target.headers,
    connections: CONNECTIONS,
    duration: seconds,
    ...(paths ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length]! }) }] } : {}),
  });
  if (result.non2xx > 0 || result.errors + result.timeouts > 0) {
    throw new Error(`${target.name} on port ${port}: ${result.non2xx} answers other than 2xx and ${result.errors + result.timeouts} errors under load`);
  }
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Slices of one server put together: requests over the whole time, the median slice's latencies. */
function combine(slices: (Throughput & { requests: number })[], seconds: number): Throughput {
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return {
    requestsPerSecond: slices.reduce((sum, s) => sum + s.requests, 0) / seconds,
    p50: mid(slices.map((s) => s.p50)),
    p99: mid(slices.map((s) => s.p99)),
    non2xx: 0,
    errors: 0,
  };
}

export async function run(): Promise<BenchResult<ThroughputData>> {
  const servers = await startServers();
  const routes: ThroughputData['routes'] = [];
  const slice = DURATION / ROUNDS;
  try {
    for (const target of servers.targets) {
      progress(`throughput: ${target.name}, ${DURATION} s on each server in ${ROUNDS} turns`);
      const ports = [servers.api, servers.trivial, servers.bare] as const;
      for (const port of ports) await load(port, target, WARM_UP_SECONDS);
      const slices: (Throughput & { requests: number })[][] = [[], [], []];
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, port] of ports.entries()) slices[i]!.push(await load(port, target, slice));
      }
      const [api, trivial, bare] = slices.map((s) => combine(s, DURATION)) as [Throughput, Throughput, Throughput];
      const perRound = slices[0]!.map((s, round) => s.requests / slices[1]![round]!.requests);
      routes.push({
        name: target.name,
        path: target.path,
        bytes: target.bytes,
        api,
        trivial,
        bare,
        ratio: api.requestsPerSecond / trivial.requestsPerSecond,
        ratioRange: [Math.min(...perRound), Math.max(...perRound)],
        bareRatio: api.requestsPerSecond / bare.requestsPerSecond,
        target: TARGETS.find(([prefix]) => target.path.startsWith(prefix))?.[1] ?? null,
      });
    }
  } finally {
    servers.child.kill();
  }
  const rows: Row[] = routes.map((r) => ({
    section: `throughput (${DURATION} s, ${CONNECTIONS} connections)`,
    name: `${r.name} (${int(r.bytes)} B JSON)`,
    value: `${int(r.api.requestsPerSecond)} req/s · p99 ${r.api.p99} ms · ${r.ratio.toFixed(2)}× trivial Hono (rounds ${r.ratioRange[0].toFixed(2)} to ${r.ratioRange[1].toFixed(2)}) · ${r.bareRatio.toFixed(2)}× bare`,
    reference: `trivial Hono ${int(r.trivial.requestsPerSecond)} req/s; bare node:http ${int(r.bare.requestsPerSecond)} req/s`,
    ...(r.target === null ? { status: 'info' as const } : { budget: `≥ ${r.target.toFixed(2)}× trivial Hono`, status: r.ratio >= r.target ? ('ok' as const) : ('over' as const) }),
  }));
  return { name: 'throughput', rows, data: { durationSeconds: DURATION, connections: CONNECTIONS, routes } };
}

await runDirect(import.meta.url, run);
