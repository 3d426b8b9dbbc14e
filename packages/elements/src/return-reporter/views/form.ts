import type { TemplateResult } from 'lit';
import type { ReporterStep } from '../context.js';
import type { ReporterFlow } from '../flow.js';
import { find } from './find.js';
import { actions, failure, heading, html, loading, nothing, orNothing } from './kit.js';

/** The list of steps, the current one marked. */
function steps(f: ReporterFlow): TemplateResult {
  const all = f.steps;
  const at = all.indexOf(f.step);
  const step = (name: ReporterStep, n: number) =>
    html`<li class=${n < at ? 'is-done' : n === at ? 'is-current' : ''} aria-current=${orNothing(n === at && 'step')}>${f.t(`step_${name}`)}</li>`;
  return html`<ol class="steps" part="steps" aria-label=${f.t('progress', { step: at + 1, count: all.length })}>${all.map(step)}</ol>`;
}

/** The form of the current step (after the list of steps, unless it verifies the shopper for a case). */
export function form(f: ReporterFlow): TemplateResult {
  const { step } = f;
  let body: TemplateResult;
  const views = f.check.views;
  if ((step !== 'find' && (!f.check.rules || !views || !f.order)) || (step === 'review' && !f.status)) {
    body = html`${heading(f, f.t(`step_${step}`))}${f.error ? nothing : loading(f)}`;
  } else if (step === 'find') body = find(f);
  else {
    const submit = step === 'review' ? f.t(f.mode === 'problem' ? 'submitProblem' : 'submitReturn') : f.t('continue');
    body = html`${heading(f, f.t(`${step}Title`))} ${views![step](f)} ${actions(f, submit, () => f.go(f.steps[f.steps.indexOf(step) - 1]!))}`;
  }
  return html`${f.host.returnId || f.host.problemId ? nothing : steps(f)}
    <form class="form" part="form" novalidate aria-labelledby=${f.id('h')} @submit=${(e: Event) => f.next(e)}>${body} ${failure(f)}</form>`;
}
