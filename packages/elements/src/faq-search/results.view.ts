import type { SearchHit } from '@assist/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { directionOf } from '../i18n/locales.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { highlight } from '../internal/highlight.js';
import type { SearchController } from './search.controller.js';

/** One option of the listbox: `aria-selected` follows the combobox's active option. */
function option(search: SearchController, i: number, content: unknown, lang?: string): TemplateResult {
  return html`<li
    id=${search.optionId(i)}
    role="option"
    part="option"
    aria-selected=${i === search.active ? 'true' : 'false'}
    class="option ${i === search.active ? 'option--active' : ''}"
    lang=${lang ?? nothing}
    dir=${lang ? directionOf(lang) : nothing}
    @mousedown=${(e: Event) => e.preventDefault()}
    @click=${() => search.choose(i)}
  >
    ${content}
  </li>`;
}

/** A result: the article's title and snippet with the matched words highlighted, and its topic. */
function result(hit: SearchHit): TemplateResult {
  return html`<span class="option__title">${highlight(hit.article.title, hit.highlights.title)}</span>
    <span class="option__category">${hit.category.title}</span>
    <span class="option__snippet">${highlight(hit.snippet, hit.highlights.snippet)}</span>`;
}

/**
 * The popup under the field: the recent searches while the field is empty, else the results (with
 * their highlights), "nothing matched" with a way to chat (`chat`), an error with Retry, or "Searching…".
 */
export function popupView(search: SearchController, i18n: LocalizeController, chat: () => void): TemplateResult | typeof nothing {
  const uid = search.uid;
  if (search.showingRecent) {
    const options = search.recent.map((q, i) => option(search, i, q));
    return html`
      <p class="search__heading" id="${uid}-recent">${i18n.t('faqSearch.recent')}</p>
      <ul class="search__listbox" role="listbox" id="${uid}-listbox" part="listbox" aria-labelledby="${uid}-recent">
        ${options}
      </ul>
      <div class="search__message">
        <button type="button" class="button button--quiet" @click=${search.clearRecent}>${i18n.t('faqSearch.clearRecent')}</button>
      </div>
    `;
  }
  const status = search.status;
  if (status === 'results') {
    const notice = search.fallback ? html`<p class="search__notice">${i18n.t('faqSearch.fallback')}</p>` : nothing;
    const options = search.hits.map((hit, i) => option(search, i, result(hit), hit.article.locale));
    return html`
      ${notice}
      <ul class="search__listbox" role="listbox" id="${uid}-listbox" part="listbox" aria-label=${i18n.t('faqSearch.label')}>
        ${options}
      </ul>
    `;
  }
  if (status === 'empty') {
    return html`<div class="search__message">
      <p>${i18n.t('faqSearch.noResults', { query: search.answered })}</p>
      <p>${i18n.t('faqSearch.noResultsHint')}</p>
      <button type="button" class="button" part="chat-button" @click=${chat}>${i18n.t('faqSearch.chat')}</button>
    </div>`;
  }
  if (status === 'error') {
    return html`<div class="search__message">
      <p class="error search__error">${i18n.t('faqSearch.error')}</p>
      <button type="button" class="button button--quiet" @click=${() => search.run(search.query.trim())}>${i18n.t('common.retry')}</button>
    </div>`;
  }
  if (status === 'loading') return html`<div class="search__message"><p>${i18n.t('faqSearch.searching')}</p></div>`;
  return nothing;
}
