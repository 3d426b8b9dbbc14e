import type { TemplateResult } from 'lit';
import { act, save } from '../edit.js';
import type { ReporterFlow } from '../flow.js';
import { items } from './items.js';
import { actions, failure, html, nothing } from './kit.js';
import { method, tracking } from './method.js';

/** The form that changes a reported return's items, method or tracking, inside its status. */
export function editor(f: ReporterFlow, title: string, intro: string | undefined): TemplateResult {
  const kind = f.editing;
  const about = intro && kind === 'tracking' ? html`<p>${intro}</p>` : nothing;
  const fields = kind === 'items' ? items(f) : kind === 'method' ? method(f) : tracking(f, false);
  return html`<form class="card" novalidate aria-labelledby=${f.id('eh')} @submit=${(e: Event) => save(f, e)}>
    <h3 id=${f.id('eh')} tabindex="-1">${title}</h3>
    ${about} ${fields} ${failure(f)} ${actions(f, f.t('save'), () => act(f, 'close'))}
  </form>`;
}
