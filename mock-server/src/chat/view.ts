import type { ChatSession, MarketCode } from '@assist/contract';
import { availability } from '../domain/availability.js';
import type { Store } from '../store/types.js';
import type { ChatSessionRecord } from './records.js';
import { WAIT_PER_CHAT_MS } from './simulated-agent.js';

/** Queued chats of a market in queue order: oldest handoff first. */
export async function queuedIn(store: Store, market: MarketCode): Promise<ChatSessionRecord[]> {
  return (await store.chatSessions({ statuses: ['queued'], market })).sort(
    (a, b) => (a.handoff?.at ?? a.createdAt).localeCompare(b.handoff?.at ?? b.createdAt) || a.createdAt.localeCompare(b.createdAt),
  );
}

/** A chat's place in its market's queue, from 1. */
export const queuePosition = (queued: readonly ChatSessionRecord[], session: ChatSessionRecord): number => Math.max(1, queued.findIndex((s) => s.id === session.id) + 1);

/** Seconds until a person takes the chat: the simulated agent's planned pickup, else the wait per chat ahead (after agents come back). */
export function estimatedWait(session: ChatSessionRecord, position: number, now: Date): number {
  if (session.pickupAt) return Math.max(0, Math.round((Date.parse(session.pickupAt) - now.getTime()) / 1000));
  const chat = availability(session.market, now).chat;
  const untilOpen = chat.open || !chat.nextOpening ? 0 : Math.max(0, Date.parse(chat.nextOpening) - now.getTime());
  return Math.round((untilOpen + position * WAIT_PER_CHAT_MS) / 1000);
}

/** The chat as the API shows it, with its place in the queue now. */
export async function sessionView(store: Store, session: ChatSessionRecord): Promise<ChatSession> {
  let queue: ChatSession['queue'] = null;
  if (session.status === 'queued') {
    const position = queuePosition(await queuedIn(store, session.market), session);
    queue = { position, estimatedWaitSeconds: estimatedWait(session, position, store.clock.now()) };
  }
  return {
    id: session.id,
    ticketId: session.ticketId,
    status: session.status,
    locale: session.locale,
    market: session.market,
    verified: session.customerId !== null,
    createdAt: session.createdAt,
    sla: { level: session.level, expectedResolutionBy: session.expectedResolutionBy },
    queue,
    lastSequence: session.lastSequence,
    recordingConsent: session.recordingConsent,
  };
}
