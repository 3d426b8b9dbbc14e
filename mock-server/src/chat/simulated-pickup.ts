import { resolveByAgent } from './agent-desk.js';
import type { ChatCore } from './core.js';
import { post } from './messages.js';
import { phrasesFor } from './phrases.js';
import type { ChatSessionRecord } from './records.js';
import { editable } from '../store/records.js';

/**
 * The mock's simulated agent at work (settings: simulated-agent.ts): it takes queued chats in turn,
 * greets the shopper with what it already knows, acknowledges later messages and, set to `resolve`,
 * closes the chat. All waiting goes through the app's scheduler.
 */

/** Plans when the simulated agent takes a chat just handed over: its place in the queue times the reply delay, counted from `from`. */
export function planPickup(core: ChatCore, session: ChatSessionRecord, position: number, from: Date): void {
  if (core.agent.behaviour === 'none') {
    session.pickupAt = null;
    return;
  }
  const at = from.getTime() + core.agent.replyDelayMs * position;
  session.pickupAt = new Date(at).toISOString();
  core.timers.schedule(session.id, at - core.now().getTime(), () => pickUp(core, session.id));
}

/** Lets the simulated agent take every queued chat now (QA: skip the wait). */
export async function pickUpNow(core: ChatCore): Promise<number> {
  if (core.agent.behaviour === 'none') return 0;
  let taken = 0;
  for (const session of await core.store.chatSessions()) {
    if (session.status === 'queued' && (await pickUp(core, session.id))) taken++;
  }
  return taken;
}

async function pickUp(core: ChatCore, sessionId: string): Promise<boolean> {
  return core.withLock(sessionId, async () => {
    const session = editable(await core.store.chatSession(sessionId));
    if (!session || session.status !== 'queued' || core.agent.behaviour === 'none') return false;
    core.timers.cancel(session.id);
    const p = phrasesFor(session.locale);
    const customer = session.customerId ? await core.store.customer(session.customerId) : undefined;
    const orderId = session.focusOrderId ?? session.orderId;
    const order = orderId ? await core.ownOrder(session, orderId) : undefined;
    session.status = 'agent';
    session.agent = { name: core.agent.name, claimedAt: core.now().toISOString(), simulated: true };
    session.pickupAt = null;
    await core.store.saveChatSession(session);
    await core.publishSession(session);
    await core.publishQueue(session.market);
    core.hub.publish(session.id, { type: 'typing', author: 'agent', typing: true });
    await post(core, session, { author: 'agent', text: p.agentJoined(core.agent.name, customer?.firstName ?? null, order?.reference ?? null) });
    core.hub.publish(session.id, { type: 'typing', author: 'agent', typing: false });
    if (core.agent.behaviour === 'resolve') {
      core.timers.schedule(session.id, core.agent.resolveDelayMs, () =>
        core.withLock(session.id, async () => {
          const current = editable(await core.store.chatSession(session.id));
          if (current?.status === 'agent' && current.agent?.simulated) await resolveByAgent(core, current, null);
        }),
      );
    }
    return true;
  });
}

/** The simulated agent acknowledges the shopper's message after a while (once, however many messages came meanwhile). */
export function scheduleFollowUp(core: ChatCore, sessionId: string): void {
  if (core.agent.behaviour === 'none' || !core.timers.planFollowUp(sessionId)) return;
  core.timers.schedule(sessionId, core.agent.followUpDelayMs, () =>
    core.withLock(sessionId, async () => {
      core.timers.followUpDone(sessionId);
      const session = editable(await core.store.chatSession(sessionId));
      if (session?.status !== 'agent' || !session.agent?.simulated) return;
      await post(core, session, { author: 'agent', text: phrasesFor(session.locale).agentFollowUp });
    }),
  );
}
