import type { SearchHit } from '@assist/contract';
import { searchHelp } from '@assist/contract/endpoints';
import type { ReactiveController } from 'lit';
import { clientFor } from '../internal/api.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { AssistFaqSearch } from './faq-search.component.js';
import { faqSearchStrings } from './strings/index.js';

export type Status = 'idle' | 'loading' | 'results' | 'empty' | 'error';
/** The popup's options, its keyboard and the masking of card numbers (search.results.ts): loaded on intent. */
export type Results = typeof import('./search.results.js');

const RECENT_KEY = 'assist:recent-searches';
let instances = 0;
/** Loaded once for every search field of the page. */
let loading: Promise<Results> | undefined;
let loaded: Results | undefined;

/**
 * The search behind the field, and the state of its combobox. What only a shopper about to search
 * needs, the popup and the keys that move in it (search.results.ts), loads on intent: the pointer
 * over the field, the focus in it, or a search started by the page; the field works before it is there
 * (what is typed meanwhile is searched once it is). A search runs 200 ms after the last keystroke from
 * two characters on, the previous one aborted (so an answer that arrives late is never shown). Answered
 * queries become the shopper's recent searches, stored only once they have searched and offered while
 * the field is empty.
 */
export class SearchController implements ReactiveController {
  /** Prefix of the ids in the element's shadow root, unique on the page. */
  readonly uid = `assist-faq-search-${++instances}`;
  readonly recentKey = RECENT_KEY;
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
  /** The search, the popup and its keys, once loaded. */
  get results(): Results | undefined {
    return loaded;
  }
  timer: ReturnType<typeof setTimeout> | undefined;
  abort: AbortController | undefined;
  readonly host: AssistFaqSearch;
  readonly i18n: LocalizeController;
  #shown = -1;

  constructor(host: AssistFaqSearch) {
    this.host = host;
    this.i18n = new LocalizeController(host, faqSearchStrings);
    host.addController(this);
  }

  hostConnected(): void {
    try {
      const value = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
      this.recent = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 5) : [];
    } catch {
      this.recent = [];
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
  }

  /** Keeps the active option in view. */
  hostUpdated(): void {
    if (this.active !== this.#shown && (this.#shown = this.active) >= 0) {
      this.host.shadowRoot?.getElementById(`${this.uid}-option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Loads the search and the popup (once): the shopper is about to use the field. */
  load(): Promise<Results> {
    loading ??= import('./search.results.js').then(
      (results) => (loaded = results),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading.then((results) => {
      this.host.requestUpdate();
      return results;
    });
  }

  /** The field changed: search once the shopper pauses. */
  type(value: string): void {
    this.query = value;
    this.active = -1;
    clearTimeout(this.timer);
    const q = value.trim();
    if (q.length < 2) {
      this.abort?.abort();
      this.status = 'idle';
      this.hits = [];
      this.open = q.length === 0 && this.recent.length > 0;
    } else {
      this.open = true;
      this.timer = setTimeout(() => void this.run(q), 200);
    }
    this.host.requestUpdate();
  }

  /**
   * Searches now (Enter, Retry, a recent search, a new language), for the first `limit` results, the
   * previous search aborted; or, with an `offset`, the next page, added below the results shown (which
   * stay while it loads).
   */
  async run(q: string, limit = Math.min(20, Math.max(1, this.host.limit)), offset = 0): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const host = this.host;
    if (!offset) this.status = 'loading';
    this.open = true;
    host.requestUpdate();
    try {
      // A card number typed into the search is masked before it is sent (or kept among the recent searches).
      const sent = await (await this.load()).withoutCardNumbers(q);
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
        this.results!.remember(this, sent);
        host.emit('assist-search', { query: sent, total: result.total, locale: result.locale, fallback: result.fallback });
      }
    } catch {
      // Aborted (a newer search started, or the element left the page): the newer state stays; else
      // the search failed, or could not be loaded (offline): Retry tries again.
      if (abort.signal.aborted) return;
      this.status = 'error';
    }
    host.requestUpdate();
  }

  /** The popup shows the recent searches (the field is empty). */
  get showingRecent(): boolean {
    return this.open && this.query.trim() === '' && this.recent.length > 0;
  }

  /** The keyboard of the field (search.results.ts); before that is loaded, Enter searches. */
  keydown(event: KeyboardEvent): void {
    if (this.results) this.results.keydown(this, event);
    else if (event.key === 'Enter' && this.query.trim().length >= 2) {
      event.preventDefault();
      clearTimeout(this.timer);
      void this.run(this.query.trim());
    }
  }

  /** The field got the focus: the recent searches show while it is empty. */
  focus(): void {
    void this.load().catch(() => undefined);
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
}
