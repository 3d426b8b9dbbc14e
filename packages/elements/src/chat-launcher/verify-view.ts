import type { TemplateResult } from 'lit';
import type { TranslationKey } from '../i18n/strings.js';
import { html, nothing, type Ui } from './ui.js';
import type { ChatController } from './chat-controller.js';

/**
 * The start view: verify with an order reference and the email or phone on the order (or start
 * signed in, or as a guest), the recording notice and consent, and the way to a callback instead.
 */
export function verifyView(ui: Ui, chat: ChatController, on: { token: string | undefined; start(event: Event, guest: boolean): void; callback(): void }): TemplateResult {
  const t = (key: TranslationKey) => ui.t(key);
  const byEmail = chat.contactBy === 'email';
  return html`<form class="start stack" novalidate @submit=${(e: Event) => on.start(e, false)}>
    <h3 id=${ui.id('start')} tabindex="-1">${t('chatLauncher.startTitle')}</h3>
    ${chat.notice ? html`<p class="note">${t(chat.notice)}</p>` : nothing}
    ${on.token
      ? html`<p>${t('chatLauncher.signedIn')}</p>`
      : html`<p>${t('chatLauncher.startIntro')}</p>
          ${ui.field(
            'reference',
            t('chatLauncher.reference'),
            html`<input id=${ui.id('reference')} name="reference" autocomplete="off" autocapitalize="characters" spellcheck="false" dir="ltr"
              aria-invalid=${ui.invalid('reference')} aria-describedby=${ui.described('reference', true)} />`,
            t('chatLauncher.referenceHint'),
          )}
          <fieldset class="choice">
            <legend>${t('chatLauncher.verifyWith')}</legend>
            ${(['email', 'phone'] as const).map(
              (by) => html`<label><input type="radio" name="by" value=${by} .checked=${chat.contactBy === by} @change=${() => {
                chat.contactBy = by;
                ui.fail();
              }} /> ${t(`chatLauncher.${by}`)}</label>`,
            )}
          </fieldset>
          ${ui.field(
            'contact',
            t(byEmail ? 'chatLauncher.email' : 'chatLauncher.phone'),
            html`<input id=${ui.id('contact')} name="contact" type=${byEmail ? 'email' : 'tel'} autocomplete=${byEmail ? 'email' : 'tel'} dir="ltr"
              aria-invalid=${ui.invalid('contact')} aria-describedby=${ui.described('contact', !byEmail)} />`,
            byEmail ? undefined : t('chatLauncher.phoneHint'),
          )}`}
    <p class="hint" id=${ui.id('consent-notice')}>${t('chatLauncher.consentNotice')}</p>
    <label class="check"><input type="checkbox" name="consent" aria-describedby=${ui.id('consent-notice')} /> ${t('chatLauncher.consent')}</label>
    ${ui.errors.form ? html`<p class="error" role="alert" tabindex="-1">${t(ui.errors.form)}</p>` : nothing}
    <button class="button" ?disabled=${ui.busy}>${t('chatLauncher.start')}</button>
    ${on.token ? nothing : html`<button type="button" class="button button--quiet" ?disabled=${ui.busy} @click=${(e: Event) => on.start(e, true)}>${t('chatLauncher.guest')}</button>`}
    <button type="button" class="button button--quiet" @click=${on.callback}>${t('chatLauncher.callback')}</button>
  </form>`;
}
