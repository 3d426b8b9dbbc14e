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

/** Stands for an expression while its template's text is collapsed (no whitespace, never in source text). */
const HOLE = '\u0000';
/** A `/` after one of these (or at the start) begins a regular expression, not a division. */
const BEFORE_REGEX = /(?:^|[(,=:[!&|?{};+\-*%<>~^]|\breturn|\btypeof|\bcase|\bdo|\belse|\bin|\bof)\s*$/;

/**
 * Collapses the whitespace of every html`` and css`` template in a module's source, nested templates
 * included (an html`` inside `${…}` of another). Only template text changes: expressions, strings,
 * comments and regular expressions are copied as they are.
 */
export function minifyTemplateSource(source: string): string {
  let at = 0;

  /** Copies code up to the `}` that closes an expression (or to the end), collapsing templates in it. */
  function code(inExpression: boolean): string {
    let out = '';
    let depth = 0;
    while (at < source.length) {
      const char = source[at]!;
      if (char === '"' || char === "'") out += quoted(char);
      else if (char === '`') {
        const tag = /\b(html|css)\s*$/.exec(out)?.[1];
        at++;
        out += '`' + template(tag === 'html' ? collapseHtml : tag === 'css' ? collapseCss : null) + '`';
      } else if (char === '/' && source[at + 1] === '/') out += through('\n');
      else if (char === '/' && source[at + 1] === '*') out += through('*/');
      else if (char === '/' && BEFORE_REGEX.test(out)) out += regex();
      else {
        if (char === '{') depth++;
        if (char === '}' && depth-- === 0 && inExpression) return out;
        out += char;
        at++;
      }
    }
    return out;
  }

  function quoted(quote: string): string {
    const start = at++;
    while (at < source.length && source[at] !== quote && source[at] !== '\n') at += source[at] === '\\' ? 2 : 1;
    return source.slice(start, ++at);
  }

  function through(end: string): string {
    const found = source.indexOf(end, at + 2);
    const stop = found < 0 ? source.length : found + end.length;
    const text = source.slice(at, stop);
    at = stop;
    return text;
  }

  function regex(): string {
    const start = at++;
    let inClass = false;
    while (at < source.length && source[at] !== '\n') {
      const char = source[at]!;
      if (char === '\\') at++;
      else if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      else if (char === '/' && !inClass) break;
      at++;
    }
    return source.slice(start, ++at);
  }

  /** Reads a template after its opening backtick up to and past its closing one; answers its inside. */
  function template(collapse: ((body: string) => string) | null): string {
    let text = '';
    const expressions: string[] = [];
    while (at < source.length && source[at] !== '`') {
      if (source[at] === '\\') {
        text += source.slice(at, at + 2);
        at += 2;
      } else if (source.startsWith('${', at)) {
        at += 2;
        expressions.push(code(true));
        at++;
        text += HOLE;
      } else text += source[at++];
    }
    at++;
    let index = 0;
    return (collapse ? collapse(text) : text).replace(new RegExp(HOLE, 'g'), () => '${' + expressions[index++]! + '}');
  }

  return code(false);
}

/**
 * Collapses whitespace inside the css`` and html`` templates of Assist's own sources, as Lit
 * recommends for production builds. Text content keeps one space where there was any.
 */
export const minifyTemplates: Plugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /packages\/elements\/src\/.*\.ts$/ }, async (args) => ({ contents: minifyTemplateSource(await readFile(args.path, 'utf8')), loader: 'ts' }));
  },
};
