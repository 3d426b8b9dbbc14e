import { html, nothing, type TemplateResult } from 'lit';
import { directionOf } from '../i18n/locales.js';
import { highlight } from '../internal/highlight.js';
import { MAX_RESULTS, showingRecent, type SearchController } from './search.controller.js';

/**
 * The search field as an ARIA combobox, what the live region says, and the popup under the field:
 * the recent searches while the field is empty, else the results with their matched words
 * highlighted, "nothing matched" with a way to chat, an error with Retry, or "Searching…".
 */
export function searchView(s: SearchController): TemplateResult {
  const recent = showingRecent(s);
  const expanded = s.open && (recent || s.status !== 'idle');
  const announcement = (): string => {
    switch (s.status) {
      case 'loading':
        return s.i18n.t('faqSearch.searching');
      case 'results':
        return s.from ? s.i18n.t('faqSearch.range', { from: s.from + 1, to: s.hits.length, total: s.total }) : s.i18n.t('faqSearch.results', { count: s.total });
      case 'empty':
        return s.i18n.t('faqSearch.noResults', { query: s.answered });
      case 'error':
        return s.i18n.t('faqSearch.error');
      default:
        return '';
    }
  };
  const popup = (): TemplateResult | typeof nothing => {
    // The recent searches and the results are the same listbox: a recent search is its text, a
    // result its highlighted title, topic and snippet in the article's language.
    if (recent || s.status === 'results') {
      return html`
        ${
          recent
            ? html`<p class="search__heading" id="${s.uid}-recent">${s.i18n.t('faqSearch.recent')}</p>`
            : s.fallback
              ? html`<p class="search__notice">${s.i18n.t('faqSearch.fallback')}</p>`
              : nothing
        }
        <ul
          class="search__listbox"
          role="listbox"
          id="${s.uid}-listbox"
          part="listbox"
          aria-labelledby=${recent ? `${s.uid}-recent` : nothing}
          aria-label=${recent ? nothing : s.i18n.t('faqSearch.label')}
        >
          ${(recent ? s.recent : s.hits).map(
            // The combobox pattern: options never take focus; the input handles their keys (aria-activedescendant).
            // eslint-disable-next-line lit-a11y/click-events-have-key-events
            (item, i) => html`<li
              id="${s.uid}-option-${i}"
              role="option"
              part="option"
              aria-selected=${i === s.active ? 'true' : 'false'}
              class="option ${i === s.active ? 'option--active' : ''}"
              lang=${typeof item === 'string' ? nothing : item.article.locale}
              dir=${typeof item === 'string' ? nothing : directionOf(item.article.locale)}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => s.choose(i)}
            >
              ${
                typeof item === 'string'
                  ? item
                  : html`<span class="option__title">${highlight(item.article.title, item.highlights.title)}</span>
                    <span class="option__category">${item.category.title}</span>
                    <span class="option__snippet">${highlight(item.snippet, item.highlights.snippet)}</span>`
              }
            </li>`,
          )}
        </ul>
        ${
          recent
            ? html`<div class="search__message">
              <button type="button" class="button button--quiet" @click=${() => s.clearRecent()}>${s.i18n.t('faqSearch.clearRecent')}</button>
            </div>`
            : s.hits.length < Math.min(s.total, MAX_RESULTS)
              ? html`<div class="search__message">
                <button type="button" class="button button--quiet" part="show-all" @click=${() => s.showAll()}>${
                  s.total > MAX_RESULTS ? s.i18n.t('faqSearch.showFirst', { count: MAX_RESULTS }) : s.i18n.t('faqSearch.showAll', { count: s.total })
                }</button>
              </div>`
              : s.hits.length < s.total
                ? html`<div class="search__message">
                  <button type="button" class="button button--quiet" part="show-more" @click=${() => s.more()}>${s.i18n.t('faqSearch.showMore')}</button>
                </div>`
                : nothing
        }
      `;
    }
    if (s.status === 'empty') {
      return html`<div class="search__message">
        <p>${s.i18n.t('faqSearch.noResults', { query: s.answered })}</p>
        <p>${s.i18n.t('faqSearch.noResultsHint')}</p>
        <button type="button" class="button" part="chat-button" @click=${() => s.host.emit('assist-chat-request', { source: 'faq-search', query: s.answered })}>${s.i18n.t('faqSearch.chat')}</button>
      </div>`;
    }
    if (s.status === 'error') {
      return html`<div class="search__message">
        <p class="error search__error">${s.i18n.t('faqSearch.error')}</p>
        <button type="button" class="button button--quiet" @click=${() => s.run(s.query.trim())}>${s.i18n.t('common.retry')}</button>
      </div>`;
    }
    if (s.status === 'loading') return html`<div class="search__message"><p>${s.i18n.t('faqSearch.searching')}</p></div>`;
    return nothing;
  };
  // The combobox is named by the <label for> before it, which lit-a11y's accessible-name does not follow.
  /* eslint-disable lit-a11y/accessible-name */
  return html`
    <div class="search" part="base" @focusout=${(e: FocusEvent) => s.focusout(e)}>
      <label class="visually-hidden" for="${s.uid}-input">${s.i18n.t('faqSearch.label')}</label>
      <div class="search__field">
        <input
          id="${s.uid}-input"
          class="search__input"
          part="input"
          type="search"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="${s.uid}-listbox"
          aria-activedescendant=${expanded && s.active >= 0 ? `${s.uid}-option-${s.active}` : nothing}
          aria-describedby="${s.uid}-instructions"
          placeholder=${s.host.placeholder ?? s.i18n.t('faqSearch.placeholder')}
          .value=${s.query}
          @input=${(e: InputEvent) => s.type((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => s.keydown(e)}
          @focus=${() => s.focus()}
        />
        ${s.query ? html`<button type="button" class="search__clear" aria-label=${s.i18n.t('faqSearch.clear')} @click=${() => s.clear()}>✕</button>` : nothing}
      </div>
      <span id="${s.uid}-instructions" class="visually-hidden">${s.i18n.t('faqSearch.instructions')}</span>
      <div class="visually-hidden" role="status" aria-live="polite">${announcement()}</div>
      <div class="search__popup" ?hidden=${!expanded}>
        ${expanded && (recent || s.status === 'results') ? nothing : html`<div id="${s.uid}-listbox" role="listbox" hidden aria-label=${s.i18n.t('faqSearch.label')}></div>`}
        ${expanded ? popup() : nothing}
      </div>
    </div>
  `;
  /* eslint-enable lit-a11y/accessible-name */
}
