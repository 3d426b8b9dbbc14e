// custom-elements.json from the components' JSDoc headers (@summary @slot @event @csspart
// @cssproperty) and their Lit properties: `pnpm run docs` writes it and docs/components/<tag>.md.
// The published components are the `./<name>.js` entries of package.json's `exports`.
import { readFileSync } from 'node:fs';

const { exports } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const components = Object.keys(exports)
  .map((key) => /^\.\/([a-z-]+)\.js$/.exec(key)?.[1])
  .filter(Boolean)
  .sort();

/** Tag names from `define('assist-x', AssistX)` (our idempotent `customElements.define`). */
function defineCalls() {
  const found = [];
  return {
    name: 'assist-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'define') return;
      const [tag, constructor] = node.arguments;
      if (tag && constructor && ts.isStringLiteral(tag) && ts.isIdentifier(constructor)) {
        found.push({ module: moduleDoc, tag: tag.text, className: constructor.text });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { module, tag, className } of found) {
        const owner = customElementsManifest.modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === className));
        const declaration = owner?.declarations.find((d) => d.name === className);
        if (!owner || !declaration) throw new Error(`define('${tag}', ${className}): no class ${className} in the analyzed files`);
        declaration.tagName = tag;
        declaration.customElement = true;
        module.exports = [...(module.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: owner.path } }];
      }
    },
  };
}

/** Only what a page can use: no private or protected members, no attributes of internal state. */
function publicApi() {
  return {
    name: 'assist-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#')).map((m) => m.name));
          declaration.members = (declaration.members ?? []).filter((m) => !hidden.has(m.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      }
    },
  };
}

export default {
  globs: components.flatMap((name) => [`src/${name}/${name}.component.ts`, `src/${name}/${name}.ts`]),
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineCalls(), publicApi()],
};
