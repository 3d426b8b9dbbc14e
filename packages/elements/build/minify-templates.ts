import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** The body of a css`` template without comments and without the whitespace CSS does not need. */
export function collapseCss(body: string): string {
  return (
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // Only after a colon: before one, a space is a descendant combinator (`.article :is(p)`).
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim()
  );
}

/** The body of an html`` template with line breaks and indentation collapsed to one space. */
export function collapseHtml(body: string): string {
  return body.replace(/\s*\n\s*/g, ' ').replace(/>\s+</g, '> <');
}

/**
 * Collapses whitespace inside the css`` and html`` templates of Assist's own sources, as Lit
 * recommends for production builds. Text content keeps one space where there was any.
 */
export const minifyTemplates: Plugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /packages\/elements\/src\/.*\.ts$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      source = source.replace(/css`([^`]*)`/g, (_, body: string) => `css\`${collapseCss(body)}\``);
      source = source.replace(/html`((?:[^`\\]|\\.)*)`/g, (_, body: string) => `html\`${collapseHtml(body)}\``);
      return { contents: source, loader: 'ts' };
    });
  },
};
