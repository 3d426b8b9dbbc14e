import { createClient } from '@assist/client';
import { tokens } from '@assist/elements';
import { $, MOCK_BASE, el, readSettings, showStatus, startMock } from './main.js';

/**
 * The theme editor (theme.html): colour, radius, font and size inputs that set the `--assist-*`
 * design tokens on the live components, the contrast of the main pairs, and the CSS a merchant pastes
 * into their stylesheet. The defaults (light and dark) are read from the components' own tokens, so
 * the editor always offers what the components read. The theme is applied with a constructed style
 * sheet: the same CSS as printed, and nothing a strict CSP would block.
 */

type Palette = 'light' | 'dark';
type Values = Record<string, string>;

/** `--assist-*` defaults per palette, from the `var(--assist-x, default)` declarations of tokens.ts. */
export function tokenDefaults(cssText: string): Record<Palette, Values> {
  const darkAt = cssText.indexOf(":host([theme='dark'])");
  const read = (text: string): Values => Object.fromEntries([...text.matchAll(/var\((--assist-[a-z-]+),\s*(.+?)\);/g)].map((m) => [m[1]!, m[2]!.trim()]));
  const light = read(cssText.slice(0, darkAt));
  const dark = { ...light, ...read(cssText.slice(darkAt, cssText.indexOf('}', darkAt))) };
  return { light, dark };
}

const COLORS: [token: string, label: string][] = [
  ['--assist-color-accent', 'Accent (buttons, links, launcher)'],
  ['--assist-color-on-accent', 'Text on the accent'],
  ['--assist-color-text', 'Text'],
  ['--assist-color-text-muted', 'Secondary text'],
  ['--assist-color-surface', 'Background'],
  ['--assist-color-surface-raised', 'Cards'],
  ['--assist-color-border', 'Borders'],
  ['--assist-color-focus', 'Focus ring'],
  ['--assist-color-highlight', 'Search match'],
  ['--assist-color-danger', 'Errors'],
];

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The CSS a merchant pastes: only what differs from the defaults. */
export function themeCss(changed: Values, theme: string): string {
  const lines = Object.entries(changed).map(([name, value]) => `  ${name}: ${value};`);
  const rules = lines.length ? `:root {\n${lines.join('\n')}\n}` : '/* The defaults: nothing to add. */';
  return theme === 'light' ? rules : `${rules}\n/* Palette: data-theme="${theme}" on the script tag, or theme="${theme}" on each component. */`;
}

const defaults = tokenDefaults(tokens.cssText);
const changed: Values = {};
const sheet = new CSSStyleSheet();
const editorSheet = new CSSStyleSheet();
editorSheet.replaceSync(`
  .theme__color { display: flex !important; align-items: center; justify-content: space-between; gap: 0.5rem; }
  .theme__color input { inline-size: 3rem; block-size: 1.75rem; padding: 0; border: 1px solid var(--line); background: none; }
  .theme__css { background: var(--page-bg); padding: 0.5rem; border-radius: 0.5rem; overflow: auto; white-space: pre-wrap; }
  .qa__button { font: inherit; font-size: 0.8rem; padding: 0.25rem 0.5rem; min-block-size: 1.75rem; border: 1px solid var(--accent); border-radius: 0.375rem; background: var(--card-bg); color: var(--accent); cursor: pointer; }
  #preview assist-return-reporter, #preview assist-help-center { display: block; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, editorSheet, sheet];

const form = $<HTMLFormElement>('editor');
const themeSelect = $<HTMLSelectElement>('theme');
const palette = (): Palette => (themeSelect.value === 'dark' || (themeSelect.value === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light');
const value = (token: string) => changed[token] ?? defaults[palette()][token] ?? '';
const colorInputs = new Map<string, HTMLInputElement>();

for (const [token, label] of COLORS) {
  const input = el('input');
  input.type = 'color';
  input.name = token;
  input.id = token.replace('--assist-', '');
  const row = el('label', undefined, 'theme__color');
  row.htmlFor = input.id;
  row.append(el('span', label), input);
  colorInputs.set(token, input);
  $('colors').append(row);
}

function render(): void {
  const theme = themeSelect.value;
  for (const [token, input] of colorInputs) input.value = value(token);
  const radius = $<HTMLInputElement>('radius');
  radius.value = value('--assist-radius').replace('rem', '');
  $('radius-value').textContent = value('--assist-radius');
  const size = $<HTMLInputElement>('size');
  size.value = value('--assist-font-size').replace('rem', '');
  $('size-value').textContent = value('--assist-font-size');
  $<HTMLSelectElement>('font').value = changed['--assist-font-family'] ?? '';

  const css = themeCss(changed, theme);
  sheet.replaceSync(css);
  $('css').textContent = css;
  for (const element of document.querySelectorAll('#preview > *, #preview assist-faq-search')) {
    if (element.localName.startsWith('assist-')) element.setAttribute('theme', theme);
  }
  document.documentElement.dataset.theme = palette();

  const list = $('contrast');
  list.replaceChildren();
  for (const [label, front, back] of [
    ['Text on the background', '--assist-color-text', '--assist-color-surface'],
    ['Text on the accent', '--assist-color-on-accent', '--assist-color-accent'],
  ] as const) {
    const ratio = contrast(value(front), value(back));
    const item = el('li', `${label}: ${ratio.toFixed(1)}:1 ${ratio >= 4.5 ? 'passes AA' : 'below 4.5:1, hard to read'}`);
    item.dataset.pass = String(ratio >= 4.5);
    list.append(item);
  }
}

form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement | HTMLSelectElement;
  if (target === themeSelect) {
    render();
    return;
  }
  const token = target.name;
  const next = token === '--assist-radius' || token === '--assist-font-size' ? `${target.value}rem` : target.value;
  if (!next || next === defaults[palette()][token]) delete changed[token];
  else changed[token] = next;
  render();
});
$('reset').addEventListener('click', () => {
  for (const token of Object.keys(changed)) delete changed[token];
  render();
});
$('copy').addEventListener('click', () => void navigator.clipboard?.writeText($('css').textContent ?? ''));
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', render);
render();

async function start(): Promise<void> {
  const settings = { ...readSettings(), api: 'mock' as const };
  await startMock();
  const { configure } = await import('@assist/elements');
  configure({ apiBase: MOCK_BASE, clientId: 'demo', locale: settings.locale, market: settings.market });
  await Promise.all([import('@assist/elements/help-center.js'), import('@assist/elements/return-reporter.js'), import('@assist/elements/chat-launcher.js')]);
  render();
  await showStatus(createClient({ baseUrl: MOCK_BASE, clientId: 'demo', locale: settings.locale }), settings);
}

void start();
