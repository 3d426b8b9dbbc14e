import type { TemplateResult } from 'lit';
import type { ReporterFlow } from '../flow.js';
import { failure, heading, html, loading, nothing } from './kit.js';

/**
 * A reported return or problem: just reported (the confirmation) or followed (its status), from
 * the status view's module; its heading and "loading" (or what failed) until both are there.
 */
export function reported(f: ReporterFlow): TemplateResult {
  if (f.status && (f.ret ?? f.problem)) {
    const again = f.view === 'status' ? html`<button type="button" class="link" @click=${() => f.loadCase(true)}>${f.t('refresh')}</button>` : nothing;
    return html`${f.status.render(f)} ${again}`;
  }
  return html`${heading(f, f.t(f.host.problemId ? 'caseProblem' : 'caseReturn'))} ${f.error ? failure(f) : loading(f)}`;
}
