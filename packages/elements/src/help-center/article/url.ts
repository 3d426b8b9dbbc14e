import type { HelpView } from '../help-center.component.js';
import type { NavigationController } from '../navigation.controller.js';

/**
 * The help center's history in the page's: each view the shopper opens gets an entry of the page's
 * history, with the open article in the URL (`?assist-article=slug`, the page's other parameters and its
 * hash kept), so Back and Forward move through the help center and a copied URL opens the same
 * article. Entries are marked in `history.state` with the help center's id; any other entry (the
 * merchant's own) is left alone. Loaded with the article view, at the first article.
 */
export interface UrlSync {
  /** A new view was opened (`go`): a new entry. */
  push(): void;
  /** Back or forward to `index`: true when the browser takes the step (its `popstate` then shows the view). */
  move(index: number): boolean;
  /** Follows the page's Back and Forward (while the element is on the page). */
  listen(on: boolean): void;
}

/** What an entry of the help center remembers: where in its history, and which view. */
interface Mark {
  i: number;
  v: HelpView;
}

const same = (a: HelpView | undefined, b: HelpView): boolean => JSON.stringify(a) === JSON.stringify(b);

export function syncUrl(nav: NavigationController): UrlSync {
  const key = nav.uid;
  const markOf = (state: unknown): Mark | undefined => {
    const mark = state && typeof state === 'object' ? (state as Record<string, unknown>)[key] : undefined;
    return mark && typeof mark === 'object' && typeof (mark as Mark).i === 'number' && typeof (mark as Mark).v === 'object' ? (mark as Mark) : undefined;
  };
  /** The page entry of each view of the help center's history: views opened before the first article share the one they started in. */
  let entries: number[];
  let last = 0;

  /** Writes the view at `index` into the page's history: the URL and the mark, the page's own state kept. */
  const write = (method: 'pushState' | 'replaceState', index: number): void => {
    const view = nav.history[index]!;
    const url = new URL(location.href);
    if (view.kind === 'article') url.searchParams.set(nav.param, view.slug);
    else url.searchParams.delete(nav.param);
    const state: unknown = history.state;
    history[method]({ ...(state && typeof state === 'object' ? state : {}), [key]: { i: index, v: view } satisfies Mark }, '', url.href);
  };

  const onPopState = (event: PopStateEvent): void => {
    const mark = markOf(event.state);
    if (!mark || (mark.i === nav.position && same(nav.view, mark.v))) return;
    if (!same(nav.history[mark.i], mark.v)) {
      // An entry of an earlier visit to the page (the help center started again since): its view, from there on.
      nav.history = [mark.v];
      entries = [++last];
      write('replaceState', 0);
      nav.position = 0;
    } else {
      nav.position = mark.i;
    }
    nav.arrive();
  };

  // The first topic or article: the one the help center started at (from the URL or the `article` attribute)
  // shares the page's entry, one the shopper opened gets its own.
  const linked = nav.view === nav.start;
  entries = nav.history.map((_, i) => (i < nav.position || linked ? 0 : 1));
  last = 1;
  if (linked || nav.position === 0) {
    write('replaceState', nav.position);
  } else {
    nav.history = nav.history.slice(0, nav.position + 1);
    write('replaceState', nav.position - 1);
    write('pushState', nav.position);
  }
  addEventListener('popstate', onPopState);

  return {
    push() {
      entries = [...entries.slice(0, nav.position), ++last];
      write('pushState', nav.position);
    },
    move(index) {
      if (entries[index] !== entries[nav.position]) {
        history.go(index - nav.position);
        return true;
      }
      write('replaceState', index);
      return false;
    },
    listen(on) {
      removeEventListener('popstate', onPopState);
      if (on) addEventListener('popstate', onPopState);
    },
  };
}
