import type { SearchHit, SearchResponse } from '@assist/contract';
import { AssistApiError } from '@assist/client';
import type { AssistElement } from '../internal/assist-element.js';
import { ComboboxController } from './combobox.controller.js';

export type SearchStatus = 'idle' | 'loading' | 'results' | 'empty' | 'error';

/** Asks the API for the articles matching `query`. */
export type SearchRequest = (query: string, signal: AbortSignal) => Promise<SearchResponse>;

/** What the search needs of its element. */
export interface SearchHost extends AssistElement {
  /** Link to open when an article is chosen and no listener handles it, e.g. `/help?article={slug}`. */
  articleHref?: string;
}

const RECENT_KEY = 'assist:recent-searches';
const RECENT_MAX = 5;
let instances = 0;

/**
 * Results as the shopper types: a request 200 ms after the last keystroke from two characters on,
 * the previous one aborted, and the answer's state (results, none, failed), as the options of the
 * combobox. Answered queries become the shopper's recent searches, stored (only once they have
 * searched) and offered while the field is empty.
 */
export class SearchController extends ComboboxController {
  /** Prefix of the ids in the element's shadow root, unique on the page. */
  readonly uid = `assist-faq-search-${++instances}`;
  /** What is in the field. */
  query = '';
  status: SearchStatus = 'idle';
  hits: SearchHit[] = [];
  total = 0;
  /** The results are in English: nothing matched in the shopper's language. */
  fallback = false;
  /** The query of the last answer: what events and "no results for …" name. */
  answered = '';
  /** The shopper's last searches, newest first. */
  recent: string[] = [];

  declare protected readonly host: SearchHost;
  readonly #request: SearchRequest;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;

  constructor(host: SearchHost, request: SearchRequest) {
    super(host);
    this.#request = request;
  }

  hostConnected(): void {
    this.recent = readRecent();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  /** The popup shows the recent searches (the field is empty). */
  get showingRecent(): boolean {
    return this.open && this.query.trim() === '' && this.recent.length > 0;
  }

  optionId(index: number): string {
    return `${this.uid}-option-${index}`;
  }

  /** The field changed. */
  type(value: string): void {
    this.query = value;
    this.active = -1;
    clearTimeout(this.#timer);
    const q = value.trim();
    if (q.length < 2) {
      this.#abort?.abort();
      this.status = 'idle';
      this.hits = [];
      this.show(q.length === 0 && this.recent.length > 0);
      return;
    }
    this.show();
    this.#timer = setTimeout(() => this.run(q), 200);
  }

  async run(q: string): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.status = 'loading';
    this.show();
    try {
      const result = await this.#request(q, abort.signal);
      if (abort.signal.aborted) return;
      this.answered = q;
      this.hits = result.hits;
      this.total = result.total;
      this.fallback = result.fallback;
      this.status = result.hits.length > 0 ? 'results' : 'empty';
      this.active = -1;
      this.#remember(q);
      this.host.emit('assist-search', { query: q, total: result.total, locale: result.locale, fallback: result.fallback });
    } catch (error) {
      if ((error instanceof AssistApiError && error.code === 'aborted') || abort.signal.aborted) return;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** Asks again for the last answered query (e.g. in a new language). */
  repeat(): void {
    if (this.answered) void this.run(this.answered);
  }

  /** A recent search runs again; a result is announced, then opened unless a listener prevents it. */
  choose(index: number): void {
    if (this.showingRecent) {
      const q = this.recent[index];
      if (!q) return;
      this.query = q;
      this.active = -1;
      void this.run(q);
      return;
    }
    const hit = this.hits[index];
    if (!hit) return;
    this.close();
    const { slug, id, title } = hit.article;
    const host = this.host;
    if (!host.emit('assist-article-select', { slug, id, title, query: this.answered }, { cancelable: true })) return;
    if (host.articleHref) {
      location.assign(host.articleHref.replace('{slug}', encodeURIComponent(slug)));
      return;
    }
    const helpCenter = document.querySelector('assist-help-center') as (HTMLElement & { openArticle?(slug: string): void }) | null;
    helpCenter?.openArticle?.(slug);
  }

  /** Empties the field and forgets the results; the field keeps the focus. */
  readonly clear = (): void => {
    this.query = '';
    this.status = 'idle';
    this.hits = [];
    this.answered = '';
    this.#abort?.abort();
    this.close();
    this.host.focus();
  };

  readonly clearRecent = (): void => {
    this.recent = [];
    this.show(false);
    try {
      localStorage.removeItem(RECENT_KEY);
    } catch {
      /* nothing stored */
    }
    this.host.focus();
  };

  protected count(): number {
    return this.showingRecent ? this.recent.length : this.status === 'results' ? this.hits.length : 0;
  }

  protected filled(): boolean {
    return this.query.trim() === '' ? this.recent.length > 0 : this.status !== 'idle';
  }

  /** Enter searches what is typed now, without waiting. */
  protected submit(): boolean {
    const q = this.query.trim();
    if (q.length < 2) return false;
    clearTimeout(this.#timer);
    void this.run(q);
    return true;
  }

  protected dismiss(): boolean {
    if (!this.query) return false;
    this.clear();
    return true;
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

function readRecent(): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}
