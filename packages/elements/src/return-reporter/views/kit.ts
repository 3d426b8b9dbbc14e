import { html, nothing, type TemplateResult } from 'lit';
import type { Key } from '../context.js';
import type { Draft, TextField } from '../draft.js';
import type { ReporterFlow } from '../flow.js';

/**
 * The pieces every step of the form is made of: headings, fields with their errors, actions,
 * failures. Templates here and in the step views nest no template literal inside another, so the
 * build collapses the whitespace of each (see build/minify-templates.ts).
 */

/** Lit's template tag and `nothing`, imported once for every view. */
export { html, nothing };

export const orNothing = (value: string | false | undefined) => value || nothing;

export const heading = (f: ReporterFlow, text: string): TemplateResult => html`<h2 id=${f.id('h')} tabindex="-1">${text}</h2>`;

export const loading = (f: ReporterFlow): TemplateResult => html`<p role="status">${f.i18n.t('common.loading')}</p>`;

export function error(f: ReporterFlow, name: string): TemplateResult | typeof nothing {
  const text = f.check.errors[name];
  return text ? html`<p class="field__error" id=${f.id(name + '-e')}>${text}</p>` : nothing;
}

/** `aria-invalid` and `aria-describedby` of a field: its hint and its error. */
export const invalid = (f: ReporterFlow, name: string) => orNothing(f.check.errors[name] && 'true');
export const described = (f: ReporterFlow, name: string, hint?: boolean) =>
  orNothing([hint && f.id(`${name}-h`), f.check.errors[name] && f.id(`${name}-e`)].filter(Boolean).join(' '));

/** The shopper changed a field: its error goes, the draft keeps the change. */
function changed(f: ReporterFlow, name: string): void {
  const errors = f.check.errors;
  if (errors[name]) {
    f.check.errors = { ...errors, [name]: '' };
    // Every error is corrected: their announced summary goes too, so it is not read out later.
    if (!Object.values(f.check.errors).some(Boolean)) f.notice = '';
  }
  f.draft.input();
}

/**
 * A text field, labelled by the string `f_<name>`; `hint` shows the string `<name>Hint` under the label.
 * An email address or phone number (`type`) is autocompleted as one; other fields are not.
 */
export function text(
  f: ReporterFlow,
  name: TextField,
  options: { type?: 'email' | 'tel'; hint?: boolean; multiline?: number; optional?: boolean; ltr?: boolean } = {},
): TemplateResult {
  const fields = f.fields;
  const onInput = (event: Event) => {
    fields[name] = (event.target as HTMLInputElement).value;
    changed(f, name);
  };
  const id = f.id(name);
  const aria = invalid(f, name);
  const about = described(f, name, options.hint);
  const control = options.multiline
    ? html`<textarea id=${id} rows="4" maxlength=${options.multiline} .value=${fields[name]} aria-invalid=${aria} aria-describedby=${about} @input=${onInput}></textarea>`
    : html`<input
        id=${id}
        type=${options.type ?? 'text'}
        dir=${orNothing(options.ltr && 'ltr')}
        autocomplete=${options.type ?? 'off'}
        .value=${fields[name]}
        aria-invalid=${aria}
        aria-describedby=${about}
        @input=${onInput}
      />`;
  return field(f, name, control, options.optional, options.hint ? {} : undefined);
}

/**
 * A field around its control: labelled by the string `f_<name>` (marked when it is optional), with
 * the string `<name>Hint` (given its values) under the label, and its error after the control.
 */
export function field(f: ReporterFlow, name: string, control: TemplateResult, optional?: boolean, hint?: Record<string, string | number>, after?: unknown): TemplateResult {
  const label = f.t(`f_${name}` as Key);
  const about = hint ? html`<p class="field__hint" id=${f.id(name + '-h')}>${f.t(`${name}Hint` as Key, hint)}</p>` : nothing;
  return html`<div class="field">
    <label for=${f.id(name)}>${optional ? f.t('optional', { label }) : label}</label>
    ${about} ${control} ${error(f, name)} ${after}
  </div>`;
}

/** A choice of the draft's field `key` (by default `name`), in a fieldset labelled by the string `f_<name>`. */
export function radios<T extends string>(
  f: ReporterFlow,
  name: string,
  values: readonly T[],
  label: (value: T) => string | TemplateResult,
  key: keyof Draft = name as keyof Draft,
): TemplateResult {
  const fields = f.fields as unknown as Record<string, T>;
  const choice = (value: T, n: number) => html`<label class="choice">
    <input
      type="radio"
      name=${f.id(name)}
      id=${orNothing(n === 0 && f.id(name))}
      .checked=${fields[key] === value}
      aria-invalid=${invalid(f, name)}
      aria-describedby=${described(f, name)}
      @change=${() => {
        fields[key] = value;
        changed(f, name);
      }}
    />
    <span>${label(value)}</span>
  </label>`;
  return html`<fieldset class="field">
    <legend>${f.t(`f_${name}` as Key)}</legend>
    <div class="choices">${values.map(choice)}</div>
    ${error(f, name)}
  </fieldset>`;
}

/** The submit button (its label while a request runs: "Working…") and a way back. */
export function actions(f: ReporterFlow, submit: string, back?: () => void): TemplateResult {
  const { busy } = f;
  const backButton = back ? html`<button type="button" class="button button--quiet" @click=${back}>${f.i18n.t('common.back')}</button>` : nothing;
  return html`<div class="actions">
    <button type="submit" class="button" ?disabled=${busy}>${busy ? f.t('working') : submit}</button>
    ${backButton}
  </div>`;
}

export function failure(f: ReporterFlow): TemplateResult | typeof nothing {
  const { error, retry } = f;
  if (!error) return nothing;
  const again = retry ? html`<button type="button" class="button button--quiet" @click=${retry}>${f.i18n.t('common.retry')}</button>` : nothing;
  return html`<div class="failure" role="alert">
    <p class="error" tabindex="-1">${error}</p>
    ${again}
  </div>`;
}
