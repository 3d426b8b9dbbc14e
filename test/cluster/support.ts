/**
 * Real processes for the cluster suites: API servers started as they run in production (each on a free
 * port, with its own environment), a fresh PostgreSQL database per test file, HAProxy in front of several
 * servers (round-robin, health checks on /healthz), a TCP proxy that can cut the database connection,
 * and one teardown that ends every process and removes every temporary folder, also when a test fails.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server as NetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventParser } from '@assist/client/events';
import { openPostgres } from '../../mock-server/src/store/sql/database.js';
import { SERVER_COMMAND } from '../support/api-process.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const AGENT_TOKEN = 'demo-agent-token';

/** The PostgreSQL server of the run, or null: the tests that need one are then skipped by name with this reason. */
export const DATABASE_URL = process.env.DATABASE_URL || null;
export const NO_POSTGRES = 'DATABASE_URL is not set: these tests need a PostgreSQL server (.ci/run starts one)';

/** A condition, polled until it holds; fails with `what` after `timeoutMs`. */
export async function until<T>(check: () => T | Promise<T>, what: string | (() => string), timeoutMs = 20_000, everyMs = 25): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) assert.fail(`${typeof what === 'string' ? what : what()}${last instanceof Error ? ` (last error: ${last.message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Answer<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

/** The admin token every server of these tests is started with (demo mode would pick a random one per process). */
export const ADMIN_TOKEN = 'cluster-admin-token-0123456789abcdef0123';

/** One JSON request to a base URL (with the admin token on admin paths). */
export async function call<T = any>(
  base: string,
  method: string,
  path: string,
  init: { body?: unknown; token?: string; key?: string; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (path.startsWith('/__admin')) headers['assist-admin-token'] = ADMIN_TOKEN;
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.key) headers['idempotency-key'] = init.key;
  const response = await fetch(base + path, { method, headers, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, body: body as T, text, headers: response.headers };
}

/** Like `call`, and asserts the status. */
export async function expectStatus<T = any>(status: number, base: string, method: string, path: string, init: Parameters<typeof call>[3] = {}): Promise<T> {
  const answer = await call<T>(base, method, path, init);
  assert.equal(answer.status, status, `${method} ${path}: ${answer.status} ${answer.text}`);
  return answer.body;
}

export const SHOPPERS = {
  astrid: { orderReference: 'SE-4K7M2QXP', email: 'astrid.lindqvist@example.se' },
  jonas: { orderReference: 'DE-TW1CE7K4', phone: '+49 151 12345678' },
  olivia: { orderReference: 'GB-DU3T0M0R', email: 'olivia.hughes@example.co.uk' },
  mason: { orderReference: 'US-F1N4NC12', email: 'mason.carter@example.com' },
} as const;

/** A demo shopper's token, through the verification route. */
export async function login(base: string, shopper: keyof typeof SHOPPERS): Promise<string> {
  return (await expectStatus<{ token: string }>(200, base, 'POST', '/v1/auth/verify', { body: SHOPPERS[shopper] })).token;
}

/** One API server process. */
export class ApiServer {
  #log = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  port = 0;

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      this.#log += chunk.toString();
      if (this.#log.length > 200_000) this.#log = this.#log.slice(-100_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get log(): string {
    return this.#log;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Stops it as an orchestrator does (SIGTERM) and answers how it ended. */
  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.running) this.child.kill('SIGTERM');
    return this.exited;
  }

  /** Ends it at once, as a crash does (SIGKILL): nothing is flushed, no stream is closed cleanly. */
  async kill(): Promise<void> {
    if (this.running) this.child.kill('SIGKILL');
    await this.exited;
  }
}

export interface ServerEnv {
  DATABASE_URL?: string;
  ASSIST_DATA_DIR?: string;
  [name: string]: string | undefined;
}

/** Everything a test file starts; `close()` ends it all (call it from `after`, it never throws). */
export class Processes {
  readonly servers: ApiServer[] = [];
  readonly #children: ChildProcess[] = [];
  readonly #cleanups: (() => Promise<void> | void)[] = [];
  #n = 0;

  constructor() {
    // A test file that crashes still leaves nothing running.
    process.once('exit', () => {
      for (const child of this.#children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
  }

  /** A temporary folder, removed at the end. */
  tempDir(prefix = 'assist-cluster-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.#cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  onClose(cleanup: () => Promise<void> | void): void {
    this.#cleanups.push(cleanup);
  }

  /**
   * Starts one server (PORT 0: it takes a free port and says which), waits until /healthz answers.
   * DATABASE_URL from this process's environment is never inherited: a server gets only the database it is given.
   */
  async server(env: ServerEnv, options: { name?: string; timeoutMs?: number; command?: readonly string[] } = {}): Promise<ApiServer> {
    const name = options.name ?? `api-${++this.#n}`;
    const command = options.command ?? SERVER_COMMAND;
    const inherited = { ...process.env };
    delete inherited.DATABASE_URL;
    delete inherited.ASSIST_DATA_DIR;
    delete inherited.NODE_TEST_CONTEXT;
    const child = spawn(command[0]!, command.slice(1), {
      cwd: ROOT,
      env: { ...inherited, ASSIST_DEMO: '1', ASSIST_ADMIN_TOKEN: ADMIN_TOKEN, HOST: '127.0.0.1', PORT: '0', ASSIST_SHUTDOWN_MS: '5000', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#children.push(child);
    const server = new ApiServer(name, child);
    this.servers.push(server);
    server.port = Number(
      (
        await until(
          () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(server.log)?.[1] ?? (server.running ? null : assert.fail(`${name} exited while starting:\n${server.log}`)),
          () => `${name} did not start:\n${server.log}`,
          options.timeoutMs ?? 45_000,
        )
      ).toString(),
    );
    await until(async () => (await fetch(`${server.url}/healthz`)).status === 200, `${name} never answered /healthz`);
    return server;
  }

  /** A command that runs to its end (e.g. a server that must refuse to start): its exit code and output. */
  async run(env: ServerEnv, timeoutMs = 45_000): Promise<{ code: number | null; output: string }> {
    const inherited = { ...process.env };
    delete inherited.DATABASE_URL;
    delete inherited.NODE_TEST_CONTEXT;
    const child = spawn(SERVER_COMMAND[0]!, SERVER_COMMAND.slice(1), {
      cwd: ROOT,
      env: { ...inherited, ASSIST_DEMO: '1', ASSIST_ADMIN_TOKEN: ADMIN_TOKEN, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#children.push(child);
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    clearTimeout(timer);
    return { code, output };
  }

  /** HAProxy in front of `servers`: round-robin, a failed connection tried on another server, servers checked every 200 ms. */
  async balancer(servers: readonly ApiServer[]): Promise<Balancer> {
    const haproxy = findHaproxy();
    const dir = this.tempDir('assist-haproxy-');
    const port = await freePort();
    const config = join(dir, 'haproxy.cfg');
    writeFileSync(
      config,
      [
        'global',
        '  maxconn 4096',
        'defaults',
        '  mode http',
        '  timeout connect 1s',
        '  timeout client 60s',
        '  timeout server 60s',
        '  timeout http-request 10s',
        '  retries 3',
        '  option redispatch 1',
        // Event streams: forward each small write at once instead of waiting to fill a packet (about 200 ms a write otherwise).
        '  option http-no-delay',
        'frontend api',
        `  bind 127.0.0.1:${port}`,
        '  default_backend assist',
        'backend assist',
        '  balance roundrobin',
        '  option httpchk GET /healthz',
        '  http-check expect status 200',
        '  http-response set-header Assist-Served-By %s',
        // Down after three failed checks in a row (a busy instance answers late, it is not gone); a refused connection is retried elsewhere at once.
        '  timeout check 2s',
        '  default-server inter 200ms fall 3 rise 2',
        ...servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port} check`),
        '',
      ].join('\n'),
    );
    const child = spawn(haproxy, ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.#children.push(child);
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    const url = `http://127.0.0.1:${port}`;
    await until(
      async () => {
        if (child.exitCode !== null) assert.fail(`HAProxy exited:\n${log}`);
        return (await fetch(`${url}/healthz`)).status === 200;
      },
      () => `HAProxy did not answer:\n${log}`,
    );
    const balancer: Balancer = {
      url,
      log: () => log,
      stop: async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          await new Promise((resolve) => child.once('exit', resolve));
        }
      },
    };
    this.#cleanups.push(balancer.stop);
    return balancer;
  }

  /** Ends every process (SIGKILL for servers still running: their state is in the database) and removes temporary folders. */
  async close(): Promise<void> {
    for (const server of this.servers) await server.kill().catch(() => undefined);
    for (const child of this.#children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const cleanup of this.#cleanups.reverse()) await Promise.resolve(cleanup()).catch((error: unknown) => console.error('cleanup failed:', error));
  }
}

export interface Balancer {
  url: string;
  log: () => string;
  stop: () => Promise<void>;
}

/** The HAProxy binary (Debian's `haproxy`; `.ci/run` installs it). */
export function findHaproxy(): string {
  for (const path of ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy', '/usr/bin/haproxy']) {
    if (spawnSync(path, ['-v']).status === 0) return path;
  }
  const found = spawnSync('sh', ['-c', 'command -v haproxy']).stdout?.toString().trim();
  if (found) return found;
  throw new Error('HAProxy is not installed (apt-get install -y haproxy; .ci/run does it)');
}

export const HAPROXY_MISSING: string | false = (() => {
  try {
    findHaproxy();
    return false;
  } catch (error) {
    return (error as Error).message;
  }
})();

/**
 * A database of its own on the run's PostgreSQL server (CREATE DATABASE with a random name), dropped
 * with `drop()`. The URL points at the new database with the same login.
 */
export async function createDatabase(adminUrl: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `assist_cluster_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(adminUrl, { max: 1 });
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const again = await openPostgres(adminUrl, { max: 1 });
      try {
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await again.close();
      }
    },
  };
}

/**
 * A TCP proxy the test controls, between the servers and the database: `cut()` drops every connection
 * and refuses new ones (the database is gone), `restore()` lets them through again.
 */
export class TcpProxy {
  readonly #server: NetServer;
  readonly #sockets = new Set<Socket>();
  #open = true;
  port = 0;

  constructor(
    readonly targetHost: string,
    readonly targetPort: number,
  ) {
    this.#server = createServer((client) => {
      if (!this.#open) return client.destroy();
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on('close', () => this.#sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream);
      upstream.pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.address() as { port: number }).port;
    return this;
  }

  get connections(): number {
    return this.#sockets.size / 2;
  }

  cut(): void {
    this.#open = false;
    for (const socket of this.#sockets) socket.destroy();
  }

  restore(): void {
    this.#open = true;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise((resolve) => this.#server.close(resolve));
  }
}

/** A chat event as the stream sends it. */
export interface ChatStreamEvent {
  type: string;
  message?: { id: string; sequence: number; author: string; text: string };
  [field: string]: unknown;
}

/**
 * One open chat event stream (through the balancer or a server): events as they arrive, which server
 * answered, and `drop()` to break it as a lost connection does.
 */
export class ChatStream {
  readonly events: ChatStreamEvent[] = [];
  lastEventId: string | null = null;
  servedBy = '';
  status = 0;
  readonly ended: Promise<void>;
  #closed = false;
  readonly #controller = new AbortController();
  #opened!: () => void;
  #failed!: (error: unknown) => void;
  readonly opened = new Promise<void>((resolve, reject) => {
    this.#opened = resolve;
    this.#failed = reject;
  });

  constructor(base: string, chat: { id: string; token: string }, lastEventId: string | null) {
    const headers: Record<string, string> = { accept: 'text/event-stream', authorization: `Bearer ${chat.token}` };
    if (lastEventId) headers['last-event-id'] = lastEventId;
    this.ended = (async () => {
      try {
        const response = await fetch(`${base}/v1/chat/sessions/${chat.id}/events`, { headers, signal: this.#controller.signal });
        this.status = response.status;
        this.servedBy = response.headers.get('assist-served-by') ?? '';
        if (response.status !== 200) throw new Error(`the event stream answered ${response.status}: ${await response.text()}`);
        this.#opened();
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        const parse = eventParser({
          event: ({ id, data }) => {
            this.lastEventId = id;
            this.events.push(JSON.parse(data) as ChatStreamEvent);
          },
        });
        for (let read; !(read = await reader.read()).done;) parse(decoder.decode(read.value, { stream: true }));
      } catch (error) {
        this.#failed(error);
        if (!this.#closed) throw error;
      } finally {
        this.#closed = true;
      }
    })();
    this.ended.catch(() => undefined);
  }

  get closed(): boolean {
    return this.#closed;
  }

  messages() {
    return this.events.flatMap((e) => (e.type === 'message' && e.message ? [e.message] : []));
  }

  /** Breaks the connection from the shopper's side. */
  async drop(): Promise<void> {
    this.#closed = true;
    this.#controller.abort();
    await this.ended.catch(() => undefined);
  }
}
