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
 */

type Call = [method: string, args: Iterable<unknown>];
type Component = import('./ui.js').Component;
type Ui = import('./ui.js').Ui;

declare const __ASSIST_VERSION__: string;
/** The components of this release (filled in by the build from @assist/elements' exports). */
declare const __ASSIST_COMPONENTS__: string[];
/** What the loader can load: tag → module, relative to assist.js (`help-center` → `help-center/help-center.js`). */
const CHUNKS: Record<string, string> = Object.fromEntries(__ASSIST_COMPONENTS__.map((name) => [`assist-${name}`, `${name}/${name}.js`]));
const SELECTOR = Object.keys(CHUNKS).join();
/** The launcher's accessible name, as the help center says "Help". */
const HELP: Record<string, string> = {
  en: 'Help',
  sv: 'Hjälp',
  de: 'Hilfe',
  fr: 'Aide',
  es: 'Ayuda',
  it: 'Assistenza',
  fi: 'Ohjeet',
  da: 'Hjælp',
  nb: 'Hjelp',
  pl: 'Pomoc',
  ar: 'المساعدة',
};
/** Dark defaults of the design tokens (packages/elements/src/styles/tokens.ts); --assist-* values still win. */
const DARK = '--a:var(--assist-color-accent,#5fd3b7);--o:var(--assist-color-on-accent,#0b1412)';

const doc = document;
const prefixed = (name: string) => (name.startsWith('assist-') ? name : `assist-${name}`);

function start(): void {
  const global = window as Window & { Assist?: { q?: Call[]; version?: string } };
  const stub = global.Assist;
  if (stub?.version) return console.warn('[assist] Loaded twice: ignored.');
  const script = doc.currentScript as HTMLScriptElement;
  const base = new URL('.', script.src).href;
  const data = script.dataset;
  const config: Record<string, string> = {};
  for (const key of ['apiBase', 'locale', 'market']) if (data[key]) config[key] = data[key];
  const names = (data.components ?? '')
    .split(',')
    .map((name) => prefixed(name.trim()))
    .filter((tag) => CHUNKS[tag]);
  // `data-offset="block [inline]"` in CSS lengths, as the chat launcher's `offset` attribute.
  const [block, inline] = (data.offset ?? '')
    .trim()
    .split(/\s+/)
    .map((v) => (v && CSS.supports('bottom', v) ? v : ''));
  const ob = block || 'var(--assist-launcher-offset-block,1rem)';
  const oi = inline || 'var(--assist-launcher-offset-inline,1rem)';
  const side = data.position === 'bottom-start' ? 'start' : 'end';

  const listeners: [type: string, fn: EventListener][] = [];
  const loads: Record<string, Promise<unknown>> = {};
  let core: Promise<void> | undefined;
  let core$: typeof import('../../elements/build/cdn-core.js') | undefined;
  let ui: Promise<Ui> | undefined;
  let shown: Ui | undefined;
  let token: string | undefined;
  let gone = false;
  let current: string | undefined;

  /** The loader's own events are DOM events too: `assist-ready`, `assist-open`, `assist-close`, `assist-error`. */
  const emit = (name: string, detail?: Record<string, unknown>) => doc.dispatchEvent(new CustomEvent(`assist-${name}`, { detail }));
  // As the components choose: the page's language, then the configured one.
  const lang = () => (doc.documentElement.lang || config.locale || '').slice(0, 2);

  /** The script tag's theme, for an Assist element that has none. */
  function prepare(element: Component): Component {
    if (data.theme && !element.hasAttribute('theme')) element.setAttribute('theme', data.theme);
    return element;
  }

  function load(tag: string): Promise<unknown> {
    return (loads[tag] ??= (core ??= (import(`${base}core.js`) as Promise<NonNullable<typeof core$>>).then((module) => (core$ = module).configure(config)))
      .then(() => import(base + CHUNKS[tag]))
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
      if (CHUNKS[element.localName]) load(prepare(element).localName).catch(console.error);
    }
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  });

  // The stand-in launcher, in a shadow root of its own.
  const host = doc.createElement('assist-embed');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `:host{--a:var(--assist-color-accent,#0b5c4b);--o:var(--assist-color-on-accent,#fff)}:host([theme=dark]){${DARK}}@media(prefers-color-scheme:dark){:host([theme=auto]){${DARK}}}` +
      `.l{position:fixed;z-index:var(--assist-z-index,1000);inset-block-end:${ob};inset-inline-${side}:${oi};width:3rem;height:3rem;border:2px solid var(--o);border-radius:50%;background:var(--a);color:var(--o);font:700 1.25rem system-ui;box-shadow:var(--assist-shadow,0 .25rem 1rem #0003);cursor:pointer}`,
  );
  root.adoptedStyleSheets = [sheet];
  const button = doc.createElement('button');
  button.className = 'l';
  button.textContent = '?';
  button.part = 'launcher';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.hidden = !names.length;
  button.onclick = () => api.toggle().catch(console.error);
  root.append(button);
  prepare(host);

  function labels(): void {
    button.setAttribute('aria-label', HELP[lang()] ?? HELP.en!);
    shown?.label(lang());
  }
  labels();

  /** What the launcher opens (ui.ts), loaded on first use. */
  const loadUi = () =>
    (ui ??= import(`${base}ui.js`).then((module: typeof import('./ui.js')) => {
      return (shown = module.createUi({ host, data, names, ob, oi, lang, load, prepare, onClose: () => api.close() }));
    }));

  const api = {
    version: __ASSIST_VERSION__,
    /** Opens a component (`help-center`, `chat-launcher`, …); the first of `data-components` by default. */
    async open(component?: string): Promise<void> {
      const tag = component ? prefixed(component) : (names[0] ?? 'assist-help-center');
      if (!CHUNKS[tag]) throw Error(`[assist] Unknown: ${component}`);
      await (await loadUi()).open(tag);
      emit('open', { component: (current = tag.slice(7)) });
    },
    close(): void {
      if (shown?.close()) emit('close', { component: current });
    },
    async toggle(component?: string): Promise<void> {
      if (shown?.isOpen()) api.close();
      else await api.open(component);
    },
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
      doc.addEventListener(prefixed(name), fn);
      listeners.push([prefixed(name), fn]);
      return () => api.off(name, fn);
    },
    off(name: string, fn: EventListener): void {
      doc.removeEventListener(prefixed(name), fn);
    },
    /** Removes the launcher, the panel, the chat launcher it added and every listener; a later assist.js starts afresh. */
    destroy(): void {
      gone = true;
      observer.disconnect();
      for (const [type, fn] of listeners) doc.removeEventListener(type, fn);
      host.remove();
      shown?.destroy();
      delete global.Assist;
    },
    q: stub?.q ?? [],
  };

  global.Assist = api;
  const queue = api.q;
  // Calls made through the snippet's stub after this point (a saved reference) run at once.
  queue.push = (...calls: Call[]) => {
    for (const [method, args] of calls) {
      Promise.resolve()
        .then(() => (api as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...(args as unknown[])))
        .catch(console.error);
    }
    return 0;
  };
  queue.push(...queue.splice(0));

  observer.observe(doc.documentElement, { childList: true, subtree: true });
  discover(doc);
  const mount = () => gone || doc.body.append(host);
  if (doc.body) mount();
  else addEventListener('DOMContentLoaded', mount);
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

start();
