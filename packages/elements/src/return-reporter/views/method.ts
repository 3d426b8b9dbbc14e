import type { TemplateResult } from 'lit';
import type { ReturnMethod } from '../context.js';
import type { ReporterFlow } from '../flow.js';
import { html, nothing, radios, text } from './kit.js';

/** How the items go back and, unless handed in at a store, the carrier and tracking number. */
export function method(f: ReporterFlow): TemplateResult {
  const fields = f.fields;
  const label = (m: ReturnMethod) => html`${f.t(`method_${m}`)}<span class="muted">${f.t(`methodHint_${m}`)}</span>`;
  return html`${radios(f, 'method', f.check.rules!.RETURN_METHODS, label)}
  ${fields.method === 'in_store' ? nothing : tracking(f, true)}`;
}

/** The carrier and tracking number: optional while reporting, the tracking number required when it is added later. */
export const tracking = (f: ReporterFlow, optional: boolean): TemplateResult =>
  html`${text(f, 'carrier', { optional })}
  ${text(f, 'tracking', { optional, ltr: true, hint: true })}`;
