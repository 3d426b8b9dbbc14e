import { html, nothing, type TemplateResult } from 'lit';
import type { SearchController } from './search.controller.js';

/**
 * The search field as an ARIA combobox, what the live region says, and the popup under the field
 * (its contents come with the search, search.results.ts, loaded on intent: the pointer over the
 * field or the focus in it).
 */
export function searchView(s: SearchController): TemplateResult {
  const results = s.results;
  const recent = s.showingRecent;
  const expanded = !!results && s.open && (recent || s.status !== 'idle');
  const load = () => void s.load().catch(() => undefined);
  // The combobox is named by the <label for> before it, which lit-a11y's accessible-name does not follow.
  /* eslint-disable lit-a11y/accessible-name */
  return html`
    <div class="search" part="base" @focusout=${(e: FocusEvent) => s.focusout(e)}>
      <label class="visually-hidden" for="${s.uid}-input">${s.i18n.t('faqSearch.label')}</label>
      <div class="search__field" @pointerenter=${load}>
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
        ${s.query ? html`<button type="button" class="search__clear" aria-label=${s.i18n.t('faqSearch.clear')} @click=${() => void s.load().then((r) => r.clear(s))}>✕</button>` : nothing}
      </div>
      <span id="${s.uid}-instructions" class="visually-hidden">${s.i18n.t('faqSearch.instructions')}</span>
      <div class="visually-hidden" role="status" aria-live="polite">${results ? results.announcement(s) : s.status === 'error' ? s.i18n.t('faqSearch.error') : ''}</div>
      <div class="search__popup" ?hidden=${!expanded}>
        ${expanded && (recent || s.status === 'results') ? nothing : html`<div id="${s.uid}-listbox" role="listbox" hidden aria-label=${s.i18n.t('faqSearch.label')}></div>`}
        ${expanded ? results.popup(s, recent) : nothing}
      </div>
    </div>
  `;
  /* eslint-enable lit-a11y/accessible-name */
}
