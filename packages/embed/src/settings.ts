/**
 * What assist.js and ui.js both read from the script tag, in one place. Each of them is built with
 * its own copy, so ui.js works these out again rather than being handed them: the loader's bytes are
 * budgeted (2 KB gzip), ui.js's are not.
 */

/** The components of this release (filled in by the build from @assist/elements' exports). */
declare const __ASSIST_COMPONENTS__: string[];

/**
 * The tags the loader can load. Each one's module is `@assist/cdn/<tag>`, which the release's import
 * map (importmap.json) resolves to its file (`assist-help-center` → `help-center/help-center.js`).
 */
export const TAGS = __ASSIST_COMPONENTS__.map((name) => 'assist-' + name);

/** `help-center` or `assist-help-center` → `assist-help-center`. */
export const prefixed = (name: string) => (name.startsWith('assist-') ? name : 'assist-' + name);

/** The tags of `data-components` that the release has, first one first. */
export const namesOf = (data: DOMStringMap) =>
  (data.components ?? '')
    .split(',')
    .map((name) => prefixed(name.trim()))
    .filter((tag) => TAGS.includes(tag));

/**
 * `data-offset="block [inline]"` in CSS lengths, as the chat launcher's `offset` attribute: the
 * launcher's distance from the bottom and from the side, as CSS (a value that is not a length gives
 * the default, `--assist-launcher-offset-block`/`-inline` or 1rem).
 */
export function offsetsOf(data: DOMStringMap): [block: string, inline: string] {
  const [block, inline] = (data.offset ?? '')
    .trim()
    .split(/\s+/)
    .map((v) => (v && CSS.supports('bottom', v) ? v : ''));
  return [block || 'var(--assist-launcher-offset-block,1rem)', inline || 'var(--assist-launcher-offset-inline,1rem)'];
}
