import { html, nothing, type PropertyValues } from 'lit';
import { clientFor } from '../internal/api.js';
import { AssistElement } from '../internal/assist-element.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { faqSearchStrings } from './strings/index.js';
import { controls } from '../styles/controls.js';
import { tokens } from '../styles/tokens.js';
import { styles } from './faq-search.styles.js';
import { searchHelp } from '@assist/contract/endpoints';
import { popupView } from './results.view.js';
import { SearchController } from './search.controller.js';

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

  readonly #i18n = new LocalizeController(this, faqSearchStrings);
  readonly #search = new SearchController(this, (q, signal) =>
    clientFor(this.apiBase).call(searchHelp, { query: { q, limit: String(Math.min(20, Math.max(1, this.limit))), locale: this.#i18n.tag } }, { signal }),
  );

  protected override updated(changed: PropertyValues): void {
    if (changed.has('locale')) this.#search.repeat();
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('input')?.focus(options);
  }

  #announcement(): string {
    switch (this.#search.status) {
      case 'loading':
        return this.#i18n.t('faqSearch.searching');
      case 'results':
        return this.#i18n.t('faqSearch.results', { count: this.#search.total });
      case 'empty':
        return this.#i18n.t('faqSearch.noResults', { query: this.#search.answered });
      case 'error':
        return this.#i18n.t('faqSearch.error');
      default:
        return '';
    }
  }

  override render() {
    const search = this.#search;
    const uid = search.uid;
    const recent = search.showingRecent;
    const expanded = search.open && (recent || search.status !== 'idle');
    const activeId = expanded && search.active >= 0 ? search.optionId(search.active) : undefined;
    const clear = search.query ? html`<button type="button" class="search__clear" aria-label=${this.#i18n.t('faqSearch.clear')} @click=${search.clear}>✕</button>` : nothing;
    // aria-controls names a listbox even while none shows.
    const listbox =
      expanded && (recent || search.status === 'results')
        ? nothing
        : html`<div id="${uid}-listbox" role="listbox" hidden aria-label=${this.#i18n.t('faqSearch.label')}></div>`;
    const popup = expanded ? popupView(search, this.#i18n, () => this.emit('assist-chat-request', { source: 'faq-search', query: search.answered })) : nothing;
    return html`
      <div class="search" part="base" @focusout=${search.focusout}>
        <label class="visually-hidden" for="${uid}-input">${this.#i18n.t('faqSearch.label')}</label>
        <div class="search__field">
          <input
            id="${uid}-input"
            class="search__input"
            part="input"
            type="search"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="${uid}-listbox"
            aria-activedescendant=${activeId ?? nothing}
            aria-describedby="${uid}-instructions"
            placeholder=${this.placeholder ?? this.#i18n.t('faqSearch.placeholder')}
            .value=${search.query}
            @input=${(event: InputEvent) => search.type((event.target as HTMLInputElement).value)}
            @keydown=${search.keydown}
            @focus=${() => {
              if (search.query.trim() === '' && search.recent.length > 0) search.show();
            }}
          />
          ${clear}
        </div>
        <span id="${uid}-instructions" class="visually-hidden">${this.#i18n.t('faqSearch.instructions')}</span>
        <div class="visually-hidden" role="status" aria-live="polite">${this.#announcement()}</div>
        <div class="search__popup" ?hidden=${!expanded}>${listbox}${popup}</div>
      </div>
    `;
  }
}
