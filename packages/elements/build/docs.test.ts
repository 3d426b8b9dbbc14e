import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { analyze, elements, render, renderPage, root, stale, type Manifest } from './component-docs.js';
import { componentNames, packageDir } from './package.js';

describe('component docs', () => {
  let manifest: Manifest;

  before(async () => {
    manifest = await analyze();
  });

  it('describes every published component, each with a summary', () => {
    const tags = elements(manifest).map(({ element }) => element.tagName);
    assert.deepEqual(
      tags,
      componentNames().map((name) => `assist-${name}`),
    );
    for (const { element, path } of elements(manifest)) {
      assert.ok(element.summary?.trim(), `${path}: <${element.tagName}> needs an @summary in its JSDoc header`);
      assert.ok((element.attributes ?? []).length > 0, `${path}: <${element.tagName}> lists no attributes`);
    }
  });

  it('has custom-elements.json and docs/components up to date (run `pnpm run docs` after changing a component)', () => {
    assert.deepEqual(stale(render(manifest)), []);
  });

  it('refuses to write a page for a component without a summary', () => {
    const { element, path } = elements(manifest)[0]!;
    assert.throws(() => renderPage({ ...element, summary: ' ' }, path), /has no @summary/);
  });

  it('keeps internal state out of the public API', () => {
    const search = elements(manifest).find(({ element }) => element.tagName === 'assist-faq-search')!.element;
    const names = [...(search.members ?? []).map((m) => m.name), ...(search.attributes ?? []).map((a) => a.name)];
    for (const internal of ['query', 'hits', 'status', '#search']) assert.ok(!names.includes(internal), `${internal} is internal`);
    assert.ok(names.includes('api-base') && names.includes('limit'));
  });

  it('is what package.json points editors at', () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { customElements?: string; files?: string[] };
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(pkg.files?.includes('custom-elements.json'));
  });
});

describe('theming guide', () => {
  it('documents every --assist-* custom property the components read', () => {
    const guide = readFileSync(join(root, 'docs', 'theming.md'), 'utf8');
    const tokens = readFileSync(join(packageDir, 'src', 'styles', 'tokens.ts'), 'utf8');
    const used = new Set([...tokens.matchAll(/--assist-[a-z-]+/g)].map((m) => m[0]));
    assert.ok(used.size >= 15, `only ${used.size} tokens found`);
    for (const name of used) assert.ok(guide.includes(`\`${name}\``), `docs/theming.md does not list ${name}`);
  });
});
