import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * Collapses whitespace inside the css`` and html`` templates of Assist's own sources, as Lit
 * recommends for production builds. Text content keeps one space where there was any.
 */
export const minifyTemplates: Plugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /packages\/elements\/src\/.*\.ts$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      source = source.replace(/css`([^`]*)`/g, (_, body: string) =>
        `css\`${body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim()}\``,
      );
      source = source.replace(/html`((?:[^`\\]|\\.)*)`/g, (_, body: string) => `html\`${body.replace(/\s*\n\s*/g, ' ').replace(/>\s+</g, '> <')}\``);
      return { contents: source, loader: 'ts' };
    });
  },
};
