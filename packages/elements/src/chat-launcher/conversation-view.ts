import type { ChatMessage } from '@assist/contract';
import { redactedCard } from '@assist/contract/redact';
import type { TemplateResult } from 'lit';
import { cardView } from './cards-view.js';
import type { ChatController } from './chat-controller.js';
import type { Pending } from './chat-link.js';
import { composerView } from './composer-view.js';
import { ratingView } from './rating-view.js';
import { html, nothing, type Ui } from './ui.js';

export interface ConversationActions {
  /** Link of an article the assistant answered with. */
  articleHref: string | undefined;
  /** Opens the callback form. */
  callback(): void;
  /** Forgets the ended chat and shows the start view. */
  newChat(): void;
}

/** A wait in the shopper's words: minutes, or hours when it is long (outside hours). */
function wait(ui: Ui, seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  const [value, unit] = minutes < 90 ? [minutes, 'minute'] : [Math.round(minutes / 60), 'hour'];
  return ui.i18n.number(value, { style: 'unit', unit, unitDisplay: 'long' });
}

function messageView(ui: Ui, chat: ChatController, m: ChatMessage, on: ConversationActions): TemplateResult {
  const author = m.author === 'shopper' ? 'you' : m.author;
  return html`<div class="msg msg--${m.author}" part="message" data-id=${m.id} data-sequence=${m.sequence}>
    <p class="msg__meta"><span>${ui.t(`chatLauncher.${author}`)}</span> <time datetime=${m.createdAt}>${ui.i18n.date(m.createdAt, { hour: '2-digit', minute: '2-digit' })}</time>
      ${m.author === 'shopper' ? html`· <span>${ui.t('chatLauncher.sent')}</span>` : nothing}
      ${m.redacted || m.text.includes(redactedCard('')) ? html`· <span>${ui.t('chatLauncher.redacted')}</span>` : nothing}</p>
    <p class="msg__text" dir="auto">${m.text}</p>
    ${(m.cards ?? []).map((card) => cardView(ui, card, on.callback))}
    ${m.articles.length
      ? html`<ul class="msg__links">${m.articles.map(
          (a) => html`<li><a href=${on.articleHref ? on.articleHref.replace('{slug}', encodeURIComponent(a.slug)) : `?article=${encodeURIComponent(a.slug)}`} target="_blank" rel="noopener"
            @click=${(e: Event) => chat.article(e, a)}>${ui.t('chatLauncher.read', { title: a.title })}</a></li>`,
        )}</ul>`
      : nothing}
    ${m.actions.map(
      (action) => html`<div class="msg__actions" role="group" aria-label=${ui.t('chatLauncher.actions')}>
        ${action.choices.map(
          (c) => html`<button type="button" class="button ${c.style === 'primary' ? '' : 'button--quiet'}" aria-pressed=${action.chosen === c.id ? 'true' : 'false'}
            ?disabled=${chat.settled(action)} @click=${() => chat.choose(action, c)}>${c.label}</button>`,
        )}
      </div>`,
    )}
  </div>`;
}

/** A message on its way, or failed with a way to send it again. */
function pendingView(ui: Ui, chat: ChatController, p: Pending): TemplateResult {
  return html`<div class="msg msg--shopper msg--pending" part="message" data-id=${p.id}>
    <p class="msg__meta"><span>${ui.t('chatLauncher.you')}</span> · <span class=${p.failed ? 'error' : ''}>${ui.t(p.failed ? 'chatLauncher.failed' : 'chatLauncher.sending')}</span></p>
    <p class="msg__text" dir="auto">${p.text}</p>
    ${p.failed ? html`<button type="button" class="button button--quiet" @click=${() => chat.link?.retry(p)}>${ui.t('chatLauncher.resend')}</button>` : nothing}
  </div>`;
}

/** The chat view: its tools, the queue and connection banners, the conversation, who is typing, and the composer or the rating. */
export function conversationView(ui: Ui, chat: ChatController, on: ConversationActions): TemplateResult {
  const { session, link } = chat;
  const open = session?.status !== 'ended' && !chat.rated;
  return html`<div class="tools" role="group" aria-label=${ui.t('chatLauncher.actions')}>
      ${open && session?.status === 'assistant' ? html`<button type="button" class="link" ?disabled=${ui.busy} @click=${chat.escalate}>${ui.t('chatLauncher.toAgent')}</button>` : nothing}
      ${open ? html`<button type="button" class="link" @click=${on.callback}>${ui.t('chatLauncher.callback')}</button>` : nothing}
      <button type="button" class="link" @click=${chat.transcript}>${ui.t('chatLauncher.transcript')}</button>
      ${open && !chat.closing ? html`<button type="button" class="link" @click=${chat.end}>${ui.t('chatLauncher.end')}</button>` : nothing}
    </div>
    ${session?.status === 'queued' && session.queue
      ? html`<p class="banner">${ui.t('chatLauncher.queue', { position: session.queue.position, wait: wait(ui, session.queue.estimatedWaitSeconds) })}</p>`
      : nothing}
    ${link?.down ? html`<p class="banner" role="status">${ui.t('chatLauncher.reconnecting')}</p>` : nothing}
    <div class="log" part="log" role="log" aria-live="polite" aria-label=${ui.t('chatLauncher.log')} tabindex="0">
      ${chat.messages.map((m) => messageView(ui, chat, m, on))}${(link?.outbox ?? []).map((p) => pendingView(ui, chat, p))}
    </div>
    <p class="typing" aria-live="polite">${chat.typing ? ui.t(chat.typing === 'agent' ? 'chatLauncher.typingAgent' : 'chatLauncher.typingAssistant') : ''}</p>
    ${chat.notice ? html`<p class="note" role="status">${ui.t(chat.notice)}</p>` : nothing}
    ${chat.rated || chat.closing || session?.status === 'ended' ? ratingView(ui, chat, on.newChat) : composerView(ui, chat)}`;
}
