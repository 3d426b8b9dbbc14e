/**
 * The whole distribution (npm build, CDN folder with the loader, integrity.json) built into a
 * folder of its own, for tests: the same `tsup` configs as `pnpm build`, run with `ASSIST_DIST_DIR`.
 * `cachedDist()` builds once per content: a second test file, or a second run on unchanged sources,
 * reuses the folder (os.tmpdir()/assist-dist/<hash of every input>).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const elementsDir = join(root, 'packages', 'elements');
const embedDir = join(root, 'packages', 'embed');

export interface Dist {
  /** What `ASSIST_DIST_DIR` was: holds `esm/` and `cdn/<version>/`. */
  root: string;
  esm: string;
  cdn: string;
  version: string;
}

function describe(dir: string): Dist {
  const { version } = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8')) as { version: string };
  return { root: dir, esm: join(dir, 'esm'), cdn: join(dir, 'cdn', version), version };
}

function run(cwd: string, env: Record<string, string>): Promise<void> {
  const cli = join(createRequire(join(cwd, 'package.json')).resolve('tsup/package.json'), '..', 'dist', 'cli-default.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--silent'], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsup in ${relative(root, cwd)} failed (${code}):\n${output}`))));
  });
}

/** Builds everything into `dir` (created; must not exist or be empty). */
export async function buildDist(dir: string): Promise<Dist> {
  mkdirSync(dir, { recursive: true });
  const env = { ASSIST_DIST_DIR: dir };
  await run(elementsDir, env);
  await run(embedDir, env);
  const dist = describe(dir);
  const { writeIntegrity } = await import('./integrity.js');
  writeIntegrity(dist.cdn);
  return dist;
}

function inputs(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) inputs(path, out);
    else if (!name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** A hash of everything a build reads. */
export function contentHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...inputs(join(elementsDir, 'src')),
    ...inputs(join(elementsDir, 'build')),
    ...inputs(join(embedDir, 'src')),
    ...inputs(join(embedDir, 'build')),
    ...inputs(join(root, 'packages', 'client', 'src')),
    ...inputs(join(root, 'packages', 'contract', 'src')),
    ...['package.json', 'tsup.config.ts'].flatMap((name) => [join(elementsDir, name), join(embedDir, name)]),
    join(root, 'pnpm-lock.yaml'),
    join(root, 'tsconfig.json'),
  ];
  for (const file of files) {
    hash.update(relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The distribution of the current sources, built at most once (also across test files and runs). */
export async function cachedDist(): Promise<Dist> {
  const cache = join(tmpdir(), 'assist-dist');
  const final = join(cache, contentHash());
  const done = () => existsSync(join(final, 'cdn')) && existsSync(join(final, 'esm'));
  if (done()) return describe(final);
  mkdirSync(cache, { recursive: true });
  const lock = `${final}.lock`;
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test process is building the same sources: wait for it (or take over a stale lock).
      if (done()) return describe(final);
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (Date.now() > deadline || Date.now() - since > 3 * 60_000) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (done()) return describe(final);
    // Older builds of other sources.
    for (const name of readdirSync(cache)) {
      const path = join(cache, name);
      if (!name.startsWith(final.slice(cache.length + 1)) && Date.now() - statSync(path).mtimeMs > 24 * 3600_000) rmSync(path, { recursive: true, force: true });
    }
    const staging = `${final}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    try {
      await buildDist(staging);
      renameSync(staging, final);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    return describe(final);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
