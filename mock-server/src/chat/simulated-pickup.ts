import { resolveByAgent } from './agent-desk.js';
import type { ChatCore } from './core.js';
import { post } from './messages.js';
import { phrasesFor } from './phrases.js';
import { chatLocale } from './language.js';
import type { ChatSessionRecord } from './records.js';
import { editable } from '../store/records.js';
import { CHAT_JOBS } from './timers.js';

/**
 * The mock's simulated agent at work (settings: simulated-agent.ts): it takes queued chats in turn,
 * greets the shopper with what it already knows, acknowledges later messages and, set to `resolve`,
 * closes the chat. Each step waits as a job (timers.ts), so it survives a restart and runs on one instance.
 */

/** Plans when the simulated agent takes a chat just handed over: its place in the queue times the reply delay, counted from `from`. */
export async function planPickup(core: ChatCore, session: ChatSessionRecord, position: number, from: Date): Promise<void> {
  if (core.agent.behaviour === 'none') {
    session.pickupAt = null;
    return;
  }
  const at = from.getTime() + core.agent.replyDelayMs * position;
  session.pickupAt = new Date(at).toISOString();
  await core.timers.schedule(session.id, CHAT_JOBS.pickup, at - core.now().getTime());
}

/** Lets the simulated agent take every queued chat now (QA: skip the wait). */
export async function pickUpNow(core: ChatCore): Promise<number> {
  if (core.agent.behaviour === 'none') return 0;
  let taken = 0;
  for (const session of await core.store.chatSessions({ statuses: ['queued'] })) {
    if (await pickUp(core, session.id)) taken++;
  }
  return taken;
}

/** The simulated agent takes a queued chat (its pickup job, or QA skipping the wait); false when it is no longer queued. */
export async function pickUp(core: ChatCore, sessionId: string): Promise<boolean> {
  return core.withLock(sessionId, async () => {
    const session = editable(await core.store.chatSession(sessionId));
    if (!session || session.status !== 'queued' || core.agent.behaviour === 'none') return false;
    await core.timers.cancel(session.id);
    const p = phrasesFor(chatLocale(session));
    const customer = session.customerId ? await core.store.customer(session.customerId) : undefined;
    const orderId = session.focusOrderId ?? session.orderId;
    const order = orderId ? await core.ownOrder(session, orderId) : undefined;
    session.status = 'agent';
    session.agent = { name: core.agent.name, claimedAt: core.now().toISOString(), simulated: true };
    session.pickupAt = null;
    await core.store.saveChatSession(session);
    await core.publishSession(session);
    await core.publishQueue(session.market);
    await core.hub.typing(session.id, 'agent', true);
    await post(core, session, { author: 'agent', text: p.agentJoined(core.agent.name, customer?.firstName ?? null, order?.reference ?? null) });
    await core.hub.typing(session.id, 'agent', false);
    if (core.agent.behaviour === 'resolve') await core.timers.schedule(session.id, CHAT_JOBS.resolve, core.agent.resolveDelayMs);
    return true;
  });
}

/** The simulated agent resolves a chat it still has (its resolve job). */
export function resolveBySimulatedAgent(core: ChatCore, sessionId: string): Promise<void> {
  return core.withLock(sessionId, async () => {
    const current = editable(await core.store.chatSession(sessionId));
    if (current?.status === 'agent' && current.agent?.simulated) await resolveByAgent(core, current, null);
  });
}

/** The simulated agent acknowledges the shopper's message after a while (once, however many messages came meanwhile). */
export async function scheduleFollowUp(core: ChatCore, sessionId: string): Promise<void> {
  if (core.agent.behaviour === 'none') return;
  await core.timers.planFollowUp(sessionId, core.agent.followUpDelayMs);
}

/** The follow-up itself (its job). */
export function followUp(core: ChatCore, sessionId: string): Promise<void> {
  return core.withLock(sessionId, async () => {
    const session = editable(await core.store.chatSession(sessionId));
    if (session?.status !== 'agent' || !session.agent?.simulated) return;
    await post(core, session, { author: 'agent', text: phrasesFor(chatLocale(session)).agentFollowUp });
  });
}
