/**
 * ui.js: what the launcher opens, loaded by assist.js on first use (a click, `Assist.open()`), on
 * intent (a pointer over the launcher or focus on it) or, with `data-preload="idle"`, when the browser
 * is idle, so that assist.js itself stays small.
 * - The inline components (help center, FAQ search, return reporter) open in a panel anchored above
 *   the launcher: a dialog in the loader's shadow root; the component is a child of the loader's host
 *   element, slotted in, so the page's `::part()` and `--assist-*` styles reach it.
 * - The chat launcher brings its own button and panel: it takes over the stand-in's corner and offset.
 * - Until then the stand-in moves to the other corner when it would cover the element in focus.
 * Same rules as the loader: DOM calls only, a constructed style sheet, no inline styles.
 */

import { namesOf, offsetsOf, prefixed, TAGS } from './settings.js';

/** An Assist element as the loader sees it. */
export interface Component extends HTMLElement {
  open?(): void;
  close?(): void;
  isOpen?: boolean;
  identify?(token: string): void;
}

/** What the loader hands over. */
export interface UiContext {
  /** The loader's host element (`<assist-embed>`): the stand-in launcher is in its (open) shadow root. */
  host: HTMLElement;
  /** The loader's script tag's `data-*` settings (`position`, `offset`, …). */
  data: DOMStringMap;
  // Function properties, not methods: createUi takes them apart and calls them unbound.
  /** The language of the labels (`sv`, …). */
  lang: () => string;
  /** Loads a component's module (once). */
  load: (tag: string) => Promise<unknown>;
  /** Applies the script tag's theme and the shopper's token to an Assist element. */
  prepare: (element: Component) => Component;
  /** Dispatches one of the loader's own events (`open`, `close`) on the document, as `assist-<name>`. */
  emit: (name: string, detail?: Record<string, unknown>) => void;
}

export interface Ui {
  /**
   * `Assist.open()`: opens a component (`help-center` or `assist-help-center`; the first of
   * `data-components` by default), the chat launcher's own panel or the panel with the component in
   * it, and says so with an `open` event. Rejects for a component the release does not have.
   */
  open(component?: string): Promise<void>;
  /** `Assist.close()`: closes whatever is open, and says so with a `close` event if something was. */
  close(): void;
  /** `Assist.toggle()`: opens, or closes what is open. */
  toggle(component?: string): Promise<void>;
  isOpen(): boolean;
  /** Puts the chat launcher in the stand-in's place (once). */
  mountChat(): Component;
  /** Accessible names in this language. */
  label(lang: string): void;
  /** Removes the chat launcher this module added and its listeners. */
  destroy(): void;
}

const CHAT = 'assist-chat-launcher';

/** "Help" and "Close", as the components say them (common `close`, help center `home`). */
const LABELS: Record<string, [help: string, close: string]> = {
  en: ['Help', 'Close'],
  sv: ['Hjälp', 'Stäng'],
  de: ['Hilfe', 'Schließen'],
  fr: ['Aide', 'Fermer'],
  es: ['Ayuda', 'Cerrar'],
  it: ['Assistenza', 'Chiudi'],
  nl: ['Help', 'Sluiten'],
  fi: ['Ohjeet', 'Sulje'],
  da: ['Hjælp', 'Luk'],
  nb: ['Hjelp', 'Lukk'],
  pl: ['Pomoc', 'Zamknij'],
  ar: ['المساعدة', 'إغلاق'],
  cs: ['Nápověda', 'Zavřít'],
  pt: ['Ajuda', 'Fechar'],
  he: ['עזרה', 'סגירה'],
};

/** Dark defaults of the design tokens (packages/elements/src/styles/tokens.ts); --assist-* values still win. */
const DARK = '--s:var(--assist-color-surface,#1e1e22);color:var(--assist-color-text,#ececee)';

