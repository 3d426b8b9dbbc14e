import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { maskEmail, toErrorIssues, type MailReceipt } from '@assist/contract';
import type { ChatService } from '../chat/service.js';
import type { Deps } from '../deps.js';
import { expectedResolution } from '../chat/sla.js';
import { availability } from '../domain/availability.js';
import { mailTranscript } from '../email/events.js';
import { offlineCopyMail, offlineSupportMail } from '../email/templates.js';
import { MARKETS } from '../fixtures/markets.js';
import { answerJson } from '../http/answer.js';
import { implement, type AppContext, type AppEnv } from '../http/define.js';
import { ApiFailure, notFound, validationFailure } from '../http/failure.js';
import { newReference } from '../ids.js';
import type { MailRecord } from '../store/types.js';

const receipt = (mail: MailRecord): MailReceipt => ({ mailId: mail.id, to: maskEmail(mail.to), state: mail.state, queuedAt: mail.createdAt });

/** Mail a shopper asks for: a copy of the chat, and the message left while the chat is closed. */
export function mailRoutes(app: Hono<AppEnv>, deps: Deps, chat: ChatService): void {
  implement(app, deps, 'emailTranscript', async ({ params, auth }) => {
    const session = await chat.session(auth.claims, params.id);
    if (!session.customerId) {
      throw new ApiFailure('forbidden', 'Only a verified shopper can get the chat by email (it goes to the address on file): verify with the order reference first');
    }
    // Under the chat's lock: the copy is of the chat as it is now, and the same chat state again is the same mail.
    const mail = await deps.store.atomically(`chat:${session.id}`, async () => {
      const current = (await deps.store.chatSession(session.id)) ?? session;
      return mailTranscript(deps, current, await chat.messages(session.id), 'requested');
    });
    if (!mail) throw new ApiFailure('conflict', 'There is no email address on file to send the chat to');
    return receipt(mail);
  });

  implement(app, deps, 'sendOfflineMessage', async ({ body }) => {
    const now = deps.store.clock.now();
    if (availability(body.market, now).chat.open) {
      throw new ApiFailure('conflict', 'Agents are online right now: start a chat instead of leaving a message');
    }
    const reference = newReference('M');
    const locale = body.locale ?? MARKETS[body.market].defaultLocale;
    const receivedAt = now.toISOString();
    // Both mails are committed together: the support inbox never gets a message whose copy is lost, or the other way round.
    await deps.store.atomically(`offline:${reference}`, async () => {
      const toSupport = offlineSupportMail({
        locale,
        market: body.market,
        name: body.name,
        email: body.email,
        reference,
        message: body.message,
        receivedAt,
        ...(body.orderReference ? { orderReference: body.orderReference } : {}),
      });
      await deps.mail.queue({ ...toSupport, eventKey: `offline.received:${reference}`, kind: 'offline_message', to: deps.mail.supportInbox });
      const copy = offlineCopyMail({ locale, name: body.name, reference, message: body.message });
      await deps.mail.queue({ ...copy, eventKey: `offline.copy:${reference}`, kind: 'offline_copy', to: body.email });
    });
    // Answered like a chat handed to a level 1 agent: within an hour of the market's staffed chat time.
    return { reference, receivedAt, copyTo: maskEmail(body.email), answerBy: expectedResolution('level_1', body.market, now).toISOString() };
  });
}

const MailId = z.string().check(z.regex(/^mail_[a-z0-9]{6,40}$/, 'must be a mail id (mail_...)'));

function mailId(c: AppContext): string {
  const result = MailId.safeParse(c.req.param('id'));
  if (!result.success) throw validationFailure(toErrorIssues('path.id', result.error.issues));
  return result.data;
}

/**
 * The development mailbox and the outbox, for QA (behind the admin token): every mail, newest first,
 * with its state and attempts; one mail with its text and HTML; a failed mail sent again.
 */
export function adminMailRoutes(app: Hono<AppEnv>, deps: Deps): void {
  const summary = ({ text: _text, html: _html, ...mail }: MailRecord) => mail;
  app.get('/__admin/mail', async (c) => answerJson(c, { via: deps.mail.via, mails: (await deps.mail.list()).map(summary) }));
  app.get('/__admin/mail/:id', async (c) => {
    const mail = await deps.mail.get(mailId(c));
    if (!mail) throw notFound('A mail with this id');
    return answerJson(c, mail);
  });
  app.post('/__admin/mail/:id/retry', async (c) => {
    const id = mailId(c);
    if (!(await deps.mail.retry(id))) throw notFound('A failed mail with this id');
    return answerJson(c, summary((await deps.mail.get(id))!));
  });
}
