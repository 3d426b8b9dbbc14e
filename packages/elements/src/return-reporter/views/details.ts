import type { TemplateResult } from 'lit';
import type { ProblemType } from '../context.js';
import type { ReporterFlow } from '../flow.js';
import { files } from './files.js';
import { html, radios, text } from './kit.js';

/** A problem: what kind, what happened, and photos or a receipt that show it. */
export function details(f: ReporterFlow): TemplateResult {
  const label = (t: ProblemType) => f.t(`${t}_type`);
  return html`${radios(f, 'type', f.check.rules!.PROBLEM_TYPES, label)}
    ${text(f, 'description', { multiline: 2000, hint: true })} ${files(f)}`;
}
