import type { ChatAction, ChatMessage } from '@assist/contract';
import { redactCardNumbers, redactedCard } from '@assist/contract/redact';
import { escalateChat, getTranscript, rateChat } from '@assist/contract/endpoints';
import { html, nothing, type TemplateResult } from 'lit';
import { cardView } from './cards-view.js';
import type { ChatController } from './chat-controller.js';
import type { Pending } from './chat-link.js';
import { composerView, shownFiles } from './composer-view.js';

/** A wait in the shopper's words: minutes, or hours when it is long (outside hours). */
function wait(c: ChatController, seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  const [value, unit] = minutes < 90 ? [minutes, 'minute'] : [Math.round(minutes / 60), 'hour'];
  return c.i18n.number(value, { style: 'unit', unit, unitDisplay: 'long' });
}

/** Hands the chat to a person. */
async function escalate(c: ChatController): Promise<void> {
  const link = c.link;
  if (!link) return;
  await c.during(async () => {
    try {
      c.event({ type: 'session', session: await link.client.call(escalateChat, { params: { id: link.saved.id }, body: { reason: 'shopper_request' } }) });
      c.show('chat');
    } catch {
      c.notice = 'common.error';
    }
  });
}

/** An article link the assistant answered with: the page's help center opens it, unless a listener takes over. */
function article(c: ChatController, event: Event, article: { slug: string; title: string }): void {
  if (!c.host.emit('assist-article-select', { slug: article.slug, id: '', title: article.title, query: '' }, { cancelable: true })) {
    event.preventDefault();
    return;
  }
  const helpCenter = document.querySelector('assist-help-center') as (HTMLElement & { openArticle?(slug: string): void }) | null;
  if (helpCenter?.openArticle) {
    event.preventDefault();
    c.host.close();
    helpCenter.openArticle(article.slug);
  }
}

/** The shopper chose an option of a card. */
function choose(c: ChatController, action: ChatAction, choice: ChatAction['choices'][number]): void {
  if (action.kind === 'request_verification') return c.reset(true);
  if (action.kind === 'request_callback') return c.show('callback');
  c.choosing.add(action.id);
  c.send(choice.label, { id: action.id, choice: choice.id });
  // The chosen buttons are disabled now: keep the keyboard in the conversation.
  c.show('chat');
}

function messageView(c: ChatController, m: ChatMessage): TemplateResult {
  const author = m.author === 'shopper' ? 'you' : m.author;
  const href = c.host.articleHref;
  // Agents are away: the card says when they are back, in the shopper's zone and language, and offers the
  // callback; the API's sentence (with the time in the market's zone) and its callback button would repeat it.
  const offline = m.cards?.some((card) => card.kind === 'agents_offline');
  return html`<div class="msg msg--${m.author}" part="message" data-id=${m.id} data-sequence=${m.sequence}>
    <p class="msg__meta"><span>${c.t(`chatLauncher.${author}`)}</span> <time datetime=${m.createdAt}>${c.i18n.date(m.createdAt, { hour: '2-digit', minute: '2-digit' })}</time>
      ${m.author === 'shopper' ? html`· <span>${c.t('chatLauncher.sent')}</span>` : nothing}
      ${m.redacted || m.text.includes(redactedCard('')) ? html`· <span>${c.t('chatLauncher.redacted')}</span>` : nothing}</p>
    ${offline ? nothing : html`<p class="msg__text" dir="auto">${m.text}</p>`}
    ${shownFiles(c, m.attachments)}
    ${(m.cards ?? []).map((card) => cardView(c, card))}
    ${
      m.articles.length
        ? html`<ul class="msg__links">${m.articles.map(
            (a) => html`<li><a href=${(href || '?article={slug}').replace('{slug}', encodeURIComponent(a.slug))} target="_blank" rel="noopener"
            @click=${(e: Event) => article(c, e, a)}>${c.t('chatLauncher.read', { title: a.title })}</a></li>`,
          )}</ul>`
        : nothing
    }
    ${m.actions
      .filter((action) => !offline || action.kind !== 'request_callback')
      .map(
        (action) => html`<div class="msg__actions" role="group" aria-label=${c.t('chatLauncher.actions')}>
        ${action.choices.map(
          (choice) => html`<button type="button" class="button ${choice.style === 'primary' ? '' : 'button--quiet'}" aria-pressed=${action.chosen === choice.id ? 'true' : 'false'}
            ?disabled=${action.chosen !== null || c.choosing.has(action.id) || (m.author === 'assistant' && c.session?.status !== 'assistant')} @click=${() => choose(c, action, choice)}>${choice.label}</button>`,
        )}
      </div>`,
      )}
  </div>`;
}

