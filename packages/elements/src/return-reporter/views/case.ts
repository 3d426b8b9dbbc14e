import type { TemplateResult } from 'lit';
import type { Key } from '../context.js';
import { act, save } from '../edit.js';
import type { ReporterFlow } from '../flow.js';
import type { StatusContext } from '../status/status.js';
import { items } from './items.js';
import { actions, failure, heading, html, loading, money, nothing } from './kit.js';
import { method, tracking } from './method.js';

/** The form that changes a reported return's items, method or tracking, inside its status. */
function editor(f: ReporterFlow, title: string, intro: string | undefined): TemplateResult {
  const kind = f.editing;
  const about = intro && kind === 'tracking' ? html`<p>${intro}</p>` : nothing;
  const fields = kind === 'items' ? items(f) : kind === 'method' ? method(f) : tracking(f, false);
  return html`<form class="card" novalidate aria-labelledby=${f.id('eh')} @submit=${(e: Event) => save(f, e)}>
    <h3 id=${f.id('eh')} tabindex="-1">${title}</h3>
    ${about} ${fields} ${failure(f)} ${actions(f, f.t('save'), () => act(f, 'close'))}
  </form>`;
}

/** What the component lends the status view (loaded with `import()`, see status/status.ts). */
export const context = (f: ReporterFlow): StatusContext => ({
  ret: f.ret,
  problem: f.problem,
  editing: f.editing,
  busy: f.busy,
  done: f.view === 'done',
  id: (name) => f.id(name),
  money: (m) => money(f, m),
  date: (d) => f.i18n.date(d),
  heading: (text) => heading(f, text),
  label: (key) => f.t(key as Key),
  failure: () => failure(f),
  editor: (title, intro) => editor(f, title, intro),
  act: (action) => act(f, action),
});

/**
 * A reported return or problem: just reported (the confirmation) or followed (its status), from
 * the status view's module; its heading and "loading" (or what failed) until both are there.
 */
export function reported(f: ReporterFlow, problem: boolean, refresh: () => void): TemplateResult {
  if (f.status && (f.ret ?? f.problem)) {
    const again = f.view === 'status' ? html`<button type="button" class="link" @click=${refresh}>${f.t('refresh')}</button>` : nothing;
    return html`${f.status.render(context(f))} ${again}`;
  }
  return html`${heading(f, f.t(problem ? 'caseProblem' : 'caseReturn'))} ${f.failure ? failure(f) : loading(f)}`;
}
