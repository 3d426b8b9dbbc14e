import {
  redactCardNumbers,
  type ChatAction,
  type ChatCard,
  type ChatMessage,
  type ChatSession,
  type ContextPacket,
  type MarketCode,
  type Order,
} from '@assist/contract';
import type { Deps } from '../deps.js';
import { availability } from '../domain/availability.js';
import { marketToday, orderSummary, planView } from '../domain/plans.js';
import { MARKETS } from '../fixtures/markets.js';
import { ApiFailure, notFound, validationFailure } from '../http/failure.js';
import type { TokenClaims } from '../http/tokens.js';
import type { Assistant, AssistantInput, AssistantTools, AssistantTurn, HelpAnswer, ProposedAction, ReturnInfo } from './assistant.js';
import { KEEP_DATE, topicsAction } from './rule-assistant/actions.js';
import { RuleAssistant } from './rule-assistant/rule-assistant.js';
import { extendInstalment } from './account-actions.js';
import { formatter } from './format.js';
import { ChatHub } from './hub.js';
import { returnsReader } from './returns.js';
import { actionId, chatSessionId, messageId, ticketId } from '../ids.js';
import { phrasesFor } from './phrases.js';
import type { ChatActionEffect, ChatKpiEvent, ChatMessageRecord, ChatSessionRecord, ChatTopic, EscalationLevel, HandoffReason, KpiType } from './records.js';
import type { Cancel } from '../jobs/scheduler.js';
import { DEFAULT_SIMULATED_AGENT, WAIT_PER_CHAT_MS, type SimulatedAgentConfig } from './simulated-agent.js';
import { expectedResolution } from './sla.js';

/** How long a chat token lasts: a day, to wait in a queue overnight and resume after a reload. */
export const CHAT_TOKEN_TTL_S = 24 * 60 * 60;
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

export interface NewChat {
  locale: string;
  market: MarketCode;
  topic?: ChatTopic | undefined;
  orderId?: string | undefined;
  recordingConsent: boolean;
}

interface Draft {
  id?: string;
  author: ChatMessage['author'];
  text: string;
  redacted?: boolean;
  actions?: ProposedAction[];
  cards?: ChatCard[];
  articles?: ChatMessage['articles'];
}

const conflict = (message: string) => new ApiFailure('conflict', message);

/**
 * The chat: sessions, messages in sequence, the assistant's turns, handoff to the queue with its
 * context packet, the simulated agent, resolution and CSAT, and the KPI events of every step.
 * Changes to one chat run one at a time (per-chat lock), so sequences never collide.
 */
export class ChatService {
  readonly hub = new ChatHub();
  /** The simulated agent's current settings (changed in place by the QA admin routes). */
  readonly agent: SimulatedAgentConfig;
  readonly heartbeatMs: number;
  readonly #initialAgent: SimulatedAgentConfig;
  readonly #deps: Deps;
  readonly #assistant: Assistant;
  readonly #returnsOf: (orderId: string) => Promise<ReturnInfo[]>;
  readonly #locks = new Map<string, Promise<void>>();
  readonly #timers = new Map<string, Set<Cancel>>();
  readonly #followUps = new Set<string>();

