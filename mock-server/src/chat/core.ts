import type { ChatMessage, ChatSession, MarketCode, Order } from '@assist/contract';
import type { Deps } from '../deps.js';
import { ApiFailure, notFound } from '../http/failure.js';
import type { Store } from '../store/types.js';
import type { Assistant, ReturnInfo } from './assistant.js';
import { ChatHub } from './hub.js';
import type { ChatKpiEvent, ChatSessionRecord, KpiType } from './records.js';
import type { SimulatedAgentConfig } from './simulated-agent.js';
import { ChatTimers } from './timers.js';
import { queuedIn, sessionView } from './view.js';
import { editable } from '../store/records.js';

export const conflict = (message: string) => new ApiFailure('conflict', message);
export const NOT_HANDED_OVER = 'This chat is with the assistant and was not handed to a person';

export interface ChatParts {
  assistant: Assistant;
  /** An order's returns, for the assistant's return and refund answers. */
  returnsOf: (orderId: string) => Promise<ReturnInfo[]>;
  /** The simulated agent's current settings (changed in place by the QA admin routes). */
  agent: SimulatedAgentConfig;
}

/**
 * What every part of the chat shares: the app's dependencies, the live events of each chat, the
 * per-chat lock (changes to one chat run one at a time on every instance, so sequences never collide),
 * the simulated agent's jobs and settings, and the reads and notices every step needs.
 */
export class ChatCore {
  readonly deps: Deps;
  readonly hub: ChatHub;
  readonly timers: ChatTimers;
  readonly assistant: Assistant;
  readonly returnsOf: (orderId: string) => Promise<ReturnInfo[]>;
  readonly agent: SimulatedAgentConfig;

  constructor(deps: Deps, parts: ChatParts) {
    this.deps = deps;
    this.hub = new ChatHub(deps.store);
    this.timers = new ChatTimers(deps.jobs);
    this.assistant = parts.assistant;
    this.returnsOf = parts.returnsOf;
    this.agent = parts.agent;
  }

  get store(): Store {
    return this.deps.store;
  }

  now(): Date {
    return this.deps.store.clock.now();
  }

  /** Runs `task` holding the chat's lock, as one unit, on every instance: a message and its sequence number go together. */
  withLock<T>(sessionId: string, task: () => Promise<T>): Promise<T> {
    return this.deps.store.atomically(`chat:${sessionId}`, task);
  }

  /** Any chat, for agents. */
  async agentSession(id: string): Promise<ChatSessionRecord> {
    const session = editable(await this.store.chatSession(id));
    if (!session) throw notFound('Chat session');
    return session;
  }

  /** A chat's messages as the API answers them: attachments with fresh signed urls. */
  async messages(sessionId: string, afterSequence = 0): Promise<ChatMessage[]> {
    return Promise.all((await this.store.chatMessages(sessionId, afterSequence)).map((r) => this.signed(r.message)));
  }

  /** A stored message with its attachments' urls signed now (messages stored before attachments had none). */
  async signed(message: ChatMessage): Promise<ChatMessage> {
    const attachments = (message as Partial<ChatMessage>).attachments ?? [];
    return { ...message, attachments: await this.deps.attachments.views(attachments) };
  }

  view(session: ChatSessionRecord): Promise<ChatSession> {
    return sessionView(this.store, session);
  }

  /** Tells the chat's streams, on every instance, that the session changed (each reads and shows it afresh). */
  publishSession(session: ChatSessionRecord): Promise<void> {
    return this.hub.publish(session.id, { type: 'session' });
  }

  /** Everyone still waiting in a market moved up: tell them their new place. */
  async publishQueue(market: MarketCode): Promise<void> {
    for (const session of await queuedIn(this.store, market)) await this.publishSession(session);
  }

  async kpi(session: ChatSessionRecord, type: KpiType, extra: Partial<ChatKpiEvent> = {}): Promise<void> {
    await this.store.addChatKpi({ type, sessionId: session.id, market: session.market, customerId: session.customerId, at: this.now().toISOString(), ...extra });
  }

  /** An order of the chat's verified shopper; undefined for anyone else's order or an anonymous chat. */
  async ownOrder(session: ChatSessionRecord, orderId: string): Promise<Order | undefined> {
    const order = await this.store.order(orderId);
    return order && session.customerId !== null && order.customerId === session.customerId ? order : undefined;
  }
}
