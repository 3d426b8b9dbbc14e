import { html, nothing, type TemplateResult } from 'lit';
import type { ChatController } from './chat-controller.js';
import { startChat } from './verify.js';

/**
 * The start view: verify with an order reference and the email or phone on the order (or start
 * signed in, or as a guest), the recording notice and consent, and the way to a callback instead.
 */
export function verifyView(c: ChatController): TemplateResult {
  const byEmail = c.contactBy === 'email';
  const token = c.host.token;
  return html`<form class="start stack" novalidate @submit=${(e: Event) => startChat(c, e, false)}>
    <h3 id=${c.id('start')} tabindex="-1">${c.t('chatLauncher.startTitle')}</h3>
    ${c.notice ? html`<p class="note">${c.t(c.notice)}</p>` : nothing}
    ${
      token
        ? html`<p>${c.t('chatLauncher.signedIn')}</p>`
        : html`<p>${c.t('chatLauncher.startIntro')}</p>
          ${c.field(
            'reference',
            c.t('chatLauncher.reference'),
            html`<input id=${c.id('reference')} name="reference" autocomplete="off" autocapitalize="characters" spellcheck="false" dir="ltr"
              aria-invalid=${c.invalid('reference')} aria-describedby=${c.described('reference', true)} />`,
            c.t('chatLauncher.referenceHint'),
          )}
          <fieldset class="choice">
            <legend>${c.t('chatLauncher.verifyWith')}</legend>
            ${(['email', 'phone'] as const).map(
              (by) =>
                html`<label><input type="radio" name="by" value=${by} .checked=${c.contactBy === by} @change=${() => {
                  c.contactBy = by;
                  c.fail();
                }} /> ${c.t(`chatLauncher.${by}`)}</label>`,
            )}
          </fieldset>
          ${c.field(
            'contact',
            c.t(byEmail ? 'chatLauncher.email' : 'chatLauncher.phone'),
            html`<input id=${c.id('contact')} name="contact" type=${byEmail ? 'email' : 'tel'} autocomplete=${byEmail ? 'email' : 'tel'} dir="ltr"
              aria-invalid=${c.invalid('contact')} aria-describedby=${c.described('contact', !byEmail)} />`,
            byEmail ? undefined : c.t('chatLauncher.phoneHint'),
          )}`
    }
    <p class="hint" id=${c.id('consent-notice')}>${c.t('chatLauncher.consentNotice')}</p>
    <label class="check"><input type="checkbox" name="consent" aria-describedby=${c.id('consent-notice')} /> ${c.t('chatLauncher.consent')}</label>
    ${c.errors.form ? html`<p class="error" role="alert" tabindex="-1">${c.t(c.errors.form)}</p>` : nothing}
    <button class="button" ?disabled=${c.busy}>${c.t('chatLauncher.start')}</button>
    ${token ? nothing : html`<button type="button" class="button button--quiet" ?disabled=${c.busy} @click=${(e: Event) => startChat(c, e, true)}>${c.t('chatLauncher.guest')}</button>`}
    <button type="button" class="button button--quiet" @click=${() => c.show('callback')}>${c.t('chatLauncher.callback')}</button>
  </form>`;
}
