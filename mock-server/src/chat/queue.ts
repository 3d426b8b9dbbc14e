import type { ChatSession, ContextPacket } from '@assist/contract';
import type { ChatCore } from './core.js';
import type { ChatSessionRecord } from './records.js';

/** The queue as agents see it: chats waiting for a person and those with one, each with its context packet. */

export interface QueueItem {
  session: ChatSession;
  context: ContextPacket;
  waitingSince: string;
}

/** Chats waiting for a person, and those with one, oldest handoff first. */
export async function queue(core: ChatCore): Promise<QueueItem[]> {
  const sessions = (await core.store.chatSessions({ statuses: ['queued', 'agent'] })).sort((a, b) => (a.handoff?.at ?? a.createdAt).localeCompare(b.handoff?.at ?? b.createdAt));
  return Promise.all(sessions.map((s) => queueItem(core, s)));
}

export async function queueItem(core: ChatCore, session: ChatSessionRecord): Promise<QueueItem> {
  return { session: await core.view(session), context: await contextPacket(core, session), waitingSince: session.handoff?.at ?? session.createdAt };
}

/** Everything a person needs so the shopper never repeats it: who, which order, recent transactions, the conversation. */
export async function contextPacket(core: ChatCore, session: ChatSessionRecord): Promise<ContextPacket> {
  const orderId = session.focusOrderId ?? session.orderId;
  const order = orderId ? await core.ownOrder(session, orderId) : undefined;
  const orders = session.customerId ? await core.store.ordersOf(session.customerId) : [];
  const lastTransactions = orders
    .flatMap((o) => o.transactions)
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 3);
  return {
    customerId: session.customerId,
    orderId: order?.id ?? null,
    merchantReference: order?.merchant.orderReference ?? null,
    lastTransactions,
    conversation: await core.messages(session.id),
    topic: session.topic,
  };
}
