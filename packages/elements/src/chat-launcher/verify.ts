import { createChatSession, listOrders, startSession, verifyShopper } from '@assist/contract/endpoints';
import { AssistApiError, createClient } from '@assist/client';
import type { TranslationKey } from '../i18n/strings.js';
import { clientOf, marketOf, type ChatController, type LauncherHost, type Show } from './chat-controller.js';
import { RESUME_MS } from './chat-link.js';
import { email, orderReference, phone } from './rules.js';
import type { Ui } from './ui.js';

/**
 * Starts a chat from the start form: verified with an order reference and the email or phone on the
 * order, or with the merchant's signed token, or as a guest; with or without consent to record it.
 */
export async function startChat(host: LauncherHost, ui: Ui, chat: ChatController, show: Show, event: Event, guest: boolean): Promise<void> {
  event.preventDefault();
  const data = new FormData(host.renderRoot.querySelector<HTMLFormElement>('.start')!);
  const consent = data.get('consent') === 'on';
  const byEmail = chat.contactBy === 'email';
  const errors: Record<string, TranslationKey> = {};
  let reference: string | undefined;
  let contact: string | undefined;
  if (!guest && !host.token) {
    reference = orderReference(String(data.get('reference')));
    contact = (byEmail ? email : phone)(String(data.get('contact')));
    if (!reference) errors.reference = 'chatLauncher.errReference';
    if (!contact) errors.contact = byEmail ? 'chatLauncher.errEmail' : 'chatLauncher.errPhone';
  }
  ui.fail(errors);
  if (Object.keys(errors).length) return ui.focus('[aria-invalid="true"]');
  const refused = await ui.during(async () => {
    try {
      let shopperToken: string | undefined;
      if (host.token && !guest) {
        try {
          shopperToken = (await clientOf(host).call(startSession, { body: { token: host.token } })).token;
        } catch (error) {
          if (!(error instanceof AssistApiError) || error.status !== 401 && error.status !== 400) throw error;
          host.token = undefined;
          ui.fail({ form: 'chatLauncher.errToken' });
          return true;
        }
      } else if (reference && contact) {
        const body = byEmail ? { orderReference: reference, email: contact } : { orderReference: reference, phone: contact };
        shopperToken = (await clientOf(host).call(verifyShopper, { body })).token;
      }
      const tag = ui.i18n.tag;
      const client = createClient({ baseUrl: clientOf(host).baseUrl, locale: tag, token: shopperToken ?? null });
      // The chat is about the order the shopper verified with, so nobody asks which one.
      const orderId = reference ? (await client.call(listOrders)).orders.find((o) => o.reference === reference)?.id : undefined;
      const { session, chatToken } = await client.call(createChatSession, {
        body: { locale: tag, market: marketOf(host), recordingConsent: consent, ...(orderId ? { orderId } : {}) },
      });
      chat.reset();
      chat.session = session;
      chat.connect({ id: session.id, token: chatToken, exp: Date.now() + RESUME_MS, outbox: [], read: 0 });
      chat.link!.save();
      host.emit('assist-chat-started', { sessionId: session.id, ticketId: session.ticketId, verified: session.verified });
      show('chat');
    } catch (error) {
      const code = error instanceof AssistApiError ? error.code : '';
      ui.fail({
        form: code === 'verification_failed' ? 'chatLauncher.errMatch' : code === 'rate_limited' ? 'chatLauncher.errLocked' : code === 'validation_failed' ? 'chatLauncher.errReference' : 'common.offline',
      });
    }
    return false;
  });
  if (!refused && ui.errors.form) await ui.focus('.start [role="alert"]');
}
