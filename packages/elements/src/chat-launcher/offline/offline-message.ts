import { AssistApiError, newKey } from '@assist/client';
import type { OfflineMessageRequest, OfflineMessageResponse } from '@assist/contract';
import type { sendOfflineMessage } from '@assist/contract/endpoints';
import { html, nothing, type TemplateResult } from 'lit';
import { loadLocale } from '../../i18n/i18n.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { TranslationKey } from '../../i18n/strings.js';
import type { ChatController } from '../chat-controller.js';
import { chatOfflineStrings } from './strings/index.js';

/**
 * Opens the form of this launcher, made the first time. `route`: the route it calls, passed in by the
 * launcher; imported here, the route table would become a chunk of its own that the launcher's first
 * download imports too (as would the launcher's email rule: the API's rule checks the address).
 */
export function open(c: ChatController, route: typeof sendOfflineMessage): Promise<void> {
  return (c.offline ??= new OfflineMessage(c, route)).open();
}

/** The form's fields, by the names their errors use. */
type Field = 'name' | 'email' | 'body';

/**
 * The message a shopper leaves while no agent is available: mailed to support, with a copy to the
 * shopper. Loaded with `import()` when the shopper chooses "Leave a message", so a chat that never
 * needs it downloads nothing for it.
 *
 * A verified shopper starts with their name, their email on file (kept unless they choose another)
 * and the order they verified with; everyone starts with what they already wrote in the chat. Nothing
 * typed is lost: not on an error, not when going back to the chat and returning. A send that failed
 * on the way is sent again with the same idempotency key while the text is unchanged, so support gets
 * one message however often the shopper tries.
 */
export class OfflineMessage {
  name = '';
  email = '';
  message = '';
  /** The message starts with what the shopper wrote in the chat. */
  fromChat = false;
  /** The shopper chose to type another address than the one on file. */
  editing = false;
  /** The message just sent: set by the sending, cleared when the form opens again. */
  sent: OfflineMessageResponse | undefined;
  /** The chat the form was filled in for: another chat starts another form. */
  #chat: string | undefined = '';
  /** The last request that did not get an answer, and its key: sent again as it was, it keeps the key. */
  #attempt: { key: string; body: string } | undefined;
  readonly i18n: LocalizeController;

  constructor(
    readonly c: ChatController,
    readonly route: typeof sendOfflineMessage,
  ) {
    this.i18n = new LocalizeController(c.host, chatOfflineStrings);
  }

  t(key: TranslationKey, values?: Record<string, string | number>): string {
    return this.i18n.t(key, values);
  }

