import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package folder (packages/elements), also when tsup has bundled a build file next to a config (here or in packages/embed). */
export const packageDir = findPackageDir(import.meta.dirname);
export const srcDir = join(packageDir, 'src');
export const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };

function findPackageDir(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    for (const candidate of [dir, join(dir, 'packages', 'elements')]) {
      const manifest = join(candidate, 'package.json');
      if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@assist/elements') return candidate;
    }
  }
  throw new Error(`packages/elements not found above ${from}`);
}

/**
 * Every published component: an `exports` entry `./<name>.js` pointing at its registration
 * `./src/<name>/<name>.ts` (the class is in `<name>.component.ts`). Adding that entry when a component
 * is ready is what puts it into the npm and CDN builds.
 */
export function componentNames(): string[] {
  const { exports } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  return Object.entries(exports)
    .flatMap(([key, target]) => {
      const name = /^\.\/([a-z-]+)\.js$/.exec(key)?.[1];
      return name && target === `./src/${name}/${name}.ts` && existsSync(join(srcDir, name, `${name}.component.ts`)) ? [name] : [];
    })
    .sort();
}
