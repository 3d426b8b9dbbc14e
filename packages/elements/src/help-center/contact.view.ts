import { html, nothing, type TemplateResult } from 'lit';
import type { NavigationController } from './navigation.controller.js';

/**
 * "Still need help?": chat, a callback, and the phone with whether it is open and today's hours once
 * they are known (`phone`: rendered by contact.hours.ts, which loads with the first hours).
 */
export function contactView(c: NavigationController, phone?: TemplateResult): TemplateResult {
  return html`<section class="card" part="contact" aria-labelledby="${c.uid}-contact">
    <h3 id="${c.uid}-contact">${c.i18n.t('helpCenter.contactTitle')}</h3>
    <div class="contact">
      <div class="contact__option">
        <button type="button" class="button" @click=${() => c.contact('chat')}>${c.i18n.t('helpCenter.chat')}</button>
        <p>${c.i18n.t('helpCenter.chatHint')}</p>
      </div>
      <div class="contact__option">
        <button type="button" class="button button--quiet" @click=${() => c.contact('callback')}>${c.i18n.t('helpCenter.callback')}</button>
        <p>${c.i18n.t('helpCenter.callbackHint')}</p>
      </div>
      ${phone ?? nothing}
    </div>
  </section>`;
}
