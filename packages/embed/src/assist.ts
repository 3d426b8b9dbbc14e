/**
 * assist.js: the one-script-tag loader of Assist.
 *
 * ```html
 * <script src="https://cdn.example.com/assist/0.1.0/assist.js" integrity="sha384-…" crossorigin="anonymous"
 *   data-api-base="https://api.example.com" data-locale="sv-SE" data-market="SE" data-components="chat-launcher" async></script>
 * ```
 *
 * It installs `window.Assist`, replays the calls the queue snippet (queue.js) collected before it
 * arrived, shows a launcher button (a stand-in: no component code is loaded yet) and loads a
 * component's module from its own folder only when it is needed: on a click or `Assist.open()`, on
 * intent (a pointer over the launcher or focus on it: the components named in `data-components`; with
 * `data-preload="idle"` when the browser is idle), or as soon as an `<assist-…>` tag is in the page. Under a strict CSP: no inline styles (a constructed style sheet), no HTML parsing
 * (DOM calls only), no eval; modules load with `import()`, which carries this script's nonce.
 * Budget: 2 KB gzip, so what the launcher opens is a module of its own (ui.ts), loaded on first use.
 *
 * Integrity chain: this file pins the sha256 of `importmap.json` (filled in by build/integrity.ts),
 * which lists the sha256 of every module of the release, each language's map among them (a language
 * map pins that language's translations; core.js installs it, through `install` below, before them). Before its first module the
 * loader fetches that file with `integrity`, and installs it as an import map: the browser then checks
 * every module it fetches from this folder, static and dynamic imports included, and refuses one that
 * was changed. The loader imports only through the map's `@assist/cdn/` prefix, so when the map could
 * not be installed nothing loads at all (decision record 0017).
 */

import { offsetsOf, prefixed, TAGS } from './settings.js';

type Call = [method: string, args: Iterable<unknown>];
type Component = import('./ui.js').Component;
type Ui = import('./ui.js').Ui;

declare const __ASSIST_VERSION__: string;
/** The sha256 of importmap.json: a placeholder of the same length until build/integrity.ts writes the real one. */
declare const __ASSIST_MAP__: string;
const SELECTOR = TAGS.join();
/**
 * The launcher's accessible name, as the help center says "Help": each entry is a language code and the
 * word (one list compresses better than an object or two lists). English comes first, so a page without
 * a language, and any language not listed (Dutch says "Help" too), gets it.
 */
const HELP = 'enHelp svHjälp deHilfe frAide esAyuda itAssistenza fiOhjeet daHjælp nbHjelp plPomoc arالمساعدة csNápověda ptAjuda heעזרה'.split(' ');

const doc = document;
/** Modules load through the import map (see above): `@assist/cdn/core.js` resolves only once it is installed. Strings are joined with `+`, which minifies shorter than a template. */
const FROM = '@assist/cdn/';

