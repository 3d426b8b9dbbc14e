import * as z from 'zod/mini';
import { Email, IsoDateTime, LanguageTag, MarketCode, OrderReference, Text } from './common.js';

/** Mail the API sends: a copy of a chat on request, and the offline message form. */

/** An address as the API echoes it: the first letter of the local part, the domain in full (a••••@example.se). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '••••';
  return `${email[0]}••••${email.slice(at)}`;
}

/** Asking for a copy of the chat by email: it goes to the verified shopper's address on file, never to one the request names. */
export const EmailTranscriptRequest = z.strictObject({});
export type EmailTranscriptRequest = z.infer<typeof EmailTranscriptRequest>;

/** A mail in the outbox. */
export const MailReceipt = z.object({
  mailId: z.string(),
  /** Masked (maskEmail). */
  to: z.string(),
  /** pending until the mail server took it. */
  state: z.enum(['pending', 'sent', 'failed']),
  queuedAt: IsoDateTime,
});
export type MailReceipt = z.infer<typeof MailReceipt>;

/** A message left while the chat is closed: it is mailed to the support inbox, with a copy to the shopper. */
export const OfflineMessageRequest = z.strictObject({
  name: Text(100),
  email: Email,
  message: Text(4000, 2),
  market: MarketCode,
  locale: z.optional(LanguageTag),
  /** The order the message is about (a verified shopper's), for support to look up. */
  orderReference: z.optional(OrderReference),
});
export type OfflineMessageRequest = z.infer<typeof OfflineMessageRequest>;

export const OfflineMessageResponse = z.object({
  /** Quote it when writing about the same question. */
  reference: z.string(),
  receivedAt: IsoDateTime,
  /** Where the copy went, masked. */
  copyTo: z.string(),
  /** When support is expected to have answered by email: an hour into the market's next staffed hours. */
  answerBy: IsoDateTime,
});
export type OfflineMessageResponse = z.infer<typeof OfflineMessageResponse>;
