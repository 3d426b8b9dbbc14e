import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { TranslationKey } from '../i18n/strings.js';
import type { LauncherHost } from './chat-controller.js';

let instances = 0;

/** What takes the keyboard in the panel. */
export const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * What every view of the panel reads besides the chat: strings and formats, ids unique to this
 * launcher, and the state of the form on screen (one at a time): which fields are wrong, whether a
 * request is on its way.
 */
export class Ui {
  /** Field name → translation key of its error; `form` for the whole form. */
  errors: Record<string, TranslationKey> = {};
  busy = false;
  readonly uid = `assist-chat-${++instances}`;
  constructor(
    readonly host: LauncherHost,
    readonly i18n: LocalizeController,
  ) {}

  /** Something on screen changed (the chat link's outbox or connection, among others): render again. */
  change(): void {
    this.host.requestUpdate();
  }

  t(key: TranslationKey, values?: Record<string, string | number>): string {
    return this.i18n.t(key, values);
  }

  /** A weekday and time, e.g. when agents are back. */
  when(iso: string): string {
    return this.i18n.date(iso, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  }

  /** Shows these errors (none: clears them). */
  fail(errors: Record<string, TranslationKey> = {}): void {
    this.errors = errors;
    this.change();
  }

  /** Marks the form busy while `task` runs. */
  async during<T>(task: () => Promise<T>): Promise<T> {
    this.busy = true;
    this.change();
    try {
      return await task();
    } finally {
      this.busy = false;
      this.change();
    }
  }

  /** After the next render, focuses what `selector` finds in the view, else the view's first control. */
  async focus(selector = '[data-autofocus]'): Promise<void> {
    await this.host.updateComplete;
    const view = this.host.renderRoot.querySelector('.body');
    (view?.querySelector<HTMLElement>(selector) ?? view?.querySelector<HTMLElement>(FOCUSABLE))?.focus();
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
