import { redactCardNumbers, type ChatMessage, type ChatSession } from '@assist/contract';
import { end, markResolved } from './closing.js';
import { mailIfShopperAway } from '../email/presence.js';
import { NOT_HANDED_OVER, conflict, type ChatCore } from './core.js';
import { post, receive, type Received } from './messages.js';
import { phrasesFor } from './phrases.js';
import { chatLocale } from './language.js';
import { queueItem } from './queue.js';
import type { ChatSessionRecord } from './records.js';

/** What people at the agent console do with a chat: take it, answer, note account actions, resolve it. */

/** A person takes the chat from the queue or over from the simulated agent; whatever the simulated agent planned is cancelled. */
async function takeOver(core: ChatCore, session: ChatSessionRecord, name: string): Promise<void> {
  const wasQueued = session.status === 'queued';
  await core.timers.cancel(session.id);
  session.status = 'agent';
  session.agent = { name, claimedAt: core.now().toISOString(), simulated: false };
  session.pickupAt = null;
  await core.store.saveChatSession(session);
  await core.publishSession(session);
  if (wasQueued) await core.publishQueue(session.market);
}

/** An agent takes a chat from the queue (or over from the simulated agent). */
export async function claim(core: ChatCore, sessionId: string, agentName: string | undefined) {
  return core.withLock(sessionId, async () => {
    const session = await core.agentSession(sessionId);
    if (session.status === 'ended') throw conflict('This chat has ended');
    if (session.status === 'assistant') throw conflict(NOT_HANDED_OVER);
    const same = session.agent && !session.agent.simulated && (agentName === undefined || agentName === session.agent.name);
    if (!same) await takeOver(core, session, agentName ?? session.agent?.name ?? 'Agent');
    return queueItem(core, session);
  });
}

/** An agent's message; it takes a queued chat or one the simulated agent has. The same message id again answers the stored message and changes nothing. */
export async function agentSend(core: ChatCore, sessionId: string, input: Received): Promise<{ message: ChatMessage; created: boolean }> {
  return receive(core, sessionId, input, 'agent', async (session, draft) => {
    if (session.status === 'ended') throw conflict('This chat has ended');
    if (session.status === 'assistant') throw conflict(NOT_HANDED_OVER);
    if (session.status === 'queued' || session.agent?.simulated) {
      await takeOver(core, session, session.agent && !session.agent.simulated ? session.agent.name : 'Agent');
    }
    const message = await post(core, session, draft);
    await mailIfShopperAway(core.deps, session, message);
    return message;
  });
}

/**
 * An agent started or stopped typing: a notice on the chat's stream, nothing stored. Starting needs a chat
 * handed to a person and not ended; stopping is always accepted, so a console can always clear it.
 */
export async function agentTyping(core: ChatCore, sessionId: string, typing: boolean): Promise<{ sessionId: string; typing: boolean }> {
  const session = await core.agentSession(sessionId);
  if (typing && session.status === 'ended') throw conflict('This chat has ended');
  if (typing && session.status === 'assistant') throw conflict(NOT_HANDED_OVER);
  await core.hub.typing(session.id, 'agent', typing);
  return { sessionId: session.id, typing };
}

/** Closes a chat as resolved by a person, telling the shopper. Resolving a closed chat changes nothing. */
export async function resolve(core: ChatCore, sessionId: string, summary: string | undefined): Promise<ChatSession> {
  return core.withLock(sessionId, async () => {
    const session = await core.agentSession(sessionId);
    if (session.status === 'assistant') throw conflict(NOT_HANDED_OVER);
    if (session.status !== 'ended') await resolveByAgent(core, session, summary ?? null);
    return core.view(session);
  });
}

/** The chat resolved by a person (or the simulated agent): the shopper is told, with the ticket and the summary, and the chat ends. */
export async function resolveByAgent(core: ChatCore, session: ChatSessionRecord, summary: string | null): Promise<void> {
  const wasQueued = session.status === 'queued';
  const p = phrasesFor(chatLocale(session));
  await post(core, session, { author: 'system', text: p.resolved(session.ticketId, summary ? redactCardNumbers(summary).text : null) });
  await markResolved(core, session, 'agent');
  await end(core, session);
  if (wasQueued) await core.publishQueue(session.market);
}

/** A note in the chat, from an agent's action on the shopper's account. */
export async function note(core: ChatCore, sessionId: string, text: (locale: string) => string): Promise<void> {
  await core.withLock(sessionId, async () => {
    const session = await core.agentSession(sessionId);
    await post(core, session, { author: 'system', text: text(chatLocale(session)) });
  });
}
