import type { TemplateResult } from 'lit';
import type { ReturnReason } from '../context.js';
import type { ReporterFlow } from '../flow.js';
import { files } from './files.js';
import { html, radios, text } from './kit.js';

/** Why the items go back, with an optional comment and photos or a receipt. */
export function reason(f: ReporterFlow): TemplateResult {
  const label = (r: ReturnReason) => f.t(`${r}_reason`);
  return html`${radios(f, 'reason', f.check.rules!.RETURN_REASONS, label)}
  ${text(f, 'comment', { multiline: 1000, optional: true })} ${files(f)}`;
}
