import type { ChatMessage } from '@assist/contract';
import type { ChatSessionRecord } from '../chat/records.js';
import type { Deps } from '../deps.js';
import { editable } from '../store/records.js';
import type { MailRecord } from '../store/types.js';
import { mailAgentAnswered } from './events.js';

/**
 * Whether the shopper is still in the chat, for the "an agent answered" mail. The rule:
 *
 * - While an event stream of the chat is open, the shopper is there (`shopperAwaySince` is null).
 * - When the last stream of the chat on an instance closes, `shopperAwaySince` is set to that time.
 * - An agent's message that arrives when the shopper has been away for at least `awayAfterMs`
 *   (default 5 minutes) queues one mail for that absence: further messages before the shopper comes
 *   back make no second mail (the event is the time they left).
 *
 * A chat that never had a stream counts as present (no mail); so does one whose instance stopped
 * while a stream was open (the next stream that closes sets the time again). It is kept on the chat
 * in the store, so an agent on another instance sees it too.
 */

/** Open streams per chat on this instance: two tabs of one chat leave when both have closed. */
const openStreams = new Map<string, number>();

export async function shopperPresence(deps: Pick<Deps, 'store'>, sessionId: string, present: boolean): Promise<void> {
  const count = (openStreams.get(sessionId) ?? 0) + (present ? 1 : -1);
  if (count > 0) openStreams.set(sessionId, count);
  else openStreams.delete(sessionId);
  if (!present && count > 0) return;
  await deps.store.atomically(`chat:${sessionId}`, async () => {
    const stored = await deps.store.chatSession(sessionId);
    if (!stored) return;
    const awaySince = present ? null : deps.store.clock.now().toISOString();
    if ((stored.shopperAwaySince ?? null) === awaySince) return;
    await deps.store.saveChatSession({ ...editable(stored), shopperAwaySince: awaySince });
  });
}

/** After an agent's message: the mail, when the shopper has been away long enough (see above). */
export async function mailIfShopperAway(deps: Pick<Deps, 'store' | 'mail'>, session: ChatSessionRecord, message: ChatMessage): Promise<MailRecord | null> {
  const awaySince = session.shopperAwaySince ?? null;
  if (awaySince === null) return null;
  if (Date.parse(message.createdAt) - Date.parse(awaySince) < deps.mail.awayAfterMs) return null;
  return mailAgentAnswered(deps, session, message, awaySince);
}
