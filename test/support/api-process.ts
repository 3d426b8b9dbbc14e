import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** How the real server starts for tests, in one place: the command a deployment runs, from the repository's root. */
export const SERVER_COMMAND: readonly string[] = [process.execPath, '--import', 'tsx', 'mock-server/src/node.ts'];

/** Secrets long enough for the server to start outside demo mode (only ever used by tests). */
export const TEST_SECRETS = {
  ASSIST_MERCHANT_SECRET: 'test-merchant-secret-0123456789abcdef',
  ASSIST_AGENT_TOKEN: 'test-agent-token-0123456789abcdef0123',
  ASSIST_TOKEN_SECRET: 'test-token-secret-0123456789abcdef012',
} as const;

export interface ApiProcess {
  url: string;
  port: number;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

export interface ExitedProcess {
  code: number | null;
  output: string;
}

/**
 * The environment a server starts with: only what the test gives, plus PATH and the like, never the
 * caller's ASSIST_* or DATABASE_URL; its embedded database in a fresh folder of its own unless the test
 * names one.
 */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ASSIST_') && !['PORT', 'HOST', 'DATABASE_URL', 'INIT_CWD'].includes(name)));
  return { ...base, PORT: '0', HOST: '127.0.0.1', ASSIST_DATA_DIR: mkdtempSync(join(tmpdir(), 'assist-api-data-')), ...env };
}

function launch(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const environ = environment(env);
  const child = spawn(SERVER_COMMAND[0]!, SERVER_COMMAND.slice(1), { cwd: root, env: environ, stdio: ['ignore', 'pipe', 'pipe'] });
  // The data folder a test did not name goes with the process.
  if (!env.ASSIST_DATA_DIR) child.once('exit', () => rmSync(environ.ASSIST_DATA_DIR!, { recursive: true, force: true }));
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { child, output: () => text };
}

/** `node mock-server/src/node.ts` as it is deployed, on a free loopback port; resolves once it listens. */
export async function startApi(env: Record<string, string>, timeoutMs = 30_000): Promise<ApiProcess> {
  const { child, output } = launch(env);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const check = () => {
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output()}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Starts the server expecting it to refuse: resolves with its exit code and what it printed. */
export async function startRefused(env: Record<string, string>, timeoutMs = 30_000): Promise<ExitedProcess> {
  const { child, output } = launch(env);
  return new Promise<ExitedProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the server did not exit within ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output: output() });
    });
  });
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/**
 * One request from a chosen local address (127.0.0.2, 127.0.0.3, ...: every 127/8 address is this
 * machine), so a test can be several clients. A new connection each time.
 */
export function requestFrom(localAddress: string, url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<RawAnswer> {
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.method ?? (body ? 'POST' : 'GET'),
        localAddress,
        agent: false,
        headers: { ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}), ...init.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* not JSON: keep the text */
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
