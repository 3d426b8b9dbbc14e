import { html, nothing, type TemplateResult } from 'lit';
import { highlight } from '../internal/highlight.js';
import { directionOf } from '../i18n/locales.js';
import type { SearchController } from './search.controller.js';

import { withoutCardNumbers as withoutWholeCardNumbers } from '../internal/redact.js';

/**
 * A query as it may leave the browser: card numbers masked by the contract's rule, and any other run of
 * twelve digits or more as well. Typed slowly, a card number is searched before it is whole, when the
 * rule (which finds complete numbers) does not see it yet; no help article needs such a number.
 */
export async function withoutCardNumbers(q: string): Promise<string> {
  return (await withoutWholeCardNumbers(q)).replace(/\d(?:[ -]?\d){11,}/g, '••••');
}

/**
 * What the search field needs once the shopper is about to search (loaded on intent by
 * search.controller.ts): the popup's options and its keyboard, the recent searches kept, and the
 * masking of card numbers typed into the field.
 */

/** The most results one search returns (the API's `limit`): what "Show all" asks for. */
export const MAX_RESULTS = 50;
const RECENT_MAX = 5;

/** "Show all N articles" (the first 50 when there are more): the full list; the field keeps the focus, on the first result it had not shown. */
async function showAll(s: SearchController): Promise<void> {
  const shown = s.hits.length;
  // The field keeps the focus while the list loads (the button goes with the short list).
  s.host.focus();
  await s.run(s.query.trim(), MAX_RESULTS);
  if (s.status === 'results' && s.hits.length > shown) s.active = shown;
  s.host.requestUpdate();
}

/** "Show more" (past the first 50): the next 50, below those shown; the field keeps the focus, on the first new one. */
function more(s: SearchController): Promise<void> {
  s.host.focus();
  return s.run(s.query.trim(), MAX_RESULTS, s.hits.length);
}

/** A recent search runs again; a result is announced, then opened unless a listener prevents it. */
function choose(s: SearchController, index: number): void {
  if (s.showingRecent) {
    const q = s.recent[index];
    if (!q) return;
    s.query = q;
    s.active = -1;
    void s.run(q);
    return;
  }
  const hit = s.hits[index];
  if (!hit) return;
  s.open = false;
  s.active = -1;
  s.host.requestUpdate();
  const proceed = s.host.emit('assist-article-select', { slug: hit.article.slug, id: hit.article.id, title: hit.article.title, query: s.answered }, { cancelable: true });
  if (!proceed) return;
  if (s.host.articleHref) {
    location.assign(s.host.articleHref.replace('{slug}', encodeURIComponent(hit.article.slug)));
    return;
  }
  const helpCenter = document.querySelector('assist-help-center') as (HTMLElement & { openArticle?(slug: string): void }) | null;
  helpCenter?.openArticle?.(hit.article.slug);
}

/** Empties the field and forgets the results; the field keeps the focus. */
export function clear(s: SearchController): void {
  s.query = '';
  s.status = 'idle';
  s.hits = [];
  s.open = false;
  s.active = -1;
  s.answered = '';
  s.abort?.abort();
  s.host.requestUpdate();
  s.host.focus();
}

function clearRecent(s: SearchController): void {
  s.recent = [];
  s.open = false;
  try {
    localStorage.removeItem(s.recentKey);
  } catch {
    /* nothing stored */
  }
  s.host.requestUpdate();
  s.host.focus();
}

/**
 * The keyboard of the field, after the WAI-ARIA combobox pattern: the focus stays in the field while
 * the arrow keys, Home and End move the active option (`aria-activedescendant`); Enter chooses it (or
 * searches at once), Escape closes the popup, then empties the field.
 */
export function keydown(s: SearchController, event: KeyboardEvent): void {
  const count = s.showingRecent ? s.recent.length : s.status === 'results' ? s.hits.length : 0;
  switch (event.key) {
    case 'ArrowDown':
      event.preventDefault();
      if (!s.open) s.open = s.query.trim() === '' ? s.recent.length > 0 : s.status !== 'idle';
      else if (count > 0) s.active = (s.active + 1) % count;
      break;
    case 'ArrowUp':
      event.preventDefault();
      if (count > 0) s.active = s.active <= 0 ? count - 1 : s.active - 1;
      break;
    case 'Home':
      if (s.open && s.active >= 0 && count > 0) {
        event.preventDefault();
        s.active = 0;
      }
      break;
    case 'End':
      if (s.open && s.active >= 0 && count > 0) {
        event.preventDefault();
        s.active = count - 1;
      }
      break;
    case 'Enter':
      if (s.open && s.active >= 0) {
        event.preventDefault();
        choose(s, s.active);
      } else if (s.query.trim().length >= 2) {
        event.preventDefault();
        clearTimeout(s.timer);
        void s.run(s.query.trim());
      }
      break;
    case 'Escape':
      if (s.open) {
        event.preventDefault();
        s.open = false;
        s.active = -1;
      } else if (s.query) {
        event.preventDefault();
        clear(s);
      }
      break;
    default:
      return;
  }
  s.host.requestUpdate();
}

export function remember(s: SearchController, q: string): void {
  s.recent = [q, ...s.recent.filter((r) => r.toLowerCase() !== q.toLowerCase())].slice(0, RECENT_MAX);
  try {
    localStorage.setItem(s.recentKey, JSON.stringify(s.recent));
  } catch {
    /* storage may be disabled: recent searches then last for this page only */
  }
}

/** What the live region says about the search. */
export function announcement(s: SearchController): string {
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
}

/**
 * The popup under the field: the recent searches while the field is empty, else the results with
 * their matched words highlighted, "nothing matched" with a way to chat, an error with Retry, or
 * "Searching…".
 */
export function popup(s: SearchController, recent: boolean): TemplateResult | typeof nothing {
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
            @click=${() => choose(s, i)}
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
            <button type="button" class="button button--quiet" @click=${() => clearRecent(s)}>${s.i18n.t('faqSearch.clearRecent')}</button>
          </div>`
          : s.hits.length < Math.min(s.total, MAX_RESULTS)
            ? html`<div class="search__message">
              <button type="button" class="button button--quiet" part="show-all" @click=${() => showAll(s)}>${
                s.total > MAX_RESULTS ? s.i18n.t('faqSearch.showFirst', { count: MAX_RESULTS }) : s.i18n.t('faqSearch.showAll', { count: s.total })
              }</button>
            </div>`
            : s.hits.length < s.total
              ? html`<div class="search__message">
                <button type="button" class="button button--quiet" part="show-more" @click=${() => more(s)}>${s.i18n.t('faqSearch.showMore')}</button>
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
}
