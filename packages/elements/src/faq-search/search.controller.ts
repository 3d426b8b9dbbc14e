import type { SearchHit } from '@assist/contract';
import { searchHelp } from '@assist/contract/endpoints';
import type { ReactiveController } from 'lit';
import { clientFor } from '../internal/api.js';
import { withoutCardNumbers } from '../internal/redact.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { AssistFaqSearch } from './faq-search.component.js';
import { faqSearchStrings } from './strings/index.js';

export type Status = 'idle' | 'loading' | 'results' | 'empty' | 'error';

const RECENT_KEY = 'assist:recent-searches';
const RECENT_MAX = 5;
/** The most results one search returns (the API's `limit`): what "Show all" asks for. */
export const MAX_RESULTS = 50;
let instances = 0;

/**
 * The search behind the field, and the state of its combobox: a request 200 ms after the last
 * keystroke from two characters on, the previous one aborted (so an answer that arrives late is
 * never shown), and the answer as the popup's options. Answered queries become the shopper's recent
 * searches, stored only once they have searched and offered while the field is empty.
 */
export class SearchController implements ReactiveController {
  /** Prefix of the ids in the element's shadow root, unique on the page. */
  readonly uid = `assist-faq-search-${++instances}`;
  /** What is in the field. */
  query = '';
  status: Status = 'idle';
  hits: SearchHit[] = [];
  total = 0;
  /** Where the last page added to the results starts (0: the results are one page). */
  from = 0;
  /** Nothing matched in the shopper's language: the results are in English. */
  fallback = false;
  /** Whether the popup shows. */
  open = false;
  /** The active option, -1 for none. */
  active = -1;
  /** The shopper's last searches, newest first. */
  recent: string[] = [];
  /** The query of the last answer: what events and "no articles match" name. */
  answered = '';
  readonly host: AssistFaqSearch;
  readonly i18n: LocalizeController;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #shown = -1;

  constructor(host: AssistFaqSearch) {
    this.host = host;
    this.i18n = new LocalizeController(host, faqSearchStrings);
    host.addController(this);
  }

