import { redactCardNumbers, type ChatSession } from '@assist/contract';
import { availability } from '../domain/availability.js';
import { MARKETS } from '../fixtures/markets.js';
import { conflict, type ChatCore } from './core.js';
import { formatter } from './format.js';
import { post } from './messages.js';
import { phrasesFor } from './phrases.js';
import { chatLocale } from './language.js';
import type { ChatSessionRecord, EscalationLevel, HandoffReason } from './records.js';
import { callbackAction } from './rule-assistant/actions.js';
import { planPickup } from './simulated-pickup.js';
import { expectedResolution } from './sla.js';
import { estimatedWait, queuePosition, queuedIn } from './view.js';

/** Handing a chat to people: the level and its SLA, the place in the queue, and what the shopper is told meanwhile. */

/** The level a handoff goes to, by its reason. */
export function levelFor(reason: HandoffReason): EscalationLevel {
  switch (reason) {
    case 'legal':
    case 'complaint':
      return 'legal_review';
    case 'fraud_suspected':
      return 'fraud';
    case 'refund_not_received':
      return 'level_2';
    default:
      return 'level_1';
  }
}

/** Hands the chat to a person (the shopper asked); a chat already with people is left as it is. */
export async function escalate(core: ChatCore, sessionId: string, reason: HandoffReason = 'shopper_request', note?: string): Promise<ChatSession> {
  return core.withLock(sessionId, async () => {
    const session = await core.agentSession(sessionId);
    if (session.status === 'ended') throw conflict('This chat has ended: start a new one to continue');
    if (session.status === 'assistant') {
      if (note) {
        const { text, redacted } = redactCardNumbers(note);
        session.firstShopperMessageAt ??= core.now().toISOString();
        await post(core, session, { author: 'shopper', text, redacted });
      }
      await handoff(core, session, reason, levelFor(reason));
    }
    return core.view(session);
  });
}

/**
 * Puts the chat in its market's queue at a level: the SLA moves to that level's, the simulated agent
 * plans its pickup, and the shopper learns their place and wait, or when agents are back with the
 * offer of a callback. A chat already waiting for or with a person is told so and stays as it is.
 */
export async function handoff(core: ChatCore, session: ChatSessionRecord, reason: HandoffReason, level: EscalationLevel): Promise<void> {
  const p = phrasesFor(chatLocale(session));
  if (session.status === 'queued' || session.status === 'agent') {
    await post(core, session, { author: 'system', text: p.alreadyWaiting(session.ticketId) });
    return;
  }
  if (session.status === 'ended') throw conflict('This chat has ended: start a new one to continue');
  const now = core.now();
  session.status = 'queued';
  session.level = level;
  session.expectedResolutionBy = expectedResolution(level, session.market, now).toISOString();
  session.handoff = { reason, at: now.toISOString() };
  await core.store.saveChatSession(session);
  await core.kpi(session, 'handoff', { level });

  const position = queuePosition(await queuedIn(core.store, session.market), session);
  const chat = availability(session.market, now).chat;
  await planPickup(core, session, position, chat.open ? now : new Date(chat.nextOpening ?? now.toISOString()));
  const wait = estimatedWait(session, position, core.now());
  if (level === 'level_2' || level === 'legal_review' || level === 'fraud') {
    const when = formatter(session.locale).dateTime(session.expectedResolutionBy, MARKETS[session.market].timeZone);
    await post(core, session, { author: 'system', text: p.specialistBy[level](when) });
  }
  if (chat.open) {
    await post(core, session, { author: 'system', text: p.queued(position, Math.max(1, Math.ceil(wait / 60)), session.ticketId) });
  } else {
    const when = chat.nextOpening ? formatter(chatLocale(session)).dateTime(chat.nextOpening, MARKETS[session.market].timeZone) : '';
    await post(core, session, {
      author: 'system',
      text: p.offline(when, session.ticketId),
      cards: [{ kind: 'agents_offline', market: session.market, nextOpening: chat.nextOpening }],
      actions: [callbackAction(p)],
    });
  }
  await core.publishSession(session);
}
