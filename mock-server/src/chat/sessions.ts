import type { ChatSession, MarketCode } from '@assist/contract';
import { ApiFailure, notFound } from '../http/failure.js';
import type { TokenClaims } from '../http/tokens.js';
import { chatSessionId, ticketId } from '../ids.js';
import type { ChatCore } from './core.js';
import { post } from './messages.js';
import { phrasesFor } from './phrases.js';
import type { ChatSessionRecord, ChatTopic } from './records.js';
import { topicsAction } from './rule-assistant/actions.js';
import { expectedResolution } from './sla.js';
import { editable } from '../store/records.js';

export interface NewChat {
  locale: string;
  market: MarketCode;
  topic?: ChatTopic | undefined;
  orderId?: string | undefined;
  recordingConsent: boolean;
}

/** A chat the caller may see: its chat token, or a shopper token of its verified shopper. Anything else is 404. */
export async function accessibleSession(core: ChatCore, claims: TokenClaims | null, id: string): Promise<ChatSessionRecord> {
  const session = editable(await core.store.chatSession(id));
  const allowed =
    session !== undefined &&
    claims !== null &&
    ((claims.kind === 'chat' && claims.chat === session.id) || (claims.kind === 'shopper' && session.customerId !== null && claims.sub === session.customerId));
  if (!allowed) throw notFound('Chat session');
  return session;
}

/**
 * Starts a chat with the assistant's greeting and a chat token for it. A verified shopper's chat
 * knows who they are; a chat about an order needs its shopper verified.
 */
export async function createChat(core: ChatCore, input: NewChat, claims: TokenClaims | null): Promise<{ session: ChatSession; chatToken: string }> {
  const customerId = claims?.kind === 'shopper' ? claims.sub : null;
  if (input.orderId !== undefined) {
    if (!customerId) throw new ApiFailure('unauthorized', 'Verify first to start a chat about an order');
    const order = await core.store.order(input.orderId);
    if (!order || order.customerId !== customerId) throw notFound('Order');
  }
  const customer = customerId ? await core.store.customer(customerId) : undefined;
  const now = core.now();
  const session: ChatSessionRecord = {
    id: chatSessionId(),
    ticketId: ticketId(),
    customerId: customer ? customer.id : null,
    orderId: input.orderId ?? null,
    topic: input.topic ?? null,
    locale: input.locale,
    market: input.market,
    status: 'assistant',
    level: 'assistant',
    expectedResolutionBy: expectedResolution('assistant', input.market, now).toISOString(),
    recordingConsent: input.recordingConsent,
    createdAt: now.toISOString(),
    lastSequence: 0,
    focusOrderId: input.orderId ?? null,
    misses: 0,
    handoff: null,
    agent: null,
    pickupAt: null,
    firstShopperMessageAt: null,
    firstResponseAt: null,
    agentFirstResponseAt: null,
    resolvedAt: null,
    endedAt: null,
    csat: null,
  };
  await core.store.saveChatSession(session);
  await core.kpi(session, 'session_started');
  const p = phrasesFor(session.locale);
  await core.withLock(session.id, () => post(core, session, { author: 'assistant', text: p.greeting(customer?.firstName ?? null), actions: [topicsAction(p, true)] }));
  return { session: await core.view(session), chatToken: await chatTokenFor(core, session) };
}

function chatTokenFor(core: ChatCore, session: ChatSessionRecord): Promise<string> {
  const iat = Math.floor(core.now().getTime() / 1000);
  return core.deps.tokens.sign({ kind: 'chat', sub: session.customerId, chat: session.id, iat, exp: iat + core.deps.config.tokenTtlSeconds });
}

/**
 * A fresh token for a chat the caller may reach: a conversation can outlast one token (30 minutes),
 * so the launcher renews its token while the chat is open. An ended chat gets none: its token runs out.
 */
export async function renewChatToken(core: ChatCore, claims: TokenClaims | null, id: string): Promise<{ chatToken: string }> {
  const session = await accessibleSession(core, claims, id);
  if (session.status === 'ended') throw new ApiFailure('conflict', 'This chat has ended: its token is not renewed');
  return { chatToken: await chatTokenFor(core, session) };
}