  hostConnected(): void {
    this.recent = readRecent();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  /** Keeps the active option in view. */
  hostUpdated(): void {
    if (this.active !== this.#shown && (this.#shown = this.active) >= 0) {
      this.host.shadowRoot?.getElementById(`${this.uid}-option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** The field changed: search once the shopper pauses. */
  type(value: string): void {
    this.query = value;
    this.active = -1;
    clearTimeout(this.#timer);
    const q = value.trim();
    if (q.length < 2) {
      this.#abort?.abort();
      this.status = 'idle';
      this.hits = [];
      this.open = q.length === 0 && this.recent.length > 0;
    } else {
      this.open = true;
      this.#timer = setTimeout(() => void this.run(q), 200);
    }
    this.host.requestUpdate();
  }

  /**
   * Searches now (Enter, Retry, a recent search, a new language), for the first `limit` results; or,
   * with an `offset`, the next page, added below the results shown (which stay while it loads).
   */
  async run(q: string, limit = Math.min(20, Math.max(1, this.host.limit)), offset = 0): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const host = this.host;
    if (!offset) this.status = 'loading';
    this.open = true;
    host.requestUpdate();
    try {
      // A card number typed into the search is masked before it is sent (or kept among the recent searches).
      const sent = await withoutCardNumbers(q);
      const result = await clientFor(host.apiBase).call(
        searchHelp,
        { query: { q: sent, limit: String(limit), ...(offset ? { offset: String(offset) } : {}), locale: this.i18n.tag } },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      this.answered = sent;
      this.hits = offset ? [...this.hits, ...result.hits] : result.hits;
      this.total = result.total;
      this.fallback = result.fallback;
      this.status = this.hits.length > 0 ? 'results' : 'empty';
      // A further page: the first new result becomes the active option, and its range is announced.
      this.from = offset;
      this.active = offset && result.hits.length ? offset : -1;
      if (!offset) {
        this.#remember(sent);
        host.emit('assist-search', { query: sent, total: result.total, locale: result.locale, fallback: result.fallback });
      }
    } catch {
      // Aborted (a newer search started, or the element left the page): the newer state stays.
      if (abort.signal.aborted) return;
      this.status = 'error';
    }
    host.requestUpdate();
  }

  /** "Show all N articles" (the first 50 when there are more): the full list; the field keeps the focus, on the first result it had not shown. */
  async showAll(): Promise<void> {
    const shown = this.hits.length;
    // The field keeps the focus while the list loads (the button goes with the short list).
    this.host.focus();
    await this.run(this.query.trim(), MAX_RESULTS);
    if (this.status === 'results' && this.hits.length > shown) this.active = shown;
    this.host.requestUpdate();
  }

  /** "Show more" (past the first 50): the next 50, below those shown; the field keeps the focus, on the first new one. */
  more(): Promise<void> {
    this.host.focus();
    return this.run(this.query.trim(), MAX_RESULTS, this.hits.length);
  }

  /** A recent search runs again; a result is announced, then opened unless a listener prevents it. */
  choose(index: number): void {
    if (showingRecent(this)) {
      const q = this.recent[index];
      if (!q) return;
      this.query = q;
      this.active = -1;
      void this.run(q);
      return;
    }
    const hit = this.hits[index];
    if (!hit) return;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
    const proceed = this.host.emit('assist-article-select', { slug: hit.article.slug, id: hit.article.id, title: hit.article.title, query: this.answered }, { cancelable: true });
    if (!proceed) return;
    if (this.host.articleHref) {
      location.assign(this.host.articleHref.replace('{slug}', encodeURIComponent(hit.article.slug)));
      return;
    }
    const helpCenter = document.querySelector('assist-help-center') as (HTMLElement & { openArticle?(slug: string): void }) | null;
    helpCenter?.openArticle?.(hit.article.slug);
  }

  /** Empties the field and forgets the results; the field keeps the focus. */
  clear(): void {
    this.query = '';
    this.status = 'idle';
    this.hits = [];
    this.open = false;
    this.active = -1;
    this.answered = '';
    this.#abort?.abort();
    this.host.requestUpdate();
    this.host.focus();
  }

  clearRecent(): void {
    this.recent = [];
    this.open = false;
    try {
      localStorage.removeItem(RECENT_KEY);
    } catch {
      /* nothing stored */
    }
    this.host.requestUpdate();
    this.host.focus();
  }

  /**
   * The keyboard of the field, after the WAI-ARIA combobox pattern: the focus stays in the field while
   * the arrow keys, Home and End move the active option (`aria-activedescendant`); Enter chooses it (or
   * searches at once), Escape closes the popup, then empties the field.
   */
  keydown(event: KeyboardEvent): void {
    const count = this.#count();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) this.open = this.query.trim() === '' ? this.recent.length > 0 : this.status !== 'idle';
        else if (count > 0) this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0) this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Home':
        if (this.open && this.active >= 0 && count > 0) {
          event.preventDefault();
          this.active = 0;
        }
        break;
      case 'End':
        if (this.open && this.active >= 0 && count > 0) {
          event.preventDefault();
          this.active = count - 1;
        }
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        } else if (this.query.trim().length >= 2) {
          event.preventDefault();
          clearTimeout(this.#timer);
          void this.run(this.query.trim());
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.query) {
          event.preventDefault();
          this.clear();
        }
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  }

  /** The field got the focus: the recent searches show while it is empty. */
  focus(): void {
    if (this.query.trim() === '' && this.recent.length > 0) {
      this.open = true;
      this.host.requestUpdate();
    }
  }

  /** The focus left the element (not for another part of it): the popup closes. */
  focusout(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.host.shadowRoot?.contains(next)) {
      this.open = false;
      this.active = -1;
      this.host.requestUpdate();
    }
  }

  /** How many options the popup shows. */
  #count(): number {
    return showingRecent(this) ? this.recent.length : this.status === 'results' ? this.hits.length : 0;
  }

  #remember(q: string): void {
    this.recent = [q, ...this.recent.filter((r) => r.toLowerCase() !== q.toLowerCase())].slice(0, RECENT_MAX);
    try {
      localStorage.setItem(RECENT_KEY, JSON.stringify(this.recent));
    } catch {
      /* storage may be disabled: recent searches then last for this page only */
    }
  }
}

/** The popup shows the recent searches (the field is empty). */
export function showingRecent(s: SearchController): boolean {
  return s.open && s.query.trim() === '' && s.recent.length > 0;
}

function readRecent(): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}
