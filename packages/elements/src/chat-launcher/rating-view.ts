import type { TemplateResult } from 'lit';
import type { ChatController } from './chat-controller.js';
import { html, nothing, type Ui } from './ui.js';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** The end of a chat: the satisfaction (CSAT) form, and after it the thanks and a new chat. */
export function ratingView(ui: Ui, chat: ChatController, newChat: () => void): TemplateResult {
  if (chat.rated) {
    return html`<div class="stack">
      <h3 tabindex="-1" data-autofocus>${ui.t('chatLauncher.endedTitle')}</h3>
      ${chat.rated > 0 ? html`<p role="status">${ui.t('chatLauncher.thanks')}</p>` : nothing}
      <p>${ui.t('chatLauncher.ended')}</p>
      <button type="button" class="button" @click=${newChat}>${ui.t('chatLauncher.newChat')}</button>
    </div>`;
  }
  const error = ui.errors.rating;
  return html`<form class="rating stack" novalidate @submit=${(e: Event) => chat.rate(e, false)}>
    <h3>${ui.t('chatLauncher.rateTitle')}</h3>
    <fieldset class="stars" aria-describedby=${error ? ui.id('rating-error') : nothing}>
      <legend>${ui.t('chatLauncher.rateLegend')}</legend>
      ${RATINGS.map((n) => html`<label><input type="radio" name="rating" value=${n} ?data-autofocus=${n === 1} /> <span>${n}</span> ${ui.t(`chatLauncher.r${n}`)}</label>`)}
    </fieldset>
    ${error ? html`<p class="error" id=${ui.id('rating-error')}>${ui.t(error)}</p>` : nothing}
    <label for=${ui.id('comment')}>${ui.t('chatLauncher.rateComment')}</label>
    <textarea id=${ui.id('comment')} name="comment" maxlength="1000" rows="2"></textarea>
    <div class="row">
      <button class="button" ?disabled=${ui.busy}>${ui.t('chatLauncher.rateSend')}</button>
      <button type="button" class="button button--quiet" @click=${(e: Event) => chat.rate(e, true)}>${ui.t('chatLauncher.rateSkip')}</button>
    </div>
  </form>`;
}
