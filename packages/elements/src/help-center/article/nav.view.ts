import { html, nothing, type TemplateResult } from 'lit';
import type { NavigationController } from '../navigation.controller.js';

/**
 * The bar above every view but the home view: Back and Forward within the help center, and the
 * breadcrumbs. It comes with the article view (the first topic or article opened loads it), so the
 * home view carries none of it.
 */

const title = (c: NavigationController, id: string): string => c.categories.find((category) => category.id === id)?.title ?? '';

/** Back and forward within the help center, and the breadcrumbs (Help › topic › article). */
export function navView(c: NavigationController): TemplateResult | typeof nothing {
  const view = c.view;
  if (view.kind === 'home') return nothing;
  const categoryId = view.kind === 'category' ? view.id : c.current?.categoryId;
  return html`<div class="hc__nav">
    <button type="button" class="button button--quiet" ?disabled=${c.position === 0} @click=${() => c.move(-1)}>
      ${c.i18n.t('common.back')}
    </button>
    ${c.position < c.history.length - 1 ? html`<button type="button" class="button button--quiet" @click=${() => c.move(1)}>${c.i18n.t('common.forward')}</button>` : nothing}
    <nav aria-label=${c.i18n.t('helpCenter.breadcrumbs')}>
      <ol class="crumbs">
        <li><button type="button" class="link" @click=${() => c.go({ kind: 'home' })}>${c.i18n.t('helpCenter.home')}</button></li>
        ${
          view.kind === 'article' && categoryId
            ? html`<li><button type="button" class="link" @click=${() => c.go({ kind: 'category', id: categoryId })}>${title(c, categoryId)}</button></li>`
            : nothing
        }
        <li aria-current="page" dir="auto">${view.kind === 'category' ? title(c, view.id) : (c.current?.title ?? '')}</li>
      </ol>
    </nav>
  </div>`;
}
