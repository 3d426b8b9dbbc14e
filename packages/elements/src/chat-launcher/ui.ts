import { html, nothing, svg, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { TranslationKey } from '../i18n/strings.js';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

// The views take lit's template tags from here: one import of each, which the CDN build links to core.js once.
export { html, nothing, svg };

let instances = 0;

/**
 * What the panel's views and controllers share: strings and formats, ids unique to this launcher,
 * and the state of the form on screen (one at a time): which fields are wrong, whether a request is
 * on its way.
 */
export class Ui {
  /** Field name → translation key of its error; `form` for the whole form. */
  errors: Record<string, TranslationKey> = {};
  busy = false;
  readonly uid = `assist-chat-${++instances}`;
  readonly #host: Host;

  constructor(
    host: Host,
    readonly i18n: LocalizeController,
  ) {
    this.#host = host;
  }

  t(key: TranslationKey, values?: Record<string, string | number>): string {
    return this.i18n.t(key, values);
  }

  money(m: { amount: number; currency: string }): string {
    return this.i18n.money(m.amount, m.currency);
  }

  /** A weekday and time, e.g. when agents are back. */
  when(iso: string): string {
    return this.i18n.date(iso, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  }

  /** Shows these errors (none: clears them). */
  fail(errors: Record<string, TranslationKey> = {}): void {
    this.errors = errors;
    this.#host.requestUpdate();
  }

  /** Marks the form busy while `task` runs. */
  async during<T>(task: () => Promise<T>): Promise<T> {
    this.busy = true;
    this.#host.requestUpdate();
    try {
      return await task();
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  }

  /** After the next render, focuses what `selector` finds in the panel. */
  async focus(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The id of a field's control, unique on the page. */
  id(name: string): string {
    return `${this.uid}-${name}`;
  }

  /** A labelled field with its hint and its error. */
  field(name: string, label: string, input: TemplateResult, hint?: string): TemplateResult {
    const error = this.errors[name];
    return html`<div class="field">
      <label for=${this.id(name)}>${label}</label>
      ${hint ? html`<span class="hint" id=${this.id(`${name}-hint`)}>${hint}</span>` : nothing}
      ${input}
      ${error ? html`<span class="error" id=${this.id(`${name}-error`)}>${this.t(error)}</span>` : nothing}
    </div>`;
  }

  /** `aria-describedby` of a field: its hint and its error. */
  described(name: string, hint: boolean): string | typeof nothing {
    return [hint ? this.id(`${name}-hint`) : '', this.errors[name] ? this.id(`${name}-error`) : ''].join(' ').trim() || nothing;
  }

  /** `aria-invalid` of a field. */
  invalid(name: string): 'true' | 'false' {
    return this.errors[name] ? 'true' : 'false';
  }
}
