import type { ChatSession, ContextCase, ContextPacket, Order, PaymentPlan } from '@assist/contract';
import { marketToday, planView } from '../domain/plans.js';
import type { AttachmentMeta } from '../attachments/service.js';
import type { ChatCore } from './core.js';
import type { ChatSessionRecord } from './records.js';

/** The queue as agents see it: chats waiting for a person and those with one, each with its context packet. */

export interface QueueItem {
  session: ChatSession;
  context: ContextPacket;
  waitingSince: string;
}

/** Chats waiting for a person, and those with one, oldest handoff first, `limit` at a time after the chat `after`; context packets only for the page. */
export async function queue(core: ChatCore, page: { limit: number; after?: string | undefined } = { limit: 50 }): Promise<{ items: QueueItem[]; next: string | null }> {
  const sessions = (await core.store.chatSessions({ statuses: ['queued', 'agent'] })).sort((a, b) => (a.handoff?.at ?? a.createdAt).localeCompare(b.handoff?.at ?? b.createdAt));
  const start = page.after ? sessions.findIndex((s) => s.id === page.after) + 1 : 0;
  const slice = page.after && start === 0 ? [] : sessions.slice(start, start + page.limit);
  const next = start + page.limit < sessions.length && slice.length > 0 ? slice.at(-1)!.id : null;
  return { items: await Promise.all(slice.map((s) => queueItem(core, s))), next };
}

export async function queueItem(core: ChatCore, session: ChatSessionRecord): Promise<QueueItem> {
  return { session: await core.view(session), context: await contextPacket(core, session), waitingSince: session.handoff?.at ?? session.createdAt };
}

/** Everything a person needs so the shopper never repeats it: who, which order, its payment plan, recent transactions, the conversation. */
export async function contextPacket(core: ChatCore, session: ChatSessionRecord): Promise<ContextPacket> {
  const orderId = session.focusOrderId ?? session.orderId;
  const order = orderId ? await core.ownOrder(session, orderId) : undefined;
  const paymentPlans: PaymentPlan[] = [];
  for (const id of new Set([session.focusOrderId, session.orderId])) {
    const own = id ? await core.ownOrder(session, id) : undefined;
    const plan = own ? await core.store.plan(own.id) : undefined;
    if (own && plan) paymentPlans.push(planView(plan, marketToday(own, core.now())));
  }
  const orders = session.customerId ? await core.store.ordersOf(session.customerId) : [];
  const caseOrders = orders.length > 0 ? orders : order ? [order] : [];
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
    paymentPlans,
    cases: await cases(core, caseOrders),
  };
}

/** How many cases a context packet lists (the newest). */
const MAX_CASES = 10;

/** The problems and returns of the shopper's orders (or the chat's order), newest first, with their files' signed urls. */
async function cases(core: ChatCore, orders: readonly Order[]): Promise<ContextCase[]> {
  const found: (Omit<ContextCase, 'attachments'> & { files: AttachmentMeta[] | undefined })[] = [];
  for (const order of orders) {
    for (const p of await core.store.problemsOfOrder(order.id)) {
      found.push({ kind: 'problem', id: p.id, reference: p.reference, orderId: p.orderId, type: p.type, status: p.status, createdAt: p.createdAt, files: p.attachments });
    }
    for (const r of await core.store.returnsOfOrder(order.id)) {
      found.push({ kind: 'return', id: r.id, reference: r.reference, orderId: r.orderId, type: r.reason, status: r.status, createdAt: r.createdAt, files: r.attachments });
    }
  }
  const newest = found.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, MAX_CASES);
  return Promise.all(newest.map(async ({ files, ...item }) => ({ ...item, attachments: await core.deps.attachments.views(files) })));
}