export function createUi({ host, data, lang, load, prepare, emit }: UiContext): Ui {
  // The components the launcher offers (their modules load now: the loader creates this on intent, a click or, with `data-preload="idle"`, on idle) and the launcher's offsets.
  const names = namesOf(data);
  const [ob, oi] = offsetsOf(data);
  const onClose = () => ui.close();
  const root = host.shadowRoot!;
  // The panel's colours follow the script tag's theme.
  prepare(host);
  const button = root.querySelector('button')!;
  const side = data.position === 'bottom-start' ? 'start' : 'end';
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `:host{--s:var(--assist-color-surface,#fff);color:var(--assist-color-text,#1d1d1f)}` +
      `:host([theme=dark]){${DARK}}@media(prefers-color-scheme:dark){:host([theme=auto]){${DARK}}}` +
      `.p{position:fixed;z-index:var(--assist-z-index,1000);inset-block-end:calc(${ob} + 3.75rem);inset-inline-${side}:${oi};box-sizing:border-box;` +
      `inline-size:min(25rem,calc(100vw - 2 * ${oi}));max-block-size:calc(100dvh - ${ob} - 5rem);overflow:auto;padding:0.5rem;` +
      `background:var(--s);border:1px solid var(--assist-color-border,#8a8a8f);border-radius:var(--assist-radius,0.5rem);` +
      `box-shadow:var(--assist-shadow,0 0.25rem 1rem rgb(0 0 0/0.15))}` +
      `.c{float:inline-end;min-inline-size:2.75rem;min-block-size:2.75rem;border:0;background:none;color:inherit;font:inherit;cursor:pointer}` +
      `.c:focus-visible,.p:focus-visible{outline:3px solid var(--assist-color-focus,#1a56db);outline-offset:2px}` +
      `:host([data-dodge]) .l{inset-inline-${side}:auto;inset-inline-${side === 'end' ? 'start' : 'end'}:${oi}}`,
  );
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];

  const panel = document.createElement('div');
  panel.className = 'p';
  panel.id = 'panel';
  panel.setAttribute('part', 'panel');
  panel.setAttribute('role', 'dialog');
  panel.tabIndex = -1;
  panel.hidden = true;
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) onClose();
  });
  const closer = document.createElement('button');
  closer.type = 'button';
  closer.className = 'c';
  closer.textContent = '✕';
  closer.addEventListener('click', onClose);
  panel.append(closer, document.createElement('slot'));
  root.prepend(panel);
  button.setAttribute('aria-controls', 'panel');

  let chat: Component | undefined;
  let added = false;

  /** Never cover what the shopper is on: the stand-in moves to the other corner when it would. */
  const avoid = (event: FocusEvent) => {
    const path = event.composedPath();
    const target = path[0] as Element;
    if (button.hidden || path.includes(host) || !target.getBoundingClientRect) return;
    const a = button.getBoundingClientRect();
    const b = target.getBoundingClientRect();
    if (b.left < a.right && b.right > a.left && b.top < a.bottom && b.bottom > a.top) host.toggleAttribute('data-dodge');
  };
  document.addEventListener('focusin', avoid);

  let current: string | undefined;

  /** The panel's element for this component, made (and so rendered, hidden while the panel is closed) on first use. */
  function render(tag: string): Component {
    let element = host.querySelector<Component>(tag);
    if (!element) {
      element = prepare(document.createElement(tag));
      element.hidden = true;
      host.append(element);
    }
    return element;
  }

  /** The chat launcher's own panel, or the panel with this component in it. */
  async function show(tag: string): Promise<void> {
    if (tag === CHAT) {
      hidePanel();
      await load(tag);
      ui.mountChat().open?.();
      return;
    }
    chat?.close?.();
    const element = render(tag);
    for (const child of host.children) (child as HTMLElement).hidden = child !== element;
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    panel.focus();
    await load(tag);
  }

  const ui: Ui = {
    async open(component) {
      const tag = component ? prefixed(component) : (names[0] ?? 'assist-help-center');
      if (!TAGS.includes(tag)) throw Error(`[assist] Unknown: ${component}`);
      await show(tag);
      emit('open', { component: (current = tag.slice(7)) });
    },
    close() {
      const chatOpen = !!chat?.isOpen;
      chat?.close?.();
      if (hidePanel() || chatOpen) emit('close', { component: current });
    },
    async toggle(component) {
      if (ui.isOpen()) ui.close();
      else await ui.open(component);
    },
    isOpen() {
      return !panel.hidden || !!chat?.isOpen;
    },
    mountChat() {
      if (!chat) {
        // One the page placed itself keeps its own attributes.
        chat = document.querySelector<Component>(CHAT) ?? undefined;
        if (!chat) {
          chat = prepare(document.createElement(CHAT));
          chat.setAttribute('position', `bottom-${side}`);
          if (data.offset) chat.setAttribute('offset', data.offset);
          document.body.append(chat);
          added = true;
        }
        button.hidden = true;
      }
      return chat;
    },
    label(lang) {
      const [help, close] = LABELS[lang] ?? LABELS.en!;
      panel.setAttribute('aria-label', help);
      closer.setAttribute('aria-label', close);
    },
    destroy() {
      document.removeEventListener('focusin', avoid);
      if (added) chat?.remove();
    },
  };

  function hidePanel(): boolean {
    if (panel.hidden) return false;
    const focused = root.activeElement !== null || host.contains(document.activeElement);
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (focused && !button.hidden) button.focus();
    return true;
  }

  ui.label(lang());

  // The components the launcher offers, so that a click opens at once: the chat launcher takes over the
  // corner, and the component the launcher opens renders in the closed panel (its content fetched and
  // laid out, nothing shown or announced), so that the click only has to show it.
  for (const tag of names) {
    load(tag).then(
      () => (tag === CHAT ? (document.body ? ui.mountChat() : addEventListener('DOMContentLoaded', () => ui.mountChat())) : tag === names[0] && render(tag)),
      () => {},
    );
  }

  return ui;
}
