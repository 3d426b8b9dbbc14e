import type { PropertyValues } from 'lit';
import { AssistElement } from '../internal/assist-element.js';
import { controls } from '../styles/controls.js';
import { tokens } from '../styles/tokens.js';
import { styles } from './faq-search.styles.js';
import { SearchController } from './search.controller.js';
import { searchView } from './search.view.js';

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
 * @csspart show-all - The "Show all N articles" button under the first results.
 * @csspart show-more - The "Show more" button under 50 or more results, when there are more: the next 50.
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

  readonly #search = new SearchController(this);

  protected override updated(changed: PropertyValues): void {
    const search = this.#search;
    if (changed.has('locale') && search.answered) void search.run(search.answered);
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('input')?.focus(options);
  }

  override render() {
    return searchView(this.#search);
  }
}
