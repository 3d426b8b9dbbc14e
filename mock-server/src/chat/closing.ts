import { redactCardNumbers, type ChatMessage, type ChatSession } from '@assist/contract';
import { conflict, type ChatCore } from './core.js';
import type { ChatSessionRecord } from './records.js';
import { mailTranscript } from '../email/events.js';

/** The end of a chat: the question settled, the chat closed, the shopper's rating, the transcript. */

/** Records that the shopper's question was settled (once). */
export async function markResolved(core: ChatCore, session: ChatSessionRecord, by: 'assistant' | 'agent'): Promise<void> {
  if (session.resolvedAt) return;
  session.resolvedAt = core.now().toISOString();
  await core.store.saveChatSession(session);
  await core.kpi(session, 'resolved', { by });
}

/** Closes the chat: nothing more is scheduled for it and open streams see it ended. */
export async function end(core: ChatCore, session: ChatSessionRecord): Promise<void> {
  await core.timers.cancel(session.id);
  session.status = 'ended';
  session.endedAt = core.now().toISOString();
  session.pickupAt = null;
  await core.store.saveChatSession(session);
  // A verified shopper gets a copy of the chat, committed with its end.
  await mailTranscript(core.deps, session, await core.messages(session.id), 'ended');
  await core.publishSession(session);
}

/** The shopper's rating; it also ends the chat (a chat the assistant handled to the end counts as resolved by it). */
export async function rate(core: ChatCore, sessionId: string, rating: number, comment: string | undefined) {
  return core.withLock(sessionId, async () => {
    const session = await core.agentSession(sessionId);
    if (session.csat) throw conflict('This chat was already rated');
    const receivedAt = core.now().toISOString();
    session.csat = { rating, comment: comment ? redactCardNumbers(comment).text : null, receivedAt };
    await core.store.saveChatSession(session);
    await core.kpi(session, 'csat', { rating });
    if (session.status === 'assistant') await markResolved(core, session, 'assistant');
    if (session.status !== 'ended') {
      const wasQueued = session.status === 'queued';
      await end(core, session);
      if (wasQueued) await core.publishQueue(session.market);
    }
    return { sessionId: session.id, rating, receivedAt };
  });
}

export async function transcript(core: ChatCore, session: ChatSessionRecord): Promise<{ session: ChatSession; messages: ChatMessage[]; generatedAt: string }> {
  return { session: await core.view(session), messages: await core.messages(session.id), generatedAt: core.now().toISOString() };
}
