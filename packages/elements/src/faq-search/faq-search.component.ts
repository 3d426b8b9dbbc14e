import type { SearchHit } from '@assist/contract';
import { AssistApiError } from '@assist/client';
import { html, nothing, type PropertyValues } from 'lit';
import { clientFor } from '../internal/api.js';
import { AssistElement } from '../internal/assist-element.js';
import { highlight } from '../internal/highlight.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { directionOf } from '../i18n/locales.js';
import { faqSearchStrings } from './strings/index.js';
import { controls } from '../styles/controls.js';
import { tokens } from '../styles/tokens.js';
import { styles } from './faq-search.styles.js';
import { searchHelp } from '@assist/contract/endpoints';

declare module '../events.js' {
  interface AssistEventMap {
    /** A search the shopper typed returned results (or none). */
    'assist-search': CustomEvent<{ query: string; total: number; locale: string; fallback: boolean }>;
    /** The shopper chose an article. Cancelable: prevent it to handle the navigation yourself. */
    'assist-article-select': CustomEvent<{ slug: string; id: string; title: string; query: string }>;
    /** The shopper asked to talk to someone. */
    'assist-chat-request': CustomEvent<{ source: string; query?: string; articleSlug?: string }>;
  }
}

const RECENT_KEY = 'assist:recent-searches';
const RECENT_MAX = 5;
let instances = 0;

type Status = 'idle' | 'loading' | 'results' | 'empty' | 'error';

/**
 * @summary Search the help articles as you type: an accessible combobox with highlighted results.
 *
 * @event assist-search - A search returned; `detail: { query, total, locale, fallback }`.
 * @event assist-article-select - An article was chosen (cancelable); `detail: { slug, id, title, query }`.
 * @event assist-chat-request - The shopper chose "Chat with us" when nothing matched; `detail: { source, query }`.
 *
 * @csspart base - The wrapper.
 * @csspart input - The search field.
 * @csspart listbox - The results popup list.
 * @csspart option - One result.
 * @csspart highlight - A matched word in a result.
 * @csspart chat-button - The "Chat with us" button of the no-results state.
 *
 * @cssproperty --assist-color-accent - Buttons and the active result outline.
 * @cssproperty --assist-color-highlight - Background of matched words.
 * @cssproperty --assist-color-surface - Field and popup background.
 * @cssproperty --assist-radius - Corner radius.
 */
export class AssistFaqSearch extends AssistElement {
  static override styles = [tokens, controls, styles];
  static override properties = {
    locale: { reflect: true },
    limit: { type: Number },
    placeholder: {},
    apiBase: { attribute: 'api-base' },
    articleHref: { attribute: 'article-href' },
    theme: { reflect: true },
    query: { state: true },
    status: { state: true },
    hits: { state: true },
    total: { state: true },
    fallback: { state: true },
    open: { state: true },
    active: { state: true },
    recent: { state: true },
  };

  /** Language of the strings and results; defaults to `lang`, then `<html lang>`. */
  locale?: string;
  /** How many results to show (1 to 20). */
  limit = 6;
  /** Placeholder of the field; a translated default when unset. */
  placeholder?: string;
  /** Where the Assist API lives; defaults to the SDK configuration. */
  apiBase?: string;
  /** Link to open when an article is chosen and no listener handles it, e.g. `/help?article={slug}`. */
  articleHref?: string;
  /** `light`, `dark` or `auto`. */
  theme: 'light' | 'dark' | 'auto' = 'light';

  private query = '';
  private status: Status = 'idle';
  private hits: SearchHit[] = [];
  private total = 0;
  private fallback = false;
  private open = false;
  private active = -1;
  private recent: string[] = [];

