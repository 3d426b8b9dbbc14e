import type { redactCardNumbers } from '@assist/contract/redact';
import type { rateChat } from '@assist/contract/endpoints';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChatController } from './chat-controller.js';

/**
 * The end of a chat, a lazy module loaded when the chat ends (see ChatController.rate). What it calls
 * comes from the launcher: imported here, the route table and the redaction would become chunks of
 * their own that the launcher's first download imports too.
 */
export interface RatingRoutes {
  rateChat: typeof rateChat;
  redactCardNumbers: typeof redactCardNumbers;
}

const RATINGS = [1, 2, 3, 4, 5] as const;

/** Sends the rating form, or skips it; either way the chat is over and forgotten. */
async function rate(c: ChatController, { rateChat, redactCardNumbers }: RatingRoutes, event: Event, skip: boolean): Promise<void> {
  event.preventDefault();
  const link = c.link;
  if (!link) return;
  const data = new FormData(c.host.renderRoot.querySelector<HTMLFormElement>('.rating')!);
  const rating = Number(data.get('rating'));
  // Card numbers masked before the comment is sent, as in the chat itself.
  const comment = redactCardNumbers(String(data.get('comment') ?? '').trim()).text;
  if (!skip) {
    if (!rating) {
      c.fail({ rating: 'chatLauncher.errRating' });
      return c.focus('.rating input');
    }
    const sent = await c.during(async () => {
      try {
        await link.client.call(rateChat, { params: { id: link.saved.id }, body: { rating, ...(comment ? { comment: comment.slice(0, 1000) } : {}) } });
        c.host.emit('assist-chat-rated', { sessionId: link.saved.id, rating, comment: comment !== '' });
        return true;
      } catch {
        c.fail({ rating: 'common.error' });
        return false;
      }
    });
    if (!sent) return;
  }
  c.fail();
  c.rated = skip ? -1 : rating;
  link.forget();
  c.show('chat');
}

/** The end of a chat: the satisfaction (CSAT) form, and after it the thanks and a new chat. */
export function ratingView(c: ChatController, routes: RatingRoutes): TemplateResult {
  if (c.rated) {
    return html`<div class="stack">
      <h3 tabindex="-1" data-autofocus>${c.t('chatLauncher.endedTitle')}</h3>
      ${c.rated > 0 ? html`<p role="status">${c.t('chatLauncher.thanks')}</p>` : nothing}
      <p>${c.t('chatLauncher.ended')}</p>
      <button type="button" class="button" @click=${() => c.reset(true)}>${c.t('chatLauncher.newChat')}</button>
    </div>`;
  }
  const error = c.errors.rating;
  return html`<form class="rating stack" novalidate @submit=${(e: Event) => rate(c, routes, e, false)}>
    <h3>${c.t('chatLauncher.rateTitle')}</h3>
    <fieldset class="stars" aria-describedby=${error ? c.id('rating-error') : nothing}>
      <legend>${c.t('chatLauncher.rateLegend')}</legend>
      ${RATINGS.map((n) => html`<label><input type="radio" name="rating" value=${n} ?data-autofocus=${n === 1} /> <span>${n}</span> ${c.t(`chatLauncher.r${n}`)}</label>`)}
    </fieldset>
    ${error ? html`<p class="error" id=${c.id('rating-error')}>${c.t(error)}</p>` : nothing}
    <label for=${c.id('comment')}>${c.t('chatLauncher.rateComment')}</label>
    <textarea id=${c.id('comment')} name="comment" maxlength="1000" rows="2"></textarea>
    <div class="row">
      <button class="button" ?disabled=${c.busy}>${c.t('chatLauncher.rateSend')}</button>
      <button type="button" class="button button--quiet" @click=${(e: Event) => rate(c, routes, e, true)}>${c.t('chatLauncher.rateSkip')}</button>
    </div>
  </form>`;
}