  constructor(deps: Deps, options: ChatOptions = {}) {
    this.#deps = deps;
    this.#assistant = options.assistant ?? new RuleAssistant();
    this.#returnsOf = options.returnsOf ?? returnsReader(deps);
    this.#initialAgent = { ...DEFAULT_SIMULATED_AGENT, ...options.simulatedAgent };
    this.agent = { ...this.#initialAgent };
    this.heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  }

  get #store() {
    return this.#deps.store;
  }
  #now(): Date {
    return this.#deps.store.clock.now();
  }

  /** Forgets scheduled work and restores the simulated agent's settings (the QA reset). */
  reset(): void {
    for (const timers of this.#timers.values()) for (const cancel of timers) cancel();
    this.#timers.clear();
    this.#followUps.clear();
    Object.assign(this.agent, this.#initialAgent);
  }

  // --- Access ---

  /** A chat the caller may see: its chat token, or a shopper token of its verified shopper. Anything else is 404. */
  async session(claims: TokenClaims | null, id: string): Promise<ChatSessionRecord> {
    const session = await this.#store.chatSession(id);
    const allowed =
      session !== undefined &&
      claims !== null &&
      ((claims.kind === 'chat' && claims.chat === session.id) || (claims.kind === 'shopper' && session.customerId !== null && claims.sub === session.customerId));
    if (!allowed) throw notFound('Chat session');
    return session!;
  }

  /** Any chat, for agents. */
  async agentSession(id: string): Promise<ChatSessionRecord> {
    const session = await this.#store.chatSession(id);
    if (!session) throw notFound('Chat session');
    return session;
  }

  // --- Sessions ---

  async create(input: NewChat, claims: TokenClaims | null): Promise<{ session: ChatSession; chatToken: string }> {
    const customerId = claims?.kind === 'shopper' ? claims.sub : null;
    if (input.orderId !== undefined) {
      if (!customerId) throw new ApiFailure('unauthorized', 'Verify first to start a chat about an order');
      const order = await this.#store.order(input.orderId);
      if (!order || order.customerId !== customerId) throw notFound('Order');
    }
    const customer = customerId ? await this.#store.customer(customerId) : undefined;
    const now = this.#now();
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
    await this.#store.saveChatSession(session);
    await this.#kpi(session, 'session_started');
    const p = phrasesFor(session.locale);
    await this.#withLock(session.id, () => this.#post(session, { author: 'assistant', text: p.greeting(customer?.firstName ?? null), actions: [topicsAction(p, true)] }));
    const exp = Math.floor(now.getTime() / 1000) + CHAT_TOKEN_TTL_S;
    const chatToken = await this.#deps.tokens.sign({ kind: 'chat', sub: session.customerId, chat: session.id, exp });
    return { session: await this.view(session), chatToken };
  }

  /** The chat as the API shows it, with its place in the queue now. */
  async view(session: ChatSessionRecord): Promise<ChatSession> {
    let queue: ChatSession['queue'] = null;
    if (session.status === 'queued') {
      const queued = await this.#queued(session.market);
      const position = Math.max(1, queued.findIndex((s) => s.id === session.id) + 1);
      queue = { position, estimatedWaitSeconds: this.#estimatedWait(session, position) };
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

  async messages(sessionId: string, afterSequence = 0): Promise<ChatMessage[]> {
    return (await this.#store.chatMessages(sessionId, afterSequence)).map((r) => r.message);
  }

  async transcript(session: ChatSessionRecord) {
    return { session: await this.view(session), messages: await this.messages(session.id), generatedAt: this.#now().toISOString() };
  }

  // --- Shopper messages ---

  /**
   * Stores a shopper's message (card numbers redacted) and answers it. A message id already used in
   * this chat answers the stored message again and changes nothing (`created: false`).
   */
  async send(sessionId: string, input: { id: string; text: string; action?: { id: string; choice: string } | undefined }): Promise<{ message: ChatMessage; created: boolean }> {
    return this.#withLock(sessionId, async () => {
      const session = await this.agentSession(sessionId);
      const { text, redacted } = redactCardNumbers(input.text);
      const existing = await this.#store.chatMessage(sessionId, input.id);
      if (existing) {
        if (existing.message.author !== 'shopper' || existing.message.text !== text) {
          throw conflict('This message id was already used for another message: give each new message a new id');
        }
        return { message: existing.message, created: false };
      }
      if (session.status === 'ended') throw conflict('This chat has ended: start a new one to continue');

      let chosen: { record: ChatMessageRecord; action: ChatAction; effect: ChatActionEffect; choice: string } | null = null;
      if (input.action) {
        const records = await this.#store.chatMessages(sessionId);
        const record = records.find((r) => r.message.actions.some((a) => a.id === input.action!.id));
        const action = record?.message.actions.find((a) => a.id === input.action!.id);
        if (!record || !action) throw validationFailure([{ path: 'body.action.id', message: 'is not an action of this chat' }]);
        if (!action.choices.some((c) => c.id === input.action!.choice)) {
          throw validationFailure([{ path: 'body.action.choice', message: `must be one of ${action.choices.map((c) => c.id).join(', ')}` }]);
        }
        if (action.chosen !== null) throw conflict('This action was already answered');
        action.chosen = input.action.choice;
        await this.#store.saveChatMessage(record);
        chosen = { record, action, effect: record.effects[action.id] ?? { kind: 'choice' }, choice: input.action.choice };
      }

      session.firstShopperMessageAt ??= this.#now().toISOString();
      const message = await this.#post(session, { id: input.id, author: 'shopper', text, redacted });
      if (chosen) await this.#onChoice(session, chosen.action, chosen.effect, chosen.choice, text);
      else if (session.status === 'assistant') await this.#assistantTurn(session, { kind: 'message', text });
      else if (session.status === 'agent' && session.agent?.simulated) this.#scheduleFollowUp(session.id);
      return { message, created: true };
    });
  }

  async #onChoice(session: ChatSessionRecord, action: ChatAction, effect: ChatActionEffect, choice: string, text: string): Promise<void> {
    const p = phrasesFor(session.locale);
    const f = formatter(session.locale);
    switch (effect.kind) {
      case 'extend_due_date': {
        const order = await this.#ownOrder(session, effect.orderId);
        if (!order) throw notFound('Order');
        if (choice === KEEP_DATE) {
          const plan = await this.#store.plan(order.id);
          const due = plan?.instalments.find((i) => i.id === effect.instalmentId)?.dueDate;
          await this.#post(session, { author: 'assistant', text: due ? p.extendKept(f.date(due)) : p.anythingElse });
          return;
        }
        const days = effect.choices[choice];
        if (days === undefined) throw validationFailure([{ path: 'body.action.choice', message: 'is not a number of days offered' }]);
        const result = await extendInstalment(this.#store, order.id, effect.instalmentId, days);
        if (result.ok) {
          await this.#post(session, {
            author: 'assistant',
            text: p.extendDone(f.money(result.instalment.amount), f.date(result.instalment.dueDate)),
            cards: [{ kind: 'payment_plan', plan: result.plan }],
          });
        } else {
          await this.#post(session, { author: 'assistant', text: p.extendRefused[result.refusal] });
        }
        return;
      }
      case 'handoff':
        if (choice === 'yes') await this.#handoff(session, effect.reason, effect.level);
        else await this.#post(session, { author: 'assistant', text: p.anythingElse });
        return;
      case 'choice':
        if (action.kind === 'quick_reply' && session.status === 'assistant') await this.#assistantTurn(session, { kind: 'choice', choice, text });
        return;
    }
  }

  async #assistantTurn(session: ChatSessionRecord, input: AssistantInput): Promise<void> {
    const customer = session.customerId ? await this.#store.customer(session.customerId) : undefined;
    this.hub.publish(session.id, { type: 'typing', author: 'assistant', typing: true });
    let turn: AssistantTurn;
    try {
      turn = await this.#assistant.reply({
        locale: session.locale,
        market: session.market,
        verified: session.customerId !== null,
        firstName: customer?.firstName ?? null,
        topic: session.topic,
        focusOrderId: session.focusOrderId,
        misses: session.misses,
        history: await this.messages(session.id),
        input,
        tools: this.#tools(session),
      });
    } catch (error) {
      console.error('[assist-api] the assistant failed:', error);
      turn = { text: phrasesFor(session.locale).cannotHelp, helped: false, handoff: { reason: 'assistant_cannot_help', level: 'level_1' } };
    } finally {
      this.hub.publish(session.id, { type: 'typing', author: 'assistant', typing: false });
    }
    session.misses = turn.helped ? 0 : session.misses + 1;
    if (turn.topic) session.topic = turn.topic;
    if (turn.focusOrderId) session.focusOrderId = turn.focusOrderId;
    await this.#post(session, {
      author: 'assistant',
      text: turn.text,
      ...(turn.actions ? { actions: turn.actions } : {}),
      ...(turn.cards ? { cards: turn.cards } : {}),
      ...(turn.articles ? { articles: turn.articles } : {}),
    });
    if (turn.resolved) await this.#markResolved(session, 'assistant');
    if (turn.handoff) await this.#handoff(session, turn.handoff.reason, turn.handoff.level);
  }

  /** What the assistant may read, limited to this chat's shopper. */
  #tools(session: ChatSessionRecord): AssistantTools {
    const { store, help } = this.#deps;
    const content = help.locales.find((l) => l === session.locale.split('-')[0]!.toLowerCase()) ?? 'en';
    const now = () => this.#now();
    const answer = (slug: string, score: number): HelpAnswer | undefined => {
      const article = help.article(slug, content);
      return article ? { slug, title: article.title, summary: article.summary, category: article.categoryId, score } : undefined;
    };
    return {
      now,
      orders: async () => (session.customerId ? store.ordersOf(session.customerId) : []),
      plan: async (orderId) => {
        const order = await this.#ownOrder(session, orderId);
        const plan = order ? await store.plan(orderId) : undefined;
        return order && plan ? planView(plan, marketToday(order, now())) : undefined;
      },
      summary: async (order) => orderSummary(order, await store.plan(order.id), marketToday(order, now())),
      returnsOf: async (orderId) => ((await this.#ownOrder(session, orderId)) ? this.#returnsOf(orderId) : []),
      searchHelp: (text) => {
        const found = new Map<string, HelpAnswer>();
        for (const locale of [content, ...help.locales.filter((l) => l !== content)]) {
          const result = help.search(text.slice(0, 300), locale, 5);
          if (result.locale !== locale) continue;
          // A match in another language than the chat's counts a little less.
          const weight = locale === content ? 1 : 0.8;
          for (const hit of result.hits) {
            const score = hit.score * weight;
            if ((found.get(hit.article.slug)?.score ?? -1) >= score) continue;
            const a = answer(hit.article.slug, score);
            if (a) found.set(a.slug, a);
          }
        }
        return [...found.values()].sort((a, b) => b.score - a.score);
      },
      article: (slug) => answer(slug, 0),
    };
  }

  // --- Handoff and queue ---

  /** Hands the chat to a person (the shopper asked); a chat already with people is left as it is. */
  async escalate(sessionId: string, reason: HandoffReason = 'shopper_request', note?: string): Promise<ChatSession> {
    return this.#withLock(sessionId, async () => {
      const session = await this.agentSession(sessionId);
      if (session.status === 'ended') throw conflict('This chat has ended: start a new one to continue');
      if (session.status === 'assistant') {
        if (note) {
          const { text, redacted } = redactCardNumbers(note);
          session.firstShopperMessageAt ??= this.#now().toISOString();
          await this.#post(session, { author: 'shopper', text, redacted });
        }
        await this.#handoff(session, reason, levelFor(reason));
      }
      return this.view(session);
    });
  }

  async #handoff(session: ChatSessionRecord, reason: HandoffReason, level: EscalationLevel): Promise<void> {
    const p = phrasesFor(session.locale);
    if (session.status === 'queued' || session.status === 'agent') {
      await this.#post(session, { author: 'system', text: p.alreadyWaiting(session.ticketId) });
      return;
    }
    if (session.status === 'ended') throw conflict('This chat has ended: start a new one to continue');
    const now = this.#now();
    session.status = 'queued';
    session.level = level;
    session.expectedResolutionBy = expectedResolution(level, session.market, now).toISOString();
    session.handoff = { reason, at: now.toISOString() };
    await this.#store.saveChatSession(session);
    await this.#kpi(session, 'handoff', { level });

    const queued = await this.#queued(session.market);
    const position = Math.max(1, queued.findIndex((s) => s.id === session.id) + 1);
    const chat = availability(session.market, now).chat;
    this.#planPickup(session, position, chat.open ? now : new Date(chat.nextOpening ?? now.toISOString()));
    const wait = this.#estimatedWait(session, position);
    if (chat.open) {
      await this.#post(session, { author: 'system', text: p.queued(position, Math.max(1, Math.ceil(wait / 60)), session.ticketId) });
    } else {
      const when = chat.nextOpening ? formatter(session.locale).dateTime(chat.nextOpening, MARKETS[session.market].timeZone) : '';
      await this.#post(session, {
        author: 'system',
        text: p.offline(when, session.ticketId),
        cards: [{ kind: 'agents_offline', market: session.market, nextOpening: chat.nextOpening }],
        actions: [{ kind: 'request_callback', choices: [{ id: 'callback', label: p.requestCallback, style: 'primary' }], effect: { kind: 'choice' } }],
      });
    }
    await this.#publishSession(session);
  }

  /** Queued chats of a market in queue order. */
  async #queued(market: MarketCode): Promise<ChatSessionRecord[]> {
    return (await this.#store.chatSessions())
      .filter((s) => s.status === 'queued' && s.market === market)
      .sort((a, b) => (a.handoff?.at ?? a.createdAt).localeCompare(b.handoff?.at ?? b.createdAt) || a.createdAt.localeCompare(b.createdAt));
  }

  #estimatedWait(session: ChatSessionRecord, position: number): number {
    const now = this.#now().getTime();
    if (session.pickupAt) return Math.max(0, Math.round((Date.parse(session.pickupAt) - now) / 1000));
    const chat = availability(session.market, this.#now()).chat;
    const untilOpen = chat.open || !chat.nextOpening ? 0 : Math.max(0, Date.parse(chat.nextOpening) - now);
    return Math.round((untilOpen + position * WAIT_PER_CHAT_MS) / 1000);
  }

  /** Chats waiting for a person, and those with one, oldest handoff first, each with its context packet. */
  async queue() {
    const sessions = (await this.#store.chatSessions())
      .filter((s) => s.status === 'queued' || s.status === 'agent')
      .sort((a, b) => (a.handoff?.at ?? a.createdAt).localeCompare(b.handoff?.at ?? b.createdAt));
    return Promise.all(sessions.map((s) => this.queueItem(s)));
  }

  async queueItem(session: ChatSessionRecord) {
    return { session: await this.view(session), context: await this.context(session), waitingSince: session.handoff?.at ?? session.createdAt };
  }

  /** Everything a person needs so the shopper never repeats it: who, which order, recent transactions, the conversation. */
  async context(session: ChatSessionRecord): Promise<ContextPacket> {
    const orderId = session.focusOrderId ?? session.orderId;
    const order = orderId ? await this.#ownOrder(session, orderId) : undefined;
    const orders = session.customerId ? await this.#store.ordersOf(session.customerId) : [];
    const lastTransactions = orders
      .flatMap((o) => o.transactions)
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, 3);
    return {
      customerId: session.customerId,
      orderId: order?.id ?? null,
      merchantReference: order?.merchant.orderReference ?? null,
      lastTransactions,
      conversation: await this.messages(session.id),
      topic: session.topic,
    };
  }

  // --- People ---

  /** An agent takes a chat from the queue (or over from the simulated agent). */
  async claim(sessionId: string, agentName: string | undefined) {
    return this.#withLock(sessionId, async () => {
      const session = await this.agentSession(sessionId);
      if (session.status === 'ended') throw conflict('This chat has ended');
      if (session.status === 'assistant') throw conflict('This chat is with the assistant and was not handed to a person');
      const wasQueued = session.status === 'queued';
      const same = session.agent && !session.agent.simulated && (agentName === undefined || agentName === session.agent.name);
      if (!same) {
        this.#cancelTimers(session.id);
        session.status = 'agent';
        session.agent = { name: agentName ?? session.agent?.name ?? 'Agent', claimedAt: this.#now().toISOString(), simulated: false };
        session.pickupAt = null;
        await this.#store.saveChatSession(session);
        await this.#publishSession(session);
        if (wasQueued) await this.#publishQueue(session.market);
      }
      return this.queueItem(session);
    });
  }

  /** An agent's message. The same message id again answers the stored message and changes nothing. */
  async agentSend(sessionId: string, input: { id: string; text: string }): Promise<{ message: ChatMessage; created: boolean }> {
    return this.#withLock(sessionId, async () => {
      const session = await this.agentSession(sessionId);
      const { text, redacted } = redactCardNumbers(input.text);
      const existing = await this.#store.chatMessage(sessionId, input.id);
      if (existing) {
        if (existing.message.author !== 'agent' || existing.message.text !== text) {
          throw conflict('This message id was already used for another message: give each new message a new id');
        }
        return { message: existing.message, created: false };
      }
      if (session.status === 'ended') throw conflict('This chat has ended');
      if (session.status === 'assistant') throw conflict('This chat is with the assistant and was not handed to a person');
      if (session.status === 'queued' || session.agent?.simulated) {
        const wasQueued = session.status === 'queued';
        this.#cancelTimers(session.id);
        session.status = 'agent';
        session.agent = { name: session.agent && !session.agent.simulated ? session.agent.name : 'Agent', claimedAt: this.#now().toISOString(), simulated: false };
        session.pickupAt = null;
        await this.#publishSession(session);
        if (wasQueued) await this.#publishQueue(session.market);
      }
      return { message: await this.#post(session, { id: input.id, author: 'agent', text, redacted }), created: true };
    });
  }

  /** Closes a chat as resolved by a person, telling the shopper. Resolving a closed chat changes nothing. */
  async resolve(sessionId: string, summary: string | undefined): Promise<ChatSession> {
    return this.#withLock(sessionId, async () => {
      const session = await this.agentSession(sessionId);
      if (session.status === 'assistant') throw conflict('This chat is with the assistant and was not handed to a person');
      if (session.status !== 'ended') await this.#resolveByAgent(session, summary ?? null);
      return this.view(session);
    });
  }

  async #resolveByAgent(session: ChatSessionRecord, summary: string | null): Promise<void> {
    const wasQueued = session.status === 'queued';
    const p = phrasesFor(session.locale);
    await this.#post(session, { author: 'system', text: p.resolved(session.ticketId, summary ? redactCardNumbers(summary).text : null) });
    await this.#markResolved(session, 'agent');
    await this.#end(session);
    if (wasQueued) await this.#publishQueue(session.market);
  }

  /** A note in the chat, from an agent's action on the shopper's account. */
  async note(sessionId: string, text: (locale: string) => string): Promise<void> {
    await this.#withLock(sessionId, async () => {
      const session = await this.agentSession(sessionId);
      await this.#post(session, { author: 'system', text: text(session.locale) });
    });
  }

  // --- The end ---

  /** The shopper's rating; it also ends the chat (a chat the assistant handled to the end counts as resolved by it). */
  async rate(sessionId: string, rating: number, comment: string | undefined) {
    return this.#withLock(sessionId, async () => {
      const session = await this.agentSession(sessionId);
      if (session.csat) throw conflict('This chat was already rated');
      const receivedAt = this.#now().toISOString();
      session.csat = { rating, comment: comment ? redactCardNumbers(comment).text : null, receivedAt };
      await this.#store.saveChatSession(session);
      await this.#kpi(session, 'csat', { rating });
      if (session.status === 'assistant') await this.#markResolved(session, 'assistant');
      if (session.status !== 'ended') {
        const wasQueued = session.status === 'queued';
        await this.#end(session);
        if (wasQueued) await this.#publishQueue(session.market);
      }
      return { sessionId: session.id, rating, receivedAt };
    });
  }

  async #markResolved(session: ChatSessionRecord, by: 'assistant' | 'agent'): Promise<void> {
    if (session.resolvedAt) return;
    session.resolvedAt = this.#now().toISOString();
    await this.#store.saveChatSession(session);
    await this.#kpi(session, 'resolved', { by });
  }

  async #end(session: ChatSessionRecord): Promise<void> {
    this.#cancelTimers(session.id);
    session.status = 'ended';
    session.endedAt = this.#now().toISOString();
    session.pickupAt = null;
    await this.#store.saveChatSession(session);
    await this.#publishSession(session);
  }

  // --- Simulated agent ---

  #planPickup(session: ChatSessionRecord, position: number, from: Date): void {
    if (this.agent.behaviour === 'none') {
      session.pickupAt = null;
      return;
    }
    const at = from.getTime() + this.agent.replyDelayMs * position;
    session.pickupAt = new Date(at).toISOString();
    this.#schedule(session.id, at - this.#now().getTime(), () => this.#simulatedPickup(session.id));
  }

  /** Lets the simulated agent take every queued chat now (QA: skip the wait). */
  async pickUpNow(): Promise<number> {
    if (this.agent.behaviour === 'none') return 0;
    let taken = 0;
    for (const session of await this.#store.chatSessions()) {
      if (session.status === 'queued' && (await this.#simulatedPickup(session.id))) taken++;
    }
    return taken;
  }

  async #simulatedPickup(sessionId: string): Promise<boolean> {
    return this.#withLock(sessionId, async () => {
      const session = await this.#store.chatSession(sessionId);
      if (!session || session.status !== 'queued' || this.agent.behaviour === 'none') return false;
      this.#cancelTimers(session.id);
      const p = phrasesFor(session.locale);
      const customer = session.customerId ? await this.#store.customer(session.customerId) : undefined;
      const orderId = session.focusOrderId ?? session.orderId;
      const order = orderId ? await this.#ownOrder(session, orderId) : undefined;
      session.status = 'agent';
      session.agent = { name: this.agent.name, claimedAt: this.#now().toISOString(), simulated: true };
      session.pickupAt = null;
      await this.#store.saveChatSession(session);
      await this.#publishSession(session);
      await this.#publishQueue(session.market);
      this.hub.publish(session.id, { type: 'typing', author: 'agent', typing: true });
      await this.#post(session, { author: 'agent', text: p.agentJoined(this.agent.name, customer?.firstName ?? null, order?.reference ?? null) });
      this.hub.publish(session.id, { type: 'typing', author: 'agent', typing: false });
      if (this.agent.behaviour === 'resolve') {
        this.#schedule(session.id, this.agent.resolveDelayMs, () =>
          this.#withLock(session.id, async () => {
            const current = await this.#store.chatSession(session.id);
            if (current?.status === 'agent' && current.agent?.simulated) await this.#resolveByAgent(current, null);
          }),
        );
      }
      return true;
    });
  }

  #scheduleFollowUp(sessionId: string): void {
    if (this.#followUps.has(sessionId) || this.agent.behaviour === 'none') return;
    this.#followUps.add(sessionId);
    this.#schedule(sessionId, this.agent.followUpDelayMs, () =>
      this.#withLock(sessionId, async () => {
        this.#followUps.delete(sessionId);
        const session = await this.#store.chatSession(sessionId);
        if (session?.status !== 'agent' || !session.agent?.simulated) return;
        await this.#post(session, { author: 'agent', text: phrasesFor(session.locale).agentFollowUp });
      }),
    );
  }

  #schedule(sessionId: string, delayMs: number, task: () => Promise<unknown>): void {
    let timers = this.#timers.get(sessionId);
    if (!timers) this.#timers.set(sessionId, (timers = new Set()));
    const set = timers;
    const cancel = this.#deps.scheduler.schedule(Math.max(0, delayMs), async () => {
      set.delete(cancel);
      await task();
    });
    set.add(cancel);
  }

  #cancelTimers(sessionId: string): void {
    for (const cancel of this.#timers.get(sessionId) ?? []) cancel();
    this.#timers.delete(sessionId);
    this.#followUps.delete(sessionId);
  }

  // --- Plumbing ---

  /** Adds a message with the chat's next sequence, records first responses, and sends it to open streams. */
  async #post(session: ChatSessionRecord, draft: Draft): Promise<ChatMessage> {
    const now = this.#now().toISOString();
    const actions: ChatAction[] = [];
    const effects: Record<string, ChatActionEffect> = {};
    for (const proposed of draft.actions ?? []) {
      const id = actionId();
      actions.push({ id, kind: proposed.kind, choices: proposed.choices, chosen: null });
      effects[id] = proposed.effect;
    }
    const clean = redactCardNumbers(draft.text);
    session.lastSequence += 1;
    const message: ChatMessage = {
      id: draft.id ?? messageId(),
      sessionId: session.id,
      sequence: session.lastSequence,
      author: draft.author,
      text: clean.text,
      createdAt: now,
      redacted: (draft.redacted ?? false) || clean.redacted,
      actions,
      articles: draft.articles ?? [],
      cards: draft.cards ?? [],
    };
    await this.#store.saveChatMessage({ message, effects });
    if ((draft.author === 'assistant' || draft.author === 'agent') && session.firstShopperMessageAt && !session.firstResponseAt) {
      session.firstResponseAt = now;
      await this.#kpi(session, 'first_response', { by: draft.author, since: session.firstShopperMessageAt });
    }
    if (draft.author === 'agent' && session.handoff && !session.agentFirstResponseAt) {
      session.agentFirstResponseAt = now;
      await this.#kpi(session, 'agent_first_response', { by: 'agent', since: session.handoff.at });
    }
    await this.#store.saveChatSession(session);
    this.hub.publish(session.id, { type: 'message', sequence: message.sequence, message });
    return message;
  }

  async #publishSession(session: ChatSessionRecord): Promise<void> {
    this.hub.publish(session.id, { type: 'session', session: await this.view(session) });
  }

  /** Everyone still waiting in a market moved up: tell them their new place. */
  async #publishQueue(market: MarketCode): Promise<void> {
    for (const session of await this.#queued(market)) await this.#publishSession(session);
  }

  async #kpi(session: ChatSessionRecord, type: KpiType, extra: Partial<ChatKpiEvent> = {}): Promise<void> {
    await this.#store.addChatKpi({ type, sessionId: session.id, market: session.market, customerId: session.customerId, at: this.#now().toISOString(), ...extra });
  }

  async #ownOrder(session: ChatSessionRecord, orderId: string): Promise<Order | undefined> {
    const order = await this.#store.order(orderId);
    return order && session.customerId !== null && order.customerId === session.customerId ? order : undefined;
  }

  async #withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#locks.get(key) ?? Promise.resolve();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const mine = previous.then(() => gate);
    this.#locks.set(key, mine);
    await previous;
    try {
      return await task();
    } finally {
      release();
      if (this.#locks.get(key) === mine) this.#locks.delete(key);
    }
  }
}

/** The level a handoff goes to, by its reason. */
export function levelFor(reason: HandoffReason): EscalationLevel {
  switch (reason) {
    case 'legal':
    case 'complaint':
      return 'legal_review';
    case 'fraud_suspected':
      return 'fraud';
    default:
      return 'level_1';
  }
}
