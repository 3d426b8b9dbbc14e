import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import ts from 'typescript';
import { componentNames } from '../../elements/build/package.js';
import { cachedDist, type Dist } from '../build/dist.js';
import { gzipSize, moduleImports, sri, type Inventory } from '../build/integrity.js';

const root = join(import.meta.dirname, '..', '..', '..');
const elementsDir = join(root, 'packages', 'elements');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

interface Manifest {
  exports: Record<string, unknown>;
  sideEffects: string[];
  files: string[];
  dependencies: Record<string, string>;
  publishConfig: { exports: Record<string, string | { types: string; default: string }> };
}

describe('the distribution', () => {
  let dist: Dist;
  let inventory: Inventory;
  const pkg = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8')) as Manifest;

  before(async () => {
    dist = await cachedDist();
    inventory = JSON.parse(readFileSync(join(dist.cdn, 'integrity.json'), 'utf8')) as Inventory;
  });

  describe('CDN folder', () => {
    it('keeps the loader under 2 KB gzip', () => {
      const loader = readFileSync(join(dist.cdn, 'assist.js'));
      assert.ok(gzipSize(loader) <= 2048, `assist.js is ${gzipSize(loader)} bytes gzip`);
    });

    it('has the loader, the core and one module per component of the release, and the loader knows each', () => {
      const loader = readFileSync(join(dist.cdn, 'assist.js'), 'utf8');
      for (const file of ['assist.js', 'queue.js', 'ui.js', 'core.js', 'integrity.json']) assert.ok(existsSync(join(dist.cdn, file)), file);
      for (const name of componentNames()) {
        assert.ok(existsSync(join(dist.cdn, name, `${name}.js`)), `${name}/${name}.js`);
        assert.ok(loader.includes(`"${name}"`), `assist.js does not know ${name}`);
      }
    });

    it('has one copy of Lit, i18next and the API client, however many components use them', () => {
      const js = walk(dist.cdn).filter((f) => f.endsWith('.js'));
      for (const [what, marker] of [
        ['Lit', /litHtmlVersions/],
        ['Lit reactive element', /reactiveElementVersions/],
        ['i18next', /i18next\.init/],
        ['the API client', /could not be reached/],
      ] as const) {
        const holders = js.filter((f) => marker.test(readFileSync(f, 'utf8'))).map((f) => relative(dist.cdn, f));
        assert.equal(holders.length, 1, `${what} is in ${holders.join(', ') || 'no file'}`);
        for (const name of componentNames()) assert.ok(inventory.components[name]!.files.includes(holders[0]!), `${name} does not load ${what} from the shared file`);
      }
    });

    it('builds core.js as one file that imports nothing, and each component imports it in one statement', () => {
      const core = readFileSync(join(dist.cdn, 'core.js'), 'utf8');
      assert.deepEqual(moduleImports(core), { imports: [], dynamicImports: [] });
      for (const file of walk(dist.cdn).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(file, 'utf8');
        assert.ok(!/"assist:(core|component:)/.test(code), `${relative(dist.cdn, file)} still has a build placeholder`);
        const statements = code.match(/from\s*"(?:\.\.?\/)+core\.js"/g) ?? [];
        assert.ok(statements.length <= 1, `${relative(dist.cdn, file)} imports core.js in ${statements.length} statements`);
      }
      for (const name of componentNames()) {
        const { imports } = moduleImports(readFileSync(join(dist.cdn, name, `${name}.js`), 'utf8'));
        assert.ok(imports.includes('../core.js'), `${name}.js does not import the core`);
      }
    });

    it('lists every script in integrity.json with its hash, size, purpose and when it loads', () => {
      const scripts = walk(dist.cdn)
        .filter((f) => f.endsWith('.js'))
        .map((f) => relative(dist.cdn, f))
        .sort();
      assert.deepEqual(
        inventory.files.map((f) => f.file),
        scripts,
      );
      assert.equal(inventory.version, dist.version);
      for (const entry of inventory.files) {
        const bytes = readFileSync(join(dist.cdn, entry.file));
        assert.equal(entry.integrity, sri(bytes), entry.file);
        assert.deepEqual(entry.size, { raw: bytes.length, gzip: gzipSize(bytes) }, entry.file);
        assert.ok(entry.purpose.length > 10 && entry.loaded.length > 5, `${entry.file} has no purpose`);
        for (const imported of [...entry.imports, ...entry.dynamicImports]) assert.ok(scripts.includes(imported), `${entry.file} imports ${imported}, which is not there`);
      }
      for (const [name, component] of Object.entries(inventory.components)) {
        assert.ok(component.files.includes('core.js') && component.files.includes(`${name}/${name}.js`));
        assert.equal(
          component.gzip,
          component.files.reduce((sum, f) => sum + inventory.files.find((e) => e.file === f)!.size.gzip, 0),
        );
      }
    });

    it('loads modules only from its own folder (relative imports, nothing from elsewhere)', () => {
      for (const file of walk(dist.cdn).filter((f) => f.endsWith('.js') && !/assist\.js$|queue\.js$/.test(f))) {
        const code = readFileSync(file, 'utf8');
        const specifiers = [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
        assert.deepEqual(
          specifiers.filter((s) => !s.startsWith('./') && !s.startsWith('../')),
          [],
          relative(dist.cdn, file),
        );
      }
      assert.deepEqual(moduleImports('import{a as b}from"./x.js";import"../y.js";import("./z.js")'), { imports: ['./x.js', '../y.js'], dynamicImports: ['./z.js'] });
    });

    it('documents the queue snippet exactly as built', () => {
      const snippet = readFileSync(join(dist.cdn, 'queue.js'), 'utf8').trim();
      for (const doc of [join(root, 'packages', 'embed', 'README.md'), join(root, 'README.md'), join(root, 'docs', 'examples', 'html', 'index.html')]) {
        assert.ok(readFileSync(doc, 'utf8').includes(snippet), `${relative(root, doc)} does not show the built queue snippet:\n${snippet}`);
      }
    });
  });

  describe('npm package', () => {
    it('points every public entry at built JavaScript and declarations when published', () => {
      const published = pkg.publishConfig.exports;
      assert.deepEqual(
        Object.keys(pkg.exports).filter((k) => k !== './package.json'),
        Object.keys(published).filter((k) => k !== './package.json' && k !== './custom-elements.json'),
        'publishConfig.exports has an entry for every export',
      );
      for (const [key, target] of Object.entries(published)) {
        if (typeof target === 'string') continue;
        for (const path of [target.default, target.types]) {
          const built = join(dist.root, path.replace('./dist/', ''));
          assert.ok(existsSync(built), `${key}: ${path} is not built`);
        }
      }
      for (const name of componentNames()) assert.ok(pkg.sideEffects.includes(`./dist/esm/${name}.js`), `sideEffects misses ./dist/esm/${name}.js`);
      assert.ok(pkg.sideEffects.includes('./dist/esm/chunks/*.js'));
    });

    it('imports nothing but Lit and i18next: the client and the contract are bundled', () => {
      const bare = new Set<string>();
      for (const file of walk(dist.esm).filter((f) => f.endsWith('.js'))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"'.][^"']*)["']/g)) bare.add(m[1]!.replace(/^(@[^/]+\/[^/]+|[^/]+).*$/, '$1'));
      }
      assert.deepEqual([...bare].sort(), ['i18next', 'lit']);
      assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['i18next', 'lit']);
    });

    it('types the components, their properties and their events for an application', () => {
      // An application with the published package installed (package.json as pnpm publishes it).
      const app = mkdtempSync(join(tmpdir(), 'assist-app-'));
      try {
        const installed = join(app, 'node_modules', '@assist', 'elements');
        cpSync(dist.esm, join(installed, 'dist', 'esm'), { recursive: true });
        const { publishConfig, ...rest } = pkg;
        writeFileSync(join(installed, 'package.json'), JSON.stringify({ ...rest, ...publishConfig }));
        for (const dep of ['lit', 'i18next']) symlinkSync(realpathSync(join(elementsDir, 'node_modules', dep)), join(app, 'node_modules', dep));
        writeFileSync(
          join(app, 'main.ts'),
          `import '@assist/elements/faq-search.js';
import '@assist/elements/help-center.js';
import { configure, AssistFaqSearch } from '@assist/elements';
configure({ apiBase: 'https://api.example.com', market: 'SE' });
const search = document.querySelector('assist-faq-search')!;
const limit: number = search.limit;
search.theme = 'dark';
search.addEventListener('assist-search', (event) => {
  const query: string = event.detail.query;
  const total: number = event.detail.total;
  console.log(query, total, limit);
});
document.addEventListener('assist-article-select', (event) => event.detail.slug.toUpperCase());
const help = document.createElement('assist-help-center');
help.openArticle('how-to-return');
export const ok: AssistFaqSearch = search;
// @ts-expect-error: no such property
search.colour = 'red';
// @ts-expect-error: the detail of assist-search has no slug
document.addEventListener('assist-search', (event) => event.detail.slug);
`,
        );
        const program = ts.createProgram([join(app, 'main.ts')], {
          strict: true,
          noEmit: true,
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
          types: [],
          skipLibCheck: false,
          experimentalDecorators: true,
          useDefineForClassFields: false,
        });
        const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? relative(app, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
        assert.deepEqual(errors, []);
      } finally {
        rmSync(app, { recursive: true, force: true });
      }
    });
  });
});
