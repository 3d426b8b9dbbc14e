import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CORE_SPECIFIER, coreModules, importOnce, linkCore, rewriteStringsIndex, type CoreModules } from './cdn-split.js';
import { collapseCss, minifyTemplateSource } from './minify-templates.js';
import { srcDir } from './package.js';

const outDir = '/cdn/1.0.0';
const core = (...exports: string[]): Promise<CoreModules> => Promise.resolve({ modules: new Set(), exports: new Set(exports) });
const render = async (plugin: ReturnType<typeof linkCore>, code: string, path: string) =>
  ((await plugin.renderChunk!.call({} as never, code, { type: 'chunk', code, path })) ?? { code }).code;

describe('the CDN split build', () => {
  describe('core.js', () => {
    it('is one file with Lit, i18next, the client and the shared state, exporting what components import', async () => {
      const { modules, exports } = await coreModules();
      const has = (pattern: RegExp) => [...modules].some((path) => pattern.test(path));
      assert.ok(has(/lit-html\/lit-html\.js$/), 'Lit');
      assert.ok(has(/i18next\/dist\/esm\/i18next\.js$/), 'i18next');
      assert.ok(has(/client\/src\/client\.ts$/), 'the API client');
      assert.ok(has(/elements\/src\/config\.ts$/), 'the configuration');
      for (const name of ['html', 'css', 'LitElement', 'AssistElement', 'LocalizeController', 'clientFor', 'configure', 'identify', 'stringsFrom']) {
        assert.ok(exports.has(name), `core.js does not export ${name}`);
      }
    });
  });

  describe('linking a component to the core', () => {
    it('merges the imports of the core into one statement pointed at core.js', async () => {
      const code = [
        `import { html as h, nothing } from "${CORE_SPECIFIER}";`,
        `import "${CORE_SPECIFIER}";`,
        `import { clientFor as c } from "${CORE_SPECIFIER}";`,
        `import "assist:component:faq-search";`,
        'export const x = [h, nothing, c];',
      ].join('\n');
      const linked = await render(linkCore(outDir, core('html', 'nothing', 'clientFor')), code, `${outDir}/help-center/help-center.js`);
      assert.equal(linked.match(/from "\.\.\/core\.js"/g)?.length, 1, linked);
      assert.match(linked, /^import \{ html as h, nothing, clientFor as c \} from "\.\.\/core\.js";/);
      assert.ok(!linked.includes(CORE_SPECIFIER), linked);
      assert.match(linked, /import "\.\.\/faq-search\/faq-search\.js";/);
    });

    it('points files at any depth at the same core.js', async () => {
      const code = `import { html } from "${CORE_SPECIFIER}";\nexport default html;`;
      const plugin = linkCore(outDir, core('html'));
      assert.match(await render(plugin, code, `${outDir}/return-reporter/status/view.js`), /from "\.\.\/\.\.\/core\.js"/);
      assert.match(await render(plugin, code, `${outDir}/top.js`), /from "\.\/core\.js"/);
    });

    it('fails the build naming every name core.js does not export', async () => {
      const code = `import { html, repeat, live as l } from "${CORE_SPECIFIER}";`;
      await assert.rejects(render(linkCore(outDir, core('html')), code, `${outDir}/chat-launcher/chat-launcher.js`), /chat-launcher\.js imports repeat, live from core\.js/);
    });
  });

  describe('translations by path', () => {
    it('replaces the table of imports with the folder the translations are published in', () => {
      const path = join(srcDir, 'return-reporter', 'status', 'strings', 'index.ts');
      const rewritten = rewriteStringsIndex(readFileSync(path, 'utf8'), path);
      assert.match(rewritten, /defineStrings\('returnStatus', en, stringsFrom\("return-reporter\/status"\)\)/);
      assert.ok(!rewritten.includes("import('./"), rewritten);
    });

    it('fails the build when a folder does not list every language', () => {
      const path = join(srcDir, 'help-center', 'strings', 'index.ts');
      const source = readFileSync(path, 'utf8');
      assert.throws(() => rewriteStringsIndex(source.replace("  fi: () => import('./fi.js'),\n", ''), path), /translations listed .* are not sv, de, fr, es, it, nl, fi/);
      assert.throws(() => rewriteStringsIndex(source.replace("fi: () => import('./fi.js')", "fi: () => import('./sv.js')"), path), /fi loads \.\/sv\.js/);
      assert.throws(() => rewriteStringsIndex('export const strings = {};', path), /expected defineStrings/);
    });
  });

  it('binds each core export once and points the other aliases at it, leaving properties and longer names alone', () => {
    const code = 'const a = html2`<b></b>`;\nconst b = { html2: 1 }.html2 + html22 + html;\nlet c = nothing3 ?? html2;\n';
    const once = importOnce(['html', 'nothing as nothing3', 'html as html2', 'html', 'nothing as nothing3'], code);
    assert.deepEqual(once.imports, ['html', 'nothing as nothing3']);
    assert.equal(once.code, 'const a = html`<b></b>`;\nconst b = { html2: 1 }.html2 + html22 + html;\nlet c = nothing3 ?? html;\n');
  });

  it('binds an export as itself when some module imports it so, never renaming that word in template text', () => {
    // The first module imported `svg` as `svg2`, a later one as `svg`: `<svg` in a template must stay.
    const code = 'const icon = svg2`<path d="M4 4"/>`;\nconst view = html`<svg viewBox="0 0 24 24">${icon}</svg>`;\nconst other = svg`<circle/>`;\n';
    const once = importOnce(['svg as svg2', 'html', 'svg'], code);
    assert.deepEqual(once.imports, ['svg', 'html']);
    assert.equal(once.code, 'const icon = svg`<path d="M4 4"/>`;\nconst view = html`<svg viewBox="0 0 24 24">${icon}</svg>`;\nconst other = svg`<circle/>`;\n');
  });

  it('collapses the whitespace of nested templates and touches nothing else', () => {
    const source = [
      'const view = html`',
      '  <ul>',
      '    ${items.map((item) => html`',
      '      <li class=${item.done ? "a  b" : `c  ${d}`}>',
      '        ${item.text}',
      '      </li>`)}',
      '  </ul>`;',
      "const text = '  html`  keep  `  '; // a comment with a ` backtick",
      'const pattern = /`\\s+`/g; /* html` also kept `*/',
      'const styles = css`',
      '  :host {',
      '    color: ${red};',
      '  }',
      '`;',
      'const plain = `  kept  `;',
    ].join('\n');
    assert.equal(
      minifyTemplateSource(source),
      [
        'const view = html` <ul> ${items.map((item) => html` <li class=${item.done ? "a  b" : `c  ${d}`}> ${item.text} </li>`)} </ul>`;',
        "const text = '  html`  keep  `  '; // a comment with a ` backtick",
        'const pattern = /`\\s+`/g; /* html` also kept `*/',
        'const styles = css`:host{color:${red}}`;',
        'const plain = `  kept  `;',
      ].join('\n'),
    );
  });

  it('keeps the descendant combinator when it collapses CSS', () => {
    assert.equal(collapseCss(`\n  .article :is(p, ul) {\n    margin: 0 0 0.5em;\n  }\n  a > b { color: red; }\n`), '.article :is(p,ul){margin:0 0 0.5em}a>b{color:red}');
  });
});