/** A message on its way, or failed with a way to send it again. */
function pendingView(c: ChatController, p: Pending): TemplateResult {
  return html`<div class="msg msg--shopper msg--pending" part="message" data-id=${p.id}>
    <p class="msg__meta"><span>${c.t('chatLauncher.you')}</span> · <span class=${p.failed ? 'error' : ''}>${c.t(p.failed ? 'chatLauncher.failed' : 'chatLauncher.sending')}</span></p>
    <p class="msg__text" dir="auto">${p.text}</p>
    ${shownFiles(c, p.attachments)}
    ${p.failed ? html`<button type="button" class="button button--quiet" @click=${() => c.link?.retry(p)}>${c.t('chatLauncher.resend')}</button>` : nothing}
  </div>`;
}

/** The chat view: its tools, the queue and connection banners, the conversation, who is typing, and the composer or the rating (once its module is loaded). */
export function conversationView(c: ChatController): TemplateResult {
  const { session, link } = c;
  const open = session?.status !== 'ended' && !c.rated;
  // Agents are away and an answer offers a callback: that is the one way to it, not a second button.
  const offered = c.messages.some((m) => m.cards?.some((card) => card.kind === 'agents_offline'));
  return html`<div class="tools" role="group" aria-label=${c.t('chatLauncher.actions')}>
      ${open && session?.status === 'assistant' ? html`<button type="button" class="link" ?disabled=${c.busy} @click=${() => escalate(c)}>${c.t('chatLauncher.toAgent')}</button>` : nothing}
      ${open && !offered ? html`<button type="button" class="link" @click=${() => c.show('callback')}>${c.t('chatLauncher.callback')}</button>` : nothing}
      <button type="button" class="link" @click=${() =>
        import('./transcript.js').then(
          (m) => m.transcript(c, getTranscript),
          () => ((c.notice = 'common.error'), c.change()),
        )}>${c.t('chatLauncher.transcript')}</button>
      ${
        open && !c.closing
          ? html`<button type="button" class="link" @click=${() => {
              c.closing = true;
              c.show('chat');
            }}>${c.t('chatLauncher.end')}</button>`
          : nothing
      }
    </div>
    ${
      session?.status === 'queued' && session.queue
        ? html`<p class="banner">${c.t('chatLauncher.queue', { position: session.queue.position, wait: wait(c, session.queue.estimatedWaitSeconds) })}</p>`
        : nothing
    }
    ${link?.down ? html`<p class="banner" role="status">${c.t('chatLauncher.reconnecting')}</p>` : nothing}
    ${
      c.suggestions?.article
        ? c.suggestions.articleView()
        : html`<div class="log" part="log" role="log" aria-live="polite" aria-label=${c.t('chatLauncher.log')} tabindex="0">
            ${c.messages.map((m) => messageView(c, m))}${(link?.outbox ?? []).map((p) => pendingView(c, p))}
          </div>`
    }
    <p class="typing" aria-live="polite">${c.typing ? c.t(c.typing === 'agent' ? 'chatLauncher.typingAgent' : 'chatLauncher.typingAssistant') : ''}</p>
    ${c.notice ? html`<p class="note" role="status">${c.t(c.notice)}</p>` : nothing}
    ${open && !c.closing ? composerView(c) : c.rate() ? c.rating!(c, { rateChat, redactCardNumbers }) : nothing}`;
}