  get #input(): HTMLInputElement {
    return this.renderRoot.querySelector('input')!;
  }

  readonly #i18n = new LocalizeController(this, faqSearchStrings);
  readonly #uid = `assist-faq-search-${++instances}`;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  #lastSearched = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.recent = readRecent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#controller?.abort();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('locale') && this.#lastSearched) void this.#search(this.#lastSearched);
    if (changed.has('active') && this.active >= 0) {
      this.shadowRoot?.getElementById(`${this.#uid}-option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.#input?.focus(options);
  }

  get #showingRecent(): boolean {
    return this.open && this.query.trim() === '' && this.recent.length > 0;
  }

  get #optionCount(): number {
    return this.#showingRecent ? this.recent.length : this.status === 'results' ? this.hits.length : 0;
  }

  #handleInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.active = -1;
    clearTimeout(this.#timer);
    const q = this.query.trim();
    if (q.length < 2) {
      this.#controller?.abort();
      this.status = 'idle';
      this.hits = [];
      this.open = q.length === 0 && this.recent.length > 0;
      return;
    }
    this.open = true;
    this.#timer = setTimeout(() => this.#search(q), 200);
  }

  async #search(q: string): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'loading';
    this.open = true;
    const client = clientFor(this.apiBase);
    try {
      const result = await client.call(
        searchHelp,
        { query: { q, limit: String(Math.min(20, Math.max(1, this.limit))), locale: this.#i18n.tag } },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      this.#lastSearched = q;
      this.hits = result.hits;
      this.total = result.total;
      this.fallback = result.fallback;
      this.status = result.hits.length > 0 ? 'results' : 'empty';
      this.active = -1;
      this.#remember(q);
      this.emit('assist-search', { query: q, total: result.total, locale: result.locale, fallback: result.fallback });
    } catch (error) {
      if (error instanceof AssistApiError && error.code === 'aborted') return;
      if (controller.signal.aborted) return;
      this.status = 'error';
    }
  }

  #remember(q: string): void {
    this.recent = [q, ...this.recent.filter((r) => r.toLowerCase() !== q.toLowerCase())].slice(0, RECENT_MAX);
    try {
      localStorage.setItem(RECENT_KEY, JSON.stringify(this.recent));
    } catch {
      /* storage may be disabled: recent searches then last for this page only */
    }
  }

  #clearRecent(): void {
    this.recent = [];
    this.open = false;
    try {
      localStorage.removeItem(RECENT_KEY);
    } catch {
      /* nothing stored */
    }
    this.#input.focus();
  }

  #handleKeydown(event: KeyboardEvent): void {
    const count = this.#optionCount;
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
          this.#choose(this.active);
        } else if (this.query.trim().length >= 2) {
          event.preventDefault();
          clearTimeout(this.#timer);
          void this.#search(this.query.trim());
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.query) {
          event.preventDefault();
          this.#clear();
        }
        break;
      default:
        break;
    }
  }

  #choose(index: number): void {
    if (this.#showingRecent) {
      const q = this.recent[index];
      if (!q) return;
      this.query = q;
      this.active = -1;
      void this.#search(q);
      return;
    }
    const hit = this.hits[index];
    if (!hit) return;
    this.open = false;
    this.active = -1;
    const proceed = this.emit(
      'assist-article-select',
      { slug: hit.article.slug, id: hit.article.id, title: hit.article.title, query: this.#lastSearched },
      { cancelable: true },
    );
    if (!proceed) return;
    if (this.articleHref) {
      location.assign(this.articleHref.replace('{slug}', encodeURIComponent(hit.article.slug)));
      return;
    }
    const helpCenter = document.querySelector('assist-help-center') as (HTMLElement & { openArticle?(slug: string): void }) | null;
    helpCenter?.openArticle?.(hit.article.slug);
  }

  #clear(): void {
    this.query = '';
    this.status = 'idle';
    this.hits = [];
    this.open = false;
    this.active = -1;
    this.#lastSearched = '';
    this.#controller?.abort();
    this.#input.focus();
  }

  #requestChat(): void {
    this.emit('assist-chat-request', { source: 'faq-search', query: this.#lastSearched });
  }

  #handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.shadowRoot?.contains(next)) {
      this.open = false;
      this.active = -1;
    }
  }

  #announcement(): string {
    switch (this.status) {
      case 'loading':
        return this.#i18n.t('faqSearch.searching');
      case 'results':
        return this.#i18n.t('faqSearch.results', { count: this.total });
      case 'empty':
        return this.#i18n.t('faqSearch.noResults', { query: this.#lastSearched });
      case 'error':
        return this.#i18n.t('faqSearch.error');
      default:
        return '';
    }
  }

  #renderPopup() {
    const id = (i: number) => `${this.#uid}-option-${i}`;
    if (this.#showingRecent) {
      return html`
        <p class="search__heading" id="${this.#uid}-recent">${this.#i18n.t('faqSearch.recent')}</p>
        <ul class="search__listbox" role="listbox" id="${this.#uid}-listbox" part="listbox" aria-labelledby="${this.#uid}-recent">
          ${this.recent.map(
            (q, i) => html`<li
              id=${id(i)}
              role="option"
              part="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              class="option ${i === this.active ? 'option--active' : ''}"
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.#choose(i)}
            >
              ${q}
            </li>`,
          )}
        </ul>
        <div class="search__message">
          <button type="button" class="button button--quiet" @click=${this.#clearRecent}>${this.#i18n.t('faqSearch.clearRecent')}</button>
        </div>
      `;
    }
    if (this.status === 'results') {
      return html`
        ${this.fallback ? html`<p class="search__notice">${this.#i18n.t('faqSearch.fallback')}</p>` : nothing}
        <ul class="search__listbox" role="listbox" id="${this.#uid}-listbox" part="listbox" aria-label=${this.#i18n.t('faqSearch.label')}>
          ${this.hits.map(
            (hit, i) => html`<li
              id=${id(i)}
              role="option"
              part="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              class="option ${i === this.active ? 'option--active' : ''}"
              lang=${hit.article.locale}
              dir=${directionOf(hit.article.locale)}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.#choose(i)}
            >
              <span class="option__title">${highlight(hit.article.title, hit.highlights.title)}</span>
              <span class="option__category">${hit.category.title}</span>
              <span class="option__snippet">${highlight(hit.snippet, hit.highlights.snippet)}</span>
            </li>`,
          )}
        </ul>
      `;
    }
    if (this.status === 'empty') {
      return html`<div class="search__message">
        <p>${this.#i18n.t('faqSearch.noResults', { query: this.#lastSearched })}</p>
        <p>${this.#i18n.t('faqSearch.noResultsHint')}</p>
        <button type="button" class="button" part="chat-button" @click=${this.#requestChat}>${this.#i18n.t('faqSearch.chat')}</button>
      </div>`;
    }
    if (this.status === 'error') {
      return html`<div class="search__message">
        <p class="error search__error">${this.#i18n.t('faqSearch.error')}</p>
        <button type="button" class="button button--quiet" @click=${() => this.#search(this.query.trim())}>${this.#i18n.t('common.retry')}</button>
      </div>`;
    }
    if (this.status === 'loading') {
      return html`<div class="search__message"><p>${this.#i18n.t('faqSearch.searching')}</p></div>`;
    }
    return nothing;
  }

  override render() {
    const expanded = this.open && (this.#showingRecent || this.status !== 'idle');
    const activeId = expanded && this.active >= 0 ? `${this.#uid}-option-${this.active}` : undefined;
    const hasListbox = expanded && (this.#showingRecent || this.status === 'results');
    return html`
      <div class="search" part="base" @focusout=${this.#handleFocusOut}>
        <label class="visually-hidden" for="${this.#uid}-input">${this.#i18n.t('faqSearch.label')}</label>
        <div class="search__field">
          <input
            id="${this.#uid}-input"
            class="search__input"
            part="input"
            type="search"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="${this.#uid}-listbox"
            aria-activedescendant=${activeId ?? nothing}
            aria-describedby="${this.#uid}-instructions"
            placeholder=${this.placeholder ?? this.#i18n.t('faqSearch.placeholder')}
            .value=${this.query}
            @input=${this.#handleInput}
            @keydown=${this.#handleKeydown}
            @focus=${() => {
              if (this.query.trim() === '' && this.recent.length > 0) this.open = true;
            }}
          />
          ${this.query
            ? html`<button type="button" class="search__clear" aria-label=${this.#i18n.t('faqSearch.clear')} @click=${this.#clear}>✕</button>`
            : nothing}
        </div>
        <span id="${this.#uid}-instructions" class="visually-hidden">${this.#i18n.t('faqSearch.instructions')}</span>
        <div class="visually-hidden" role="status" aria-live="polite">${this.#announcement()}</div>
        <div class="search__popup" ?hidden=${!expanded}>
          ${hasListbox ? nothing : html`<div id="${this.#uid}-listbox" role="listbox" hidden aria-label=${this.#i18n.t('faqSearch.label')}></div>`}
          ${expanded ? this.#renderPopup() : nothing}
        </div>
      </div>
    `;
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
