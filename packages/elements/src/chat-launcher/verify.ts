import type { Shopper, TokenResponse } from '@assist/contract';
import { createChatSession, listOrders, startSession, verifyShopper } from '@assist/contract/endpoints';
import { AssistApiError, createClient } from '@assist/client';
import type { TranslationKey } from '../i18n/strings.js';
import type { ChatController } from './chat-controller.js';
import { RESUME_MS } from './chat-link.js';
import { email, orderReference, phone } from './rules.js';

/**
 * A merchant's signed token starts one session only (the API refuses a replay): the shopper token it
 * gave is kept for the page's later chats.
 */
const exchanged = new Map<string, Promise<TokenResponse>>();

/**
 * Starts a chat from the start form: verified with an order reference and the email or phone on the
 * order, or with the merchant's signed token, or as a guest; with or without consent to record it.
 */
export async function startChat(c: ChatController, event: Event, guest: boolean): Promise<void> {
  event.preventDefault();
  const host = c.host;
  const data = new FormData(host.renderRoot.querySelector<HTMLFormElement>('.start')!);
  const consent = data.get('consent') === 'on';
  const byEmail = c.contactBy === 'email';
  const errors: Record<string, TranslationKey> = {};
  let reference: string | undefined;
  let contact: string | undefined;
  if (!guest && !host.token) {
    reference = orderReference(String(data.get('reference')));
    contact = (byEmail ? email : phone)(String(data.get('contact')));
    if (!reference) errors.reference = 'chatLauncher.errReference';
    if (!contact) errors.contact = byEmail ? 'chatLauncher.errEmail' : 'chatLauncher.errPhone';
  }
  c.fail(errors);
  if (Object.keys(errors).length) return c.focus('[aria-invalid="true"]');
  const refused = await c.during(async () => {
    try {
      let shopper: Shopper | undefined;
      let shopperToken: string | undefined;
      if (host.token && !guest) {
        try {
          const merchantToken = host.token;
          let exchange = exchanged.get(merchantToken);
          if (!exchange) exchanged.set(merchantToken, (exchange = c.client.call(startSession, { body: { token: merchantToken } })));
          ({ token: shopperToken, shopper } = await exchange.catch((error: unknown) => {
            exchanged.delete(merchantToken);
            throw error;
          }));
        } catch (error) {
          if (!(error instanceof AssistApiError) || (error.status !== 401 && error.status !== 400)) throw error;
          host.token = undefined;
          c.fail({ form: 'chatLauncher.errToken' });
          return true;
        }
      } else if (reference && contact) {
        const body = byEmail ? { orderReference: reference, email: contact } : { orderReference: reference, phone: contact };
        ({ token: shopperToken, shopper } = await c.client.call(verifyShopper, { body }));
      }
      const tag = c.i18n.tag;
      const client = createClient({ baseUrl: c.client.baseUrl, locale: tag, token: shopperToken ?? null, clientId: c.client.clientId });
      // The chat is about the order the shopper verified with, so nobody asks which one.
      const orderId = reference ? (await client.call(listOrders)).orders.find((o) => o.reference === reference)?.id : undefined;
      const { session, chatToken } = await client.call(createChatSession, {
        body: { locale: tag, market: c.market, recordingConsent: consent, ...(orderId ? { orderId } : {}) },
      });
      c.reset();
      // The forms start with the shopper's own details: the callback form with the phone on their order (the
      // one they verified with, if they did with a phone), the message form with their email.
      c.shopper = shopper;
      c.reference = reference;
      c.session = session;
      c.connect({ id: session.id, token: chatToken, tokenAt: Date.now(), exp: Date.now() + RESUME_MS, outbox: [], read: 0 });
      c.link!.save();
      host.emit('assist-chat-started', { sessionId: session.id, ticketId: session.ticketId, verified: session.verified });
      c.show('chat');
    } catch (error) {
      const code = error instanceof AssistApiError ? error.code : '';
      c.fail({
        form:
          code === 'verification_failed'
            ? 'chatLauncher.errMatch'
            : code === 'rate_limited'
              ? 'chatLauncher.errLocked'
              : code === 'validation_failed'
                ? 'chatLauncher.errReference'
                : 'common.offline',
      });
    }
    return false;
  });
  if (!refused && c.errors.form) await c.focus('.start [role="alert"]');
}
