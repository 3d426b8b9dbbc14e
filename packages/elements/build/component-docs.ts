/**
 * custom-elements.json and a docs page per component (docs/components/<tag>.md), both generated from
 * the components' JSDoc headers by @custom-elements-manifest/analyzer (custom-elements-manifest.config.mjs).
 *
 *   node --import tsx packages/elements/build/component-docs.ts          writes them (`pnpm run docs`)
 *   node --import tsx packages/elements/build/component-docs.ts --check  fails when they are stale
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageDir } from './package.js';

export const root = join(packageDir, '..', '..');
export const manifestPath = join(packageDir, 'custom-elements.json');
export const docsDir = join(root, 'docs', 'components');

interface Described {
  name: string;
  description?: string;
  summary?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  type?: { text: string };
  default?: string;
  attribute?: string;
  static?: boolean;
  readonly?: boolean;
  parameters?: { name: string; type?: { text: string }; optional?: boolean }[];
  return?: { type?: { text: string } };
}
interface Attribute extends Described {
  fieldName?: string;
  type?: { text: string };
  default?: string;
}
interface Element extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Attribute[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: (Described & { default?: string })[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Element[] }[];
}

/** Runs the analyzer with the package's config; nothing is written. */
export async function analyze(): Promise<Manifest> {
  // The analyzer's CLI module has no type declarations; this is its programmatic entry.
  const analyzer: string = '@custom-elements-manifest/analyzer/cli.js';
  const { cli } = (await import(analyzer)) as { cli: (options: { argv: string[]; cwd: string; noWrite: boolean }) => Promise<Manifest> };
  return cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: packageDir, noWrite: true });
}

export const manifestText = (manifest: Manifest) => `${JSON.stringify(manifest, null, 2)}\n`;

/** Every custom element of the manifest, with the module it is declared in. */
export function elements(manifest: Manifest): { element: Element; path: string }[] {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((element) => ({ element, path: module.path })))
    .filter(({ element }) => element.customElement && element.tagName)
    .sort((a, b) => a.element.tagName!.localeCompare(b.element.tagName!));
}

const cell = (text: string | undefined) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text: string | undefined) => (text ? `\`${text.replace(/\|/g, '\\|')}\`` : '');

function table(headings: string[], rows: string[][]): string {
  if (rows.length === 0) return 'None.\n';
  return [`| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

/** The docs page of one component. */
export function renderPage(element: Element, path: string): string {
  const tag = element.tagName!;
  const name = tag.replace(/^assist-/, '');
  if (!element.summary?.trim()) throw new Error(`${path}: <${tag}> has no @summary in its JSDoc header`);
  const members = element.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && !m.static);
  const attributes = element.attributes ?? [];
  const jsOnly = fields.filter((f) => !attributes.some((a) => a.fieldName === f.name));
  const methods = members.filter((m) => m.kind === 'method' && !m.static);
  const signature = (m: Member) => `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})`;
  return `<!-- Generated from custom-elements.json by packages/elements/build/component-docs.ts. Edit the JSDoc of packages/elements/${path}, then run \`pnpm run docs\`. -->

# \`<${tag}>\`

${element.summary.trim().replace(/\s*\n\s*/g, ' ')}

\`\`\`js
import '@assist/elements/${name}.js'; // npm: defines <${tag}>
\`\`\`

\`\`\`html
<${tag}></${tag}>
<!-- or with the script tag: assist.js loads it when the tag is in the page, or data-components="${name}" -->
\`\`\`

## Attributes

${table(
  ['Attribute', 'Property', 'Type', 'Default', 'Description'],
  attributes.map((a) => {
    const field = fields.find((f) => f.name === a.fieldName);
    return [code(a.name), code(a.fieldName), code((a.type ?? field?.type)?.text), code(a.default ?? field?.default), cell(a.description ?? field?.description)];
  }),
)}
## Properties

Set from JavaScript only (no attribute):

${table(
  ['Property', 'Type', 'Description'],
  jsOnly.map((f) => [code(f.name), code(f.type?.text), cell(`${f.readonly ? 'Read-only. ' : ''}${f.description ?? ''}`)]),
)}
## Methods

${table(
  ['Method', 'Description'],
  methods.map((m) => [code(signature(m)), cell(m.description)]),
)}
## Events

Every event bubbles and crosses shadow roots (\`composed\`), so a page can listen on \`document\`; the data is in \`event.detail\`.

${table(
  ['Event', 'Description'],
  (element.events ?? []).map((e) => [code(e.name), cell(e.description)]),
)}
## Slots

${table(
  ['Slot', 'Description'],
  (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
)}
## CSS parts

Style them from the page with \`${tag}::part(name)\`.

${table(
  ['Part', 'Description'],
  (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
)}
## CSS custom properties

The ones this component reads most; every \`--assist-*\` design token applies (see [theming](../theming.md)).

${table(
  ['Property', 'Description'],
  (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
)}`;
}

/** The index of docs/components. */
export function renderIndex(manifest: Manifest): string {
  return `<!-- Generated from custom-elements.json by packages/elements/build/component-docs.ts: run \`pnpm run docs\`. -->

# Components

| Component | What it does |
| --- | --- |
${elements(manifest)
  .map(({ element }) => `| [\`<${element.tagName}>\`](${element.tagName}.md) | ${cell(element.summary)} |`)
  .join('\n')}

Editors read \`@assist/elements/custom-elements.json\` (the \`customElements\` field of its package.json) for
completion of tags, attributes and events. Theming: [../theming.md](../theming.md).
`;
}

/** Every generated file: path → content. */
export function render(manifest: Manifest): Map<string, string> {
  const files = new Map<string, string>([[manifestPath, manifestText(manifest)]]);
  for (const { element, path } of elements(manifest)) files.set(join(docsDir, `${element.tagName}.md`), renderPage(element, path));
  files.set(join(docsDir, 'README.md'), renderIndex(manifest));
  return files;
}

/** Generated files that differ from what is on disk, and pages on disk that nothing generates. */
export function stale(files: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [path, content] of files) if (!existsSync(path) || readFileSync(path, 'utf8') !== content) out.push(relative(root, path));
  if (existsSync(docsDir)) {
    for (const name of readdirSync(docsDir)) if (!files.has(join(docsDir, name))) out.push(relative(root, join(docsDir, name)));
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = render(await analyze());
  if (process.argv.includes('--check')) {
    const outdated = stale(files);
    if (outdated.length > 0) {
      console.error(`Out of date (run \`pnpm run docs\`): ${outdated.join(', ')}`);
      process.exit(1);
    }
  } else {
    mkdirSync(docsDir, { recursive: true });
    for (const name of existsSync(docsDir) ? readdirSync(docsDir) : []) if (!files.has(join(docsDir, name))) rmSync(join(docsDir, name));
    for (const [path, content] of files) writeFileSync(path, content);
    console.log(`Wrote ${[...files.keys()].map((p) => relative(root, p)).join(', ')}`);
  }
}