const global = window as Window & {
  Assist?: { q?: Call[]; version?: string };
  /** Trusted Types, where the browser has them (not in TypeScript's DOM types yet). */
  trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): { createScript(text: string): unknown } };
};
const stub = global.Assist;
if (stub?.version) console.warn('[assist] Loaded twice');
// Everything else in a block rather than a function: a function around it would cost bytes of the 2 KB.
else {
  const script = doc.currentScript as HTMLScriptElement;
  const base = new URL('.', script.src).href;
  const data = script.dataset;
  // The script tag's settings are the page's configuration (`apiBase`, `clientId`, `locale`, `market`; the others are the loader's own and ignored by the components).
  const config: Record<string, string | undefined> = { ...data };
  const [ob, oi] = offsetsOf(data);
  const side = data.position === 'bottom-start' ? 'start' : 'end';

  /** Removes every listener `on()` added, at destroy(). */
  const listening = new AbortController();
  const loads: Record<string, Promise<unknown>> = {};
  let map: Promise<void> | undefined;
  let policy: { createScript(text: string): unknown } | undefined;
  let core: Promise<void> | undefined;
  let core$: typeof import('../../elements/build/cdn-core.js') | undefined;
  let ui: Promise<Ui> | undefined;
  let shown: Ui | undefined;
  let token: string | undefined;
  let gone = false;

  /** The loader's own events are DOM events too: `assist-ready`, `assist-open`, `assist-close`, `assist-error`. */
  const emit = (name: string, detail?: Record<string, unknown>) => doc.dispatchEvent(new CustomEvent('assist-' + name, { detail }));
  // As the components choose: the page's language, then the configured one.
  const lang = () => (doc.documentElement.lang || config.locale || '').slice(0, 2);

  /** The script tag's theme, for an Assist element that has none. */
  function prepare(element: Component): Component {
    if (data.theme && !element.hasAttribute('theme')) element.setAttribute('theme', data.theme);
    return element;
  }

  /**
   * Installs an import map: its relative URLs made absolute, its text through a Trusted Types policy
   * (`assist`, created once) on pages that require them, carrying this script's nonce. The code map
   * below, and each language's map (core.js imports it, checked, before that language's first strings).
   */
  const install = (text: string) => {
    const element = doc.createElement('script');
    const json = text.replaceAll('"./', '"' + base);
    element.type = 'importmap';
    element.nonce = script.nonce;
    element.text = ((policy ??= global.trustedTypes?.createPolicy('assist', { createScript: (checked: string) => checked }))?.createScript(json) as string) ?? json;
    doc.head.append(element);
  };
  /** The release's code map, once: importmap.json, checked against the hash this file pins. */
  const pinned = () =>
    (map ??= fetch(base + 'importmap.json', { integrity: __ASSIST_MAP__ })
      .then((response) => response.text())
      .then(install));

  function load(tag: string): Promise<unknown> {
    return (loads[tag] ??= (core ??= pinned()
      .then(() => import(FROM + 'core.js') as Promise<NonNullable<typeof core$>>)
      .then((module) => (core$ = module).configure(config, install)))
      .then(() => import(FROM + tag))
      .then(
        () => token && core$!.identify(token),
        (error: unknown) => {
          delete loads[tag];
          emit('error', { component: tag.slice(7), error });
          throw error;
        },
      ));
  }

  /** Loads the module of every Assist tag in (or at) `node`. */
  function discover(node: Element | Document): void {
    for (const element of [node, ...node.querySelectorAll(SELECTOR)] as Component[]) {
      if (TAGS.includes(element.localName)) load(prepare(element).localName).catch(console.error);
    }
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  });

  // The stand-in launcher, in a shadow root of its own.
  const host = doc.createElement('assist-embed');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  // Light and dark defaults of the design tokens (packages/elements/src/styles/tokens.ts) by
  // `light-dark()`: light unless data-theme says `dark`, or `auto` and the shopper's system is dark.
  // --assist-* values still win; the border takes the text colour.
  sheet.replaceSync(
    `:host{color-scheme:${data.theme == 'dark' ? 'dark' : data.theme == 'auto' ? 'light dark' : 'light'}}` +
      `.l{position:fixed;z-index:var(--assist-z-index,1000);inset-block-end:${ob};inset-inline-${side}:${oi};width:3rem;height:3rem;border:2px solid;border-radius:50%;background:var(--assist-color-accent,light-dark(#0b5c4b,#5fd3b7));color:var(--assist-color-on-accent,light-dark(#fff,#0b1412));font:700 1.25rem system-ui;box-shadow:var(--assist-shadow,0 .25rem 1rem #0003);cursor:pointer}`,
  );
  root.adoptedStyleSheets = [sheet];
  const button = doc.createElement('button');
  button.className = 'l';
  button.append('?');
  button.part = 'launcher';
  button.ariaHasPopup = 'dialog';
  button.ariaExpanded = 'false';
  // No launcher without data-components (a list of names the release does not have opens the help center).
  button.hidden = !data.components;
  button.onclick = () => api.toggle().catch(console.error);
  root.append(button);

  function labels(): void {
    button.ariaLabel = (HELP.find((entry) => entry.startsWith(lang())) ?? HELP[0]!).slice(2);
    shown?.label(lang());
  }
  labels();

  /** What the launcher opens (ui.ts), loaded on first use. */
  const loadUi = () =>
    (ui ??= pinned()
      .then(() => import(FROM + 'ui.js'))
      .then((module: typeof import('./ui.js')) => {
        return (shown = module.createUi({ host, data, lang, load, prepare, emit }));
      }));

  const api = {
    version: __ASSIST_VERSION__,
    /** Opens a component (`help-center`, `chat-launcher`, …); the first of `data-components` by default. ui.js does it, and says so with an `open` event. */
    open: (component?: string): Promise<void> => loadUi().then((loaded) => loaded.open(component)),
    /** Closes what is open (a `close` event if something was). */
    close: (): void => shown?.close(),
    toggle: (component?: string): Promise<void> => (shown ? shown.toggle(component) : api.open(component)),
    /** A merchant-signed shopper token (`auth/session`): the components on the page sign the shopper in with it (core.js does). In memory only; nothing is fetched until a component is loaded. */
    identify(identity: { token: string }): void {
      token = identity.token;
      core$?.identify(token);
    },
    setLocale(locale: string): void {
      config.locale = locale;
      core$?.configure(config);
      labels();
    },
    /** Listens to loader events (`ready`, `open`, `close`, `error`) or component events (`search` or `assist-search`) on the document; `fn` gets the event, its `detail` holds the data. Returns an unsubscribe function. */
    on(name: string, fn: EventListener): () => void {
      doc.addEventListener(prefixed(name), fn, listening);
      return () => api.off(name, fn);
    },
    off(name: string, fn: EventListener): void {
      doc.removeEventListener(prefixed(name), fn);
    },
    /** Removes the launcher, the panel, the chat launcher it added and every listener; a later assist.js starts afresh. */
    destroy(): void {
      gone = true;
      observer.disconnect();
      listening.abort();
      host.remove();
      shown?.destroy();
      delete global.Assist;
    },
    q: stub?.q ?? [],
  };

  global.Assist = api;
  const queue = api.q;
  // Calls made through the snippet's stub after this point (a saved reference) run at once.
  // Nothing reads what push() returns (the queue snippet's calls, a saved reference), so it returns nothing: bytes of the 2 KB.
  queue.push = ((...calls: Call[]) => {
    for (const [method, args] of calls) {
      Promise.resolve()
        .then(() => (api as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...(args as unknown[])))
        .catch(console.error);
    }
  }) as unknown as typeof queue.push;
  queue.push(...queue.splice(0));

  observer.observe(doc.documentElement, { childList: true, subtree: true });
  discover(doc);
  if (doc.body) doc.body.append(host);
  else addEventListener('DOMContentLoaded', () => gone || doc.body.append(host));
  // Nothing is fetched until here, unless an Assist tag is in the page (discover above). On intent, a
  // pointer over the launcher (mouse, pen or a finger touching it: pointer events cover touch) or
  // focus on it: the launcher's module and the components it offers, so that the click opens at once
  // (and the chat launcher, if offered, takes over the corner). A page nobody touches pays for
  // assist.js alone; `data-preload="idle"` preloads as soon as the browser is idle instead.
  // The handlers' and the idle callback's return values are ignored and the promise is caught;
  // discarding it explicitly would cost bytes the 2 KB loader does not have.
  const preload = () => gone || loadUi().catch(console.error);
  button.onpointerover = button.onfocus = preload;
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  if (data.preload == 'idle') (global.requestIdleCallback ?? setTimeout)(preload);
  emit('ready');
}
