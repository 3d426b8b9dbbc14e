import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { minifyTemplates } from '../../../packages/elements/build/minify-templates.js';
import { root } from './dist.js';

/**
 * A browser entry (a file, or module source resolved from `resolveDir`) bundled with Lit's production
 * build into files served under `/`: `/entry.js` and its chunks.
 */
export async function bundlePage(entry: string | { contents: string; resolveDir: string }, options: { minify?: boolean } = {}): Promise<Map<string, string>> {
  const result = await build({
    ...(typeof entry === 'string' ? { entryPoints: { entry } } : { stdin: { ...entry, loader: 'ts' as const, sourcefile: 'entry.ts' }, entryNames: 'entry' }),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser', 'production'],
    minify: options.minify ?? true,
    legalComments: 'none',
    tsconfig: join(root, 'tsconfig.json'),
    write: false,
    outdir: '/virtual',
    logLevel: 'error',
    plugins: [minifyTemplates],
  });
  return new Map(result.outputFiles.map((f) => [`/${relative('/virtual', f.path)}`, f.text]));
}

/** The MSW service worker of the installed msw, as the test runner serves it. */
export function mswWorkerScript(): string {
  const require = createRequire(join(root, 'mock-server', 'package.json'));
  return readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
}