  /** Shows the form (a fresh one after a message was sent), in the shopper's language, focus on the first field to fill in. */
  async open(): Promise<void> {
    const c = this.c;
    await loadLocale(this.i18n.locale, [chatOfflineStrings]);
    const chat = c.link?.saved.id;
    if (this.sent || chat !== this.#chat) {
      if (chat !== this.#chat) this.name = this.email = '';
      this.sent = undefined;
      this.message = '';
      this.editing = false;
      this.#chat = chat;
    }
    const shopper = c.shopper;
    this.name ||= shopper?.firstName ?? '';
    this.email ||= shopper?.email ?? '';
    if (!this.message) {
      // What the shopper already asked, so they need not write it again (card numbers were masked when it was sent).
      this.message = c.messages
        .filter((m) => m.author === 'shopper')
        .map((m) => m.text)
        .join('\n')
        .slice(0, 4000);
      this.fromChat = this.message !== '';
    }
    c.fail();
    c.show('message', false);
    const first = !this.name ? 'name' : !this.email ? 'email' : 'message';
    await c.focus(`[name="${first}"]`);
  }

  /** Back to the chat (on the button that opened the form), or to the start. */
  back(): void {
    const c = this.c;
    c.fail();
    c.show(c.link ? 'chat' : 'start', false);
    void c.focus('[part="card"] button + button');
  }

  /** Checks the form and sends it; field errors, or a failed send, keep everything typed. */
  async send(event: Event): Promise<void> {
    event.preventDefault();
    const c = this.c;
    const name = this.name.trim();
    const email = this.email.trim();
    const message = this.message.trim();
    const errors: Partial<Record<Field, TranslationKey>> = {};
    if (!name) errors.name = 'chatOffline.errName';
    if (!email) errors.email = 'chatLauncher.errEmail';
    if (message.length < 2) errors.body = 'chatOffline.errMessage';
    c.fail(errors);
    if (!email || errors.name || errors.body) return c.focus('[aria-invalid="true"]');
    // The address's form is checked by the API (its issue comes back as this field's error).
    const body: OfflineMessageRequest = { name, email, message, market: c.market, locale: c.i18n.tag, ...(c.reference ? { orderReference: c.reference } : {}) };
    const json = JSON.stringify(body);
    // The same message sent again is the same message to the API: it answers it once.
    if (this.#attempt?.body !== json) this.#attempt = { key: newKey(), body: json };
    const key = this.#attempt.key;
    await c.during(async () => {
      try {
        const sent = await (c.link?.client ?? c.client).call(this.route, { body }, { idempotencyKey: key });
        this.#attempt = undefined;
        this.sent = sent;
        this.editing = false;
        c.host.emit('assist-offline-message-sent', { reference: sent.reference, sessionId: c.link?.saved.id ?? null });
      } catch (error) {
        const status = error instanceof AssistApiError ? error.status : 0;
        const field = (['name', 'email', 'message'] as const).find((f) => error instanceof AssistApiError && error.issues.some((i) => i.path === `body.${f}`));
        if (field) this.#attempt = undefined;
        c.fail(
          field
            ? { [field === 'message' ? 'body' : field]: field === 'email' ? 'chatLauncher.errEmail' : field === 'name' ? 'chatOffline.errName' : 'chatOffline.errMessage' }
            : { offline: status === 409 ? 'chatOffline.errOnline' : status ? 'common.error' : 'chatOffline.errNetwork' },
        );
      }
    });
    await c.focus(this.sent ? '[data-autofocus]' : c.errors.offline ? '.offline [role="alert"]' : '[aria-invalid="true"]');
  }

  render(): TemplateResult {
    const c = this.c;
    const back = html`<button type="button" class="button button--quiet" @click=${() => this.back()}>${c.t('chatLauncher.cbBack')}</button>`;
    const sent = this.sent;
    if (sent) {
      const when = c.when(sent.answerBy, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
      return html`<div class="stack">
        <h3 tabindex="-1" data-autofocus>${this.t('chatOffline.sentTitle')}</h3>
        <p>${this.t('chatOffline.sentAnswer', { time: when })}</p>
        <p>${this.t('chatOffline.sentCopy', { email: sent.copyTo })}</p>
        <p>${c.t('chatLauncher.cbReference', { reference: sent.reference })}</p>
        ${back}
      </div>`;
    }
    const onFile = !!c.shopper?.email && !this.editing && this.email === c.shopper.email;
    const error = c.errors.offline;
    const input = (field: 'name' | 'email') => (e: Event) => (this[field] = (e.target as HTMLInputElement).value);
    return html`<form class="offline stack" novalidate @submit=${(e: Event) => this.send(e)}>
      <h3 tabindex="-1">${this.t('chatOffline.title')}</h3>
      <p>${this.t('chatOffline.intro')}</p>
      ${c.reference ? html`<p>${this.t('chatOffline.order', { reference: c.reference })}</p>` : nothing}
      ${c.field(
        'name',
        this.t('chatOffline.name'),
        html`<input id=${c.id('name')} name="name" autocomplete="name" maxlength="100" .value=${this.name} @input=${input('name')}
          aria-invalid=${c.invalid('name')} aria-describedby=${c.described('name', false)} />`,
      )}
      ${c.field(
        'email',
        c.t('chatLauncher.email'),
        html`<input id=${c.id('email')} name="email" type="email" autocomplete="email" dir="ltr" maxlength="254" ?readonly=${onFile} .value=${this.email} @input=${input('email')}
          aria-invalid=${c.invalid('email')} aria-describedby=${c.described('email', true)} />`,
        this.t(onFile ? 'chatOffline.emailOnFile' : 'chatOffline.emailHint'),
      )}
      ${
        onFile
          ? html`<button type="button" class="link" @click=${() => {
              this.editing = true;
              c.change();
              void c.focus('[name="email"]');
            }}>${this.t('chatOffline.change')}</button>`
          : nothing
      }
      ${c.field(
        'body',
        this.t('chatOffline.message'),
        html`<textarea id=${c.id('body')} name="message" rows="5" maxlength="4000" dir="auto" .value=${this.message}
          @input=${(e: Event) => (this.message = (e.target as HTMLTextAreaElement).value)}
          aria-invalid=${c.invalid('body')} aria-describedby=${c.described('body', this.fromChat)}></textarea>`,
        this.fromChat ? this.t('chatOffline.messageHint') : undefined,
      )}
      ${error ? html`<p class="error" role="alert" tabindex="-1" id=${c.id('offline-error')}>${c.t(error)}</p>` : nothing}
      <p class="visually-hidden" role="status">${c.busy ? this.t('chatOffline.sending') : ''}</p>
      <div class="row">
        <button class="button" ?disabled=${c.busy} aria-describedby=${error ? c.id('offline-error') : nothing}>${this.t(c.busy ? 'chatOffline.sending' : 'chatOffline.send')}</button>
        ${back}
      </div>
    </form>`;
  }
}
