import type { ChatMessage, ChatSession } from '@assist/contract';
import type { Deps } from '../deps.js';
import type { TokenClaims } from '../http/tokens.js';
import { agentSend, agentTyping, claim, note, resolve } from './agent-desk.js';
import type { Assistant, ReturnInfo } from './assistant.js';
import { rate, transcript } from './closing.js';
import { shopperPresence } from '../email/presence.js';
import { ChatCore } from './core.js';
import { escalate } from './handoff.js';
import type { Received } from './messages.js';
import type { ChatHub } from './hub.js';
import { queue, type QueueItem } from './queue.js';
import type { ChatSessionRecord, HandoffReason } from './records.js';
import { returnsReader } from './returns.js';
import { RuleAssistant } from './rule-assistant/rule-assistant.js';
import { accessibleSession, createChat, renewChatToken, type NewChat } from './sessions.js';
import { send, type ShopperMessage } from './shopper-turns.js';
import { DEFAULT_SIMULATED_AGENT, type SimulatedAgentConfig } from './simulated-agent.js';
import { followUp, pickUp, pickUpNow, resolveBySimulatedAgent } from './simulated-pickup.js';
import { CHAT_JOBS } from './timers.js';

export const DEFAULT_HEARTBEAT_MS = 15_000;

export interface ChatOptions {
  /** The assistant answering shoppers; the rule-based one by default. */
  assistant?: Assistant;
  simulatedAgent?: Partial<SimulatedAgentConfig>;
  /** Comment lines on open event streams keep proxies from closing them. */
  heartbeatMs?: number;
  /** An order's returns, for the assistant's return and refund answers (the returns service by default). */
  returnsOf?: (orderId: string) => Promise<ReturnInfo[]>;
}

/**
 * The chat, as the routes use it: sessions (sessions.ts), messages in sequence (messages.ts), the
 * shopper's turns and the assistant's answers (shopper-turns.ts), handoff to the queue with its
 * context packet (handoff.ts, queue.ts), the agent console (agent-desk.ts), the simulated agent
 * (simulated-pickup.ts), resolution and CSAT (closing.ts), and the KPI events of every step.
 * Changes to one chat run one at a time (per-chat lock), so sequences never collide.
 */
export class ChatService {
  /** The simulated agent's current settings (changed in place by the QA admin routes). */
  readonly agent: SimulatedAgentConfig;
  readonly heartbeatMs: number;
  readonly #initialAgent: SimulatedAgentConfig;
  readonly #core: ChatCore;

  constructor(deps: Deps, options: ChatOptions = {}) {
    this.#initialAgent = { ...DEFAULT_SIMULATED_AGENT, ...options.simulatedAgent };
    this.agent = { ...this.#initialAgent };
    this.heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    this.#core = new ChatCore(deps, {
      assistant: options.assistant ?? new RuleAssistant(),
      returnsOf: options.returnsOf ?? returnsReader(deps),
      agent: this.agent,
    });
    const core = this.#core;
    const sessionOf = (payload: unknown) => (payload as { sessionId: string }).sessionId;
    deps.jobs
      .handle(CHAT_JOBS.pickup, async (payload) => void (await pickUp(core, sessionOf(payload))))
      .handle(CHAT_JOBS.resolve, (payload) => resolveBySimulatedAgent(core, sessionOf(payload)))
      .handle(CHAT_JOBS.followUp, (payload) => followUp(core, sessionOf(payload)));
  }

  /** Live events of each chat, for the event streams. */
  get hub(): ChatHub {
    return this.#core.hub;
  }

  /** Restores the simulated agent's settings (the QA reset; the store's reset forgets planned jobs). */
  reset(): void {
    Object.assign(this.agent, this.#initialAgent);
  }

  /** A chat the caller may see: its chat token, or a shopper token of its verified shopper. Anything else is 404. */
  session(claims: TokenClaims | null, id: string): Promise<ChatSessionRecord> {
    return accessibleSession(this.#core, claims, id);
  }

  /** A fresh chat token for a chat the caller may reach (a conversation can outlast one token). */
  renewToken(claims: TokenClaims | null, id: string): Promise<{ chatToken: string }> {
    return renewChatToken(this.#core, claims, id);
  }

  /** Any chat, for agents. */
  agentSession(id: string): Promise<ChatSessionRecord> {
    return this.#core.agentSession(id);
  }

  create(input: NewChat, claims: TokenClaims | null): Promise<{ session: ChatSession; chatToken: string }> {
    return createChat(this.#core, input, claims);
  }

  /** The chat as the API shows it, with its place in the queue now. */
  view(session: ChatSessionRecord): Promise<ChatSession> {
    return this.#core.view(session);
  }

  /** An event stream of the chat opened (true) or closed (false): whether the shopper is still there (email/presence.ts). */
  shopperPresence(sessionId: string, present: boolean): Promise<void> {
    return shopperPresence(this.#core.deps, sessionId, present);
  }

  messages(sessionId: string, afterSequence = 0): Promise<ChatMessage[]> {
    return this.#core.messages(sessionId, afterSequence);
  }

  transcript(session: ChatSessionRecord) {
    return transcript(this.#core, session);
  }

  /** A shopper's message (or choice), answered; the same message id again answers the stored message (`created: false`). */
  send(sessionId: string, input: ShopperMessage): Promise<{ message: ChatMessage; created: boolean }> {
    return send(this.#core, sessionId, input);
  }

  /** Hands the chat to a person (the shopper asked); a chat already with people is left as it is. */
  escalate(sessionId: string, reason?: HandoffReason, note?: string): Promise<ChatSession> {
    return escalate(this.#core, sessionId, reason, note);
  }

  /** Chats waiting for a person, and those with one, oldest handoff first, each with its context packet. */
  queue(page?: { limit: number; after?: string | undefined }): Promise<{ items: QueueItem[]; next: string | null }> {
    return queue(this.#core, page);
  }

  /** An agent takes a chat from the queue (or over from the simulated agent). */
  claim(sessionId: string, agentName: string | undefined): Promise<QueueItem> {
    return claim(this.#core, sessionId, agentName);
  }

  /** An agent's message. The same message id again answers the stored message and changes nothing. */
  agentSend(sessionId: string, input: Received): Promise<{ message: ChatMessage; created: boolean }> {
    return agentSend(this.#core, sessionId, input);
  }

  /** An agent at the console started or stopped typing in a chat they have. */
  agentTyping(sessionId: string, typing: boolean): Promise<{ sessionId: string; typing: boolean }> {
    return agentTyping(this.#core, sessionId, typing);
  }

  /** Closes a chat as resolved by a person, telling the shopper. Resolving a closed chat changes nothing. */
  resolve(sessionId: string, summary: string | undefined): Promise<ChatSession> {
    return resolve(this.#core, sessionId, summary);
  }

  /** A note in the chat, from an agent's action on the shopper's account. */
  note(sessionId: string, text: (locale: string) => string): Promise<void> {
    return note(this.#core, sessionId, text);
  }

  /** The shopper's rating; it also ends the chat. */
  rate(sessionId: string, rating: number, comment: string | undefined) {
    return rate(this.#core, sessionId, rating, comment);
  }

  /** Lets the simulated agent take every queued chat now (QA: skip the wait). */
  pickUpNow(): Promise<number> {
    return pickUpNow(this.#core);
  }
}
